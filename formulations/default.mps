* Source:     Pyomo MPS Writer
* Format:     Free MPS
*
NAME default
OBJSENSE
 MIN
ROWS
 N  Objective
 E  c_e_OccupiedDef(0_DC_decode)_
 E  c_e_OccupiedDef(0_DC_prefill)_
 E  c_e_OccupiedDef(0_PC_decode)_
 E  c_e_OccupiedDef(0_PC_prefill)_
 E  c_e_OccupiedDef(1_DC_decode)_
 E  c_e_OccupiedDef(1_DC_prefill)_
 E  c_e_OccupiedDef(1_PC_decode)_
 E  c_e_OccupiedDef(1_PC_prefill)_
 E  c_e_OccupiedDef(2_DC_decode)_
 E  c_e_OccupiedDef(2_DC_prefill)_
 E  c_e_OccupiedDef(2_PC_decode)_
 E  c_e_OccupiedDef(2_PC_prefill)_
 E  c_e_OccupiedDef(3_DC_decode)_
 E  c_e_OccupiedDef(3_DC_prefill)_
 E  c_e_OccupiedDef(3_PC_decode)_
 E  c_e_OccupiedDef(3_PC_prefill)_
 E  c_e_OccupiedDef(4_DC_decode)_
 E  c_e_OccupiedDef(4_DC_prefill)_
 E  c_e_OccupiedDef(4_PC_decode)_
 E  c_e_OccupiedDef(4_PC_prefill)_
 E  c_e_OccupiedDef(5_DC_decode)_
 E  c_e_OccupiedDef(5_DC_prefill)_
 E  c_e_OccupiedDef(5_PC_decode)_
 E  c_e_OccupiedDef(5_PC_prefill)_
 E  c_e_OccupiedDef(6_DC_decode)_
 E  c_e_OccupiedDef(6_DC_prefill)_
 E  c_e_OccupiedDef(6_PC_decode)_
 E  c_e_OccupiedDef(6_PC_prefill)_
 E  c_e_OccupiedDef(7_DC_decode)_
 E  c_e_OccupiedDef(7_DC_prefill)_
 E  c_e_OccupiedDef(7_PC_decode)_
 E  c_e_OccupiedDef(7_PC_prefill)_
 E  c_e_OccupiedDef(8_DC_decode)_
 E  c_e_OccupiedDef(8_DC_prefill)_
 E  c_e_OccupiedDef(8_PC_decode)_
 E  c_e_OccupiedDef(8_PC_prefill)_
 E  c_e_SitePowerDef(0)_
 E  c_e_SitePowerDef(1)_
 E  c_e_SitePowerDef(2)_
 E  c_e_SitePowerDef(3)_
 E  c_e_SitePowerDef(4)_
 E  c_e_SitePowerDef(5)_
 E  c_e_SitePowerDef(6)_
 E  c_e_SitePowerDef(7)_
 E  c_e_SitePowerDef(8)_
 E  c_e_KindLink(0)_
 E  c_e_KindLink(1)_
 E  c_e_KindLink(2)_
 E  c_e_KindLink(3)_
 E  c_e_KindLink(4)_
 E  c_e_KindLink(5)_
 E  c_e_KindLink(6)_
 E  c_e_KindLink(7)_
 E  c_e_KindLink(8)_
 E  c_e_KindLink(9)_
 E  c_e_KindLink(10)_
 E  c_e_KindLink(11)_
 E  c_e_KindLink(12)_
 E  c_e_KindLink(13)_
 E  c_e_KindLink(14)_
 E  c_e_KindLink(15)_
 E  c_e_KindLink(16)_
 E  c_e_KindLink(17)_
 E  c_e_KindLink(18)_
 E  c_e_KindLink(19)_
 E  c_e_KindLink(20)_
 E  c_e_KindLink(21)_
 E  c_e_TileCountLink(D_DC_t1_p3_c0)_
 E  c_e_TileCountLink(D_DC_t1_p4_c0)_
 E  c_e_TileCountLink(D_DC_t1_p5_c0)_
 E  c_e_TileCountLink(D_DC_t1_p6_c0)_
 E  c_e_TileCountLink(D_DC_t1_p8_c0)_
 E  c_e_TileCountLink(D_DC_t2_p2_c0)_
 E  c_e_TileCountLink(D_DC_t2_p2_c1)_
 E  c_e_TileCountLink(D_DC_t2_p3_c0)_
 E  c_e_TileCountLink(D_DC_t2_p3_c1)_
 E  c_e_TileCountLink(D_DC_t2_p4_c0)_
 E  c_e_TileCountLink(D_DC_t4_p1_c0)_
 E  c_e_TileCountLink(D_DC_t4_p1_c1)_
 E  c_e_TileCountLink(D_DC_t4_p2_c0)_
 E  c_e_TileCountLink(D_DC_t8_p1_c0)_
 E  c_e_TileCountLink(D_PC_t1_p5_c0)_
 E  c_e_TileCountLink(D_PC_t1_p6_c0)_
 E  c_e_TileCountLink(D_PC_t1_p8_c0)_
 E  c_e_TileCountLink(D_PC_t2_p3_c0)_
 E  c_e_TileCountLink(D_PC_t2_p3_c1)_
 E  c_e_TileCountLink(D_PC_t2_p4_c0)_
 E  c_e_TileCountLink(D_PC_t4_p2_c0)_
 E  c_e_TileCountLink(D_PC_t8_p1_c0)_
 E  c_e_TileCountLink(P_DC_t1_p3_c0)_
 E  c_e_TileCountLink(P_DC_t1_p4_c0)_
 E  c_e_TileCountLink(P_DC_t1_p5_c0)_
 E  c_e_TileCountLink(P_DC_t1_p6_c0)_
 E  c_e_TileCountLink(P_DC_t1_p8_c0)_
 E  c_e_TileCountLink(P_DC_t2_p2_c0)_
 E  c_e_TileCountLink(P_DC_t2_p2_c1)_
 E  c_e_TileCountLink(P_DC_t2_p3_c0)_
 E  c_e_TileCountLink(P_DC_t2_p3_c1)_
 E  c_e_TileCountLink(P_DC_t2_p4_c0)_
 E  c_e_TileCountLink(P_DC_t4_p1_c0)_
 E  c_e_TileCountLink(P_PC_t1_p5_c0)_
 E  c_e_TileCountLink(P_PC_t1_p6_c0)_
 E  c_e_TileCountLink(P_PC_t1_p8_c0)_
 E  c_e_TileCountLink(P_PC_t2_p3_c0)_
 E  c_e_TileCountLink(P_PC_t2_p3_c1)_
 E  c_e_TileCountLink(P_PC_t2_p4_c0)_
 E  c_e_TileCountLink(P_PC_t4_p2_c0)_
 L  c_u_SitePacking(0)_
 L  c_u_SitePacking(1)_
 L  c_u_SitePacking(2)_
 L  c_u_SitePacking(3)_
 L  c_u_SitePacking(4)_
 L  c_u_SitePacking(5)_
 L  c_u_SitePacking(6)_
 L  c_u_SitePacking(7)_
 L  c_u_SitePacking(8)_
 L  c_u_SiteTotal_
 G  c_l_InstancesPerRole(decode)_
 G  c_l_InstancesPerRole(prefill)_
 E  c_e_PrefillFlow_
 E  c_e_DecodeFlow_
 L  c_u_Capacity(D_DC_t1_p3_c0_b16)_
 L  c_u_Capacity(D_DC_t1_p3_c0_b2)_
 L  c_u_Capacity(D_DC_t1_p3_c0_b32)_
 L  c_u_Capacity(D_DC_t1_p3_c0_b4)_
 L  c_u_Capacity(D_DC_t1_p3_c0_b64)_
 L  c_u_Capacity(D_DC_t1_p3_c0_b8)_
 L  c_u_Capacity(D_DC_t1_p4_c0_b1)_
 L  c_u_Capacity(D_DC_t1_p4_c0_b16)_
 L  c_u_Capacity(D_DC_t1_p4_c0_b2)_
 L  c_u_Capacity(D_DC_t1_p4_c0_b32)_
 L  c_u_Capacity(D_DC_t1_p4_c0_b4)_
 L  c_u_Capacity(D_DC_t1_p4_c0_b64)_
 L  c_u_Capacity(D_DC_t1_p4_c0_b8)_
 L  c_u_Capacity(D_DC_t1_p5_c0_b16)_
 L  c_u_Capacity(D_DC_t1_p5_c0_b2)_
 L  c_u_Capacity(D_DC_t1_p5_c0_b32)_
 L  c_u_Capacity(D_DC_t1_p5_c0_b4)_
 L  c_u_Capacity(D_DC_t1_p5_c0_b64)_
 L  c_u_Capacity(D_DC_t1_p5_c0_b8)_
 L  c_u_Capacity(D_DC_t1_p6_c0_b16)_
 L  c_u_Capacity(D_DC_t1_p6_c0_b32)_
 L  c_u_Capacity(D_DC_t1_p6_c0_b4)_
 L  c_u_Capacity(D_DC_t1_p6_c0_b64)_
 L  c_u_Capacity(D_DC_t1_p6_c0_b8)_
 L  c_u_Capacity(D_DC_t1_p8_c0_b32)_
 L  c_u_Capacity(D_DC_t1_p8_c0_b4)_
 L  c_u_Capacity(D_DC_t1_p8_c0_b64)_
 L  c_u_Capacity(D_DC_t1_p8_c0_b8)_
 L  c_u_Capacity(D_DC_t2_p2_c0_b1)_
 L  c_u_Capacity(D_DC_t2_p2_c0_b128)_
 L  c_u_Capacity(D_DC_t2_p2_c0_b2)_
 L  c_u_Capacity(D_DC_t2_p2_c0_b32)_
 L  c_u_Capacity(D_DC_t2_p2_c0_b4)_
 L  c_u_Capacity(D_DC_t2_p2_c0_b64)_
 L  c_u_Capacity(D_DC_t2_p2_c1_b1)_
 L  c_u_Capacity(D_DC_t2_p2_c1_b128)_
 L  c_u_Capacity(D_DC_t2_p2_c1_b2)_
 L  c_u_Capacity(D_DC_t2_p2_c1_b32)_
 L  c_u_Capacity(D_DC_t2_p2_c1_b4)_
 L  c_u_Capacity(D_DC_t2_p2_c1_b64)_
 L  c_u_Capacity(D_DC_t2_p3_c0_b4)_
 L  c_u_Capacity(D_DC_t2_p3_c0_b8)_
 L  c_u_Capacity(D_DC_t2_p3_c1_b4)_
 L  c_u_Capacity(D_DC_t2_p3_c1_b8)_
 L  c_u_Capacity(D_DC_t2_p4_c0_b32)_
 L  c_u_Capacity(D_DC_t2_p4_c0_b4)_
 L  c_u_Capacity(D_DC_t2_p4_c0_b8)_
 L  c_u_Capacity(D_DC_t4_p1_c0_b1)_
 L  c_u_Capacity(D_DC_t4_p1_c0_b128)_
 L  c_u_Capacity(D_DC_t4_p1_c0_b16)_
 L  c_u_Capacity(D_DC_t4_p1_c0_b2)_
 L  c_u_Capacity(D_DC_t4_p1_c0_b32)_
 L  c_u_Capacity(D_DC_t4_p1_c0_b4)_
 L  c_u_Capacity(D_DC_t4_p1_c0_b64)_
 L  c_u_Capacity(D_DC_t4_p1_c1_b1)_
 L  c_u_Capacity(D_DC_t4_p1_c1_b128)_
 L  c_u_Capacity(D_DC_t4_p1_c1_b16)_
 L  c_u_Capacity(D_DC_t4_p1_c1_b2)_
 L  c_u_Capacity(D_DC_t4_p1_c1_b32)_
 L  c_u_Capacity(D_DC_t4_p1_c1_b4)_
 L  c_u_Capacity(D_DC_t4_p1_c1_b64)_
 L  c_u_Capacity(D_DC_t4_p1_c1_b8)_
 L  c_u_Capacity(D_DC_t4_p2_c0_b16)_
 L  c_u_Capacity(D_DC_t4_p2_c0_b2)_
 L  c_u_Capacity(D_DC_t4_p2_c0_b4)_
 L  c_u_Capacity(D_DC_t4_p2_c0_b64)_
 L  c_u_Capacity(D_DC_t8_p1_c0_b1)_
 L  c_u_Capacity(D_DC_t8_p1_c0_b16)_
 L  c_u_Capacity(D_DC_t8_p1_c0_b2)_
 L  c_u_Capacity(D_DC_t8_p1_c0_b4)_
 L  c_u_Capacity(D_DC_t8_p1_c0_b8)_
 L  c_u_Capacity(D_PC_t1_p5_c0_b16)_
 L  c_u_Capacity(D_PC_t1_p5_c0_b2)_
 L  c_u_Capacity(D_PC_t1_p5_c0_b4)_
 L  c_u_Capacity(D_PC_t1_p5_c0_b8)_
 L  c_u_Capacity(D_PC_t1_p6_c0_b16)_
 L  c_u_Capacity(D_PC_t1_p6_c0_b32)_
 L  c_u_Capacity(D_PC_t1_p6_c0_b4)_
 L  c_u_Capacity(D_PC_t1_p6_c0_b64)_
 L  c_u_Capacity(D_PC_t1_p6_c0_b8)_
 L  c_u_Capacity(D_PC_t1_p8_c0_b128)_
 L  c_u_Capacity(D_PC_t1_p8_c0_b32)_
 L  c_u_Capacity(D_PC_t1_p8_c0_b4)_
 L  c_u_Capacity(D_PC_t1_p8_c0_b64)_
 L  c_u_Capacity(D_PC_t1_p8_c0_b8)_
 L  c_u_Capacity(D_PC_t2_p3_c0_b32)_
 L  c_u_Capacity(D_PC_t2_p3_c0_b4)_
 L  c_u_Capacity(D_PC_t2_p3_c0_b64)_
 L  c_u_Capacity(D_PC_t2_p3_c0_b8)_
 L  c_u_Capacity(D_PC_t2_p3_c1_b32)_
 L  c_u_Capacity(D_PC_t2_p3_c1_b4)_
 L  c_u_Capacity(D_PC_t2_p3_c1_b64)_
 L  c_u_Capacity(D_PC_t2_p3_c1_b8)_
 L  c_u_Capacity(D_PC_t2_p4_c0_b128)_
 L  c_u_Capacity(D_PC_t2_p4_c0_b4)_
 L  c_u_Capacity(D_PC_t2_p4_c0_b8)_
 L  c_u_Capacity(D_PC_t4_p2_c0_b2)_
 L  c_u_Capacity(D_PC_t4_p2_c0_b4)_
 L  c_u_Capacity(D_PC_t4_p2_c0_b64)_
 L  c_u_Capacity(D_PC_t8_p1_c0_b1)_
 L  c_u_Capacity(D_PC_t8_p1_c0_b2)_
 L  c_u_Capacity(D_PC_t8_p1_c0_b32)_
 L  c_u_Capacity(D_PC_t8_p1_c0_b4)_
 L  c_u_Capacity(D_PC_t8_p1_c0_b64)_
 L  c_u_Capacity(P_DC_t1_p3_c0_b1)_
 L  c_u_Capacity(P_DC_t1_p4_c0_b1)_
 L  c_u_Capacity(P_DC_t1_p5_c0_b1)_
 L  c_u_Capacity(P_DC_t1_p6_c0_b1)_
 L  c_u_Capacity(P_DC_t1_p8_c0_b1)_
 L  c_u_Capacity(P_DC_t2_p2_c0_b1)_
 L  c_u_Capacity(P_DC_t2_p2_c1_b1)_
 L  c_u_Capacity(P_DC_t2_p3_c0_b1)_
 L  c_u_Capacity(P_DC_t2_p3_c1_b1)_
 L  c_u_Capacity(P_DC_t2_p4_c0_b1)_
 L  c_u_Capacity(P_DC_t4_p1_c0_b1)_
 L  c_u_Capacity(P_PC_t1_p5_c0_b1)_
 L  c_u_Capacity(P_PC_t1_p6_c0_b1)_
 L  c_u_Capacity(P_PC_t1_p8_c0_b1)_
 L  c_u_Capacity(P_PC_t2_p3_c0_b1)_
 L  c_u_Capacity(P_PC_t2_p3_c1_b1)_
 L  c_u_Capacity(P_PC_t2_p4_c0_b1)_
 L  c_u_Capacity(P_PC_t4_p2_c0_b1)_
 L  c_u_KvLinks(D_DC_t1_p3_c0_b16)_
 L  c_u_KvLinks(D_DC_t1_p3_c0_b2)_
 L  c_u_KvLinks(D_DC_t1_p3_c0_b32)_
 L  c_u_KvLinks(D_DC_t1_p3_c0_b4)_
 L  c_u_KvLinks(D_DC_t1_p3_c0_b64)_
 L  c_u_KvLinks(D_DC_t1_p3_c0_b8)_
 L  c_u_KvLinks(D_DC_t1_p4_c0_b1)_
 L  c_u_KvLinks(D_DC_t1_p4_c0_b16)_
 L  c_u_KvLinks(D_DC_t1_p4_c0_b2)_
 L  c_u_KvLinks(D_DC_t1_p4_c0_b32)_
 L  c_u_KvLinks(D_DC_t1_p4_c0_b4)_
 L  c_u_KvLinks(D_DC_t1_p4_c0_b64)_
 L  c_u_KvLinks(D_DC_t1_p4_c0_b8)_
 L  c_u_KvLinks(D_DC_t1_p5_c0_b16)_
 L  c_u_KvLinks(D_DC_t1_p5_c0_b2)_
 L  c_u_KvLinks(D_DC_t1_p5_c0_b32)_
 L  c_u_KvLinks(D_DC_t1_p5_c0_b4)_
 L  c_u_KvLinks(D_DC_t1_p5_c0_b64)_
 L  c_u_KvLinks(D_DC_t1_p5_c0_b8)_
 L  c_u_KvLinks(D_DC_t1_p6_c0_b16)_
 L  c_u_KvLinks(D_DC_t1_p6_c0_b32)_
 L  c_u_KvLinks(D_DC_t1_p6_c0_b4)_
 L  c_u_KvLinks(D_DC_t1_p6_c0_b64)_
 L  c_u_KvLinks(D_DC_t1_p6_c0_b8)_
 L  c_u_KvLinks(D_DC_t1_p8_c0_b32)_
 L  c_u_KvLinks(D_DC_t1_p8_c0_b4)_
 L  c_u_KvLinks(D_DC_t1_p8_c0_b64)_
 L  c_u_KvLinks(D_DC_t1_p8_c0_b8)_
 L  c_u_KvLinks(D_DC_t2_p2_c0_b1)_
 L  c_u_KvLinks(D_DC_t2_p2_c0_b128)_
 L  c_u_KvLinks(D_DC_t2_p2_c0_b2)_
 L  c_u_KvLinks(D_DC_t2_p2_c0_b32)_
 L  c_u_KvLinks(D_DC_t2_p2_c0_b4)_
 L  c_u_KvLinks(D_DC_t2_p2_c0_b64)_
 L  c_u_KvLinks(D_DC_t2_p2_c1_b1)_
 L  c_u_KvLinks(D_DC_t2_p2_c1_b128)_
 L  c_u_KvLinks(D_DC_t2_p2_c1_b2)_
 L  c_u_KvLinks(D_DC_t2_p2_c1_b32)_
 L  c_u_KvLinks(D_DC_t2_p2_c1_b4)_
 L  c_u_KvLinks(D_DC_t2_p2_c1_b64)_
 L  c_u_KvLinks(D_DC_t2_p3_c0_b4)_
 L  c_u_KvLinks(D_DC_t2_p3_c0_b8)_
 L  c_u_KvLinks(D_DC_t2_p3_c1_b4)_
 L  c_u_KvLinks(D_DC_t2_p3_c1_b8)_
 L  c_u_KvLinks(D_DC_t2_p4_c0_b32)_
 L  c_u_KvLinks(D_DC_t2_p4_c0_b4)_
 L  c_u_KvLinks(D_DC_t2_p4_c0_b8)_
 L  c_u_KvLinks(D_DC_t4_p1_c0_b1)_
 L  c_u_KvLinks(D_DC_t4_p1_c0_b128)_
 L  c_u_KvLinks(D_DC_t4_p1_c0_b16)_
 L  c_u_KvLinks(D_DC_t4_p1_c0_b2)_
 L  c_u_KvLinks(D_DC_t4_p1_c0_b32)_
 L  c_u_KvLinks(D_DC_t4_p1_c0_b4)_
 L  c_u_KvLinks(D_DC_t4_p1_c0_b64)_
 L  c_u_KvLinks(D_DC_t4_p1_c1_b1)_
 L  c_u_KvLinks(D_DC_t4_p1_c1_b128)_
 L  c_u_KvLinks(D_DC_t4_p1_c1_b16)_
 L  c_u_KvLinks(D_DC_t4_p1_c1_b2)_
 L  c_u_KvLinks(D_DC_t4_p1_c1_b32)_
 L  c_u_KvLinks(D_DC_t4_p1_c1_b4)_
 L  c_u_KvLinks(D_DC_t4_p1_c1_b64)_
 L  c_u_KvLinks(D_DC_t4_p1_c1_b8)_
 L  c_u_KvLinks(D_DC_t4_p2_c0_b16)_
 L  c_u_KvLinks(D_DC_t4_p2_c0_b2)_
 L  c_u_KvLinks(D_DC_t4_p2_c0_b4)_
 L  c_u_KvLinks(D_DC_t4_p2_c0_b64)_
 L  c_u_KvLinks(D_DC_t8_p1_c0_b1)_
 L  c_u_KvLinks(D_DC_t8_p1_c0_b16)_
 L  c_u_KvLinks(D_DC_t8_p1_c0_b2)_
 L  c_u_KvLinks(D_DC_t8_p1_c0_b4)_
 L  c_u_KvLinks(D_DC_t8_p1_c0_b8)_
 L  c_u_KvLinks(D_PC_t1_p5_c0_b16)_
 L  c_u_KvLinks(D_PC_t1_p5_c0_b2)_
 L  c_u_KvLinks(D_PC_t1_p5_c0_b4)_
 L  c_u_KvLinks(D_PC_t1_p5_c0_b8)_
 L  c_u_KvLinks(D_PC_t1_p6_c0_b16)_
 L  c_u_KvLinks(D_PC_t1_p6_c0_b32)_
 L  c_u_KvLinks(D_PC_t1_p6_c0_b4)_
 L  c_u_KvLinks(D_PC_t1_p6_c0_b64)_
 L  c_u_KvLinks(D_PC_t1_p6_c0_b8)_
 L  c_u_KvLinks(D_PC_t1_p8_c0_b128)_
 L  c_u_KvLinks(D_PC_t1_p8_c0_b32)_
 L  c_u_KvLinks(D_PC_t1_p8_c0_b4)_
 L  c_u_KvLinks(D_PC_t1_p8_c0_b64)_
 L  c_u_KvLinks(D_PC_t1_p8_c0_b8)_
 L  c_u_KvLinks(D_PC_t2_p3_c0_b32)_
 L  c_u_KvLinks(D_PC_t2_p3_c0_b4)_
 L  c_u_KvLinks(D_PC_t2_p3_c0_b64)_
 L  c_u_KvLinks(D_PC_t2_p3_c0_b8)_
 L  c_u_KvLinks(D_PC_t2_p3_c1_b32)_
 L  c_u_KvLinks(D_PC_t2_p3_c1_b4)_
 L  c_u_KvLinks(D_PC_t2_p3_c1_b64)_
 L  c_u_KvLinks(D_PC_t2_p3_c1_b8)_
 L  c_u_KvLinks(D_PC_t2_p4_c0_b128)_
 L  c_u_KvLinks(D_PC_t2_p4_c0_b4)_
 L  c_u_KvLinks(D_PC_t2_p4_c0_b8)_
 L  c_u_KvLinks(D_PC_t4_p2_c0_b2)_
 L  c_u_KvLinks(D_PC_t4_p2_c0_b4)_
 L  c_u_KvLinks(D_PC_t4_p2_c0_b64)_
 L  c_u_KvLinks(D_PC_t8_p1_c0_b1)_
 L  c_u_KvLinks(D_PC_t8_p1_c0_b2)_
 L  c_u_KvLinks(D_PC_t8_p1_c0_b32)_
 L  c_u_KvLinks(D_PC_t8_p1_c0_b4)_
 L  c_u_KvLinks(D_PC_t8_p1_c0_b64)_
 L  c_u_KvLinks(P_DC_t1_p3_c0_b1)_
 L  c_u_KvLinks(P_DC_t1_p4_c0_b1)_
 L  c_u_KvLinks(P_DC_t1_p5_c0_b1)_
 L  c_u_KvLinks(P_DC_t1_p6_c0_b1)_
 L  c_u_KvLinks(P_DC_t1_p8_c0_b1)_
 L  c_u_KvLinks(P_DC_t2_p2_c0_b1)_
 L  c_u_KvLinks(P_DC_t2_p2_c1_b1)_
 L  c_u_KvLinks(P_DC_t2_p3_c0_b1)_
 L  c_u_KvLinks(P_DC_t2_p3_c1_b1)_
 L  c_u_KvLinks(P_DC_t2_p4_c0_b1)_
 L  c_u_KvLinks(P_DC_t4_p1_c0_b1)_
 L  c_u_KvLinks(P_PC_t1_p5_c0_b1)_
 L  c_u_KvLinks(P_PC_t1_p6_c0_b1)_
 L  c_u_KvLinks(P_PC_t1_p8_c0_b1)_
 L  c_u_KvLinks(P_PC_t2_p3_c0_b1)_
 L  c_u_KvLinks(P_PC_t2_p3_c1_b1)_
 L  c_u_KvLinks(P_PC_t2_p4_c0_b1)_
 L  c_u_KvLinks(P_PC_t4_p2_c0_b1)_
 E  c_e_RateTarget_
 L  c_u_PowerBudget_
 L  c_u_ShareLevel(0_DC_decode)_
 L  c_u_ShareLevel(0_DC_prefill)_
 L  c_u_ShareLevel(0_PC_decode)_
 L  c_u_ShareLevel(0_PC_prefill)_
 L  c_u_ShareLevel(1_DC_decode)_
 L  c_u_ShareLevel(1_DC_prefill)_
 L  c_u_ShareLevel(1_PC_decode)_
 L  c_u_ShareLevel(1_PC_prefill)_
 L  c_u_ShareLevel(2_DC_decode)_
 L  c_u_ShareLevel(2_DC_prefill)_
 L  c_u_ShareLevel(2_PC_decode)_
 L  c_u_ShareLevel(2_PC_prefill)_
 L  c_u_ShareLevel(3_DC_decode)_
 L  c_u_ShareLevel(3_DC_prefill)_
 L  c_u_ShareLevel(3_PC_decode)_
 L  c_u_ShareLevel(3_PC_prefill)_
 L  c_u_ShareLevel(4_DC_decode)_
 L  c_u_ShareLevel(4_DC_prefill)_
 L  c_u_ShareLevel(4_PC_decode)_
 L  c_u_ShareLevel(4_PC_prefill)_
 L  c_u_ShareLevel(5_DC_decode)_
 L  c_u_ShareLevel(5_DC_prefill)_
 L  c_u_ShareLevel(5_PC_decode)_
 L  c_u_ShareLevel(5_PC_prefill)_
 L  c_u_ShareLevel(6_DC_decode)_
 L  c_u_ShareLevel(6_DC_prefill)_
 L  c_u_ShareLevel(6_PC_decode)_
 L  c_u_ShareLevel(6_PC_prefill)_
 L  c_u_ShareLevel(7_DC_decode)_
 L  c_u_ShareLevel(7_DC_prefill)_
 L  c_u_ShareLevel(7_PC_decode)_
 L  c_u_ShareLevel(7_PC_prefill)_
 L  c_u_ShareLevel(8_DC_decode)_
 L  c_u_ShareLevel(8_DC_prefill)_
 L  c_u_ShareLevel(8_PC_decode)_
 L  c_u_ShareLevel(8_PC_prefill)_
 L  c_u_ShareOccupied(0_DC_decode)_
 L  c_u_ShareOccupied(0_DC_prefill)_
 L  c_u_ShareOccupied(0_PC_decode)_
 L  c_u_ShareOccupied(0_PC_prefill)_
 L  c_u_ShareOccupied(1_DC_decode)_
 L  c_u_ShareOccupied(1_DC_prefill)_
 L  c_u_ShareOccupied(1_PC_decode)_
 L  c_u_ShareOccupied(1_PC_prefill)_
 L  c_u_ShareOccupied(2_DC_decode)_
 L  c_u_ShareOccupied(2_DC_prefill)_
 L  c_u_ShareOccupied(2_PC_decode)_
 L  c_u_ShareOccupied(2_PC_prefill)_
 L  c_u_ShareOccupied(3_DC_decode)_
 L  c_u_ShareOccupied(3_DC_prefill)_
 L  c_u_ShareOccupied(3_PC_decode)_
 L  c_u_ShareOccupied(3_PC_prefill)_
 L  c_u_ShareOccupied(4_DC_decode)_
 L  c_u_ShareOccupied(4_DC_prefill)_
 L  c_u_ShareOccupied(4_PC_decode)_
 L  c_u_ShareOccupied(4_PC_prefill)_
 L  c_u_ShareOccupied(5_DC_decode)_
 L  c_u_ShareOccupied(5_DC_prefill)_
 L  c_u_ShareOccupied(5_PC_decode)_
 L  c_u_ShareOccupied(5_PC_prefill)_
 L  c_u_ShareOccupied(6_DC_decode)_
 L  c_u_ShareOccupied(6_DC_prefill)_
 L  c_u_ShareOccupied(6_PC_decode)_
 L  c_u_ShareOccupied(6_PC_prefill)_
 L  c_u_ShareOccupied(7_DC_decode)_
 L  c_u_ShareOccupied(7_DC_prefill)_
 L  c_u_ShareOccupied(7_PC_decode)_
 L  c_u_ShareOccupied(7_PC_prefill)_
 L  c_u_ShareOccupied(8_DC_decode)_
 L  c_u_ShareOccupied(8_DC_prefill)_
 L  c_u_ShareOccupied(8_PC_decode)_
 L  c_u_ShareOccupied(8_PC_prefill)_
 L  c_u_ShareFloor(0_DC_decode)_
 L  c_u_ShareFloor(0_DC_prefill)_
 L  c_u_ShareFloor(0_PC_decode)_
 L  c_u_ShareFloor(0_PC_prefill)_
 L  c_u_ShareFloor(1_DC_decode)_
 L  c_u_ShareFloor(1_DC_prefill)_
 L  c_u_ShareFloor(1_PC_decode)_
 L  c_u_ShareFloor(1_PC_prefill)_
 L  c_u_ShareFloor(2_DC_decode)_
 L  c_u_ShareFloor(2_DC_prefill)_
 L  c_u_ShareFloor(2_PC_decode)_
 L  c_u_ShareFloor(2_PC_prefill)_
 L  c_u_ShareFloor(3_DC_decode)_
 L  c_u_ShareFloor(3_DC_prefill)_
 L  c_u_ShareFloor(3_PC_decode)_
 L  c_u_ShareFloor(3_PC_prefill)_
 L  c_u_ShareFloor(4_DC_decode)_
 L  c_u_ShareFloor(4_DC_prefill)_
 L  c_u_ShareFloor(4_PC_decode)_
 L  c_u_ShareFloor(4_PC_prefill)_
 L  c_u_ShareFloor(5_DC_decode)_
 L  c_u_ShareFloor(5_DC_prefill)_
 L  c_u_ShareFloor(5_PC_decode)_
 L  c_u_ShareFloor(5_PC_prefill)_
 L  c_u_ShareFloor(6_DC_decode)_
 L  c_u_ShareFloor(6_DC_prefill)_
 L  c_u_ShareFloor(6_PC_decode)_
 L  c_u_ShareFloor(6_PC_prefill)_
 L  c_u_ShareFloor(7_DC_decode)_
 L  c_u_ShareFloor(7_DC_prefill)_
 L  c_u_ShareFloor(7_PC_decode)_
 L  c_u_ShareFloor(7_PC_prefill)_
 L  c_u_ShareFloor(8_DC_decode)_
 L  c_u_ShareFloor(8_DC_prefill)_
 L  c_u_ShareFloor(8_PC_decode)_
 L  c_u_ShareFloor(8_PC_prefill)_
 E  c_e_ShareSum(DC_decode)_
 E  c_e_ShareSum(DC_prefill)_
 E  c_e_ShareSum(PC_decode)_
 E  c_e_ShareSum(PC_prefill)_
 L  c_u_Thermal(DC_dram_0_0)_
 L  c_u_Thermal(DC_dram_0_1)_
 L  c_u_Thermal(DC_dram_0_2)_
 L  c_u_Thermal(DC_dram_0_3)_
 L  c_u_Thermal(DC_dram_0_4)_
 L  c_u_Thermal(DC_dram_0_5)_
 L  c_u_Thermal(DC_dram_0_6)_
 L  c_u_Thermal(DC_dram_0_7)_
 L  c_u_Thermal(DC_dram_0_8)_
 L  c_u_Thermal(DC_dram_0_9)_
 L  c_u_Thermal(DC_dram_0_10)_
 L  c_u_Thermal(DC_dram_0_11)_
 L  c_u_Thermal(DC_dram_0_12)_
 L  c_u_Thermal(DC_dram_1_0)_
 L  c_u_Thermal(DC_dram_1_1)_
 L  c_u_Thermal(DC_dram_1_2)_
 L  c_u_Thermal(DC_dram_1_3)_
 L  c_u_Thermal(DC_dram_1_4)_
 L  c_u_Thermal(DC_dram_1_5)_
 L  c_u_Thermal(DC_dram_1_6)_
 L  c_u_Thermal(DC_dram_1_7)_
 L  c_u_Thermal(DC_dram_1_8)_
 L  c_u_Thermal(DC_dram_1_9)_
 L  c_u_Thermal(DC_dram_1_10)_
 L  c_u_Thermal(DC_dram_1_11)_
 L  c_u_Thermal(DC_dram_1_12)_
 L  c_u_Thermal(DC_dram_1_13)_
 L  c_u_Thermal(DC_dram_1_14)_
 L  c_u_Thermal(DC_dram_1_15)_
 L  c_u_Thermal(DC_dram_2_0)_
 L  c_u_Thermal(DC_dram_2_1)_
 L  c_u_Thermal(DC_dram_2_2)_
 L  c_u_Thermal(DC_dram_2_3)_
 L  c_u_Thermal(DC_dram_2_4)_
 L  c_u_Thermal(DC_dram_2_5)_
 L  c_u_Thermal(DC_dram_2_6)_
 L  c_u_Thermal(DC_dram_2_7)_
 L  c_u_Thermal(DC_dram_2_8)_
 L  c_u_Thermal(DC_dram_2_9)_
 L  c_u_Thermal(DC_dram_2_10)_
 L  c_u_Thermal(DC_dram_2_11)_
 L  c_u_Thermal(DC_dram_2_12)_
 L  c_u_Thermal(DC_dram_3_0)_
 L  c_u_Thermal(DC_dram_3_1)_
 L  c_u_Thermal(DC_dram_3_2)_
 L  c_u_Thermal(DC_dram_3_3)_
 L  c_u_Thermal(DC_dram_3_4)_
 L  c_u_Thermal(DC_dram_3_5)_
 L  c_u_Thermal(DC_dram_3_6)_
 L  c_u_Thermal(DC_dram_3_7)_
 L  c_u_Thermal(DC_dram_3_8)_
 L  c_u_Thermal(DC_dram_3_9)_
 L  c_u_Thermal(DC_dram_3_10)_
 L  c_u_Thermal(DC_dram_3_11)_
 L  c_u_Thermal(DC_dram_3_12)_
 L  c_u_Thermal(DC_dram_3_13)_
 L  c_u_Thermal(DC_dram_3_14)_
 L  c_u_Thermal(DC_dram_3_15)_
 L  c_u_Thermal(DC_dram_4_0)_
 L  c_u_Thermal(DC_dram_4_1)_
 L  c_u_Thermal(DC_dram_4_2)_
 L  c_u_Thermal(DC_dram_4_3)_
 L  c_u_Thermal(DC_dram_4_4)_
 L  c_u_Thermal(DC_dram_4_5)_
 L  c_u_Thermal(DC_dram_4_6)_
 L  c_u_Thermal(DC_dram_4_7)_
 L  c_u_Thermal(DC_dram_4_8)_
 L  c_u_Thermal(DC_dram_4_9)_
 L  c_u_Thermal(DC_dram_4_10)_
 L  c_u_Thermal(DC_dram_4_11)_
 L  c_u_Thermal(DC_dram_4_12)_
 L  c_u_Thermal(DC_dram_4_13)_
 L  c_u_Thermal(DC_dram_4_14)_
 L  c_u_Thermal(DC_dram_4_15)_
 L  c_u_Thermal(DC_dram_5_0)_
 L  c_u_Thermal(DC_dram_5_1)_
 L  c_u_Thermal(DC_dram_5_2)_
 L  c_u_Thermal(DC_dram_5_3)_
 L  c_u_Thermal(DC_dram_5_4)_
 L  c_u_Thermal(DC_dram_5_5)_
 L  c_u_Thermal(DC_dram_5_6)_
 L  c_u_Thermal(DC_dram_5_7)_
 L  c_u_Thermal(DC_dram_5_8)_
 L  c_u_Thermal(DC_dram_5_9)_
 L  c_u_Thermal(DC_dram_5_10)_
 L  c_u_Thermal(DC_dram_5_11)_
 L  c_u_Thermal(DC_dram_5_12)_
 L  c_u_Thermal(DC_dram_5_13)_
 L  c_u_Thermal(DC_dram_5_14)_
 L  c_u_Thermal(DC_dram_5_15)_
 L  c_u_Thermal(DC_dram_6_0)_
 L  c_u_Thermal(DC_dram_6_1)_
 L  c_u_Thermal(DC_dram_6_2)_
 L  c_u_Thermal(DC_dram_6_3)_
 L  c_u_Thermal(DC_dram_6_4)_
 L  c_u_Thermal(DC_dram_6_5)_
 L  c_u_Thermal(DC_dram_6_6)_
 L  c_u_Thermal(DC_dram_6_7)_
 L  c_u_Thermal(DC_dram_6_8)_
 L  c_u_Thermal(DC_dram_6_9)_
 L  c_u_Thermal(DC_dram_6_10)_
 L  c_u_Thermal(DC_dram_6_11)_
 L  c_u_Thermal(DC_dram_6_12)_
 L  c_u_Thermal(DC_dram_7_0)_
 L  c_u_Thermal(DC_dram_7_1)_
 L  c_u_Thermal(DC_dram_7_2)_
 L  c_u_Thermal(DC_dram_7_3)_
 L  c_u_Thermal(DC_dram_7_4)_
 L  c_u_Thermal(DC_dram_7_5)_
 L  c_u_Thermal(DC_dram_7_6)_
 L  c_u_Thermal(DC_dram_7_7)_
 L  c_u_Thermal(DC_dram_7_8)_
 L  c_u_Thermal(DC_dram_7_9)_
 L  c_u_Thermal(DC_dram_7_10)_
 L  c_u_Thermal(DC_dram_7_11)_
 L  c_u_Thermal(DC_dram_7_12)_
 L  c_u_Thermal(DC_dram_7_13)_
 L  c_u_Thermal(DC_dram_7_14)_
 L  c_u_Thermal(DC_dram_7_15)_
 L  c_u_Thermal(DC_dram_8_0)_
 L  c_u_Thermal(DC_dram_8_1)_
 L  c_u_Thermal(DC_dram_8_2)_
 L  c_u_Thermal(DC_dram_8_3)_
 L  c_u_Thermal(DC_dram_8_4)_
 L  c_u_Thermal(DC_dram_8_5)_
 L  c_u_Thermal(DC_dram_8_6)_
 L  c_u_Thermal(DC_dram_8_7)_
 L  c_u_Thermal(DC_dram_8_8)_
 L  c_u_Thermal(DC_dram_8_9)_
 L  c_u_Thermal(DC_dram_8_10)_
 L  c_u_Thermal(DC_dram_8_11)_
 L  c_u_Thermal(DC_dram_8_12)_
 L  c_u_Thermal(DC_logic_0_0)_
 L  c_u_Thermal(DC_logic_0_1)_
 L  c_u_Thermal(DC_logic_0_2)_
 L  c_u_Thermal(DC_logic_0_3)_
 L  c_u_Thermal(DC_logic_0_4)_
 L  c_u_Thermal(DC_logic_0_5)_
 L  c_u_Thermal(DC_logic_0_6)_
 L  c_u_Thermal(DC_logic_0_7)_
 L  c_u_Thermal(DC_logic_0_8)_
 L  c_u_Thermal(DC_logic_0_9)_
 L  c_u_Thermal(DC_logic_0_10)_
 L  c_u_Thermal(DC_logic_0_11)_
 L  c_u_Thermal(DC_logic_0_12)_
 L  c_u_Thermal(DC_logic_1_0)_
 L  c_u_Thermal(DC_logic_1_1)_
 L  c_u_Thermal(DC_logic_1_2)_
 L  c_u_Thermal(DC_logic_1_3)_
 L  c_u_Thermal(DC_logic_1_4)_
 L  c_u_Thermal(DC_logic_1_5)_
 L  c_u_Thermal(DC_logic_1_6)_
 L  c_u_Thermal(DC_logic_1_7)_
 L  c_u_Thermal(DC_logic_1_8)_
 L  c_u_Thermal(DC_logic_1_9)_
 L  c_u_Thermal(DC_logic_1_10)_
 L  c_u_Thermal(DC_logic_1_11)_
 L  c_u_Thermal(DC_logic_1_12)_
 L  c_u_Thermal(DC_logic_1_13)_
 L  c_u_Thermal(DC_logic_1_14)_
 L  c_u_Thermal(DC_logic_1_15)_
 L  c_u_Thermal(DC_logic_2_0)_
 L  c_u_Thermal(DC_logic_2_1)_
 L  c_u_Thermal(DC_logic_2_2)_
 L  c_u_Thermal(DC_logic_2_3)_
 L  c_u_Thermal(DC_logic_2_4)_
 L  c_u_Thermal(DC_logic_2_5)_
 L  c_u_Thermal(DC_logic_2_6)_
 L  c_u_Thermal(DC_logic_2_7)_
 L  c_u_Thermal(DC_logic_2_8)_
 L  c_u_Thermal(DC_logic_2_9)_
 L  c_u_Thermal(DC_logic_2_10)_
 L  c_u_Thermal(DC_logic_2_11)_
 L  c_u_Thermal(DC_logic_2_12)_
 L  c_u_Thermal(DC_logic_3_0)_
 L  c_u_Thermal(DC_logic_3_1)_
 L  c_u_Thermal(DC_logic_3_2)_
 L  c_u_Thermal(DC_logic_3_3)_
 L  c_u_Thermal(DC_logic_3_4)_
 L  c_u_Thermal(DC_logic_3_5)_
 L  c_u_Thermal(DC_logic_3_6)_
 L  c_u_Thermal(DC_logic_3_7)_
 L  c_u_Thermal(DC_logic_3_8)_
 L  c_u_Thermal(DC_logic_3_9)_
 L  c_u_Thermal(DC_logic_3_10)_
 L  c_u_Thermal(DC_logic_3_11)_
 L  c_u_Thermal(DC_logic_3_12)_
 L  c_u_Thermal(DC_logic_3_13)_
 L  c_u_Thermal(DC_logic_3_14)_
 L  c_u_Thermal(DC_logic_3_15)_
 L  c_u_Thermal(DC_logic_4_0)_
 L  c_u_Thermal(DC_logic_4_1)_
 L  c_u_Thermal(DC_logic_4_2)_
 L  c_u_Thermal(DC_logic_4_3)_
 L  c_u_Thermal(DC_logic_4_4)_
 L  c_u_Thermal(DC_logic_4_5)_
 L  c_u_Thermal(DC_logic_4_6)_
 L  c_u_Thermal(DC_logic_4_7)_
 L  c_u_Thermal(DC_logic_4_8)_
 L  c_u_Thermal(DC_logic_4_9)_
 L  c_u_Thermal(DC_logic_4_10)_
 L  c_u_Thermal(DC_logic_4_11)_
 L  c_u_Thermal(DC_logic_4_12)_
 L  c_u_Thermal(DC_logic_4_13)_
 L  c_u_Thermal(DC_logic_4_14)_
 L  c_u_Thermal(DC_logic_4_15)_
 L  c_u_Thermal(DC_logic_5_0)_
 L  c_u_Thermal(DC_logic_5_1)_
 L  c_u_Thermal(DC_logic_5_2)_
 L  c_u_Thermal(DC_logic_5_3)_
 L  c_u_Thermal(DC_logic_5_4)_
 L  c_u_Thermal(DC_logic_5_5)_
 L  c_u_Thermal(DC_logic_5_6)_
 L  c_u_Thermal(DC_logic_5_7)_
 L  c_u_Thermal(DC_logic_5_8)_
 L  c_u_Thermal(DC_logic_5_9)_
 L  c_u_Thermal(DC_logic_5_10)_
 L  c_u_Thermal(DC_logic_5_11)_
 L  c_u_Thermal(DC_logic_5_12)_
 L  c_u_Thermal(DC_logic_5_13)_
 L  c_u_Thermal(DC_logic_5_14)_
 L  c_u_Thermal(DC_logic_5_15)_
 L  c_u_Thermal(DC_logic_6_0)_
 L  c_u_Thermal(DC_logic_6_1)_
 L  c_u_Thermal(DC_logic_6_2)_
 L  c_u_Thermal(DC_logic_6_3)_
 L  c_u_Thermal(DC_logic_6_4)_
 L  c_u_Thermal(DC_logic_6_5)_
 L  c_u_Thermal(DC_logic_6_6)_
 L  c_u_Thermal(DC_logic_6_7)_
 L  c_u_Thermal(DC_logic_6_8)_
 L  c_u_Thermal(DC_logic_6_9)_
 L  c_u_Thermal(DC_logic_6_10)_
 L  c_u_Thermal(DC_logic_6_11)_
 L  c_u_Thermal(DC_logic_6_12)_
 L  c_u_Thermal(DC_logic_7_0)_
 L  c_u_Thermal(DC_logic_7_1)_
 L  c_u_Thermal(DC_logic_7_2)_
 L  c_u_Thermal(DC_logic_7_3)_
 L  c_u_Thermal(DC_logic_7_4)_
 L  c_u_Thermal(DC_logic_7_5)_
 L  c_u_Thermal(DC_logic_7_6)_
 L  c_u_Thermal(DC_logic_7_7)_
 L  c_u_Thermal(DC_logic_7_8)_
 L  c_u_Thermal(DC_logic_7_9)_
 L  c_u_Thermal(DC_logic_7_10)_
 L  c_u_Thermal(DC_logic_7_11)_
 L  c_u_Thermal(DC_logic_7_12)_
 L  c_u_Thermal(DC_logic_7_13)_
 L  c_u_Thermal(DC_logic_7_14)_
 L  c_u_Thermal(DC_logic_7_15)_
 L  c_u_Thermal(DC_logic_8_0)_
 L  c_u_Thermal(DC_logic_8_1)_
 L  c_u_Thermal(DC_logic_8_2)_
 L  c_u_Thermal(DC_logic_8_3)_
 L  c_u_Thermal(DC_logic_8_4)_
 L  c_u_Thermal(DC_logic_8_5)_
 L  c_u_Thermal(DC_logic_8_6)_
 L  c_u_Thermal(DC_logic_8_7)_
 L  c_u_Thermal(DC_logic_8_8)_
 L  c_u_Thermal(DC_logic_8_9)_
 L  c_u_Thermal(DC_logic_8_10)_
 L  c_u_Thermal(DC_logic_8_11)_
 L  c_u_Thermal(DC_logic_8_12)_
 L  c_u_Thermal(PC_dram_0_0)_
 L  c_u_Thermal(PC_dram_0_1)_
 L  c_u_Thermal(PC_dram_0_2)_
 L  c_u_Thermal(PC_dram_0_3)_
 L  c_u_Thermal(PC_dram_0_4)_
 L  c_u_Thermal(PC_dram_0_5)_
 L  c_u_Thermal(PC_dram_0_6)_
 L  c_u_Thermal(PC_dram_0_7)_
 L  c_u_Thermal(PC_dram_0_8)_
 L  c_u_Thermal(PC_dram_0_9)_
 L  c_u_Thermal(PC_dram_0_10)_
 L  c_u_Thermal(PC_dram_0_11)_
 L  c_u_Thermal(PC_dram_0_12)_
 L  c_u_Thermal(PC_dram_1_0)_
 L  c_u_Thermal(PC_dram_1_1)_
 L  c_u_Thermal(PC_dram_1_2)_
 L  c_u_Thermal(PC_dram_1_3)_
 L  c_u_Thermal(PC_dram_1_4)_
 L  c_u_Thermal(PC_dram_1_5)_
 L  c_u_Thermal(PC_dram_1_6)_
 L  c_u_Thermal(PC_dram_1_7)_
 L  c_u_Thermal(PC_dram_1_8)_
 L  c_u_Thermal(PC_dram_1_9)_
 L  c_u_Thermal(PC_dram_1_10)_
 L  c_u_Thermal(PC_dram_1_11)_
 L  c_u_Thermal(PC_dram_1_12)_
 L  c_u_Thermal(PC_dram_1_13)_
 L  c_u_Thermal(PC_dram_1_14)_
 L  c_u_Thermal(PC_dram_1_15)_
 L  c_u_Thermal(PC_dram_2_0)_
 L  c_u_Thermal(PC_dram_2_1)_
 L  c_u_Thermal(PC_dram_2_2)_
 L  c_u_Thermal(PC_dram_2_3)_
 L  c_u_Thermal(PC_dram_2_4)_
 L  c_u_Thermal(PC_dram_2_5)_
 L  c_u_Thermal(PC_dram_2_6)_
 L  c_u_Thermal(PC_dram_2_7)_
 L  c_u_Thermal(PC_dram_2_8)_
 L  c_u_Thermal(PC_dram_2_9)_
 L  c_u_Thermal(PC_dram_2_10)_
 L  c_u_Thermal(PC_dram_2_11)_
 L  c_u_Thermal(PC_dram_2_12)_
 L  c_u_Thermal(PC_dram_3_0)_
 L  c_u_Thermal(PC_dram_3_1)_
 L  c_u_Thermal(PC_dram_3_2)_
 L  c_u_Thermal(PC_dram_3_3)_
 L  c_u_Thermal(PC_dram_3_4)_
 L  c_u_Thermal(PC_dram_3_5)_
 L  c_u_Thermal(PC_dram_3_6)_
 L  c_u_Thermal(PC_dram_3_7)_
 L  c_u_Thermal(PC_dram_3_8)_
 L  c_u_Thermal(PC_dram_3_9)_
 L  c_u_Thermal(PC_dram_3_10)_
 L  c_u_Thermal(PC_dram_3_11)_
 L  c_u_Thermal(PC_dram_3_12)_
 L  c_u_Thermal(PC_dram_3_13)_
 L  c_u_Thermal(PC_dram_3_14)_
 L  c_u_Thermal(PC_dram_3_15)_
 L  c_u_Thermal(PC_dram_4_0)_
 L  c_u_Thermal(PC_dram_4_1)_
 L  c_u_Thermal(PC_dram_4_2)_
 L  c_u_Thermal(PC_dram_4_3)_
 L  c_u_Thermal(PC_dram_4_4)_
 L  c_u_Thermal(PC_dram_4_5)_
 L  c_u_Thermal(PC_dram_4_6)_
 L  c_u_Thermal(PC_dram_4_7)_
 L  c_u_Thermal(PC_dram_4_8)_
 L  c_u_Thermal(PC_dram_4_9)_
 L  c_u_Thermal(PC_dram_4_10)_
 L  c_u_Thermal(PC_dram_4_11)_
 L  c_u_Thermal(PC_dram_4_12)_
 L  c_u_Thermal(PC_dram_4_13)_
 L  c_u_Thermal(PC_dram_4_14)_
 L  c_u_Thermal(PC_dram_4_15)_
 L  c_u_Thermal(PC_dram_5_0)_
 L  c_u_Thermal(PC_dram_5_1)_
 L  c_u_Thermal(PC_dram_5_2)_
 L  c_u_Thermal(PC_dram_5_3)_
 L  c_u_Thermal(PC_dram_5_4)_
 L  c_u_Thermal(PC_dram_5_5)_
 L  c_u_Thermal(PC_dram_5_6)_
 L  c_u_Thermal(PC_dram_5_7)_
 L  c_u_Thermal(PC_dram_5_8)_
 L  c_u_Thermal(PC_dram_5_9)_
 L  c_u_Thermal(PC_dram_5_10)_
 L  c_u_Thermal(PC_dram_5_11)_
 L  c_u_Thermal(PC_dram_5_12)_
 L  c_u_Thermal(PC_dram_5_13)_
 L  c_u_Thermal(PC_dram_5_14)_
 L  c_u_Thermal(PC_dram_5_15)_
 L  c_u_Thermal(PC_dram_6_0)_
 L  c_u_Thermal(PC_dram_6_1)_
 L  c_u_Thermal(PC_dram_6_2)_
 L  c_u_Thermal(PC_dram_6_3)_
 L  c_u_Thermal(PC_dram_6_4)_
 L  c_u_Thermal(PC_dram_6_5)_
 L  c_u_Thermal(PC_dram_6_6)_
 L  c_u_Thermal(PC_dram_6_7)_
 L  c_u_Thermal(PC_dram_6_8)_
 L  c_u_Thermal(PC_dram_6_9)_
 L  c_u_Thermal(PC_dram_6_10)_
 L  c_u_Thermal(PC_dram_6_11)_
 L  c_u_Thermal(PC_dram_6_12)_
 L  c_u_Thermal(PC_dram_7_0)_
 L  c_u_Thermal(PC_dram_7_1)_
 L  c_u_Thermal(PC_dram_7_2)_
 L  c_u_Thermal(PC_dram_7_3)_
 L  c_u_Thermal(PC_dram_7_4)_
 L  c_u_Thermal(PC_dram_7_5)_
 L  c_u_Thermal(PC_dram_7_6)_
 L  c_u_Thermal(PC_dram_7_7)_
 L  c_u_Thermal(PC_dram_7_8)_
 L  c_u_Thermal(PC_dram_7_9)_
 L  c_u_Thermal(PC_dram_7_10)_
 L  c_u_Thermal(PC_dram_7_11)_
 L  c_u_Thermal(PC_dram_7_12)_
 L  c_u_Thermal(PC_dram_7_13)_
 L  c_u_Thermal(PC_dram_7_14)_
 L  c_u_Thermal(PC_dram_7_15)_
 L  c_u_Thermal(PC_dram_8_0)_
 L  c_u_Thermal(PC_dram_8_1)_
 L  c_u_Thermal(PC_dram_8_2)_
 L  c_u_Thermal(PC_dram_8_3)_
 L  c_u_Thermal(PC_dram_8_4)_
 L  c_u_Thermal(PC_dram_8_5)_
 L  c_u_Thermal(PC_dram_8_6)_
 L  c_u_Thermal(PC_dram_8_7)_
 L  c_u_Thermal(PC_dram_8_8)_
 L  c_u_Thermal(PC_dram_8_9)_
 L  c_u_Thermal(PC_dram_8_10)_
 L  c_u_Thermal(PC_dram_8_11)_
 L  c_u_Thermal(PC_dram_8_12)_
 L  c_u_Thermal(PC_logic_0_0)_
 L  c_u_Thermal(PC_logic_0_1)_
 L  c_u_Thermal(PC_logic_0_2)_
 L  c_u_Thermal(PC_logic_0_3)_
 L  c_u_Thermal(PC_logic_0_4)_
 L  c_u_Thermal(PC_logic_0_5)_
 L  c_u_Thermal(PC_logic_0_6)_
 L  c_u_Thermal(PC_logic_0_7)_
 L  c_u_Thermal(PC_logic_0_8)_
 L  c_u_Thermal(PC_logic_0_9)_
 L  c_u_Thermal(PC_logic_0_10)_
 L  c_u_Thermal(PC_logic_0_11)_
 L  c_u_Thermal(PC_logic_0_12)_
 L  c_u_Thermal(PC_logic_1_0)_
 L  c_u_Thermal(PC_logic_1_1)_
 L  c_u_Thermal(PC_logic_1_2)_
 L  c_u_Thermal(PC_logic_1_3)_
 L  c_u_Thermal(PC_logic_1_4)_
 L  c_u_Thermal(PC_logic_1_5)_
 L  c_u_Thermal(PC_logic_1_6)_
 L  c_u_Thermal(PC_logic_1_7)_
 L  c_u_Thermal(PC_logic_1_8)_
 L  c_u_Thermal(PC_logic_1_9)_
 L  c_u_Thermal(PC_logic_1_10)_
 L  c_u_Thermal(PC_logic_1_11)_
 L  c_u_Thermal(PC_logic_1_12)_
 L  c_u_Thermal(PC_logic_1_13)_
 L  c_u_Thermal(PC_logic_1_14)_
 L  c_u_Thermal(PC_logic_1_15)_
 L  c_u_Thermal(PC_logic_2_0)_
 L  c_u_Thermal(PC_logic_2_1)_
 L  c_u_Thermal(PC_logic_2_2)_
 L  c_u_Thermal(PC_logic_2_3)_
 L  c_u_Thermal(PC_logic_2_4)_
 L  c_u_Thermal(PC_logic_2_5)_
 L  c_u_Thermal(PC_logic_2_6)_
 L  c_u_Thermal(PC_logic_2_7)_
 L  c_u_Thermal(PC_logic_2_8)_
 L  c_u_Thermal(PC_logic_2_9)_
 L  c_u_Thermal(PC_logic_2_10)_
 L  c_u_Thermal(PC_logic_2_11)_
 L  c_u_Thermal(PC_logic_2_12)_
 L  c_u_Thermal(PC_logic_3_0)_
 L  c_u_Thermal(PC_logic_3_1)_
 L  c_u_Thermal(PC_logic_3_2)_
 L  c_u_Thermal(PC_logic_3_3)_
 L  c_u_Thermal(PC_logic_3_4)_
 L  c_u_Thermal(PC_logic_3_5)_
 L  c_u_Thermal(PC_logic_3_6)_
 L  c_u_Thermal(PC_logic_3_7)_
 L  c_u_Thermal(PC_logic_3_8)_
 L  c_u_Thermal(PC_logic_3_9)_
 L  c_u_Thermal(PC_logic_3_10)_
 L  c_u_Thermal(PC_logic_3_11)_
 L  c_u_Thermal(PC_logic_3_12)_
 L  c_u_Thermal(PC_logic_3_13)_
 L  c_u_Thermal(PC_logic_3_14)_
 L  c_u_Thermal(PC_logic_3_15)_
 L  c_u_Thermal(PC_logic_4_0)_
 L  c_u_Thermal(PC_logic_4_1)_
 L  c_u_Thermal(PC_logic_4_2)_
 L  c_u_Thermal(PC_logic_4_3)_
 L  c_u_Thermal(PC_logic_4_4)_
 L  c_u_Thermal(PC_logic_4_5)_
 L  c_u_Thermal(PC_logic_4_6)_
 L  c_u_Thermal(PC_logic_4_7)_
 L  c_u_Thermal(PC_logic_4_8)_
 L  c_u_Thermal(PC_logic_4_9)_
 L  c_u_Thermal(PC_logic_4_10)_
 L  c_u_Thermal(PC_logic_4_11)_
 L  c_u_Thermal(PC_logic_4_12)_
 L  c_u_Thermal(PC_logic_4_13)_
 L  c_u_Thermal(PC_logic_4_14)_
 L  c_u_Thermal(PC_logic_4_15)_
 L  c_u_Thermal(PC_logic_5_0)_
 L  c_u_Thermal(PC_logic_5_1)_
 L  c_u_Thermal(PC_logic_5_2)_
 L  c_u_Thermal(PC_logic_5_3)_
 L  c_u_Thermal(PC_logic_5_4)_
 L  c_u_Thermal(PC_logic_5_5)_
 L  c_u_Thermal(PC_logic_5_6)_
 L  c_u_Thermal(PC_logic_5_7)_
 L  c_u_Thermal(PC_logic_5_8)_
 L  c_u_Thermal(PC_logic_5_9)_
 L  c_u_Thermal(PC_logic_5_10)_
 L  c_u_Thermal(PC_logic_5_11)_
 L  c_u_Thermal(PC_logic_5_12)_
 L  c_u_Thermal(PC_logic_5_13)_
 L  c_u_Thermal(PC_logic_5_14)_
 L  c_u_Thermal(PC_logic_5_15)_
 L  c_u_Thermal(PC_logic_6_0)_
 L  c_u_Thermal(PC_logic_6_1)_
 L  c_u_Thermal(PC_logic_6_2)_
 L  c_u_Thermal(PC_logic_6_3)_
 L  c_u_Thermal(PC_logic_6_4)_
 L  c_u_Thermal(PC_logic_6_5)_
 L  c_u_Thermal(PC_logic_6_6)_
 L  c_u_Thermal(PC_logic_6_7)_
 L  c_u_Thermal(PC_logic_6_8)_
 L  c_u_Thermal(PC_logic_6_9)_
 L  c_u_Thermal(PC_logic_6_10)_
 L  c_u_Thermal(PC_logic_6_11)_
 L  c_u_Thermal(PC_logic_6_12)_
 L  c_u_Thermal(PC_logic_7_0)_
 L  c_u_Thermal(PC_logic_7_1)_
 L  c_u_Thermal(PC_logic_7_2)_
 L  c_u_Thermal(PC_logic_7_3)_
 L  c_u_Thermal(PC_logic_7_4)_
 L  c_u_Thermal(PC_logic_7_5)_
 L  c_u_Thermal(PC_logic_7_6)_
 L  c_u_Thermal(PC_logic_7_7)_
 L  c_u_Thermal(PC_logic_7_8)_
 L  c_u_Thermal(PC_logic_7_9)_
 L  c_u_Thermal(PC_logic_7_10)_
 L  c_u_Thermal(PC_logic_7_11)_
 L  c_u_Thermal(PC_logic_7_12)_
 L  c_u_Thermal(PC_logic_7_13)_
 L  c_u_Thermal(PC_logic_7_14)_
 L  c_u_Thermal(PC_logic_7_15)_
 L  c_u_Thermal(PC_logic_8_0)_
 L  c_u_Thermal(PC_logic_8_1)_
 L  c_u_Thermal(PC_logic_8_2)_
 L  c_u_Thermal(PC_logic_8_3)_
 L  c_u_Thermal(PC_logic_8_4)_
 L  c_u_Thermal(PC_logic_8_5)_
 L  c_u_Thermal(PC_logic_8_6)_
 L  c_u_Thermal(PC_logic_8_7)_
 L  c_u_Thermal(PC_logic_8_8)_
 L  c_u_Thermal(PC_logic_8_9)_
 L  c_u_Thermal(PC_logic_8_10)_
 L  c_u_Thermal(PC_logic_8_11)_
 L  c_u_Thermal(PC_logic_8_12)_
 L  c_u_Leakage(DC_0)_
 L  c_u_Leakage(DC_1)_
 L  c_u_Leakage(DC_2)_
 L  c_u_Leakage(DC_3)_
 L  c_u_Leakage(DC_4)_
 L  c_u_Leakage(DC_5)_
 L  c_u_Leakage(DC_6)_
 L  c_u_Leakage(DC_7)_
 L  c_u_Leakage(DC_8)_
 L  c_u_Leakage(PC_0)_
 L  c_u_Leakage(PC_1)_
 L  c_u_Leakage(PC_2)_
 L  c_u_Leakage(PC_3)_
 L  c_u_Leakage(PC_4)_
 L  c_u_Leakage(PC_5)_
 L  c_u_Leakage(PC_6)_
 L  c_u_Leakage(PC_7)_
 L  c_u_Leakage(PC_8)_
 L  c_u_LeakageFloor(0)_
 L  c_u_LeakageFloor(1)_
 L  c_u_LeakageFloor(2)_
 L  c_u_LeakageFloor(3)_
 L  c_u_LeakageFloor(4)_
 L  c_u_LeakageFloor(5)_
 L  c_u_LeakageFloor(6)_
 L  c_u_LeakageFloor(7)_
 L  c_u_LeakageFloor(8)_
 G  c_l_MirrorLeftRight_
 G  c_l_MirrorTopBottom_
COLUMNS
     Place(0) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(0) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(0) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(0) c_e_KindLink(0)_ 1
     Place(1) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(1) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(1) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(1) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(1) c_e_KindLink(1)_ 1
     Place(2) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(2) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(2) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(2) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(2) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(2) c_e_KindLink(2)_ 1
     Place(3) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(3) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(3) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(3) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(3) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(3) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(3) c_e_KindLink(3)_ 1
     Place(4) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(4) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(4) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(4) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(4) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(4) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(4) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(4) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(4) c_e_KindLink(4)_ 1
     Place(5) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(5) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(5) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(5) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(5) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(5) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(5) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(5) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(5) c_e_KindLink(4)_ 1
     Place(6) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(6) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(6) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(6) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(6) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(6) c_e_KindLink(2)_ 1
     Place(7) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(7) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(7) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(7) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(7) c_e_KindLink(1)_ 1
     Place(8) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(8) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(8) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(8) c_e_KindLink(0)_ 1
     Place(9) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(9) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(9) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(9) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(9) c_e_KindLink(5)_ 1
     Place(10) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(10) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(10) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(10) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(10) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(10) c_e_KindLink(2)_ 1
     Place(11) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(11) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(11) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(11) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(11) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(11) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(11) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(11) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(11) c_e_KindLink(4)_ 1
     Place(12) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(12) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(12) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(12) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(12) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(12) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(12) c_e_KindLink(6)_ 1
     Place(13) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(13) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(13) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(13) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(13) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(13) c_e_KindLink(2)_ 1
     Place(14) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(14) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(14) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(14) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(14) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(14) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(14) c_e_KindLink(3)_ 1
     Place(15) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(15) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(15) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(15) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(15) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(15) c_e_KindLink(2)_ 1
     Place(16) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(16) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(16) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(16) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(16) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(16) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(16) c_e_KindLink(6)_ 1
     Place(17) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(17) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(17) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(17) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(17) c_e_KindLink(1)_ 1
     Place(18) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(18) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(18) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(18) c_e_KindLink(0)_ 1
     Place(19) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(19) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(19) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(19) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(19) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(19) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(19) c_e_KindLink(6)_ 1
     Place(20) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(20) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(20) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(20) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(20) c_e_KindLink(1)_ 1
     Place(21) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(21) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(21) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(21) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(21) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(21) c_e_KindLink(2)_ 1
     Place(22) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(22) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(22) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(22) c_e_KindLink(0)_ 1
     Place(23) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(23) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(23) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(23) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(23) c_e_KindLink(1)_ 1
     Place(24) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(24) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(24) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(24) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(24) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(24) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(24) c_e_KindLink(6)_ 1
     Place(25) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(25) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(25) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(25) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(25) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(25) c_e_KindLink(2)_ 1
     Place(26) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(26) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(26) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(26) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(26) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(26) c_e_KindLink(2)_ 1
     Place(27) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(27) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(27) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(27) c_e_KindLink(0)_ 1
     Place(28) c_e_OccupiedDef(0_DC_decode)_ -1
     Place(28) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(28) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(28) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(28) c_e_KindLink(1)_ 1
     Place(29) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(29) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(29) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(29) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(29) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(29) c_e_KindLink(2)_ 1
     Place(30) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(30) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(30) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(30) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(30) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(30) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(30) c_e_KindLink(6)_ 1
     Place(31) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(31) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(31) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(31) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(31) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(31) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(31) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(31) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(31) c_e_KindLink(4)_ 1
     Place(32) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(32) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(32) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(32) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(32) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(32) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(32) c_e_KindLink(6)_ 1
     Place(33) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(33) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(33) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(33) c_e_KindLink(0)_ 1
     Place(34) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(34) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(34) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(34) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(34) c_e_KindLink(5)_ 1
     Place(35) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(35) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(35) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(35) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(35) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(35) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(35) c_e_KindLink(6)_ 1
     Place(36) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(36) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(36) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(36) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(36) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(36) c_e_KindLink(2)_ 1
     Place(37) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(37) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(37) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(37) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(37) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(37) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(37) c_e_KindLink(3)_ 1
     Place(38) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(38) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(38) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(38) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(38) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(38) c_e_KindLink(2)_ 1
     Place(39) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(39) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(39) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(39) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(39) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(39) c_e_KindLink(2)_ 1
     Place(40) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(40) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(40) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(40) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(40) c_e_KindLink(1)_ 1
     Place(41) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(41) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(41) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(41) c_e_KindLink(0)_ 1
     Place(42) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(42) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(42) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(42) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(42) c_e_KindLink(1)_ 1
     Place(43) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(43) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(43) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(43) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(43) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(43) c_e_KindLink(2)_ 1
     Place(44) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(44) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(44) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(44) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(44) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(44) c_e_KindLink(2)_ 1
     Place(45) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(45) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(45) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(45) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(45) c_e_KindLink(1)_ 1
     Place(46) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(46) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(46) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(46) c_e_KindLink(0)_ 1
     Place(47) c_e_OccupiedDef(1_DC_decode)_ -1
     Place(47) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(47) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(47) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(47) c_e_KindLink(1)_ 1
     Place(48) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(48) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(48) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(48) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(48) c_e_KindLink(1)_ 1
     Place(49) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(49) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(49) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(49) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(49) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(49) c_e_KindLink(2)_ 1
     Place(50) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(50) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(50) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(50) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(50) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(50) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(50) c_e_KindLink(6)_ 1
     Place(51) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(51) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(51) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(51) c_e_KindLink(0)_ 1
     Place(52) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(52) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(52) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(52) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(52) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(52) c_e_KindLink(2)_ 1
     Place(53) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(53) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(53) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(53) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(53) c_e_KindLink(1)_ 1
     Place(54) c_e_OccupiedDef(2_DC_decode)_ -1
     Place(54) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(54) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(54) c_e_KindLink(0)_ 1
     Place(55) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(55) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(55) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(55) c_e_KindLink(0)_ 1
     Place(56) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(56) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(56) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(56) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(56) c_e_KindLink(1)_ 1
     Place(57) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(57) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(57) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(57) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(57) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(57) c_e_KindLink(2)_ 1
     Place(58) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(58) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(58) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(58) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(58) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(58) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(58) c_e_KindLink(3)_ 1
     Place(59) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(59) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(59) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(59) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(59) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(59) c_e_KindLink(2)_ 1
     Place(60) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(60) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(60) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(60) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(60) c_e_KindLink(1)_ 1
     Place(61) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(61) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(61) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(61) c_e_KindLink(0)_ 1
     Place(62) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(62) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(62) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(62) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(62) c_e_KindLink(5)_ 1
     Place(63) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(63) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(63) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(63) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(63) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(63) c_e_KindLink(2)_ 1
     Place(64) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(64) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(64) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(64) c_e_KindLink(0)_ 1
     Place(65) c_e_OccupiedDef(3_DC_decode)_ -1
     Place(65) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(65) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(65) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(65) c_e_KindLink(1)_ 1
     Place(66) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(66) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(66) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(66) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(66) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(66) c_e_KindLink(2)_ 1
     Place(67) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(67) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(67) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(67) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(67) c_e_KindLink(5)_ 1
     Place(68) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(68) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(68) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(68) c_e_KindLink(0)_ 1
     Place(69) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(69) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(69) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(69) c_e_KindLink(0)_ 1
     Place(70) c_e_OccupiedDef(4_DC_decode)_ -1
     Place(70) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(70) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(70) c_e_KindLink(0)_ 1
     Place(71) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(71) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(71) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(71) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(71) c_e_KindLink(1)_ 1
     Place(72) c_e_OccupiedDef(5_DC_decode)_ -1
     Place(72) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(72) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(72) c_e_KindLink(0)_ 1
     Place(73) c_e_OccupiedDef(6_DC_decode)_ -1
     Place(73) c_e_OccupiedDef(7_DC_decode)_ -1
     Place(73) c_e_OccupiedDef(8_DC_decode)_ -1
     Place(73) c_e_KindLink(0)_ 1
     Place(74) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(74) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(74) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(74) c_e_KindLink(7)_ 1
     Place(75) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(75) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(75) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(75) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(75) c_e_KindLink(8)_ 1
     Place(76) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(76) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(76) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(76) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(76) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(76) c_e_KindLink(9)_ 1
     Place(77) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(77) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(77) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(77) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(77) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(77) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(77) c_e_KindLink(10)_ 1
     Place(78) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(78) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(78) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(78) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(78) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(78) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(78) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(78) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(78) c_e_KindLink(11)_ 1
     Place(79) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(79) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(79) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(79) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(79) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(79) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(79) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(79) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(79) c_e_KindLink(11)_ 1
     Place(80) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(80) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(80) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(80) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(80) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(80) c_e_KindLink(9)_ 1
     Place(81) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(81) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(81) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(81) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(81) c_e_KindLink(8)_ 1
     Place(82) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(82) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(82) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(82) c_e_KindLink(7)_ 1
     Place(83) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(83) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(83) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(83) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(83) c_e_KindLink(12)_ 1
     Place(84) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(84) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(84) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(84) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(84) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(84) c_e_KindLink(9)_ 1
     Place(85) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(85) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(85) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(85) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(85) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(85) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(85) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(85) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(85) c_e_KindLink(11)_ 1
     Place(86) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(86) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(86) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(86) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(86) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(86) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(86) c_e_KindLink(13)_ 1
     Place(87) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(87) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(87) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(87) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(87) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(87) c_e_KindLink(9)_ 1
     Place(88) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(88) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(88) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(88) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(88) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(88) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(88) c_e_KindLink(10)_ 1
     Place(89) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(89) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(89) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(89) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(89) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(89) c_e_KindLink(9)_ 1
     Place(90) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(90) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(90) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(90) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(90) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(90) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(90) c_e_KindLink(13)_ 1
     Place(91) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(91) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(91) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(91) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(91) c_e_KindLink(8)_ 1
     Place(92) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(92) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(92) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(92) c_e_KindLink(7)_ 1
     Place(93) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(93) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(93) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(93) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(93) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(93) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(93) c_e_KindLink(13)_ 1
     Place(94) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(94) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(94) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(94) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(94) c_e_KindLink(8)_ 1
     Place(95) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(95) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(95) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(95) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(95) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(95) c_e_KindLink(9)_ 1
     Place(96) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(96) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(96) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(96) c_e_KindLink(7)_ 1
     Place(97) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(97) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(97) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(97) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(97) c_e_KindLink(8)_ 1
     Place(98) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(98) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(98) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(98) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(98) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(98) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(98) c_e_KindLink(13)_ 1
     Place(99) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(99) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(99) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(99) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(99) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(99) c_e_KindLink(9)_ 1
     Place(100) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(100) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(100) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(100) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(100) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(100) c_e_KindLink(9)_ 1
     Place(101) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(101) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(101) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(101) c_e_KindLink(7)_ 1
     Place(102) c_e_OccupiedDef(0_DC_prefill)_ -1
     Place(102) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(102) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(102) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(102) c_e_KindLink(8)_ 1
     Place(103) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(103) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(103) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(103) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(103) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(103) c_e_KindLink(9)_ 1
     Place(104) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(104) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(104) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(104) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(104) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(104) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(104) c_e_KindLink(13)_ 1
     Place(105) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(105) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(105) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(105) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(105) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(105) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(105) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(105) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(105) c_e_KindLink(11)_ 1
     Place(106) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(106) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(106) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(106) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(106) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(106) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(106) c_e_KindLink(13)_ 1
     Place(107) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(107) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(107) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(107) c_e_KindLink(7)_ 1
     Place(108) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(108) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(108) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(108) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(108) c_e_KindLink(12)_ 1
     Place(109) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(109) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(109) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(109) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(109) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(109) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(109) c_e_KindLink(13)_ 1
     Place(110) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(110) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(110) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(110) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(110) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(110) c_e_KindLink(9)_ 1
     Place(111) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(111) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(111) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(111) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(111) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(111) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(111) c_e_KindLink(10)_ 1
     Place(112) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(112) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(112) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(112) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(112) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(112) c_e_KindLink(9)_ 1
     Place(113) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(113) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(113) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(113) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(113) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(113) c_e_KindLink(9)_ 1
     Place(114) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(114) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(114) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(114) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(114) c_e_KindLink(8)_ 1
     Place(115) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(115) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(115) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(115) c_e_KindLink(7)_ 1
     Place(116) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(116) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(116) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(116) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(116) c_e_KindLink(8)_ 1
     Place(117) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(117) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(117) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(117) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(117) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(117) c_e_KindLink(9)_ 1
     Place(118) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(118) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(118) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(118) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(118) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(118) c_e_KindLink(9)_ 1
     Place(119) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(119) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(119) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(119) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(119) c_e_KindLink(8)_ 1
     Place(120) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(120) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(120) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(120) c_e_KindLink(7)_ 1
     Place(121) c_e_OccupiedDef(1_DC_prefill)_ -1
     Place(121) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(121) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(121) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(121) c_e_KindLink(8)_ 1
     Place(122) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(122) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(122) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(122) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(122) c_e_KindLink(8)_ 1
     Place(123) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(123) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(123) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(123) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(123) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(123) c_e_KindLink(9)_ 1
     Place(124) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(124) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(124) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(124) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(124) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(124) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(124) c_e_KindLink(13)_ 1
     Place(125) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(125) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(125) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(125) c_e_KindLink(7)_ 1
     Place(126) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(126) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(126) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(126) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(126) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(126) c_e_KindLink(9)_ 1
     Place(127) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(127) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(127) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(127) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(127) c_e_KindLink(8)_ 1
     Place(128) c_e_OccupiedDef(2_DC_prefill)_ -1
     Place(128) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(128) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(128) c_e_KindLink(7)_ 1
     Place(129) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(129) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(129) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(129) c_e_KindLink(7)_ 1
     Place(130) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(130) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(130) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(130) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(130) c_e_KindLink(8)_ 1
     Place(131) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(131) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(131) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(131) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(131) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(131) c_e_KindLink(9)_ 1
     Place(132) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(132) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(132) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(132) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(132) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(132) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(132) c_e_KindLink(10)_ 1
     Place(133) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(133) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(133) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(133) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(133) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(133) c_e_KindLink(9)_ 1
     Place(134) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(134) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(134) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(134) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(134) c_e_KindLink(8)_ 1
     Place(135) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(135) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(135) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(135) c_e_KindLink(7)_ 1
     Place(136) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(136) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(136) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(136) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(136) c_e_KindLink(12)_ 1
     Place(137) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(137) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(137) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(137) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(137) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(137) c_e_KindLink(9)_ 1
     Place(138) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(138) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(138) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(138) c_e_KindLink(7)_ 1
     Place(139) c_e_OccupiedDef(3_DC_prefill)_ -1
     Place(139) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(139) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(139) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(139) c_e_KindLink(8)_ 1
     Place(140) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(140) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(140) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(140) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(140) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(140) c_e_KindLink(9)_ 1
     Place(141) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(141) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(141) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(141) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(141) c_e_KindLink(12)_ 1
     Place(142) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(142) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(142) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(142) c_e_KindLink(7)_ 1
     Place(143) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(143) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(143) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(143) c_e_KindLink(7)_ 1
     Place(144) c_e_OccupiedDef(4_DC_prefill)_ -1
     Place(144) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(144) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(144) c_e_KindLink(7)_ 1
     Place(145) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(145) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(145) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(145) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(145) c_e_KindLink(8)_ 1
     Place(146) c_e_OccupiedDef(5_DC_prefill)_ -1
     Place(146) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(146) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(146) c_e_KindLink(7)_ 1
     Place(147) c_e_OccupiedDef(6_DC_prefill)_ -1
     Place(147) c_e_OccupiedDef(7_DC_prefill)_ -1
     Place(147) c_e_OccupiedDef(8_DC_prefill)_ -1
     Place(147) c_e_KindLink(7)_ 1
     Place(148) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(148) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(148) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(148) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(148) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(148) c_e_KindLink(14)_ 1
     Place(149) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(149) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(149) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(149) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(149) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(149) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(149) c_e_KindLink(15)_ 1
     Place(150) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(150) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(150) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(150) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(150) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(150) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(150) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(150) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(150) c_e_KindLink(16)_ 1
     Place(151) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(151) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(151) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(151) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(151) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(151) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(151) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(151) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(151) c_e_KindLink(16)_ 1
     Place(152) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(152) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(152) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(152) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(152) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(152) c_e_KindLink(14)_ 1
     Place(153) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(153) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(153) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(153) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(153) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(153) c_e_KindLink(14)_ 1
     Place(154) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(154) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(154) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(154) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(154) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(154) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(154) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(154) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(154) c_e_KindLink(16)_ 1
     Place(155) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(155) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(155) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(155) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(155) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(155) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(155) c_e_KindLink(17)_ 1
     Place(156) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(156) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(156) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(156) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(156) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(156) c_e_KindLink(14)_ 1
     Place(157) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(157) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(157) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(157) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(157) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(157) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(157) c_e_KindLink(15)_ 1
     Place(158) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(158) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(158) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(158) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(158) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(158) c_e_KindLink(14)_ 1
     Place(159) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(159) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(159) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(159) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(159) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(159) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(159) c_e_KindLink(17)_ 1
     Place(160) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(160) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(160) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(160) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(160) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(160) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(160) c_e_KindLink(17)_ 1
     Place(161) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(161) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(161) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(161) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(161) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(161) c_e_KindLink(14)_ 1
     Place(162) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(162) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(162) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(162) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(162) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(162) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(162) c_e_KindLink(17)_ 1
     Place(163) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(163) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(163) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(163) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(163) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(163) c_e_KindLink(14)_ 1
     Place(164) c_e_OccupiedDef(0_PC_decode)_ -1
     Place(164) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(164) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(164) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(164) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(164) c_e_KindLink(14)_ 1
     Place(165) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(165) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(165) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(165) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(165) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(165) c_e_KindLink(14)_ 1
     Place(166) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(166) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(166) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(166) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(166) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(166) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(166) c_e_KindLink(17)_ 1
     Place(167) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(167) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(167) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(167) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(167) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(167) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(167) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(167) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(167) c_e_KindLink(16)_ 1
     Place(168) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(168) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(168) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(168) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(168) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(168) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(168) c_e_KindLink(17)_ 1
     Place(169) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(169) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(169) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(169) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(169) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(169) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(169) c_e_KindLink(17)_ 1
     Place(170) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(170) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(170) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(170) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(170) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(170) c_e_KindLink(14)_ 1
     Place(171) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(171) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(171) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(171) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(171) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(171) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(171) c_e_KindLink(15)_ 1
     Place(172) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(172) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(172) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(172) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(172) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(172) c_e_KindLink(14)_ 1
     Place(173) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(173) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(173) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(173) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(173) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(173) c_e_KindLink(14)_ 1
     Place(174) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(174) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(174) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(174) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(174) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(174) c_e_KindLink(14)_ 1
     Place(175) c_e_OccupiedDef(1_PC_decode)_ -1
     Place(175) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(175) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(175) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(175) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(175) c_e_KindLink(14)_ 1
     Place(176) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(176) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(176) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(176) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(176) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(176) c_e_KindLink(14)_ 1
     Place(177) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(177) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(177) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(177) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(177) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(177) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(177) c_e_KindLink(17)_ 1
     Place(178) c_e_OccupiedDef(2_PC_decode)_ -1
     Place(178) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(178) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(178) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(178) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(178) c_e_KindLink(14)_ 1
     Place(179) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(179) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(179) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(179) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(179) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(179) c_e_KindLink(14)_ 1
     Place(180) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(180) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(180) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(180) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(180) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(180) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(180) c_e_KindLink(15)_ 1
     Place(181) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(181) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(181) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(181) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(181) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(181) c_e_KindLink(14)_ 1
     Place(182) c_e_OccupiedDef(3_PC_decode)_ -1
     Place(182) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(182) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(182) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(182) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(182) c_e_KindLink(14)_ 1
     Place(183) c_e_OccupiedDef(4_PC_decode)_ -1
     Place(183) c_e_OccupiedDef(5_PC_decode)_ -1
     Place(183) c_e_OccupiedDef(6_PC_decode)_ -1
     Place(183) c_e_OccupiedDef(7_PC_decode)_ -1
     Place(183) c_e_OccupiedDef(8_PC_decode)_ -1
     Place(183) c_e_KindLink(14)_ 1
     Place(184) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(184) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(184) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(184) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(184) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(184) c_e_KindLink(18)_ 1
     Place(185) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(185) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(185) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(185) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(185) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(185) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(185) c_e_KindLink(19)_ 1
     Place(186) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(186) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(186) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(186) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(186) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(186) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(186) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(186) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(186) c_e_KindLink(20)_ 1
     Place(187) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(187) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(187) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(187) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(187) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(187) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(187) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(187) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(187) c_e_KindLink(20)_ 1
     Place(188) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(188) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(188) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(188) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(188) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(188) c_e_KindLink(18)_ 1
     Place(189) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(189) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(189) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(189) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(189) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(189) c_e_KindLink(18)_ 1
     Place(190) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(190) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(190) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(190) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(190) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(190) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(190) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(190) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(190) c_e_KindLink(20)_ 1
     Place(191) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(191) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(191) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(191) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(191) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(191) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(191) c_e_KindLink(21)_ 1
     Place(192) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(192) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(192) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(192) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(192) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(192) c_e_KindLink(18)_ 1
     Place(193) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(193) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(193) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(193) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(193) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(193) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(193) c_e_KindLink(19)_ 1
     Place(194) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(194) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(194) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(194) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(194) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(194) c_e_KindLink(18)_ 1
     Place(195) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(195) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(195) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(195) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(195) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(195) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(195) c_e_KindLink(21)_ 1
     Place(196) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(196) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(196) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(196) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(196) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(196) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(196) c_e_KindLink(21)_ 1
     Place(197) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(197) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(197) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(197) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(197) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(197) c_e_KindLink(18)_ 1
     Place(198) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(198) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(198) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(198) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(198) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(198) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(198) c_e_KindLink(21)_ 1
     Place(199) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(199) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(199) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(199) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(199) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(199) c_e_KindLink(18)_ 1
     Place(200) c_e_OccupiedDef(0_PC_prefill)_ -1
     Place(200) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(200) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(200) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(200) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(200) c_e_KindLink(18)_ 1
     Place(201) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(201) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(201) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(201) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(201) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(201) c_e_KindLink(18)_ 1
     Place(202) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(202) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(202) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(202) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(202) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(202) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(202) c_e_KindLink(21)_ 1
     Place(203) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(203) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(203) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(203) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(203) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(203) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(203) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(203) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(203) c_e_KindLink(20)_ 1
     Place(204) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(204) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(204) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(204) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(204) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(204) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(204) c_e_KindLink(21)_ 1
     Place(205) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(205) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(205) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(205) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(205) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(205) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(205) c_e_KindLink(21)_ 1
     Place(206) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(206) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(206) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(206) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(206) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(206) c_e_KindLink(18)_ 1
     Place(207) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(207) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(207) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(207) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(207) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(207) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(207) c_e_KindLink(19)_ 1
     Place(208) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(208) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(208) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(208) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(208) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(208) c_e_KindLink(18)_ 1
     Place(209) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(209) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(209) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(209) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(209) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(209) c_e_KindLink(18)_ 1
     Place(210) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(210) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(210) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(210) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(210) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(210) c_e_KindLink(18)_ 1
     Place(211) c_e_OccupiedDef(1_PC_prefill)_ -1
     Place(211) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(211) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(211) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(211) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(211) c_e_KindLink(18)_ 1
     Place(212) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(212) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(212) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(212) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(212) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(212) c_e_KindLink(18)_ 1
     Place(213) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(213) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(213) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(213) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(213) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(213) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(213) c_e_KindLink(21)_ 1
     Place(214) c_e_OccupiedDef(2_PC_prefill)_ -1
     Place(214) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(214) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(214) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(214) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(214) c_e_KindLink(18)_ 1
     Place(215) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(215) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(215) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(215) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(215) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(215) c_e_KindLink(18)_ 1
     Place(216) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(216) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(216) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(216) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(216) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(216) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(216) c_e_KindLink(19)_ 1
     Place(217) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(217) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(217) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(217) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(217) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(217) c_e_KindLink(18)_ 1
     Place(218) c_e_OccupiedDef(3_PC_prefill)_ -1
     Place(218) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(218) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(218) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(218) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(218) c_e_KindLink(18)_ 1
     Place(219) c_e_OccupiedDef(4_PC_prefill)_ -1
     Place(219) c_e_OccupiedDef(5_PC_prefill)_ -1
     Place(219) c_e_OccupiedDef(6_PC_prefill)_ -1
     Place(219) c_e_OccupiedDef(7_PC_prefill)_ -1
     Place(219) c_e_OccupiedDef(8_PC_prefill)_ -1
     Place(219) c_e_KindLink(18)_ 1
     Assign(0_D_DC_t1_p3_c0) c_e_KindLink(0)_ -1
     Assign(0_D_DC_t1_p3_c0) c_e_TileCountLink(D_DC_t1_p3_c0)_ 1
     Assign(1_D_DC_t1_p4_c0) c_e_KindLink(1)_ -1
     Assign(1_D_DC_t1_p4_c0) c_e_TileCountLink(D_DC_t1_p4_c0)_ 1
     Assign(1_D_DC_t2_p2_c1) c_e_KindLink(1)_ -1
     Assign(1_D_DC_t2_p2_c1) c_e_TileCountLink(D_DC_t2_p2_c1)_ 1
     Assign(1_D_DC_t4_p1_c1) c_e_KindLink(1)_ -1
     Assign(1_D_DC_t4_p1_c1) c_e_TileCountLink(D_DC_t4_p1_c1)_ 1
     Assign(2_D_DC_t1_p5_c0) c_e_KindLink(2)_ -1
     Assign(2_D_DC_t1_p5_c0) c_e_TileCountLink(D_DC_t1_p5_c0)_ 1
     Assign(3_D_DC_t1_p6_c0) c_e_KindLink(3)_ -1
     Assign(3_D_DC_t1_p6_c0) c_e_TileCountLink(D_DC_t1_p6_c0)_ 1
     Assign(3_D_DC_t2_p3_c0) c_e_KindLink(3)_ -1
     Assign(3_D_DC_t2_p3_c0) c_e_TileCountLink(D_DC_t2_p3_c0)_ 1
     Assign(4_D_DC_t1_p8_c0) c_e_KindLink(4)_ -1
     Assign(4_D_DC_t1_p8_c0) c_e_TileCountLink(D_DC_t1_p8_c0)_ 1
     Assign(4_D_DC_t2_p4_c0) c_e_KindLink(4)_ -1
     Assign(4_D_DC_t2_p4_c0) c_e_TileCountLink(D_DC_t2_p4_c0)_ 1
     Assign(4_D_DC_t4_p2_c0) c_e_KindLink(4)_ -1
     Assign(4_D_DC_t4_p2_c0) c_e_TileCountLink(D_DC_t4_p2_c0)_ 1
     Assign(4_D_DC_t8_p1_c0) c_e_KindLink(4)_ -1
     Assign(4_D_DC_t8_p1_c0) c_e_TileCountLink(D_DC_t8_p1_c0)_ 1
     Assign(5_D_DC_t1_p4_c0) c_e_KindLink(5)_ -1
     Assign(5_D_DC_t1_p4_c0) c_e_TileCountLink(D_DC_t1_p4_c0)_ 1
     Assign(5_D_DC_t2_p2_c0) c_e_KindLink(5)_ -1
     Assign(5_D_DC_t2_p2_c0) c_e_TileCountLink(D_DC_t2_p2_c0)_ 1
     Assign(5_D_DC_t4_p1_c0) c_e_KindLink(5)_ -1
     Assign(5_D_DC_t4_p1_c0) c_e_TileCountLink(D_DC_t4_p1_c0)_ 1
     Assign(6_D_DC_t1_p6_c0) c_e_KindLink(6)_ -1
     Assign(6_D_DC_t1_p6_c0) c_e_TileCountLink(D_DC_t1_p6_c0)_ 1
     Assign(6_D_DC_t2_p3_c1) c_e_KindLink(6)_ -1
     Assign(6_D_DC_t2_p3_c1) c_e_TileCountLink(D_DC_t2_p3_c1)_ 1
     Assign(7_P_DC_t1_p3_c0) c_e_KindLink(7)_ -1
     Assign(7_P_DC_t1_p3_c0) c_e_TileCountLink(P_DC_t1_p3_c0)_ 1
     Assign(8_P_DC_t1_p4_c0) c_e_KindLink(8)_ -1
     Assign(8_P_DC_t1_p4_c0) c_e_TileCountLink(P_DC_t1_p4_c0)_ 1
     Assign(8_P_DC_t2_p2_c1) c_e_KindLink(8)_ -1
     Assign(8_P_DC_t2_p2_c1) c_e_TileCountLink(P_DC_t2_p2_c1)_ 1
     Assign(9_P_DC_t1_p5_c0) c_e_KindLink(9)_ -1
     Assign(9_P_DC_t1_p5_c0) c_e_TileCountLink(P_DC_t1_p5_c0)_ 1
     Assign(10_P_DC_t1_p6_c0) c_e_KindLink(10)_ -1
     Assign(10_P_DC_t1_p6_c0) c_e_TileCountLink(P_DC_t1_p6_c0)_ 1
     Assign(10_P_DC_t2_p3_c0) c_e_KindLink(10)_ -1
     Assign(10_P_DC_t2_p3_c0) c_e_TileCountLink(P_DC_t2_p3_c0)_ 1
     Assign(11_P_DC_t1_p8_c0) c_e_KindLink(11)_ -1
     Assign(11_P_DC_t1_p8_c0) c_e_TileCountLink(P_DC_t1_p8_c0)_ 1
     Assign(11_P_DC_t2_p4_c0) c_e_KindLink(11)_ -1
     Assign(11_P_DC_t2_p4_c0) c_e_TileCountLink(P_DC_t2_p4_c0)_ 1
     Assign(12_P_DC_t1_p4_c0) c_e_KindLink(12)_ -1
     Assign(12_P_DC_t1_p4_c0) c_e_TileCountLink(P_DC_t1_p4_c0)_ 1
     Assign(12_P_DC_t2_p2_c0) c_e_KindLink(12)_ -1
     Assign(12_P_DC_t2_p2_c0) c_e_TileCountLink(P_DC_t2_p2_c0)_ 1
     Assign(12_P_DC_t4_p1_c0) c_e_KindLink(12)_ -1
     Assign(12_P_DC_t4_p1_c0) c_e_TileCountLink(P_DC_t4_p1_c0)_ 1
     Assign(13_P_DC_t1_p6_c0) c_e_KindLink(13)_ -1
     Assign(13_P_DC_t1_p6_c0) c_e_TileCountLink(P_DC_t1_p6_c0)_ 1
     Assign(13_P_DC_t2_p3_c1) c_e_KindLink(13)_ -1
     Assign(13_P_DC_t2_p3_c1) c_e_TileCountLink(P_DC_t2_p3_c1)_ 1
     Assign(14_D_PC_t1_p5_c0) c_e_KindLink(14)_ -1
     Assign(14_D_PC_t1_p5_c0) c_e_TileCountLink(D_PC_t1_p5_c0)_ 1
     Assign(15_D_PC_t1_p6_c0) c_e_KindLink(15)_ -1
     Assign(15_D_PC_t1_p6_c0) c_e_TileCountLink(D_PC_t1_p6_c0)_ 1
     Assign(15_D_PC_t2_p3_c0) c_e_KindLink(15)_ -1
     Assign(15_D_PC_t2_p3_c0) c_e_TileCountLink(D_PC_t2_p3_c0)_ 1
     Assign(16_D_PC_t1_p8_c0) c_e_KindLink(16)_ -1
     Assign(16_D_PC_t1_p8_c0) c_e_TileCountLink(D_PC_t1_p8_c0)_ 1
     Assign(16_D_PC_t2_p4_c0) c_e_KindLink(16)_ -1
     Assign(16_D_PC_t2_p4_c0) c_e_TileCountLink(D_PC_t2_p4_c0)_ 1
     Assign(16_D_PC_t4_p2_c0) c_e_KindLink(16)_ -1
     Assign(16_D_PC_t4_p2_c0) c_e_TileCountLink(D_PC_t4_p2_c0)_ 1
     Assign(16_D_PC_t8_p1_c0) c_e_KindLink(16)_ -1
     Assign(16_D_PC_t8_p1_c0) c_e_TileCountLink(D_PC_t8_p1_c0)_ 1
     Assign(17_D_PC_t1_p6_c0) c_e_KindLink(17)_ -1
     Assign(17_D_PC_t1_p6_c0) c_e_TileCountLink(D_PC_t1_p6_c0)_ 1
     Assign(17_D_PC_t2_p3_c1) c_e_KindLink(17)_ -1
     Assign(17_D_PC_t2_p3_c1) c_e_TileCountLink(D_PC_t2_p3_c1)_ 1
     Assign(18_P_PC_t1_p5_c0) c_e_KindLink(18)_ -1
     Assign(18_P_PC_t1_p5_c0) c_e_TileCountLink(P_PC_t1_p5_c0)_ 1
     Assign(19_P_PC_t1_p6_c0) c_e_KindLink(19)_ -1
     Assign(19_P_PC_t1_p6_c0) c_e_TileCountLink(P_PC_t1_p6_c0)_ 1
     Assign(19_P_PC_t2_p3_c0) c_e_KindLink(19)_ -1
     Assign(19_P_PC_t2_p3_c0) c_e_TileCountLink(P_PC_t2_p3_c0)_ 1
     Assign(20_P_PC_t1_p8_c0) c_e_KindLink(20)_ -1
     Assign(20_P_PC_t1_p8_c0) c_e_TileCountLink(P_PC_t1_p8_c0)_ 1
     Assign(20_P_PC_t2_p4_c0) c_e_KindLink(20)_ -1
     Assign(20_P_PC_t2_p4_c0) c_e_TileCountLink(P_PC_t2_p4_c0)_ 1
     Assign(20_P_PC_t4_p2_c0) c_e_KindLink(20)_ -1
     Assign(20_P_PC_t4_p2_c0) c_e_TileCountLink(P_PC_t4_p2_c0)_ 1
     Assign(21_P_PC_t1_p6_c0) c_e_KindLink(21)_ -1
     Assign(21_P_PC_t1_p6_c0) c_e_TileCountLink(P_PC_t1_p6_c0)_ 1
     Assign(21_P_PC_t2_p3_c1) c_e_KindLink(21)_ -1
     Assign(21_P_PC_t2_p3_c1) c_e_TileCountLink(P_PC_t2_p3_c1)_ 1
     Count(D_DC_t1_p3_c0_b16) Objective 355.8998895282632
     Count(D_DC_t1_p3_c0_b16) c_e_TileCountLink(D_DC_t1_p3_c0)_ -1
     Count(D_DC_t1_p3_c0_b16) c_u_SiteTotal_ 3
     Count(D_DC_t1_p3_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p3_c0_b16) c_u_Capacity(D_DC_t1_p3_c0_b16)_ -91.577255791780274
     Count(D_DC_t1_p3_c0_b16) c_u_KvLinks(D_DC_t1_p3_c0_b16)_ -480
     Count(D_DC_t1_p3_c0_b16) c_u_PowerBudget_ 355.8998895282632
     Count(D_DC_t1_p3_c0_b16) c_e_ShareSum(DC_decode)_ -355.8998895282632
     Count(D_DC_t1_p3_c0_b2) Objective 1.1368683772161603e-12
     Count(D_DC_t1_p3_c0_b2) c_e_TileCountLink(D_DC_t1_p3_c0)_ -1
     Count(D_DC_t1_p3_c0_b2) c_u_SiteTotal_ 3
     Count(D_DC_t1_p3_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p3_c0_b2) c_u_Capacity(D_DC_t1_p3_c0_b2)_ -11.420888737121572
     Count(D_DC_t1_p3_c0_b2) c_u_KvLinks(D_DC_t1_p3_c0_b2)_ -480
     Count(D_DC_t1_p3_c0_b2) c_u_PowerBudget_ 1.1368683772161603e-12
     Count(D_DC_t1_p3_c0_b2) c_e_ShareSum(DC_decode)_ -1.1368683772161603e-12
     Count(D_DC_t1_p3_c0_b32) Objective 354.37404580723506
     Count(D_DC_t1_p3_c0_b32) c_e_TileCountLink(D_DC_t1_p3_c0)_ -1
     Count(D_DC_t1_p3_c0_b32) c_u_SiteTotal_ 3
     Count(D_DC_t1_p3_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p3_c0_b32) c_u_Capacity(D_DC_t1_p3_c0_b32)_ -179.09162483049374
     Count(D_DC_t1_p3_c0_b32) c_u_KvLinks(D_DC_t1_p3_c0_b32)_ -480
     Count(D_DC_t1_p3_c0_b32) c_u_PowerBudget_ 354.37404580723506
     Count(D_DC_t1_p3_c0_b32) c_e_ShareSum(DC_decode)_ -354.37404580723506
     Count(D_DC_t1_p3_c0_b4) Objective 130.35543877785602
     Count(D_DC_t1_p3_c0_b4) c_e_TileCountLink(D_DC_t1_p3_c0)_ -1
     Count(D_DC_t1_p3_c0_b4) c_u_SiteTotal_ 3
     Count(D_DC_t1_p3_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p3_c0_b4) c_u_Capacity(D_DC_t1_p3_c0_b4)_ -23.317500067240104
     Count(D_DC_t1_p3_c0_b4) c_u_KvLinks(D_DC_t1_p3_c0_b4)_ -480
     Count(D_DC_t1_p3_c0_b4) c_u_PowerBudget_ 130.35543877785602
     Count(D_DC_t1_p3_c0_b4) c_e_ShareSum(DC_decode)_ -130.35543877785602
     Count(D_DC_t1_p3_c0_b64) Objective 828.7651593399379
     Count(D_DC_t1_p3_c0_b64) c_e_TileCountLink(D_DC_t1_p3_c0)_ -1
     Count(D_DC_t1_p3_c0_b64) c_u_SiteTotal_ 3
     Count(D_DC_t1_p3_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p3_c0_b64) c_u_Capacity(D_DC_t1_p3_c0_b64)_ -242.6138842686934
     Count(D_DC_t1_p3_c0_b64) c_u_KvLinks(D_DC_t1_p3_c0_b64)_ -480
     Count(D_DC_t1_p3_c0_b64) c_u_PowerBudget_ 828.7651593399379
     Count(D_DC_t1_p3_c0_b64) c_e_ShareSum(DC_decode)_ -828.7651593399379
     Count(D_DC_t1_p3_c0_b8) Objective 332.48612128788284
     Count(D_DC_t1_p3_c0_b8) c_e_TileCountLink(D_DC_t1_p3_c0)_ -1
     Count(D_DC_t1_p3_c0_b8) c_u_SiteTotal_ 3
     Count(D_DC_t1_p3_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p3_c0_b8) c_u_Capacity(D_DC_t1_p3_c0_b8)_ -46.420487200408537
     Count(D_DC_t1_p3_c0_b8) c_u_KvLinks(D_DC_t1_p3_c0_b8)_ -480
     Count(D_DC_t1_p3_c0_b8) c_u_PowerBudget_ 332.48612128788284
     Count(D_DC_t1_p3_c0_b8) c_e_ShareSum(DC_decode)_ -332.48612128788284
     Count(D_DC_t1_p4_c0_b1) Objective 2.8421709430404007e-13
     Count(D_DC_t1_p4_c0_b1) c_e_TileCountLink(D_DC_t1_p4_c0)_ -1
     Count(D_DC_t1_p4_c0_b1) c_u_SiteTotal_ 4
     Count(D_DC_t1_p4_c0_b1) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p4_c0_b1) c_u_Capacity(D_DC_t1_p4_c0_b1)_ -5.2432204760062984
     Count(D_DC_t1_p4_c0_b1) c_u_KvLinks(D_DC_t1_p4_c0_b1)_ -640
     Count(D_DC_t1_p4_c0_b1) c_u_PowerBudget_ 2.8421709430404007e-13
     Count(D_DC_t1_p4_c0_b1) c_e_ShareSum(DC_decode)_ -2.8421709430404007e-13
     Count(D_DC_t1_p4_c0_b16) Objective 456.05502999993422
     Count(D_DC_t1_p4_c0_b16) c_e_TileCountLink(D_DC_t1_p4_c0)_ -1
     Count(D_DC_t1_p4_c0_b16) c_u_SiteTotal_ 4
     Count(D_DC_t1_p4_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p4_c0_b16) c_u_Capacity(D_DC_t1_p4_c0_b16)_ -89.824083722495175
     Count(D_DC_t1_p4_c0_b16) c_u_KvLinks(D_DC_t1_p4_c0_b16)_ -640
     Count(D_DC_t1_p4_c0_b16) c_u_PowerBudget_ 456.05502999993422
     Count(D_DC_t1_p4_c0_b16) c_e_ShareSum(DC_decode)_ -456.05502999993422
     Count(D_DC_t1_p4_c0_b2) Objective 2.7853275241795927e-12
     Count(D_DC_t1_p4_c0_b2) c_e_TileCountLink(D_DC_t1_p4_c0)_ -1
     Count(D_DC_t1_p4_c0_b2) c_u_SiteTotal_ 4
     Count(D_DC_t1_p4_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p4_c0_b2) c_u_Capacity(D_DC_t1_p4_c0_b2)_ -11.420741084807906
     Count(D_DC_t1_p4_c0_b2) c_u_KvLinks(D_DC_t1_p4_c0_b2)_ -640
     Count(D_DC_t1_p4_c0_b2) c_u_PowerBudget_ 2.7853275241795927e-12
     Count(D_DC_t1_p4_c0_b2) c_e_ShareSum(DC_decode)_ -2.7853275241795927e-12
     Count(D_DC_t1_p4_c0_b32) Objective 458.38611302627493
     Count(D_DC_t1_p4_c0_b32) c_e_TileCountLink(D_DC_t1_p4_c0)_ -1
     Count(D_DC_t1_p4_c0_b32) c_u_SiteTotal_ 4
     Count(D_DC_t1_p4_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p4_c0_b32) c_u_Capacity(D_DC_t1_p4_c0_b32)_ -176.23681244762017
     Count(D_DC_t1_p4_c0_b32) c_u_KvLinks(D_DC_t1_p4_c0_b32)_ -640
     Count(D_DC_t1_p4_c0_b32) c_u_PowerBudget_ 458.38611302627493
     Count(D_DC_t1_p4_c0_b32) c_e_ShareSum(DC_decode)_ -458.38611302627493
     Count(D_DC_t1_p4_c0_b4) Objective 0.42286079301209156
     Count(D_DC_t1_p4_c0_b4) c_e_TileCountLink(D_DC_t1_p4_c0)_ -1
     Count(D_DC_t1_p4_c0_b4) c_u_SiteTotal_ 4
     Count(D_DC_t1_p4_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p4_c0_b4) c_u_Capacity(D_DC_t1_p4_c0_b4)_ -22.786828496533023
     Count(D_DC_t1_p4_c0_b4) c_u_KvLinks(D_DC_t1_p4_c0_b4)_ -640
     Count(D_DC_t1_p4_c0_b4) c_u_PowerBudget_ 0.42286079301209156
     Count(D_DC_t1_p4_c0_b4) c_e_ShareSum(DC_decode)_ -0.42286079301209156
     Count(D_DC_t1_p4_c0_b64) Objective 486.06203109375394
     Count(D_DC_t1_p4_c0_b64) c_e_TileCountLink(D_DC_t1_p4_c0)_ -1
     Count(D_DC_t1_p4_c0_b64) c_u_SiteTotal_ 4
     Count(D_DC_t1_p4_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p4_c0_b64) c_u_Capacity(D_DC_t1_p4_c0_b64)_ -294.47185633150178
     Count(D_DC_t1_p4_c0_b64) c_u_KvLinks(D_DC_t1_p4_c0_b64)_ -640
     Count(D_DC_t1_p4_c0_b64) c_u_PowerBudget_ 486.06203109375394
     Count(D_DC_t1_p4_c0_b64) c_e_ShareSum(DC_decode)_ -486.06203109375394
     Count(D_DC_t1_p4_c0_b8) Objective 393.66710337584192
     Count(D_DC_t1_p4_c0_b8) c_e_TileCountLink(D_DC_t1_p4_c0)_ -1
     Count(D_DC_t1_p4_c0_b8) c_u_SiteTotal_ 4
     Count(D_DC_t1_p4_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p4_c0_b8) c_u_Capacity(D_DC_t1_p4_c0_b8)_ -45.350963313544028
     Count(D_DC_t1_p4_c0_b8) c_u_KvLinks(D_DC_t1_p4_c0_b8)_ -640
     Count(D_DC_t1_p4_c0_b8) c_u_PowerBudget_ 393.66710337584192
     Count(D_DC_t1_p4_c0_b8) c_e_ShareSum(DC_decode)_ -393.66710337584192
     Count(D_DC_t1_p5_c0_b16) Objective 569.45917339680454
     Count(D_DC_t1_p5_c0_b16) c_e_TileCountLink(D_DC_t1_p5_c0)_ -1
     Count(D_DC_t1_p5_c0_b16) c_u_SiteTotal_ 5
     Count(D_DC_t1_p5_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p5_c0_b16) c_u_Capacity(D_DC_t1_p5_c0_b16)_ -88.784331551098362
     Count(D_DC_t1_p5_c0_b16) c_u_KvLinks(D_DC_t1_p5_c0_b16)_ -800
     Count(D_DC_t1_p5_c0_b16) c_u_PowerBudget_ 569.45917339680454
     Count(D_DC_t1_p5_c0_b16) c_e_ShareSum(DC_decode)_ -569.45917339680454
     Count(D_DC_t1_p5_c0_b2) Objective 2.8421709430404007e-13
     Count(D_DC_t1_p5_c0_b2) c_e_TileCountLink(D_DC_t1_p5_c0)_ -1
     Count(D_DC_t1_p5_c0_b2) c_u_SiteTotal_ 5
     Count(D_DC_t1_p5_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p5_c0_b2) c_u_Capacity(D_DC_t1_p5_c0_b2)_ -11.420593436311973
     Count(D_DC_t1_p5_c0_b2) c_u_KvLinks(D_DC_t1_p5_c0_b2)_ -800
     Count(D_DC_t1_p5_c0_b2) c_u_PowerBudget_ 2.8421709430404007e-13
     Count(D_DC_t1_p5_c0_b2) c_e_ShareSum(DC_decode)_ -2.8421709430404007e-13
     Count(D_DC_t1_p5_c0_b32) Objective 569.39136098821461
     Count(D_DC_t1_p5_c0_b32) c_e_TileCountLink(D_DC_t1_p5_c0)_ -1
     Count(D_DC_t1_p5_c0_b32) c_u_SiteTotal_ 5
     Count(D_DC_t1_p5_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p5_c0_b32) c_u_Capacity(D_DC_t1_p5_c0_b32)_ -175.02155989648156
     Count(D_DC_t1_p5_c0_b32) c_u_KvLinks(D_DC_t1_p5_c0_b32)_ -800
     Count(D_DC_t1_p5_c0_b32) c_u_PowerBudget_ 569.39136098821461
     Count(D_DC_t1_p5_c0_b32) c_e_ShareSum(DC_decode)_ -569.39136098821461
     Count(D_DC_t1_p5_c0_b4) Objective 1.8189894035458565e-12
     Count(D_DC_t1_p5_c0_b4) c_e_TileCountLink(D_DC_t1_p5_c0)_ -1
     Count(D_DC_t1_p5_c0_b4) c_u_SiteTotal_ 5
     Count(D_DC_t1_p5_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p5_c0_b4) c_u_Capacity(D_DC_t1_p5_c0_b4)_ -23.549808427479128
     Count(D_DC_t1_p5_c0_b4) c_u_KvLinks(D_DC_t1_p5_c0_b4)_ -800
     Count(D_DC_t1_p5_c0_b4) c_u_PowerBudget_ 1.8189894035458565e-12
     Count(D_DC_t1_p5_c0_b4) c_e_ShareSum(DC_decode)_ -1.8189894035458565e-12
     Count(D_DC_t1_p5_c0_b64) Objective 566.99182578224838
     Count(D_DC_t1_p5_c0_b64) c_e_TileCountLink(D_DC_t1_p5_c0)_ -1
     Count(D_DC_t1_p5_c0_b64) c_u_SiteTotal_ 5
     Count(D_DC_t1_p5_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p5_c0_b64) c_u_Capacity(D_DC_t1_p5_c0_b64)_ -294.48505417248145
     Count(D_DC_t1_p5_c0_b64) c_u_KvLinks(D_DC_t1_p5_c0_b64)_ -800
     Count(D_DC_t1_p5_c0_b64) c_u_PowerBudget_ 566.99182578224838
     Count(D_DC_t1_p5_c0_b64) c_e_ShareSum(DC_decode)_ -566.99182578224838
     Count(D_DC_t1_p5_c0_b8) Objective 413.10306915409956
     Count(D_DC_t1_p5_c0_b8) c_e_TileCountLink(D_DC_t1_p5_c0)_ -1
     Count(D_DC_t1_p5_c0_b8) c_u_SiteTotal_ 5
     Count(D_DC_t1_p5_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p5_c0_b8) c_u_Capacity(D_DC_t1_p5_c0_b8)_ -44.827080577702134
     Count(D_DC_t1_p5_c0_b8) c_u_KvLinks(D_DC_t1_p5_c0_b8)_ -800
     Count(D_DC_t1_p5_c0_b8) c_u_PowerBudget_ 413.10306915409956
     Count(D_DC_t1_p5_c0_b8) c_e_ShareSum(DC_decode)_ -413.10306915409956
     Count(D_DC_t1_p6_c0_b16) Objective 682.22519335793402
     Count(D_DC_t1_p6_c0_b16) c_e_TileCountLink(D_DC_t1_p6_c0)_ -1
     Count(D_DC_t1_p6_c0_b16) c_u_SiteTotal_ 6
     Count(D_DC_t1_p6_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p6_c0_b16) c_u_Capacity(D_DC_t1_p6_c0_b16)_ -90.254419880233414
     Count(D_DC_t1_p6_c0_b16) c_u_KvLinks(D_DC_t1_p6_c0_b16)_ -960
     Count(D_DC_t1_p6_c0_b16) c_u_PowerBudget_ 682.22519335793402
     Count(D_DC_t1_p6_c0_b16) c_e_ShareSum(DC_decode)_ -682.22519335793402
     Count(D_DC_t1_p6_c0_b32) Objective 692.0932174877471
     Count(D_DC_t1_p6_c0_b32) c_e_TileCountLink(D_DC_t1_p6_c0)_ -1
     Count(D_DC_t1_p6_c0_b32) c_u_SiteTotal_ 6
     Count(D_DC_t1_p6_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p6_c0_b32) c_u_Capacity(D_DC_t1_p6_c0_b32)_ -177.90132456339927
     Count(D_DC_t1_p6_c0_b32) c_u_KvLinks(D_DC_t1_p6_c0_b32)_ -960
     Count(D_DC_t1_p6_c0_b32) c_u_PowerBudget_ 692.0932174877471
     Count(D_DC_t1_p6_c0_b32) c_e_ShareSum(DC_decode)_ -692.0932174877471
     Count(D_DC_t1_p6_c0_b4) Objective 1.1368683772161603e-13
     Count(D_DC_t1_p6_c0_b4) c_e_TileCountLink(D_DC_t1_p6_c0)_ -1
     Count(D_DC_t1_p6_c0_b4) c_u_SiteTotal_ 6
     Count(D_DC_t1_p6_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p6_c0_b4) c_u_Capacity(D_DC_t1_p6_c0_b4)_ -23.549503977109708
     Count(D_DC_t1_p6_c0_b4) c_u_KvLinks(D_DC_t1_p6_c0_b4)_ -960
     Count(D_DC_t1_p6_c0_b4) c_u_PowerBudget_ 1.1368683772161603e-13
     Count(D_DC_t1_p6_c0_b4) c_e_ShareSum(DC_decode)_ -1.1368683772161603e-13
     Count(D_DC_t1_p6_c0_b64) Objective 688.49559140145561
     Count(D_DC_t1_p6_c0_b64) c_e_TileCountLink(D_DC_t1_p6_c0)_ -1
     Count(D_DC_t1_p6_c0_b64) c_u_SiteTotal_ 6
     Count(D_DC_t1_p6_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p6_c0_b64) c_u_Capacity(D_DC_t1_p6_c0_b64)_ -294.48667926917085
     Count(D_DC_t1_p6_c0_b64) c_u_KvLinks(D_DC_t1_p6_c0_b64)_ -960
     Count(D_DC_t1_p6_c0_b64) c_u_PowerBudget_ 688.49559140145561
     Count(D_DC_t1_p6_c0_b64) c_e_ShareSum(DC_decode)_ -688.49559140145561
     Count(D_DC_t1_p6_c0_b8) Objective 366.92902528360662
     Count(D_DC_t1_p6_c0_b8) c_e_TileCountLink(D_DC_t1_p6_c0)_ -1
     Count(D_DC_t1_p6_c0_b8) c_u_SiteTotal_ 6
     Count(D_DC_t1_p6_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p6_c0_b8) c_u_Capacity(D_DC_t1_p6_c0_b8)_ -45.348770230791551
     Count(D_DC_t1_p6_c0_b8) c_u_KvLinks(D_DC_t1_p6_c0_b8)_ -960
     Count(D_DC_t1_p6_c0_b8) c_u_PowerBudget_ 366.92902528360662
     Count(D_DC_t1_p6_c0_b8) c_e_ShareSum(DC_decode)_ -366.92902528360662
     Count(D_DC_t1_p8_c0_b32) Objective 873.02731565816498
     Count(D_DC_t1_p8_c0_b32) c_e_TileCountLink(D_DC_t1_p8_c0)_ -1
     Count(D_DC_t1_p8_c0_b32) c_u_SiteTotal_ 8
     Count(D_DC_t1_p8_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p8_c0_b32) c_u_Capacity(D_DC_t1_p8_c0_b32)_ -171.60930971886532
     Count(D_DC_t1_p8_c0_b32) c_u_KvLinks(D_DC_t1_p8_c0_b32)_ -1280
     Count(D_DC_t1_p8_c0_b32) c_u_PowerBudget_ 873.02731565816498
     Count(D_DC_t1_p8_c0_b32) c_e_ShareSum(DC_decode)_ -873.02731565816498
     Count(D_DC_t1_p8_c0_b4) Objective 1.1368683772161603e-13
     Count(D_DC_t1_p8_c0_b4) c_e_TileCountLink(D_DC_t1_p8_c0)_ -1
     Count(D_DC_t1_p8_c0_b4) c_u_SiteTotal_ 8
     Count(D_DC_t1_p8_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p8_c0_b4) c_u_Capacity(D_DC_t1_p8_c0_b4)_ -23.548895099985756
     Count(D_DC_t1_p8_c0_b4) c_u_KvLinks(D_DC_t1_p8_c0_b4)_ -1280
     Count(D_DC_t1_p8_c0_b4) c_u_PowerBudget_ 1.1368683772161603e-13
     Count(D_DC_t1_p8_c0_b4) c_e_ShareSum(DC_decode)_ -1.1368683772161603e-13
     Count(D_DC_t1_p8_c0_b64) Objective 875.24029106372939
     Count(D_DC_t1_p8_c0_b64) c_e_TileCountLink(D_DC_t1_p8_c0)_ -1
     Count(D_DC_t1_p8_c0_b64) c_u_SiteTotal_ 8
     Count(D_DC_t1_p8_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p8_c0_b64) c_u_Capacity(D_DC_t1_p8_c0_b64)_ -294.4783595809439
     Count(D_DC_t1_p8_c0_b64) c_u_KvLinks(D_DC_t1_p8_c0_b64)_ -1280
     Count(D_DC_t1_p8_c0_b64) c_u_PowerBudget_ 875.24029106372939
     Count(D_DC_t1_p8_c0_b64) c_e_ShareSum(DC_decode)_ -875.24029106372939
     Count(D_DC_t1_p8_c0_b8) Objective 3.6056785017481161
     Count(D_DC_t1_p8_c0_b8) c_e_TileCountLink(D_DC_t1_p8_c0)_ -1
     Count(D_DC_t1_p8_c0_b8) c_u_SiteTotal_ 8
     Count(D_DC_t1_p8_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p8_c0_b8) c_u_Capacity(D_DC_t1_p8_c0_b8)_ -43.540415734545668
     Count(D_DC_t1_p8_c0_b8) c_u_KvLinks(D_DC_t1_p8_c0_b8)_ -1280
     Count(D_DC_t1_p8_c0_b8) c_u_PowerBudget_ 3.6056785017481161
     Count(D_DC_t1_p8_c0_b8) c_e_ShareSum(DC_decode)_ -3.6056785017481161
     Count(D_DC_t2_p2_c0_b1) Objective 8.5265128291212022e-13
     Count(D_DC_t2_p2_c0_b1) c_e_TileCountLink(D_DC_t2_p2_c0)_ -1
     Count(D_DC_t2_p2_c0_b1) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c0_b1) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c0_b1) c_u_Capacity(D_DC_t2_p2_c0_b1)_ -11.129661631597148
     Count(D_DC_t2_p2_c0_b1) c_u_KvLinks(D_DC_t2_p2_c0_b1)_ -640
     Count(D_DC_t2_p2_c0_b1) c_u_PowerBudget_ 8.5265128291212022e-13
     Count(D_DC_t2_p2_c0_b1) c_e_ShareSum(DC_decode)_ -8.5265128291212022e-13
     Count(D_DC_t2_p2_c0_b128) Objective 2158.4630316324728
     Count(D_DC_t2_p2_c0_b128) c_e_TileCountLink(D_DC_t2_p2_c0)_ -1
     Count(D_DC_t2_p2_c0_b128) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c0_b128) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c0_b128) c_u_Capacity(D_DC_t2_p2_c0_b128)_ -294.48538513630876
     Count(D_DC_t2_p2_c0_b128) c_u_KvLinks(D_DC_t2_p2_c0_b128)_ -640
     Count(D_DC_t2_p2_c0_b128) c_u_PowerBudget_ 2158.4630316324728
     Count(D_DC_t2_p2_c0_b128) c_e_ShareSum(DC_decode)_ -2158.4630316324728
     Count(D_DC_t2_p2_c0_b2) Objective 0.099852790955310411
     Count(D_DC_t2_p2_c0_b2) c_e_TileCountLink(D_DC_t2_p2_c0)_ -1
     Count(D_DC_t2_p2_c0_b2) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c0_b2) c_u_Capacity(D_DC_t2_p2_c0_b2)_ -22.75635909619362
     Count(D_DC_t2_p2_c0_b2) c_u_KvLinks(D_DC_t2_p2_c0_b2)_ -640
     Count(D_DC_t2_p2_c0_b2) c_u_PowerBudget_ 0.099852790955310411
     Count(D_DC_t2_p2_c0_b2) c_e_ShareSum(DC_decode)_ -0.099852790955310411
     Count(D_DC_t2_p2_c0_b32) Objective 499.21643305543728
     Count(D_DC_t2_p2_c0_b32) c_e_TileCountLink(D_DC_t2_p2_c0)_ -1
     Count(D_DC_t2_p2_c0_b32) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c0_b32) c_u_Capacity(D_DC_t2_p2_c0_b32)_ -294.47389787405632
     Count(D_DC_t2_p2_c0_b32) c_u_KvLinks(D_DC_t2_p2_c0_b32)_ -640
     Count(D_DC_t2_p2_c0_b32) c_u_PowerBudget_ 499.21643305543728
     Count(D_DC_t2_p2_c0_b32) c_e_ShareSum(DC_decode)_ -499.21643305543728
     Count(D_DC_t2_p2_c0_b4) Objective 316.26660415532314
     Count(D_DC_t2_p2_c0_b4) c_e_TileCountLink(D_DC_t2_p2_c0)_ -1
     Count(D_DC_t2_p2_c0_b4) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c0_b4) c_u_Capacity(D_DC_t2_p2_c0_b4)_ -45.123449001062077
     Count(D_DC_t2_p2_c0_b4) c_u_KvLinks(D_DC_t2_p2_c0_b4)_ -640
     Count(D_DC_t2_p2_c0_b4) c_u_PowerBudget_ 316.26660415532314
     Count(D_DC_t2_p2_c0_b4) c_e_ShareSum(DC_decode)_ -316.26660415532314
     Count(D_DC_t2_p2_c0_b64) Objective 1665.4640420549331
     Count(D_DC_t2_p2_c0_b64) c_e_TileCountLink(D_DC_t2_p2_c0)_ -1
     Count(D_DC_t2_p2_c0_b64) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c0_b64) c_u_Capacity(D_DC_t2_p2_c0_b64)_ -294.48148859771624
     Count(D_DC_t2_p2_c0_b64) c_u_KvLinks(D_DC_t2_p2_c0_b64)_ -640
     Count(D_DC_t2_p2_c0_b64) c_u_PowerBudget_ 1665.4640420549331
     Count(D_DC_t2_p2_c0_b64) c_e_ShareSum(DC_decode)_ -1665.4640420549331
     Count(D_DC_t2_p2_c1_b1) Objective 5.1159076974727213e-13
     Count(D_DC_t2_p2_c1_b1) c_e_TileCountLink(D_DC_t2_p2_c1)_ -1
     Count(D_DC_t2_p2_c1_b1) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c1_b1) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c1_b1) c_u_Capacity(D_DC_t2_p2_c1_b1)_ -11.129480947885181
     Count(D_DC_t2_p2_c1_b1) c_u_KvLinks(D_DC_t2_p2_c1_b1)_ -640
     Count(D_DC_t2_p2_c1_b1) c_u_PowerBudget_ 5.1159076974727213e-13
     Count(D_DC_t2_p2_c1_b1) c_e_ShareSum(DC_decode)_ -5.1159076974727213e-13
     Count(D_DC_t2_p2_c1_b128) Objective 2157.8311633920944
     Count(D_DC_t2_p2_c1_b128) c_e_TileCountLink(D_DC_t2_p2_c1)_ -1
     Count(D_DC_t2_p2_c1_b128) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c1_b128) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c1_b128) c_u_Capacity(D_DC_t2_p2_c1_b128)_ -294.48497758803575
     Count(D_DC_t2_p2_c1_b128) c_u_KvLinks(D_DC_t2_p2_c1_b128)_ -640
     Count(D_DC_t2_p2_c1_b128) c_u_PowerBudget_ 2157.8311633920944
     Count(D_DC_t2_p2_c1_b128) c_e_ShareSum(DC_decode)_ -2157.8311633920944
     Count(D_DC_t2_p2_c1_b2) Objective 0.10002096049771581
     Count(D_DC_t2_p2_c1_b2) c_e_TileCountLink(D_DC_t2_p2_c1)_ -1
     Count(D_DC_t2_p2_c1_b2) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c1_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c1_b2) c_u_Capacity(D_DC_t2_p2_c1_b2)_ -22.755627018916005
     Count(D_DC_t2_p2_c1_b2) c_u_KvLinks(D_DC_t2_p2_c1_b2)_ -640
     Count(D_DC_t2_p2_c1_b2) c_u_PowerBudget_ 0.10002096049771581
     Count(D_DC_t2_p2_c1_b2) c_e_ShareSum(DC_decode)_ -0.10002096049771581
     Count(D_DC_t2_p2_c1_b32) Objective 499.20619513398208
     Count(D_DC_t2_p2_c1_b32) c_e_TileCountLink(D_DC_t2_p2_c1)_ -1
     Count(D_DC_t2_p2_c1_b32) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c1_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c1_b32) c_u_Capacity(D_DC_t2_p2_c1_b32)_ -294.47190133132762
     Count(D_DC_t2_p2_c1_b32) c_u_KvLinks(D_DC_t2_p2_c1_b32)_ -640
     Count(D_DC_t2_p2_c1_b32) c_u_PowerBudget_ 499.20619513398208
     Count(D_DC_t2_p2_c1_b32) c_e_ShareSum(DC_decode)_ -499.20619513398208
     Count(D_DC_t2_p2_c1_b4) Objective 316.25525893709857
     Count(D_DC_t2_p2_c1_b4) c_e_TileCountLink(D_DC_t2_p2_c1)_ -1
     Count(D_DC_t2_p2_c1_b4) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c1_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c1_b4) c_u_Capacity(D_DC_t2_p2_c1_b4)_ -45.120956406574301
     Count(D_DC_t2_p2_c1_b4) c_u_KvLinks(D_DC_t2_p2_c1_b4)_ -640
     Count(D_DC_t2_p2_c1_b4) c_u_PowerBudget_ 316.25525893709857
     Count(D_DC_t2_p2_c1_b4) c_e_ShareSum(DC_decode)_ -316.25525893709857
     Count(D_DC_t2_p2_c1_b64) Objective 1665.0313523681596
     Count(D_DC_t2_p2_c1_b64) c_e_TileCountLink(D_DC_t2_p2_c1)_ -1
     Count(D_DC_t2_p2_c1_b64) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c1_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c1_b64) c_u_Capacity(D_DC_t2_p2_c1_b64)_ -294.4805420632951
     Count(D_DC_t2_p2_c1_b64) c_u_KvLinks(D_DC_t2_p2_c1_b64)_ -640
     Count(D_DC_t2_p2_c1_b64) c_u_PowerBudget_ 1665.0313523681596
     Count(D_DC_t2_p2_c1_b64) c_e_ShareSum(DC_decode)_ -1665.0313523681596
     Count(D_DC_t2_p3_c0_b4) Objective 260.10826795818025
     Count(D_DC_t2_p3_c0_b4) c_e_TileCountLink(D_DC_t2_p3_c0)_ -1
     Count(D_DC_t2_p3_c0_b4) c_u_SiteTotal_ 6
     Count(D_DC_t2_p3_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p3_c0_b4) c_u_Capacity(D_DC_t2_p3_c0_b4)_ -45.329134500829078
     Count(D_DC_t2_p3_c0_b4) c_u_KvLinks(D_DC_t2_p3_c0_b4)_ -960
     Count(D_DC_t2_p3_c0_b4) c_u_PowerBudget_ 260.10826795818025
     Count(D_DC_t2_p3_c0_b4) c_e_ShareSum(DC_decode)_ -260.10826795818025
     Count(D_DC_t2_p3_c0_b8) Objective 662.9490437850427
     Count(D_DC_t2_p3_c0_b8) c_e_TileCountLink(D_DC_t2_p3_c0)_ -1
     Count(D_DC_t2_p3_c0_b8) c_u_SiteTotal_ 6
     Count(D_DC_t2_p3_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p3_c0_b8) c_u_Capacity(D_DC_t2_p3_c0_b8)_ -89.925348290316478
     Count(D_DC_t2_p3_c0_b8) c_u_KvLinks(D_DC_t2_p3_c0_b8)_ -960
     Count(D_DC_t2_p3_c0_b8) c_u_PowerBudget_ 662.9490437850427
     Count(D_DC_t2_p3_c0_b8) c_e_ShareSum(DC_decode)_ -662.9490437850427
     Count(D_DC_t2_p3_c1_b4) Objective 260.10382254944375
     Count(D_DC_t2_p3_c1_b4) c_e_TileCountLink(D_DC_t2_p3_c1)_ -1
     Count(D_DC_t2_p3_c1_b4) c_u_SiteTotal_ 6
     Count(D_DC_t2_p3_c1_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p3_c1_b4) c_u_Capacity(D_DC_t2_p3_c1_b4)_ -45.329134500829078
     Count(D_DC_t2_p3_c1_b4) c_u_KvLinks(D_DC_t2_p3_c1_b4)_ -960
     Count(D_DC_t2_p3_c1_b4) c_u_PowerBudget_ 260.10382254944375
     Count(D_DC_t2_p3_c1_b4) c_e_ShareSum(DC_decode)_ -260.10382254944375
     Count(D_DC_t2_p3_c1_b8) Objective 662.94768861708667
     Count(D_DC_t2_p3_c1_b8) c_e_TileCountLink(D_DC_t2_p3_c1)_ -1
     Count(D_DC_t2_p3_c1_b8) c_u_SiteTotal_ 6
     Count(D_DC_t2_p3_c1_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p3_c1_b8) c_u_Capacity(D_DC_t2_p3_c1_b8)_ -89.925348290316478
     Count(D_DC_t2_p3_c1_b8) c_u_KvLinks(D_DC_t2_p3_c1_b8)_ -960
     Count(D_DC_t2_p3_c1_b8) c_u_PowerBudget_ 662.94768861708667
     Count(D_DC_t2_p3_c1_b8) c_e_ShareSum(DC_decode)_ -662.94768861708667
     Count(D_DC_t2_p4_c0_b32) Objective 914.77137548683584
     Count(D_DC_t2_p4_c0_b32) c_e_TileCountLink(D_DC_t2_p4_c0)_ -1
     Count(D_DC_t2_p4_c0_b32) c_u_SiteTotal_ 8
     Count(D_DC_t2_p4_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p4_c0_b32) c_u_Capacity(D_DC_t2_p4_c0_b32)_ -294.48853952215404
     Count(D_DC_t2_p4_c0_b32) c_u_KvLinks(D_DC_t2_p4_c0_b32)_ -1280
     Count(D_DC_t2_p4_c0_b32) c_u_PowerBudget_ 914.77137548683584
     Count(D_DC_t2_p4_c0_b32) c_e_ShareSum(DC_decode)_ -914.77137548683584
     Count(D_DC_t2_p4_c0_b4) Objective 1.6457953248726653
     Count(D_DC_t2_p4_c0_b4) c_e_TileCountLink(D_DC_t2_p4_c0)_ -1
     Count(D_DC_t2_p4_c0_b4) c_u_SiteTotal_ 8
     Count(D_DC_t2_p4_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p4_c0_b4) c_u_Capacity(D_DC_t2_p4_c0_b4)_ -44.468207931965033
     Count(D_DC_t2_p4_c0_b4) c_u_KvLinks(D_DC_t2_p4_c0_b4)_ -1280
     Count(D_DC_t2_p4_c0_b4) c_u_PowerBudget_ 1.6457953248726653
     Count(D_DC_t2_p4_c0_b4) c_e_ShareSum(DC_decode)_ -1.6457953248726653
     Count(D_DC_t2_p4_c0_b8) Objective 782.45757692291522
     Count(D_DC_t2_p4_c0_b8) c_e_TileCountLink(D_DC_t2_p4_c0)_ -1
     Count(D_DC_t2_p4_c0_b8) c_u_SiteTotal_ 8
     Count(D_DC_t2_p4_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p4_c0_b8) c_u_Capacity(D_DC_t2_p4_c0_b8)_ -88.169115624644476
     Count(D_DC_t2_p4_c0_b8) c_u_KvLinks(D_DC_t2_p4_c0_b8)_ -1280
     Count(D_DC_t2_p4_c0_b8) c_u_PowerBudget_ 782.45757692291522
     Count(D_DC_t2_p4_c0_b8) c_e_ShareSum(DC_decode)_ -782.45757692291522
     Count(D_DC_t4_p1_c0_b1) Objective 3.979039320256561e-13
     Count(D_DC_t4_p1_c0_b1) c_e_TileCountLink(D_DC_t4_p1_c0)_ -1
     Count(D_DC_t4_p1_c0_b1) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c0_b1) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c0_b1) c_u_Capacity(D_DC_t4_p1_c0_b1)_ -21.854220745026705
     Count(D_DC_t4_p1_c0_b1) c_u_KvLinks(D_DC_t4_p1_c0_b1)_ -640
     Count(D_DC_t4_p1_c0_b1) c_u_PowerBudget_ 3.979039320256561e-13
     Count(D_DC_t4_p1_c0_b1) c_e_ShareSum(DC_decode)_ -3.979039320256561e-13
     Count(D_DC_t4_p1_c0_b128) Objective 2195.9554963220421
     Count(D_DC_t4_p1_c0_b128) c_e_TileCountLink(D_DC_t4_p1_c0)_ -1
     Count(D_DC_t4_p1_c0_b128) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c0_b128) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c0_b128) c_u_Capacity(D_DC_t4_p1_c0_b128)_ -287.99342494354107
     Count(D_DC_t4_p1_c0_b128) c_u_KvLinks(D_DC_t4_p1_c0_b128)_ -640
     Count(D_DC_t4_p1_c0_b128) c_u_PowerBudget_ 2195.9554963220421
     Count(D_DC_t4_p1_c0_b128) c_e_ShareSum(DC_decode)_ -2195.9554963220421
     Count(D_DC_t4_p1_c0_b16) Objective 514.64190629711277
     Count(D_DC_t4_p1_c0_b16) c_e_TileCountLink(D_DC_t4_p1_c0)_ -1
     Count(D_DC_t4_p1_c0_b16) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c0_b16) c_u_Capacity(D_DC_t4_p1_c0_b16)_ -272.16348172074623
     Count(D_DC_t4_p1_c0_b16) c_u_KvLinks(D_DC_t4_p1_c0_b16)_ -640
     Count(D_DC_t4_p1_c0_b16) c_u_PowerBudget_ 514.64190629711277
     Count(D_DC_t4_p1_c0_b16) c_e_ShareSum(DC_decode)_ -514.64190629711277
     Count(D_DC_t4_p1_c0_b2) Objective 218.55721109520766
     Count(D_DC_t4_p1_c0_b2) c_e_TileCountLink(D_DC_t4_p1_c0)_ -1
     Count(D_DC_t4_p1_c0_b2) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c0_b2) c_u_Capacity(D_DC_t4_p1_c0_b2)_ -43.049902510643058
     Count(D_DC_t4_p1_c0_b2) c_u_KvLinks(D_DC_t4_p1_c0_b2)_ -640
     Count(D_DC_t4_p1_c0_b2) c_u_PowerBudget_ 218.55721109520766
     Count(D_DC_t4_p1_c0_b2) c_e_ShareSum(DC_decode)_ -218.55721109520766
     Count(D_DC_t4_p1_c0_b32) Objective 1469.6871981686429
     Count(D_DC_t4_p1_c0_b32) c_e_TileCountLink(D_DC_t4_p1_c0)_ -1
     Count(D_DC_t4_p1_c0_b32) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c0_b32) c_u_Capacity(D_DC_t4_p1_c0_b32)_ -280.98916439941007
     Count(D_DC_t4_p1_c0_b32) c_u_KvLinks(D_DC_t4_p1_c0_b32)_ -640
     Count(D_DC_t4_p1_c0_b32) c_u_PowerBudget_ 1469.6871981686429
     Count(D_DC_t4_p1_c0_b32) c_e_ShareSum(DC_decode)_ -1469.6871981686429
     Count(D_DC_t4_p1_c0_b4) Objective 414.61978893293798
     Count(D_DC_t4_p1_c0_b4) c_e_TileCountLink(D_DC_t4_p1_c0)_ -1
     Count(D_DC_t4_p1_c0_b4) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c0_b4) c_u_Capacity(D_DC_t4_p1_c0_b4)_ -83.581229847910024
     Count(D_DC_t4_p1_c0_b4) c_u_KvLinks(D_DC_t4_p1_c0_b4)_ -640
     Count(D_DC_t4_p1_c0_b4) c_u_PowerBudget_ 414.61978893293798
     Count(D_DC_t4_p1_c0_b4) c_e_ShareSum(DC_decode)_ -414.61978893293798
     Count(D_DC_t4_p1_c0_b64) Objective 1981.9465170931981
     Count(D_DC_t4_p1_c0_b64) c_e_TileCountLink(D_DC_t4_p1_c0)_ -1
     Count(D_DC_t4_p1_c0_b64) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c0_b64) c_u_Capacity(D_DC_t4_p1_c0_b64)_ -285.62019198089291
     Count(D_DC_t4_p1_c0_b64) c_u_KvLinks(D_DC_t4_p1_c0_b64)_ -640
     Count(D_DC_t4_p1_c0_b64) c_u_PowerBudget_ 1981.9465170931981
     Count(D_DC_t4_p1_c0_b64) c_e_ShareSum(DC_decode)_ -1981.9465170931981
     Count(D_DC_t4_p1_c1_b1) Objective 4.5474735088646412e-13
     Count(D_DC_t4_p1_c1_b1) c_e_TileCountLink(D_DC_t4_p1_c1)_ -1
     Count(D_DC_t4_p1_c1_b1) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c1_b1) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c1_b1) c_u_Capacity(D_DC_t4_p1_c1_b1)_ -21.738999187584877
     Count(D_DC_t4_p1_c1_b1) c_u_KvLinks(D_DC_t4_p1_c1_b1)_ -640
     Count(D_DC_t4_p1_c1_b1) c_u_PowerBudget_ 4.5474735088646412e-13
     Count(D_DC_t4_p1_c1_b1) c_e_ShareSum(DC_decode)_ -4.5474735088646412e-13
     Count(D_DC_t4_p1_c1_b128) Objective 2190.1576568706205
     Count(D_DC_t4_p1_c1_b128) c_e_TileCountLink(D_DC_t4_p1_c1)_ -1
     Count(D_DC_t4_p1_c1_b128) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c1_b128) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c1_b128) c_u_Capacity(D_DC_t4_p1_c1_b128)_ -287.83636077211827
     Count(D_DC_t4_p1_c1_b128) c_u_KvLinks(D_DC_t4_p1_c1_b128)_ -640
     Count(D_DC_t4_p1_c1_b128) c_u_PowerBudget_ 2190.1576568706205
     Count(D_DC_t4_p1_c1_b128) c_e_ShareSum(DC_decode)_ -2190.1576568706205
     Count(D_DC_t4_p1_c1_b16) Objective 511.41121570294581
     Count(D_DC_t4_p1_c1_b16) c_e_TileCountLink(D_DC_t4_p1_c1)_ -1
     Count(D_DC_t4_p1_c1_b16) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c1_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c1_b16) c_u_Capacity(D_DC_t4_p1_c1_b16)_ -271.04530453493305
     Count(D_DC_t4_p1_c1_b16) c_u_KvLinks(D_DC_t4_p1_c1_b16)_ -640
     Count(D_DC_t4_p1_c1_b16) c_u_PowerBudget_ 511.41121570294581
     Count(D_DC_t4_p1_c1_b16) c_e_ShareSum(DC_decode)_ -511.41121570294581
     Count(D_DC_t4_p1_c1_b2) Objective 217.30521430014534
     Count(D_DC_t4_p1_c1_b2) c_e_TileCountLink(D_DC_t4_p1_c1)_ -1
     Count(D_DC_t4_p1_c1_b2) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c1_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c1_b2) c_u_Capacity(D_DC_t4_p1_c1_b2)_ -42.826333328031652
     Count(D_DC_t4_p1_c1_b2) c_u_KvLinks(D_DC_t4_p1_c1_b2)_ -640
     Count(D_DC_t4_p1_c1_b2) c_u_PowerBudget_ 217.30521430014534
     Count(D_DC_t4_p1_c1_b2) c_e_ShareSum(DC_decode)_ -217.30521430014534
     Count(D_DC_t4_p1_c1_b32) Objective 1456.4432868964759
     Count(D_DC_t4_p1_c1_b32) c_e_TileCountLink(D_DC_t4_p1_c1)_ -1
     Count(D_DC_t4_p1_c1_b32) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c1_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c1_b32) c_u_Capacity(D_DC_t4_p1_c1_b32)_ -280.39204092357824
     Count(D_DC_t4_p1_c1_b32) c_u_KvLinks(D_DC_t4_p1_c1_b32)_ -640
     Count(D_DC_t4_p1_c1_b32) c_u_PowerBudget_ 1456.4432868964759
     Count(D_DC_t4_p1_c1_b32) c_e_ShareSum(DC_decode)_ -1456.4432868964759
     Count(D_DC_t4_p1_c1_b4) Objective 412.23166119100898
     Count(D_DC_t4_p1_c1_b4) c_e_TileCountLink(D_DC_t4_p1_c1)_ -1
     Count(D_DC_t4_p1_c1_b4) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c1_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c1_b4) c_u_Capacity(D_DC_t4_p1_c1_b4)_ -83.159804074194554
     Count(D_DC_t4_p1_c1_b4) c_u_KvLinks(D_DC_t4_p1_c1_b4)_ -640
     Count(D_DC_t4_p1_c1_b4) c_u_PowerBudget_ 412.23166119100898
     Count(D_DC_t4_p1_c1_b4) c_e_ShareSum(DC_decode)_ -412.23166119100898
     Count(D_DC_t4_p1_c1_b64) Objective 1969.8234709025414
     Count(D_DC_t4_p1_c1_b64) c_e_TileCountLink(D_DC_t4_p1_c1)_ -1
     Count(D_DC_t4_p1_c1_b64) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c1_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c1_b64) c_u_Capacity(D_DC_t4_p1_c1_b64)_ -285.31138514577839
     Count(D_DC_t4_p1_c1_b64) c_u_KvLinks(D_DC_t4_p1_c1_b64)_ -640
     Count(D_DC_t4_p1_c1_b64) c_u_PowerBudget_ 1969.8234709025414
     Count(D_DC_t4_p1_c1_b64) c_e_ShareSum(DC_decode)_ -1969.8234709025414
     Count(D_DC_t4_p1_c1_b8) Objective 470.78404476573746
     Count(D_DC_t4_p1_c1_b8) c_e_TileCountLink(D_DC_t4_p1_c1)_ -1
     Count(D_DC_t4_p1_c1_b8) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c1_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c1_b8) c_u_Capacity(D_DC_t4_p1_c1_b8)_ -157.17090373164513
     Count(D_DC_t4_p1_c1_b8) c_u_KvLinks(D_DC_t4_p1_c1_b8)_ -640
     Count(D_DC_t4_p1_c1_b8) c_u_PowerBudget_ 470.78404476573746
     Count(D_DC_t4_p1_c1_b8) c_e_ShareSum(DC_decode)_ -470.78404476573746
     Count(D_DC_t4_p2_c0_b16) Objective 927.57347191540612
     Count(D_DC_t4_p2_c0_b16) c_e_TileCountLink(D_DC_t4_p2_c0)_ -1
     Count(D_DC_t4_p2_c0_b16) c_u_SiteTotal_ 8
     Count(D_DC_t4_p2_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p2_c0_b16) c_u_Capacity(D_DC_t4_p2_c0_b16)_ -294.48769638483128
     Count(D_DC_t4_p2_c0_b16) c_u_KvLinks(D_DC_t4_p2_c0_b16)_ -1280
     Count(D_DC_t4_p2_c0_b16) c_u_PowerBudget_ 927.57347191540612
     Count(D_DC_t4_p2_c0_b16) c_e_ShareSum(DC_decode)_ -927.57347191540612
     Count(D_DC_t4_p2_c0_b2) Objective 0.3822578400937573
     Count(D_DC_t4_p2_c0_b2) c_e_TileCountLink(D_DC_t4_p2_c0)_ -1
     Count(D_DC_t4_p2_c0_b2) c_u_SiteTotal_ 8
     Count(D_DC_t4_p2_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p2_c0_b2) c_u_Capacity(D_DC_t4_p2_c0_b2)_ -43.081979526097456
     Count(D_DC_t4_p2_c0_b2) c_u_KvLinks(D_DC_t4_p2_c0_b2)_ -1280
     Count(D_DC_t4_p2_c0_b2) c_u_PowerBudget_ 0.3822578400937573
     Count(D_DC_t4_p2_c0_b2) c_e_ShareSum(DC_decode)_ -0.3822578400937573
     Count(D_DC_t4_p2_c0_b4) Objective 621.72502650277715
     Count(D_DC_t4_p2_c0_b4) c_e_TileCountLink(D_DC_t4_p2_c0)_ -1
     Count(D_DC_t4_p2_c0_b4) c_u_SiteTotal_ 8
     Count(D_DC_t4_p2_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p2_c0_b4) c_u_Capacity(D_DC_t4_p2_c0_b4)_ -84.848845478307126
     Count(D_DC_t4_p2_c0_b4) c_u_KvLinks(D_DC_t4_p2_c0_b4)_ -1280
     Count(D_DC_t4_p2_c0_b4) c_u_PowerBudget_ 621.72502650277715
     Count(D_DC_t4_p2_c0_b4) c_e_ShareSum(DC_decode)_ -621.72502650277715
     Count(D_DC_t4_p2_c0_b64) Objective 3195.1145793985261
     Count(D_DC_t4_p2_c0_b64) c_e_TileCountLink(D_DC_t4_p2_c0)_ -1
     Count(D_DC_t4_p2_c0_b64) c_u_SiteTotal_ 8
     Count(D_DC_t4_p2_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p2_c0_b64) c_u_Capacity(D_DC_t4_p2_c0_b64)_ -294.49230601896426
     Count(D_DC_t4_p2_c0_b64) c_u_KvLinks(D_DC_t4_p2_c0_b64)_ -1280
     Count(D_DC_t4_p2_c0_b64) c_u_PowerBudget_ 3195.1145793985261
     Count(D_DC_t4_p2_c0_b64) c_e_ShareSum(DC_decode)_ -3195.1145793985261
     Count(D_DC_t8_p1_c0_b1) Objective 1.0231815394945443e-12
     Count(D_DC_t8_p1_c0_b1) c_e_TileCountLink(D_DC_t8_p1_c0)_ -1
     Count(D_DC_t8_p1_c0_b1) c_u_SiteTotal_ 8
     Count(D_DC_t8_p1_c0_b1) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t8_p1_c0_b1) c_u_Capacity(D_DC_t8_p1_c0_b1)_ -38.78361848568003
     Count(D_DC_t8_p1_c0_b1) c_u_KvLinks(D_DC_t8_p1_c0_b1)_ -1280
     Count(D_DC_t8_p1_c0_b1) c_u_PowerBudget_ 1.0231815394945443e-12
     Count(D_DC_t8_p1_c0_b1) c_e_ShareSum(DC_decode)_ -1.0231815394945443e-12
     Count(D_DC_t8_p1_c0_b16) Objective 1008.3137531546288
     Count(D_DC_t8_p1_c0_b16) c_e_TileCountLink(D_DC_t8_p1_c0)_ -1
     Count(D_DC_t8_p1_c0_b16) c_u_SiteTotal_ 8
     Count(D_DC_t8_p1_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t8_p1_c0_b16) c_u_Capacity(D_DC_t8_p1_c0_b16)_ -294.49197107500845
     Count(D_DC_t8_p1_c0_b16) c_u_KvLinks(D_DC_t8_p1_c0_b16)_ -1280
     Count(D_DC_t8_p1_c0_b16) c_u_PowerBudget_ 1008.3137531546288
     Count(D_DC_t8_p1_c0_b16) c_e_ShareSum(DC_decode)_ -1008.3137531546288
     Count(D_DC_t8_p1_c0_b2) Objective 416.33530144132544
     Count(D_DC_t8_p1_c0_b2) c_e_TileCountLink(D_DC_t8_p1_c0)_ -1
     Count(D_DC_t8_p1_c0_b2) c_u_SiteTotal_ 8
     Count(D_DC_t8_p1_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t8_p1_c0_b2) c_u_Capacity(D_DC_t8_p1_c0_b2)_ -75.570961572987386
     Count(D_DC_t8_p1_c0_b2) c_u_KvLinks(D_DC_t8_p1_c0_b2)_ -1280
     Count(D_DC_t8_p1_c0_b2) c_u_PowerBudget_ 416.33530144132544
     Count(D_DC_t8_p1_c0_b2) c_e_ShareSum(DC_decode)_ -416.33530144132544
     Count(D_DC_t8_p1_c0_b4) Objective 793.60391564611302
     Count(D_DC_t8_p1_c0_b4) c_e_TileCountLink(D_DC_t8_p1_c0)_ -1
     Count(D_DC_t8_p1_c0_b4) c_u_SiteTotal_ 8
     Count(D_DC_t8_p1_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t8_p1_c0_b4) c_u_Capacity(D_DC_t8_p1_c0_b4)_ -143.7431568888357
     Count(D_DC_t8_p1_c0_b4) c_u_KvLinks(D_DC_t8_p1_c0_b4)_ -1280
     Count(D_DC_t8_p1_c0_b4) c_u_PowerBudget_ 793.60391564611302
     Count(D_DC_t8_p1_c0_b4) c_e_ShareSum(DC_decode)_ -793.60391564611302
     Count(D_DC_t8_p1_c0_b8) Objective 917.9072907730432
     Count(D_DC_t8_p1_c0_b8) c_e_TileCountLink(D_DC_t8_p1_c0)_ -1
     Count(D_DC_t8_p1_c0_b8) c_u_SiteTotal_ 8
     Count(D_DC_t8_p1_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t8_p1_c0_b8) c_u_Capacity(D_DC_t8_p1_c0_b8)_ -261.84992694845977
     Count(D_DC_t8_p1_c0_b8) c_u_KvLinks(D_DC_t8_p1_c0_b8)_ -1280
     Count(D_DC_t8_p1_c0_b8) c_u_PowerBudget_ 917.9072907730432
     Count(D_DC_t8_p1_c0_b8) c_e_ShareSum(DC_decode)_ -917.9072907730432
     Count(D_PC_t1_p5_c0_b16) Objective 230.36148917863144
     Count(D_PC_t1_p5_c0_b16) c_e_TileCountLink(D_PC_t1_p5_c0)_ -1
     Count(D_PC_t1_p5_c0_b16) c_u_SiteTotal_ 5
     Count(D_PC_t1_p5_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p5_c0_b16) c_u_Capacity(D_PC_t1_p5_c0_b16)_ -36.354444612838066
     Count(D_PC_t1_p5_c0_b16) c_u_KvLinks(D_PC_t1_p5_c0_b16)_ -800
     Count(D_PC_t1_p5_c0_b16) c_u_PowerBudget_ 230.36148917863144
     Count(D_PC_t1_p5_c0_b16) c_e_ShareSum(PC_decode)_ -230.36148917863144
     Count(D_PC_t1_p5_c0_b2) Objective 8.5265128291212022e-14
     Count(D_PC_t1_p5_c0_b2) c_e_TileCountLink(D_PC_t1_p5_c0)_ -1
     Count(D_PC_t1_p5_c0_b2) c_u_SiteTotal_ 5
     Count(D_PC_t1_p5_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p5_c0_b2) c_u_Capacity(D_PC_t1_p5_c0_b2)_ -4.0944782254877197
     Count(D_PC_t1_p5_c0_b2) c_u_KvLinks(D_PC_t1_p5_c0_b2)_ -800
     Count(D_PC_t1_p5_c0_b2) c_u_PowerBudget_ 8.5265128291212022e-14
     Count(D_PC_t1_p5_c0_b2) c_e_ShareSum(PC_decode)_ -8.5265128291212022e-14
     Count(D_PC_t1_p5_c0_b4) Objective 1.3073986337985843e-12
     Count(D_PC_t1_p5_c0_b4) c_e_TileCountLink(D_PC_t1_p5_c0)_ -1
     Count(D_PC_t1_p5_c0_b4) c_u_SiteTotal_ 5
     Count(D_PC_t1_p5_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p5_c0_b4) c_u_Capacity(D_PC_t1_p5_c0_b4)_ -9.1288755085631266
     Count(D_PC_t1_p5_c0_b4) c_u_KvLinks(D_PC_t1_p5_c0_b4)_ -800
     Count(D_PC_t1_p5_c0_b4) c_u_PowerBudget_ 1.3073986337985843e-12
     Count(D_PC_t1_p5_c0_b4) c_e_ShareSum(PC_decode)_ -1.3073986337985843e-12
     Count(D_PC_t1_p5_c0_b8) Objective 167.07809050439084
     Count(D_PC_t1_p5_c0_b8) c_e_TileCountLink(D_PC_t1_p5_c0)_ -1
     Count(D_PC_t1_p5_c0_b8) c_u_SiteTotal_ 5
     Count(D_PC_t1_p5_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p5_c0_b8) c_u_Capacity(D_PC_t1_p5_c0_b8)_ -18.257604049616461
     Count(D_PC_t1_p5_c0_b8) c_u_KvLinks(D_PC_t1_p5_c0_b8)_ -800
     Count(D_PC_t1_p5_c0_b8) c_u_PowerBudget_ 167.07809050439084
     Count(D_PC_t1_p5_c0_b8) c_e_ShareSum(PC_decode)_ -167.07809050439084
     Count(D_PC_t1_p6_c0_b16) Objective 276.01456424658556
     Count(D_PC_t1_p6_c0_b16) c_e_TileCountLink(D_PC_t1_p6_c0)_ -1
     Count(D_PC_t1_p6_c0_b16) c_u_SiteTotal_ 6
     Count(D_PC_t1_p6_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p6_c0_b16) c_u_Capacity(D_PC_t1_p6_c0_b16)_ -36.963292154715425
     Count(D_PC_t1_p6_c0_b16) c_u_KvLinks(D_PC_t1_p6_c0_b16)_ -960
     Count(D_PC_t1_p6_c0_b16) c_u_PowerBudget_ 276.01456424658556
     Count(D_PC_t1_p6_c0_b16) c_e_ShareSum(PC_decode)_ -276.01456424658556
     Count(D_PC_t1_p6_c0_b32) Objective 279.93626511602582
     Count(D_PC_t1_p6_c0_b32) c_e_TileCountLink(D_PC_t1_p6_c0)_ -1
     Count(D_PC_t1_p6_c0_b32) c_u_SiteTotal_ 6
     Count(D_PC_t1_p6_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p6_c0_b32) c_u_Capacity(D_PC_t1_p6_c0_b32)_ -72.854866119311737
     Count(D_PC_t1_p6_c0_b32) c_u_KvLinks(D_PC_t1_p6_c0_b32)_ -960
     Count(D_PC_t1_p6_c0_b32) c_u_PowerBudget_ 279.93626511602582
     Count(D_PC_t1_p6_c0_b32) c_e_ShareSum(PC_decode)_ -279.93626511602582
     Count(D_PC_t1_p6_c0_b4) Objective 9.9475983006414026e-13
     Count(D_PC_t1_p6_c0_b4) c_e_TileCountLink(D_PC_t1_p6_c0)_ -1
     Count(D_PC_t1_p6_c0_b4) c_u_SiteTotal_ 6
     Count(D_PC_t1_p6_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p6_c0_b4) c_u_Capacity(D_PC_t1_p6_c0_b4)_ -9.1288271537338233
     Count(D_PC_t1_p6_c0_b4) c_u_KvLinks(D_PC_t1_p6_c0_b4)_ -960
     Count(D_PC_t1_p6_c0_b4) c_u_PowerBudget_ 9.9475983006414026e-13
     Count(D_PC_t1_p6_c0_b4) c_e_ShareSum(PC_decode)_ -9.9475983006414026e-13
     Count(D_PC_t1_p6_c0_b64) Objective 278.43671815085622
     Count(D_PC_t1_p6_c0_b64) c_e_TileCountLink(D_PC_t1_p6_c0)_ -1
     Count(D_PC_t1_p6_c0_b64) c_u_SiteTotal_ 6
     Count(D_PC_t1_p6_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p6_c0_b64) c_u_Capacity(D_PC_t1_p6_c0_b64)_ -142.27218471030329
     Count(D_PC_t1_p6_c0_b64) c_u_KvLinks(D_PC_t1_p6_c0_b64)_ -960
     Count(D_PC_t1_p6_c0_b64) c_u_PowerBudget_ 278.43671815085622
     Count(D_PC_t1_p6_c0_b64) c_e_ShareSum(PC_decode)_ -278.43671815085622
     Count(D_PC_t1_p6_c0_b8) Objective 148.33656532505125
     Count(D_PC_t1_p6_c0_b8) c_e_TileCountLink(D_PC_t1_p6_c0)_ -1
     Count(D_PC_t1_p6_c0_b8) c_u_SiteTotal_ 6
     Count(D_PC_t1_p6_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p6_c0_b8) c_u_Capacity(D_PC_t1_p6_c0_b8)_ -18.487697111917306
     Count(D_PC_t1_p6_c0_b8) c_u_KvLinks(D_PC_t1_p6_c0_b8)_ -960
     Count(D_PC_t1_p6_c0_b8) c_u_PowerBudget_ 148.33656532505125
     Count(D_PC_t1_p6_c0_b8) c_e_ShareSum(PC_decode)_ -148.33656532505125
     Count(D_PC_t1_p8_c0_b128) Objective 354.2969370997447
     Count(D_PC_t1_p8_c0_b128) c_e_TileCountLink(D_PC_t1_p8_c0)_ -1
     Count(D_PC_t1_p8_c0_b128) c_u_SiteTotal_ 8
     Count(D_PC_t1_p8_c0_b128) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p8_c0_b128) c_u_Capacity(D_PC_t1_p8_c0_b128)_ -265.41268270548903
     Count(D_PC_t1_p8_c0_b128) c_u_KvLinks(D_PC_t1_p8_c0_b128)_ -1280
     Count(D_PC_t1_p8_c0_b128) c_u_PowerBudget_ 354.2969370997447
     Count(D_PC_t1_p8_c0_b128) c_e_ShareSum(PC_decode)_ -354.2969370997447
     Count(D_PC_t1_p8_c0_b32) Objective 353.20919224422039
     Count(D_PC_t1_p8_c0_b32) c_e_TileCountLink(D_PC_t1_p8_c0)_ -1
     Count(D_PC_t1_p8_c0_b32) c_u_SiteTotal_ 8
     Count(D_PC_t1_p8_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p8_c0_b32) c_u_Capacity(D_PC_t1_p8_c0_b32)_ -70.245953240372316
     Count(D_PC_t1_p8_c0_b32) c_u_KvLinks(D_PC_t1_p8_c0_b32)_ -1280
     Count(D_PC_t1_p8_c0_b32) c_u_PowerBudget_ 353.20919224422039
     Count(D_PC_t1_p8_c0_b32) c_e_ShareSum(PC_decode)_ -353.20919224422039
     Count(D_PC_t1_p8_c0_b4) Objective 4.5474735088646412e-13
     Count(D_PC_t1_p8_c0_b4) c_e_TileCountLink(D_PC_t1_p8_c0)_ -1
     Count(D_PC_t1_p8_c0_b4) c_u_SiteTotal_ 8
     Count(D_PC_t1_p8_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p8_c0_b4) c_u_Capacity(D_PC_t1_p8_c0_b4)_ -9.1287304456119855
     Count(D_PC_t1_p8_c0_b4) c_u_KvLinks(D_PC_t1_p8_c0_b4)_ -1280
     Count(D_PC_t1_p8_c0_b4) c_u_PowerBudget_ 4.5474735088646412e-13
     Count(D_PC_t1_p8_c0_b4) c_e_ShareSum(PC_decode)_ -4.5474735088646412e-13
     Count(D_PC_t1_p8_c0_b64) Objective 354.06304846305153
     Count(D_PC_t1_p8_c0_b64) c_e_TileCountLink(D_PC_t1_p8_c0)_ -1
     Count(D_PC_t1_p8_c0_b64) c_u_SiteTotal_ 8
     Count(D_PC_t1_p8_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p8_c0_b64) c_u_Capacity(D_PC_t1_p8_c0_b64)_ -137.79716264930477
     Count(D_PC_t1_p8_c0_b64) c_u_KvLinks(D_PC_t1_p8_c0_b64)_ -1280
     Count(D_PC_t1_p8_c0_b64) c_u_PowerBudget_ 354.06304846305153
     Count(D_PC_t1_p8_c0_b64) c_e_ShareSum(PC_decode)_ -354.06304846305153
     Count(D_PC_t1_p8_c0_b8) Objective 0.59811089347039115
     Count(D_PC_t1_p8_c0_b8) c_e_TileCountLink(D_PC_t1_p8_c0)_ -1
     Count(D_PC_t1_p8_c0_b8) c_u_SiteTotal_ 8
     Count(D_PC_t1_p8_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p8_c0_b8) c_u_Capacity(D_PC_t1_p8_c0_b8)_ -17.70541011182231
     Count(D_PC_t1_p8_c0_b8) c_u_KvLinks(D_PC_t1_p8_c0_b8)_ -1280
     Count(D_PC_t1_p8_c0_b8) c_u_PowerBudget_ 0.59811089347039115
     Count(D_PC_t1_p8_c0_b8) c_e_ShareSum(PC_decode)_ -0.59811089347039115
     Count(D_PC_t2_p3_c0_b32) Objective 286.55142985999498
     Count(D_PC_t2_p3_c0_b32) c_e_TileCountLink(D_PC_t2_p3_c0)_ -1
     Count(D_PC_t2_p3_c0_b32) c_u_SiteTotal_ 6
     Count(D_PC_t2_p3_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p3_c0_b32) c_u_Capacity(D_PC_t2_p3_c0_b32)_ -143.13237884554334
     Count(D_PC_t2_p3_c0_b32) c_u_KvLinks(D_PC_t2_p3_c0_b32)_ -960
     Count(D_PC_t2_p3_c0_b32) c_u_PowerBudget_ 286.55142985999498
     Count(D_PC_t2_p3_c0_b32) c_e_ShareSum(PC_decode)_ -286.55142985999498
     Count(D_PC_t2_p3_c0_b4) Objective 105.33767263303935
     Count(D_PC_t2_p3_c0_b4) c_e_TileCountLink(D_PC_t2_p3_c0)_ -1
     Count(D_PC_t2_p3_c0_b4) c_u_SiteTotal_ 6
     Count(D_PC_t2_p3_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p3_c0_b4) c_u_Capacity(D_PC_t2_p3_c0_b4)_ -18.880450558131074
     Count(D_PC_t2_p3_c0_b4) c_u_KvLinks(D_PC_t2_p3_c0_b4)_ -960
     Count(D_PC_t2_p3_c0_b4) c_u_PowerBudget_ 105.33767263303935
     Count(D_PC_t2_p3_c0_b4) c_e_ShareSum(PC_decode)_ -105.33767263303935
     Count(D_PC_t2_p3_c0_b64) Objective 290.61022432647076
     Count(D_PC_t2_p3_c0_b64) c_e_TileCountLink(D_PC_t2_p3_c0)_ -1
     Count(D_PC_t2_p3_c0_b64) c_u_SiteTotal_ 6
     Count(D_PC_t2_p3_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p3_c0_b64) c_u_Capacity(D_PC_t2_p3_c0_b64)_ -269.02379125606569
     Count(D_PC_t2_p3_c0_b64) c_u_KvLinks(D_PC_t2_p3_c0_b64)_ -960
     Count(D_PC_t2_p3_c0_b64) c_u_PowerBudget_ 290.61022432647076
     Count(D_PC_t2_p3_c0_b64) c_e_ShareSum(PC_decode)_ -290.61022432647076
     Count(D_PC_t2_p3_c0_b8) Objective 268.67880599336695
     Count(D_PC_t2_p3_c0_b8) c_e_TileCountLink(D_PC_t2_p3_c0)_ -1
     Count(D_PC_t2_p3_c0_b8) c_u_SiteTotal_ 6
     Count(D_PC_t2_p3_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p3_c0_b8) c_u_Capacity(D_PC_t2_p3_c0_b8)_ -37.532437797767784
     Count(D_PC_t2_p3_c0_b8) c_u_KvLinks(D_PC_t2_p3_c0_b8)_ -960
     Count(D_PC_t2_p3_c0_b8) c_u_PowerBudget_ 268.67880599336695
     Count(D_PC_t2_p3_c0_b8) c_e_ShareSum(PC_decode)_ -268.67880599336695
     Count(D_PC_t2_p3_c1_b32) Objective 286.55143028408867
     Count(D_PC_t2_p3_c1_b32) c_e_TileCountLink(D_PC_t2_p3_c1)_ -1
     Count(D_PC_t2_p3_c1_b32) c_u_SiteTotal_ 6
     Count(D_PC_t2_p3_c1_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p3_c1_b32) c_u_Capacity(D_PC_t2_p3_c1_b32)_ -143.13237884554334
     Count(D_PC_t2_p3_c1_b32) c_u_KvLinks(D_PC_t2_p3_c1_b32)_ -960
     Count(D_PC_t2_p3_c1_b32) c_u_PowerBudget_ 286.55143028408867
     Count(D_PC_t2_p3_c1_b32) c_e_ShareSum(PC_decode)_ -286.55143028408867
     Count(D_PC_t2_p3_c1_b4) Objective 105.33699591205772
     Count(D_PC_t2_p3_c1_b4) c_e_TileCountLink(D_PC_t2_p3_c1)_ -1
     Count(D_PC_t2_p3_c1_b4) c_u_SiteTotal_ 6
     Count(D_PC_t2_p3_c1_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p3_c1_b4) c_u_Capacity(D_PC_t2_p3_c1_b4)_ -18.880450558131074
     Count(D_PC_t2_p3_c1_b4) c_u_KvLinks(D_PC_t2_p3_c1_b4)_ -960
     Count(D_PC_t2_p3_c1_b4) c_u_PowerBudget_ 105.33699591205772
     Count(D_PC_t2_p3_c1_b4) c_e_ShareSum(PC_decode)_ -105.33699591205772
     Count(D_PC_t2_p3_c1_b64) Objective 290.61022627130262
     Count(D_PC_t2_p3_c1_b64) c_e_TileCountLink(D_PC_t2_p3_c1)_ -1
     Count(D_PC_t2_p3_c1_b64) c_u_SiteTotal_ 6
     Count(D_PC_t2_p3_c1_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p3_c1_b64) c_u_Capacity(D_PC_t2_p3_c1_b64)_ -269.02379125606569
     Count(D_PC_t2_p3_c1_b64) c_u_KvLinks(D_PC_t2_p3_c1_b64)_ -960
     Count(D_PC_t2_p3_c1_b64) c_u_PowerBudget_ 290.61022627130262
     Count(D_PC_t2_p3_c1_b64) c_e_ShareSum(PC_decode)_ -290.61022627130262
     Count(D_PC_t2_p3_c1_b8) Objective 268.67858917564774
     Count(D_PC_t2_p3_c1_b8) c_e_TileCountLink(D_PC_t2_p3_c1)_ -1
     Count(D_PC_t2_p3_c1_b8) c_u_SiteTotal_ 6
     Count(D_PC_t2_p3_c1_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p3_c1_b8) c_u_Capacity(D_PC_t2_p3_c1_b8)_ -37.532437797767784
     Count(D_PC_t2_p3_c1_b8) c_u_KvLinks(D_PC_t2_p3_c1_b8)_ -960
     Count(D_PC_t2_p3_c1_b8) c_u_PowerBudget_ 268.67858917564774
     Count(D_PC_t2_p3_c1_b8) c_e_ShareSum(PC_decode)_ -268.67858917564774
     Count(D_PC_t2_p4_c0_b128) Objective 368.770706827303
     Count(D_PC_t2_p4_c0_b128) c_e_TileCountLink(D_PC_t2_p4_c0)_ -1
     Count(D_PC_t2_p4_c0_b128) c_u_SiteTotal_ 8
     Count(D_PC_t2_p4_c0_b128) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p4_c0_b128) c_u_Capacity(D_PC_t2_p4_c0_b128)_ -294.45736192859852
     Count(D_PC_t2_p4_c0_b128) c_u_KvLinks(D_PC_t2_p4_c0_b128)_ -1280
     Count(D_PC_t2_p4_c0_b128) c_u_PowerBudget_ 368.770706827303
     Count(D_PC_t2_p4_c0_b128) c_e_ShareSum(PC_decode)_ -368.770706827303
     Count(D_PC_t2_p4_c0_b4) Objective 0.27722540878943391
     Count(D_PC_t2_p4_c0_b4) c_e_TileCountLink(D_PC_t2_p4_c0)_ -1
     Count(D_PC_t2_p4_c0_b4) c_u_SiteTotal_ 8
     Count(D_PC_t2_p4_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p4_c0_b4) c_u_Capacity(D_PC_t2_p4_c0_b4)_ -18.454208752562291
     Count(D_PC_t2_p4_c0_b4) c_u_KvLinks(D_PC_t2_p4_c0_b4)_ -1280
     Count(D_PC_t2_p4_c0_b4) c_u_PowerBudget_ 0.27722540878943391
     Count(D_PC_t2_p4_c0_b4) c_e_ShareSum(PC_decode)_ -0.27722540878943391
     Count(D_PC_t2_p4_c0_b8) Objective 317.71636352812715
     Count(D_PC_t2_p4_c0_b8) c_e_TileCountLink(D_PC_t2_p4_c0)_ -1
     Count(D_PC_t2_p4_c0_b8) c_u_SiteTotal_ 8
     Count(D_PC_t2_p4_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p4_c0_b8) c_u_Capacity(D_PC_t2_p4_c0_b8)_ -36.714233329628648
     Count(D_PC_t2_p4_c0_b8) c_u_KvLinks(D_PC_t2_p4_c0_b8)_ -1280
     Count(D_PC_t2_p4_c0_b8) c_u_PowerBudget_ 317.71636352812715
     Count(D_PC_t2_p4_c0_b8) c_e_ShareSum(PC_decode)_ -317.71636352812715
     Count(D_PC_t4_p2_c0_b2) Objective 0.065811385427991809
     Count(D_PC_t4_p2_c0_b2) c_e_TileCountLink(D_PC_t4_p2_c0)_ -1
     Count(D_PC_t4_p2_c0_b2) c_u_SiteTotal_ 8
     Count(D_PC_t4_p2_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t4_p2_c0_b2) c_u_Capacity(D_PC_t4_p2_c0_b2)_ -18.486873997126654
     Count(D_PC_t4_p2_c0_b2) c_u_KvLinks(D_PC_t4_p2_c0_b2)_ -1280
     Count(D_PC_t4_p2_c0_b2) c_u_PowerBudget_ 0.065811385427991809
     Count(D_PC_t4_p2_c0_b2) c_e_ShareSum(PC_decode)_ -0.065811385427991809
     Count(D_PC_t4_p2_c0_b4) Objective 254.84508028838746
     Count(D_PC_t4_p2_c0_b4) c_e_TileCountLink(D_PC_t4_p2_c0)_ -1
     Count(D_PC_t4_p2_c0_b4) c_u_SiteTotal_ 8
     Count(D_PC_t4_p2_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t4_p2_c0_b4) c_u_Capacity(D_PC_t4_p2_c0_b4)_ -36.626335361958411
     Count(D_PC_t4_p2_c0_b4) c_u_KvLinks(D_PC_t4_p2_c0_b4)_ -1280
     Count(D_PC_t4_p2_c0_b4) c_u_PowerBudget_ 254.84508028838746
     Count(D_PC_t4_p2_c0_b4) c_e_ShareSum(PC_decode)_ -254.84508028838746
     Count(D_PC_t4_p2_c0_b64) Objective 382.30250161466574
     Count(D_PC_t4_p2_c0_b64) c_e_TileCountLink(D_PC_t4_p2_c0)_ -1
     Count(D_PC_t4_p2_c0_b64) c_u_SiteTotal_ 8
     Count(D_PC_t4_p2_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t4_p2_c0_b64) c_u_Capacity(D_PC_t4_p2_c0_b64)_ -294.47834928037275
     Count(D_PC_t4_p2_c0_b64) c_u_KvLinks(D_PC_t4_p2_c0_b64)_ -1280
     Count(D_PC_t4_p2_c0_b64) c_u_PowerBudget_ 382.30250161466574
     Count(D_PC_t4_p2_c0_b64) c_e_ShareSum(PC_decode)_ -382.30250161466574
     Count(D_PC_t8_p1_c0_b1) Objective 5.6843418860808015e-14
     Count(D_PC_t8_p1_c0_b1) c_e_TileCountLink(D_PC_t8_p1_c0)_ -1
     Count(D_PC_t8_p1_c0_b1) c_u_SiteTotal_ 8
     Count(D_PC_t8_p1_c0_b1) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t8_p1_c0_b1) c_u_Capacity(D_PC_t8_p1_c0_b1)_ -17.7133490917413
     Count(D_PC_t8_p1_c0_b1) c_u_KvLinks(D_PC_t8_p1_c0_b1)_ -1280
     Count(D_PC_t8_p1_c0_b1) c_u_PowerBudget_ 5.6843418860808015e-14
     Count(D_PC_t8_p1_c0_b1) c_e_ShareSum(PC_decode)_ -5.6843418860808015e-14
     Count(D_PC_t8_p1_c0_b2) Objective 174.56155168749223
     Count(D_PC_t8_p1_c0_b2) c_e_TileCountLink(D_PC_t8_p1_c0)_ -1
     Count(D_PC_t8_p1_c0_b2) c_u_SiteTotal_ 8
     Count(D_PC_t8_p1_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t8_p1_c0_b2) c_u_Capacity(D_PC_t8_p1_c0_b2)_ -34.963455086782055
     Count(D_PC_t8_p1_c0_b2) c_u_KvLinks(D_PC_t8_p1_c0_b2)_ -1280
     Count(D_PC_t8_p1_c0_b2) c_u_PowerBudget_ 174.56155168749223
     Count(D_PC_t8_p1_c0_b2) c_e_ShareSum(PC_decode)_ -174.56155168749223
     Count(D_PC_t8_p1_c0_b32) Objective 396.75255198029322
     Count(D_PC_t8_p1_c0_b32) c_e_TileCountLink(D_PC_t8_p1_c0)_ -1
     Count(D_PC_t8_p1_c0_b32) c_u_SiteTotal_ 8
     Count(D_PC_t8_p1_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t8_p1_c0_b32) c_u_Capacity(D_PC_t8_p1_c0_b32)_ -294.4797836591033
     Count(D_PC_t8_p1_c0_b32) c_u_KvLinks(D_PC_t8_p1_c0_b32)_ -1280
     Count(D_PC_t8_p1_c0_b32) c_u_PowerBudget_ 396.75255198029322
     Count(D_PC_t8_p1_c0_b32) c_e_ShareSum(PC_decode)_ -396.75255198029322
     Count(D_PC_t8_p1_c0_b4) Objective 331.0369155832899
     Count(D_PC_t8_p1_c0_b4) c_e_TileCountLink(D_PC_t8_p1_c0)_ -1
     Count(D_PC_t8_p1_c0_b4) c_u_SiteTotal_ 8
     Count(D_PC_t8_p1_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t8_p1_c0_b4) c_u_Capacity(D_PC_t8_p1_c0_b4)_ -67.953302892856598
     Count(D_PC_t8_p1_c0_b4) c_u_KvLinks(D_PC_t8_p1_c0_b4)_ -1280
     Count(D_PC_t8_p1_c0_b4) c_u_PowerBudget_ 331.0369155832899
     Count(D_PC_t8_p1_c0_b4) c_e_ShareSum(PC_decode)_ -331.0369155832899
     Count(D_PC_t8_p1_c0_b64) Objective 1001.9060625057854
     Count(D_PC_t8_p1_c0_b64) c_e_TileCountLink(D_PC_t8_p1_c0)_ -1
     Count(D_PC_t8_p1_c0_b64) c_u_SiteTotal_ 8
     Count(D_PC_t8_p1_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t8_p1_c0_b64) c_u_Capacity(D_PC_t8_p1_c0_b64)_ -294.49498923853287
     Count(D_PC_t8_p1_c0_b64) c_u_KvLinks(D_PC_t8_p1_c0_b64)_ -1280
     Count(D_PC_t8_p1_c0_b64) c_u_PowerBudget_ 1001.9060625057854
     Count(D_PC_t8_p1_c0_b64) c_e_ShareSum(PC_decode)_ -1001.9060625057854
     Count(P_DC_t1_p3_c0_b1) Objective 3.4106051316484809e-12
     Count(P_DC_t1_p3_c0_b1) c_e_TileCountLink(P_DC_t1_p3_c0)_ -1
     Count(P_DC_t1_p3_c0_b1) c_u_SiteTotal_ 3
     Count(P_DC_t1_p3_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t1_p3_c0_b1) c_u_Capacity(P_DC_t1_p3_c0_b1)_ -2.4011912636367367
     Count(P_DC_t1_p3_c0_b1) c_u_KvLinks(P_DC_t1_p3_c0_b1)_ -480
     Count(P_DC_t1_p3_c0_b1) c_u_PowerBudget_ 3.4106051316484809e-12
     Count(P_DC_t1_p3_c0_b1) c_e_ShareSum(DC_prefill)_ -3.4106051316484809e-12
     Count(P_DC_t1_p4_c0_b1) Objective 7.9580786405131221e-13
     Count(P_DC_t1_p4_c0_b1) c_e_TileCountLink(P_DC_t1_p4_c0)_ -1
     Count(P_DC_t1_p4_c0_b1) c_u_SiteTotal_ 4
     Count(P_DC_t1_p4_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t1_p4_c0_b1) c_u_Capacity(P_DC_t1_p4_c0_b1)_ -3.5048784480244874
     Count(P_DC_t1_p4_c0_b1) c_u_KvLinks(P_DC_t1_p4_c0_b1)_ -640
     Count(P_DC_t1_p4_c0_b1) c_u_PowerBudget_ 7.9580786405131221e-13
     Count(P_DC_t1_p4_c0_b1) c_e_ShareSum(DC_prefill)_ -7.9580786405131221e-13
     Count(P_DC_t1_p5_c0_b1) Objective 5.2295945351943374e-12
     Count(P_DC_t1_p5_c0_b1) c_e_TileCountLink(P_DC_t1_p5_c0)_ -1
     Count(P_DC_t1_p5_c0_b1) c_u_SiteTotal_ 5
     Count(P_DC_t1_p5_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t1_p5_c0_b1) c_u_Capacity(P_DC_t1_p5_c0_b1)_ -4.5834949904634206
     Count(P_DC_t1_p5_c0_b1) c_u_KvLinks(P_DC_t1_p5_c0_b1)_ -800
     Count(P_DC_t1_p5_c0_b1) c_u_PowerBudget_ 5.2295945351943374e-12
     Count(P_DC_t1_p5_c0_b1) c_e_ShareSum(DC_prefill)_ -5.2295945351943374e-12
     Count(P_DC_t1_p6_c0_b1) Objective 2.2737367544323206e-13
     Count(P_DC_t1_p6_c0_b1) c_e_TileCountLink(P_DC_t1_p6_c0)_ -1
     Count(P_DC_t1_p6_c0_b1) c_u_SiteTotal_ 6
     Count(P_DC_t1_p6_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t1_p6_c0_b1) c_u_Capacity(P_DC_t1_p6_c0_b1)_ -5.3585012017750726
     Count(P_DC_t1_p6_c0_b1) c_u_KvLinks(P_DC_t1_p6_c0_b1)_ -960
     Count(P_DC_t1_p6_c0_b1) c_u_PowerBudget_ 2.2737367544323206e-13
     Count(P_DC_t1_p6_c0_b1) c_e_ShareSum(DC_prefill)_ -2.2737367544323206e-13
     Count(P_DC_t1_p8_c0_b1) Objective 5.0022208597511053e-12
     Count(P_DC_t1_p8_c0_b1) c_e_TileCountLink(P_DC_t1_p8_c0)_ -1
     Count(P_DC_t1_p8_c0_b1) c_u_SiteTotal_ 8
     Count(P_DC_t1_p8_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t1_p8_c0_b1) c_u_Capacity(P_DC_t1_p8_c0_b1)_ -7.8538011271023356
     Count(P_DC_t1_p8_c0_b1) c_u_KvLinks(P_DC_t1_p8_c0_b1)_ -1280
     Count(P_DC_t1_p8_c0_b1) c_u_PowerBudget_ 5.0022208597511053e-12
     Count(P_DC_t1_p8_c0_b1) c_e_ShareSum(DC_prefill)_ -5.0022208597511053e-12
     Count(P_DC_t2_p2_c0_b1) Objective 2.7284841053187847e-12
     Count(P_DC_t2_p2_c0_b1) c_e_TileCountLink(P_DC_t2_p2_c0)_ -1
     Count(P_DC_t2_p2_c0_b1) c_u_SiteTotal_ 4
     Count(P_DC_t2_p2_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t2_p2_c0_b1) c_u_Capacity(P_DC_t2_p2_c0_b1)_ -3.4900460710769385
     Count(P_DC_t2_p2_c0_b1) c_u_KvLinks(P_DC_t2_p2_c0_b1)_ -640
     Count(P_DC_t2_p2_c0_b1) c_u_PowerBudget_ 2.7284841053187847e-12
     Count(P_DC_t2_p2_c0_b1) c_e_ShareSum(DC_prefill)_ -2.7284841053187847e-12
     Count(P_DC_t2_p2_c1_b1) Objective 1.2505552149377763e-12
     Count(P_DC_t2_p2_c1_b1) c_e_TileCountLink(P_DC_t2_p2_c1)_ -1
     Count(P_DC_t2_p2_c1_b1) c_u_SiteTotal_ 4
     Count(P_DC_t2_p2_c1_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t2_p2_c1_b1) c_u_Capacity(P_DC_t2_p2_c1_b1)_ -3.4888104464322947
     Count(P_DC_t2_p2_c1_b1) c_u_KvLinks(P_DC_t2_p2_c1_b1)_ -640
     Count(P_DC_t2_p2_c1_b1) c_u_PowerBudget_ 1.2505552149377763e-12
     Count(P_DC_t2_p2_c1_b1) c_e_ShareSum(DC_prefill)_ -1.2505552149377763e-12
     Count(P_DC_t2_p3_c0_b1) Objective 2.0463630789890885e-12
     Count(P_DC_t2_p3_c0_b1) c_e_TileCountLink(P_DC_t2_p3_c0)_ -1
     Count(P_DC_t2_p3_c0_b1) c_u_SiteTotal_ 6
     Count(P_DC_t2_p3_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t2_p3_c0_b1) c_u_Capacity(P_DC_t2_p3_c0_b1)_ -5.4736037794781636
     Count(P_DC_t2_p3_c0_b1) c_u_KvLinks(P_DC_t2_p3_c0_b1)_ -960
     Count(P_DC_t2_p3_c0_b1) c_u_PowerBudget_ 2.0463630789890885e-12
     Count(P_DC_t2_p3_c0_b1) c_e_ShareSum(DC_prefill)_ -2.0463630789890885e-12
     Count(P_DC_t2_p3_c1_b1) Objective 6.8212102632969618e-13
     Count(P_DC_t2_p3_c1_b1) c_e_TileCountLink(P_DC_t2_p3_c1)_ -1
     Count(P_DC_t2_p3_c1_b1) c_u_SiteTotal_ 6
     Count(P_DC_t2_p3_c1_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t2_p3_c1_b1) c_u_Capacity(P_DC_t2_p3_c1_b1)_ -5.4703754653755388
     Count(P_DC_t2_p3_c1_b1) c_u_KvLinks(P_DC_t2_p3_c1_b1)_ -960
     Count(P_DC_t2_p3_c1_b1) c_u_PowerBudget_ 6.8212102632969618e-13
     Count(P_DC_t2_p3_c1_b1) c_e_ShareSum(DC_prefill)_ -6.8212102632969618e-13
     Count(P_DC_t2_p4_c0_b1) Objective 3.4106051316484809e-12
     Count(P_DC_t2_p4_c0_b1) c_e_TileCountLink(P_DC_t2_p4_c0)_ -1
     Count(P_DC_t2_p4_c0_b1) c_u_SiteTotal_ 8
     Count(P_DC_t2_p4_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t2_p4_c0_b1) c_u_Capacity(P_DC_t2_p4_c0_b1)_ -7.6167819202034215
     Count(P_DC_t2_p4_c0_b1) c_u_KvLinks(P_DC_t2_p4_c0_b1)_ -1280
     Count(P_DC_t2_p4_c0_b1) c_u_PowerBudget_ 3.4106051316484809e-12
     Count(P_DC_t2_p4_c0_b1) c_e_ShareSum(DC_prefill)_ -3.4106051316484809e-12
     Count(P_DC_t4_p1_c0_b1) Objective 3.4106051316484809e-12
     Count(P_DC_t4_p1_c0_b1) c_e_TileCountLink(P_DC_t4_p1_c0)_ -1
     Count(P_DC_t4_p1_c0_b1) c_u_SiteTotal_ 4
     Count(P_DC_t4_p1_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t4_p1_c0_b1) c_u_Capacity(P_DC_t4_p1_c0_b1)_ -3.1489734937556833
     Count(P_DC_t4_p1_c0_b1) c_u_KvLinks(P_DC_t4_p1_c0_b1)_ -640
     Count(P_DC_t4_p1_c0_b1) c_u_PowerBudget_ 3.4106051316484809e-12
     Count(P_DC_t4_p1_c0_b1) c_e_ShareSum(DC_prefill)_ -3.4106051316484809e-12
     Count(P_PC_t1_p5_c0_b1) Objective 9.0949470177292824e-12
     Count(P_PC_t1_p5_c0_b1) c_e_TileCountLink(P_PC_t1_p5_c0)_ -1
     Count(P_PC_t1_p5_c0_b1) c_u_SiteTotal_ 5
     Count(P_PC_t1_p5_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_PC_t1_p5_c0_b1) c_u_Capacity(P_PC_t1_p5_c0_b1)_ -4.5816343487396907
     Count(P_PC_t1_p5_c0_b1) c_u_KvLinks(P_PC_t1_p5_c0_b1)_ -800
     Count(P_PC_t1_p5_c0_b1) c_u_PowerBudget_ 9.0949470177292824e-12
     Count(P_PC_t1_p5_c0_b1) c_e_ShareSum(PC_prefill)_ -9.0949470177292824e-12
     Count(P_PC_t1_p6_c0_b1) Objective 2.2737367544323206e-13
     Count(P_PC_t1_p6_c0_b1) c_e_TileCountLink(P_PC_t1_p6_c0)_ -1
     Count(P_PC_t1_p6_c0_b1) c_u_SiteTotal_ 6
     Count(P_PC_t1_p6_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_PC_t1_p6_c0_b1) c_u_Capacity(P_PC_t1_p6_c0_b1)_ -5.3585012017750726
     Count(P_PC_t1_p6_c0_b1) c_u_KvLinks(P_PC_t1_p6_c0_b1)_ -960
     Count(P_PC_t1_p6_c0_b1) c_u_PowerBudget_ 2.2737367544323206e-13
     Count(P_PC_t1_p6_c0_b1) c_e_ShareSum(PC_prefill)_ -2.2737367544323206e-13
     Count(P_PC_t1_p8_c0_b1) Objective 9.0949470177292824e-13
     Count(P_PC_t1_p8_c0_b1) c_e_TileCountLink(P_PC_t1_p8_c0)_ -1
     Count(P_PC_t1_p8_c0_b1) c_u_SiteTotal_ 8
     Count(P_PC_t1_p8_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_PC_t1_p8_c0_b1) c_u_Capacity(P_PC_t1_p8_c0_b1)_ -7.8471673869353422
     Count(P_PC_t1_p8_c0_b1) c_u_KvLinks(P_PC_t1_p8_c0_b1)_ -1280
     Count(P_PC_t1_p8_c0_b1) c_u_PowerBudget_ 9.0949470177292824e-13
     Count(P_PC_t1_p8_c0_b1) c_e_ShareSum(PC_prefill)_ -9.0949470177292824e-13
     Count(P_PC_t2_p3_c0_b1) Objective 6.8212102632969618e-13
     Count(P_PC_t2_p3_c0_b1) c_e_TileCountLink(P_PC_t2_p3_c0)_ -1
     Count(P_PC_t2_p3_c0_b1) c_u_SiteTotal_ 6
     Count(P_PC_t2_p3_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_PC_t2_p3_c0_b1) c_u_Capacity(P_PC_t2_p3_c0_b1)_ -5.4735369101112159
     Count(P_PC_t2_p3_c0_b1) c_u_KvLinks(P_PC_t2_p3_c0_b1)_ -960
     Count(P_PC_t2_p3_c0_b1) c_u_PowerBudget_ 6.8212102632969618e-13
     Count(P_PC_t2_p3_c0_b1) c_e_ShareSum(PC_prefill)_ -6.8212102632969618e-13
     Count(P_PC_t2_p3_c1_b1) Objective 6.8212102632969618e-13
     Count(P_PC_t2_p3_c1_b1) c_e_TileCountLink(P_PC_t2_p3_c1)_ -1
     Count(P_PC_t2_p3_c1_b1) c_u_SiteTotal_ 6
     Count(P_PC_t2_p3_c1_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_PC_t2_p3_c1_b1) c_u_Capacity(P_PC_t2_p3_c1_b1)_ -5.4703754653755388
     Count(P_PC_t2_p3_c1_b1) c_u_KvLinks(P_PC_t2_p3_c1_b1)_ -960
     Count(P_PC_t2_p3_c1_b1) c_u_PowerBudget_ 6.8212102632969618e-13
     Count(P_PC_t2_p3_c1_b1) c_e_ShareSum(PC_prefill)_ -6.8212102632969618e-13
     Count(P_PC_t2_p4_c0_b1) Objective 1.0686562745831907e-11
     Count(P_PC_t2_p4_c0_b1) c_e_TileCountLink(P_PC_t2_p4_c0)_ -1
     Count(P_PC_t2_p4_c0_b1) c_u_SiteTotal_ 8
     Count(P_PC_t2_p4_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_PC_t2_p4_c0_b1) c_u_Capacity(P_PC_t2_p4_c0_b1)_ -7.6167071904642061
     Count(P_PC_t2_p4_c0_b1) c_u_KvLinks(P_PC_t2_p4_c0_b1)_ -1280
     Count(P_PC_t2_p4_c0_b1) c_u_PowerBudget_ 1.0686562745831907e-11
     Count(P_PC_t2_p4_c0_b1) c_e_ShareSum(PC_prefill)_ -1.0686562745831907e-11
     Count(P_PC_t4_p2_c0_b1) Objective 1.1368683772161603e-12
     Count(P_PC_t4_p2_c0_b1) c_e_TileCountLink(P_PC_t4_p2_c0)_ -1
     Count(P_PC_t4_p2_c0_b1) c_u_SiteTotal_ 8
     Count(P_PC_t4_p2_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_PC_t4_p2_c0_b1) c_u_Capacity(P_PC_t4_p2_c0_b1)_ -6.8610538669192982
     Count(P_PC_t4_p2_c0_b1) c_u_KvLinks(P_PC_t4_p2_c0_b1)_ -1280
     Count(P_PC_t4_p2_c0_b1) c_u_PowerBudget_ 1.1368683772161603e-12
     Count(P_PC_t4_p2_c0_b1) c_e_ShareSum(PC_prefill)_ -1.1368683772161603e-12
     Flow(D_DC_t1_p3_c0_b16) Objective 2.8095248515945932
     Flow(D_DC_t1_p3_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p3_c0_b16) c_u_Capacity(D_DC_t1_p3_c0_b16)_ 1
     Flow(D_DC_t1_p3_c0_b16) c_u_KvLinks(D_DC_t1_p3_c0_b16)_ 0.67862528
     Flow(D_DC_t1_p3_c0_b16) c_u_PowerBudget_ 2.8095248515945932
     Flow(D_DC_t1_p3_c0_b16) c_e_ShareSum(DC_decode)_ -2.8095248515945932
     Flow(D_DC_t1_p3_c0_b2) Objective 22.010457246472807
     Flow(D_DC_t1_p3_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p3_c0_b2) c_u_Capacity(D_DC_t1_p3_c0_b2)_ 1
     Flow(D_DC_t1_p3_c0_b2) c_u_KvLinks(D_DC_t1_p3_c0_b2)_ 0.67862528
     Flow(D_DC_t1_p3_c0_b2) c_u_PowerBudget_ 22.010457246472807
     Flow(D_DC_t1_p3_c0_b2) c_e_ShareSum(DC_decode)_ -22.010457246472807
     Flow(D_DC_t1_p3_c0_b32) Objective 2.8313421719801988
     Flow(D_DC_t1_p3_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p3_c0_b32) c_u_Capacity(D_DC_t1_p3_c0_b32)_ 1
     Flow(D_DC_t1_p3_c0_b32) c_u_KvLinks(D_DC_t1_p3_c0_b32)_ 0.67862528
     Flow(D_DC_t1_p3_c0_b32) c_u_PowerBudget_ 2.8313421719801988
     Flow(D_DC_t1_p3_c0_b32) c_e_ShareSum(DC_decode)_ -2.8313421719801988
     Flow(D_DC_t1_p3_c0_b4) Objective 11.942443325096223
     Flow(D_DC_t1_p3_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p3_c0_b4) c_u_Capacity(D_DC_t1_p3_c0_b4)_ 1
     Flow(D_DC_t1_p3_c0_b4) c_u_KvLinks(D_DC_t1_p3_c0_b4)_ 0.67862528
     Flow(D_DC_t1_p3_c0_b4) c_u_PowerBudget_ 11.942443325096223
     Flow(D_DC_t1_p3_c0_b4) c_e_ShareSum(DC_decode)_ -11.942443325096223
     Flow(D_DC_t1_p3_c0_b64) Objective 0.66766921923857125
     Flow(D_DC_t1_p3_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p3_c0_b64) c_u_Capacity(D_DC_t1_p3_c0_b64)_ 1
     Flow(D_DC_t1_p3_c0_b64) c_u_KvLinks(D_DC_t1_p3_c0_b64)_ 0.67862528
     Flow(D_DC_t1_p3_c0_b64) c_u_PowerBudget_ 0.66766921923857125
     Flow(D_DC_t1_p3_c0_b64) c_e_ShareSum(DC_decode)_ -0.66766921923857125
     Flow(D_DC_t1_p3_c0_b8) Objective 3.2802519864343247
     Flow(D_DC_t1_p3_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p3_c0_b8) c_u_Capacity(D_DC_t1_p3_c0_b8)_ 1
     Flow(D_DC_t1_p3_c0_b8) c_u_KvLinks(D_DC_t1_p3_c0_b8)_ 0.67862528
     Flow(D_DC_t1_p3_c0_b8) c_u_PowerBudget_ 3.2802519864343247
     Flow(D_DC_t1_p3_c0_b8) c_e_ShareSum(DC_decode)_ -3.2802519864343247
     Flow(D_DC_t1_p4_c0_b1) Objective 22.010453061978019
     Flow(D_DC_t1_p4_c0_b1) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p4_c0_b1) c_u_Capacity(D_DC_t1_p4_c0_b1)_ 1
     Flow(D_DC_t1_p4_c0_b1) c_u_KvLinks(D_DC_t1_p4_c0_b1)_ 0.67862528
     Flow(D_DC_t1_p4_c0_b1) c_u_PowerBudget_ 22.010453061978019
     Flow(D_DC_t1_p4_c0_b1) c_e_ShareSum(DC_decode)_ -22.010453061978019
     Flow(D_DC_t1_p4_c0_b16) Objective 2.8667030855336333
     Flow(D_DC_t1_p4_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p4_c0_b16) c_u_Capacity(D_DC_t1_p4_c0_b16)_ 1
     Flow(D_DC_t1_p4_c0_b16) c_u_KvLinks(D_DC_t1_p4_c0_b16)_ 0.67862528
     Flow(D_DC_t1_p4_c0_b16) c_u_PowerBudget_ 2.8667030855336333
     Flow(D_DC_t1_p4_c0_b16) c_e_ShareSum(DC_decode)_ -2.8667030855336333
     Flow(D_DC_t1_p4_c0_b2) Objective 22.010453061977824
     Flow(D_DC_t1_p4_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p4_c0_b2) c_u_Capacity(D_DC_t1_p4_c0_b2)_ 1
     Flow(D_DC_t1_p4_c0_b2) c_u_KvLinks(D_DC_t1_p4_c0_b2)_ 0.67862528
     Flow(D_DC_t1_p4_c0_b2) c_u_PowerBudget_ 22.010453061977824
     Flow(D_DC_t1_p4_c0_b2) c_e_ShareSum(DC_decode)_ -22.010453061977824
     Flow(D_DC_t1_p4_c0_b32) Objective 2.8331877508434915
     Flow(D_DC_t1_p4_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p4_c0_b32) c_u_Capacity(D_DC_t1_p4_c0_b32)_ 1
     Flow(D_DC_t1_p4_c0_b32) c_u_KvLinks(D_DC_t1_p4_c0_b32)_ 0.67862528
     Flow(D_DC_t1_p4_c0_b32) c_u_PowerBudget_ 2.8331877508434915
     Flow(D_DC_t1_p4_c0_b32) c_e_ShareSum(DC_decode)_ -2.8331877508434915
     Flow(D_DC_t1_p4_c0_b4) Objective 21.977571446148797
     Flow(D_DC_t1_p4_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p4_c0_b4) c_u_Capacity(D_DC_t1_p4_c0_b4)_ 1
     Flow(D_DC_t1_p4_c0_b4) c_u_KvLinks(D_DC_t1_p4_c0_b4)_ 0.67862528
     Flow(D_DC_t1_p4_c0_b4) c_u_PowerBudget_ 21.977571446148797
     Flow(D_DC_t1_p4_c0_b4) c_e_ShareSum(DC_decode)_ -21.977571446148797
     Flow(D_DC_t1_p4_c0_b64) Objective 2.6696463099338428
     Flow(D_DC_t1_p4_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p4_c0_b64) c_u_Capacity(D_DC_t1_p4_c0_b64)_ 1
     Flow(D_DC_t1_p4_c0_b64) c_u_KvLinks(D_DC_t1_p4_c0_b64)_ 0.67862528
     Flow(D_DC_t1_p4_c0_b64) c_u_PowerBudget_ 2.6696463099338428
     Flow(D_DC_t1_p4_c0_b64) c_e_ShareSum(DC_decode)_ -2.6696463099338428
     Flow(D_DC_t1_p4_c0_b8) Objective 4.2231086866428953
     Flow(D_DC_t1_p4_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p4_c0_b8) c_u_Capacity(D_DC_t1_p4_c0_b8)_ 1
     Flow(D_DC_t1_p4_c0_b8) c_u_KvLinks(D_DC_t1_p4_c0_b8)_ 0.67862528
     Flow(D_DC_t1_p4_c0_b8) c_u_PowerBudget_ 4.2231086866428953
     Flow(D_DC_t1_p4_c0_b8) c_e_ShareSum(DC_decode)_ -4.2231086866428953
     Flow(D_DC_t1_p5_c0_b16) Objective 2.7871744646812568
     Flow(D_DC_t1_p5_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p5_c0_b16) c_u_Capacity(D_DC_t1_p5_c0_b16)_ 1
     Flow(D_DC_t1_p5_c0_b16) c_u_KvLinks(D_DC_t1_p5_c0_b16)_ 0.67862528
     Flow(D_DC_t1_p5_c0_b16) c_u_PowerBudget_ 2.7871744646812568
     Flow(D_DC_t1_p5_c0_b16) c_e_ShareSum(DC_decode)_ -2.7871744646812568
     Flow(D_DC_t1_p5_c0_b2) Objective 22.010448877643569
     Flow(D_DC_t1_p5_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p5_c0_b2) c_u_Capacity(D_DC_t1_p5_c0_b2)_ 1
     Flow(D_DC_t1_p5_c0_b2) c_u_KvLinks(D_DC_t1_p5_c0_b2)_ 0.67862528
     Flow(D_DC_t1_p5_c0_b2) c_u_PowerBudget_ 22.010448877643569
     Flow(D_DC_t1_p5_c0_b2) c_e_ShareSum(DC_decode)_ -22.010448877643569
     Flow(D_DC_t1_p5_c0_b32) Objective 2.8094273876157301
     Flow(D_DC_t1_p5_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p5_c0_b32) c_u_Capacity(D_DC_t1_p5_c0_b32)_ 1
     Flow(D_DC_t1_p5_c0_b32) c_u_KvLinks(D_DC_t1_p5_c0_b32)_ 0.67862528
     Flow(D_DC_t1_p5_c0_b32) c_u_PowerBudget_ 2.8094273876157301
     Flow(D_DC_t1_p5_c0_b32) c_e_ShareSum(DC_decode)_ -2.8094273876157301
     Flow(D_DC_t1_p5_c0_b4) Objective 22.010448877643515
     Flow(D_DC_t1_p5_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p5_c0_b4) c_u_Capacity(D_DC_t1_p5_c0_b4)_ 1
     Flow(D_DC_t1_p5_c0_b4) c_u_KvLinks(D_DC_t1_p5_c0_b4)_ 0.67862528
     Flow(D_DC_t1_p5_c0_b4) c_u_PowerBudget_ 22.010448877643515
     Flow(D_DC_t1_p5_c0_b4) c_e_ShareSum(DC_decode)_ -22.010448877643515
     Flow(D_DC_t1_p5_c0_b64) Objective 2.8253323706074616
     Flow(D_DC_t1_p5_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p5_c0_b64) c_u_Capacity(D_DC_t1_p5_c0_b64)_ 1
     Flow(D_DC_t1_p5_c0_b64) c_u_KvLinks(D_DC_t1_p5_c0_b64)_ 0.67862528
     Flow(D_DC_t1_p5_c0_b64) c_u_PowerBudget_ 2.8253323706074616
     Flow(D_DC_t1_p5_c0_b64) c_e_ShareSum(DC_decode)_ -2.8253323706074616
     Flow(D_DC_t1_p5_c0_b8) Objective 6.1042445896998032
     Flow(D_DC_t1_p5_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p5_c0_b8) c_u_Capacity(D_DC_t1_p5_c0_b8)_ 1
     Flow(D_DC_t1_p5_c0_b8) c_u_KvLinks(D_DC_t1_p5_c0_b8)_ 0.67862528
     Flow(D_DC_t1_p5_c0_b8) c_u_PowerBudget_ 6.1042445896998032
     Flow(D_DC_t1_p5_c0_b8) c_e_ShareSum(DC_decode)_ -6.1042445896998032
     Flow(D_DC_t1_p6_c0_b16) Objective 2.8940093801006901
     Flow(D_DC_t1_p6_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p6_c0_b16) c_u_Capacity(D_DC_t1_p6_c0_b16)_ 1
     Flow(D_DC_t1_p6_c0_b16) c_u_KvLinks(D_DC_t1_p6_c0_b16)_ 0.67862528
     Flow(D_DC_t1_p6_c0_b16) c_u_PowerBudget_ 2.8940093801006901
     Flow(D_DC_t1_p6_c0_b16) c_e_ShareSum(DC_decode)_ -2.8940093801006901
     Flow(D_DC_t1_p6_c0_b32) Objective 2.8019024669410806
     Flow(D_DC_t1_p6_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p6_c0_b32) c_u_Capacity(D_DC_t1_p6_c0_b32)_ 1
     Flow(D_DC_t1_p6_c0_b32) c_u_KvLinks(D_DC_t1_p6_c0_b32)_ 0.67862528
     Flow(D_DC_t1_p6_c0_b32) c_u_PowerBudget_ 2.8019024669410806
     Flow(D_DC_t1_p6_c0_b32) c_e_ShareSum(DC_decode)_ -2.8019024669410806
     Flow(D_DC_t1_p6_c0_b4) Objective 22.010444693469488
     Flow(D_DC_t1_p6_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p6_c0_b4) c_u_Capacity(D_DC_t1_p6_c0_b4)_ 1
     Flow(D_DC_t1_p6_c0_b4) c_u_KvLinks(D_DC_t1_p6_c0_b4)_ 0.67862528
     Flow(D_DC_t1_p6_c0_b4) c_u_PowerBudget_ 22.010444693469488
     Flow(D_DC_t1_p6_c0_b4) c_e_ShareSum(DC_decode)_ -22.010444693469488
     Flow(D_DC_t1_p6_c0_b64) Objective 2.8254254186303687
     Flow(D_DC_t1_p6_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p6_c0_b64) c_u_Capacity(D_DC_t1_p6_c0_b64)_ 1
     Flow(D_DC_t1_p6_c0_b64) c_u_KvLinks(D_DC_t1_p6_c0_b64)_ 0.67862528
     Flow(D_DC_t1_p6_c0_b64) c_u_PowerBudget_ 2.8254254186303687
     Flow(D_DC_t1_p6_c0_b64) c_e_ShareSum(DC_decode)_ -2.8254254186303687
     Flow(D_DC_t1_p6_c0_b8) Objective 9.5671562639779975
     Flow(D_DC_t1_p6_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p6_c0_b8) c_u_Capacity(D_DC_t1_p6_c0_b8)_ 1
     Flow(D_DC_t1_p6_c0_b8) c_u_KvLinks(D_DC_t1_p6_c0_b8)_ 0.67862528
     Flow(D_DC_t1_p6_c0_b8) c_u_PowerBudget_ 9.5671562639779975
     Flow(D_DC_t1_p6_c0_b8) c_e_ShareSum(DC_decode)_ -9.5671562639779975
     Flow(D_DC_t1_p8_c0_b32) Objective 2.8484512654229905
     Flow(D_DC_t1_p8_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p8_c0_b32) c_u_Capacity(D_DC_t1_p8_c0_b32)_ 1
     Flow(D_DC_t1_p8_c0_b32) c_u_KvLinks(D_DC_t1_p8_c0_b32)_ 0.67862528
     Flow(D_DC_t1_p8_c0_b32) c_u_PowerBudget_ 2.8484512654229905
     Flow(D_DC_t1_p8_c0_b32) c_e_ShareSum(DC_decode)_ -2.8484512654229905
     Flow(D_DC_t1_p8_c0_b4) Objective 22.010436325602338
     Flow(D_DC_t1_p8_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p8_c0_b4) c_u_Capacity(D_DC_t1_p8_c0_b4)_ 1
     Flow(D_DC_t1_p8_c0_b4) c_u_KvLinks(D_DC_t1_p8_c0_b4)_ 0.67862528
     Flow(D_DC_t1_p8_c0_b4) c_u_PowerBudget_ 22.010436325602338
     Flow(D_DC_t1_p8_c0_b4) c_e_ShareSum(DC_decode)_ -22.010436325602338
     Flow(D_DC_t1_p8_c0_b64) Objective 2.8286295662751471
     Flow(D_DC_t1_p8_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p8_c0_b64) c_u_Capacity(D_DC_t1_p8_c0_b64)_ 1
     Flow(D_DC_t1_p8_c0_b64) c_u_KvLinks(D_DC_t1_p8_c0_b64)_ 0.67862528
     Flow(D_DC_t1_p8_c0_b64) c_u_PowerBudget_ 2.8286295662751471
     Flow(D_DC_t1_p8_c0_b64) c_e_ShareSum(DC_decode)_ -2.8286295662751471
     Flow(D_DC_t1_p8_c0_b8) Objective 21.89661287430291
     Flow(D_DC_t1_p8_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p8_c0_b8) c_u_Capacity(D_DC_t1_p8_c0_b8)_ 1
     Flow(D_DC_t1_p8_c0_b8) c_u_KvLinks(D_DC_t1_p8_c0_b8)_ 0.67862528
     Flow(D_DC_t1_p8_c0_b8) c_u_PowerBudget_ 21.89661287430291
     Flow(D_DC_t1_p8_c0_b8) c_e_ShareSum(DC_decode)_ -21.89661287430291
     Flow(D_DC_t2_p2_c0_b1) Objective 22.469834672375598
     Flow(D_DC_t2_p2_c0_b1) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c0_b1) c_u_Capacity(D_DC_t2_p2_c0_b1)_ 1
     Flow(D_DC_t2_p2_c0_b1) c_u_KvLinks(D_DC_t2_p2_c0_b1)_ 0.67862528
     Flow(D_DC_t2_p2_c0_b1) c_u_PowerBudget_ 22.469834672375598
     Flow(D_DC_t2_p2_c0_b1) c_e_ShareSum(DC_decode)_ -22.469834672375598
     Flow(D_DC_t2_p2_c0_b128) Objective -3.0545804313907228
     Flow(D_DC_t2_p2_c0_b128) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c0_b128) c_u_Capacity(D_DC_t2_p2_c0_b128)_ 1
     Flow(D_DC_t2_p2_c0_b128) c_u_KvLinks(D_DC_t2_p2_c0_b128)_ 0.67862528
     Flow(D_DC_t2_p2_c0_b128) c_u_PowerBudget_ -3.0545804313907228
     Flow(D_DC_t2_p2_c0_b128) c_e_ShareSum(DC_decode)_ 3.0545804313907228
     Flow(D_DC_t2_p2_c0_b2) Objective 22.456854383644181
     Flow(D_DC_t2_p2_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c0_b2) c_u_Capacity(D_DC_t2_p2_c0_b2)_ 1
     Flow(D_DC_t2_p2_c0_b2) c_u_KvLinks(D_DC_t2_p2_c0_b2)_ 0.67862528
     Flow(D_DC_t2_p2_c0_b2) c_u_PowerBudget_ 22.456854383644181
     Flow(D_DC_t2_p2_c0_b2) c_e_ShareSum(DC_decode)_ -22.456854383644181
     Flow(D_DC_t2_p2_c0_b32) Objective 2.6291132122046958
     Flow(D_DC_t2_p2_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c0_b32) c_u_Capacity(D_DC_t2_p2_c0_b32)_ 1
     Flow(D_DC_t2_p2_c0_b32) c_u_KvLinks(D_DC_t2_p2_c0_b32)_ 0.67862528
     Flow(D_DC_t2_p2_c0_b32) c_u_PowerBudget_ 2.6291132122046958
     Flow(D_DC_t2_p2_c0_b32) c_e_ShareSum(DC_decode)_ -2.6291132122046958
     Flow(D_DC_t2_p2_c0_b4) Objective 6.0737162099534459
     Flow(D_DC_t2_p2_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c0_b4) c_u_Capacity(D_DC_t2_p2_c0_b4)_ 1
     Flow(D_DC_t2_p2_c0_b4) c_u_KvLinks(D_DC_t2_p2_c0_b4)_ 0.67862528
     Flow(D_DC_t2_p2_c0_b4) c_u_PowerBudget_ 6.0737162099534459
     Flow(D_DC_t2_p2_c0_b4) c_e_ShareSum(DC_decode)_ -6.0737162099534459
     Flow(D_DC_t2_p2_c0_b64) Objective -1.437842633158092
     Flow(D_DC_t2_p2_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c0_b64) c_u_Capacity(D_DC_t2_p2_c0_b64)_ 1
     Flow(D_DC_t2_p2_c0_b64) c_u_KvLinks(D_DC_t2_p2_c0_b64)_ 0.67862528
     Flow(D_DC_t2_p2_c0_b64) c_u_PowerBudget_ -1.437842633158092
     Flow(D_DC_t2_p2_c0_b64) c_e_ShareSum(DC_decode)_ 1.437842633158092
     Flow(D_DC_t2_p2_c1_b1) Objective 22.469821038433263
     Flow(D_DC_t2_p2_c1_b1) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c1_b1) c_u_Capacity(D_DC_t2_p2_c1_b1)_ 1
     Flow(D_DC_t2_p2_c1_b1) c_u_KvLinks(D_DC_t2_p2_c1_b1)_ 0.67862528
     Flow(D_DC_t2_p2_c1_b1) c_u_PowerBudget_ 22.469821038433263
     Flow(D_DC_t2_p2_c1_b1) c_e_ShareSum(DC_decode)_ -22.469821038433263
     Flow(D_DC_t2_p2_c1_b128) Objective -3.0548122428552777
     Flow(D_DC_t2_p2_c1_b128) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c1_b128) c_u_Capacity(D_DC_t2_p2_c1_b128)_ 1
     Flow(D_DC_t2_p2_c1_b128) c_u_KvLinks(D_DC_t2_p2_c1_b128)_ 0.67862528
     Flow(D_DC_t2_p2_c1_b128) c_u_PowerBudget_ -3.0548122428552777
     Flow(D_DC_t2_p2_c1_b128) c_e_ShareSum(DC_decode)_ 3.0548122428552777
     Flow(D_DC_t2_p2_c1_b2) Objective 22.4568186021976
     Flow(D_DC_t2_p2_c1_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c1_b2) c_u_Capacity(D_DC_t2_p2_c1_b2)_ 1
     Flow(D_DC_t2_p2_c1_b2) c_u_KvLinks(D_DC_t2_p2_c1_b2)_ 0.67862528
     Flow(D_DC_t2_p2_c1_b2) c_u_PowerBudget_ 22.4568186021976
     Flow(D_DC_t2_p2_c1_b2) c_e_ShareSum(DC_decode)_ -22.4568186021976
     Flow(D_DC_t2_p2_c1_b32) Objective 2.6285955088546968
     Flow(D_DC_t2_p2_c1_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c1_b32) c_u_Capacity(D_DC_t2_p2_c1_b32)_ 1
     Flow(D_DC_t2_p2_c1_b32) c_u_KvLinks(D_DC_t2_p2_c1_b32)_ 0.67862528
     Flow(D_DC_t2_p2_c1_b32) c_u_PowerBudget_ 2.6285955088546968
     Flow(D_DC_t2_p2_c1_b32) c_e_ShareSum(DC_decode)_ -2.6285955088546968
     Flow(D_DC_t2_p2_c1_b4) Objective 6.0735600219180252
     Flow(D_DC_t2_p2_c1_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c1_b4) c_u_Capacity(D_DC_t2_p2_c1_b4)_ 1
     Flow(D_DC_t2_p2_c1_b4) c_u_KvLinks(D_DC_t2_p2_c1_b4)_ 0.67862528
     Flow(D_DC_t2_p2_c1_b4) c_u_PowerBudget_ 6.0735600219180252
     Flow(D_DC_t2_p2_c1_b4) c_e_ShareSum(DC_decode)_ -6.0735600219180252
     Flow(D_DC_t2_p2_c1_b64) Objective -1.4381986741845385
     Flow(D_DC_t2_p2_c1_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c1_b64) c_u_Capacity(D_DC_t2_p2_c1_b64)_ 1
     Flow(D_DC_t2_p2_c1_b64) c_u_KvLinks(D_DC_t2_p2_c1_b64)_ 0.67862528
     Flow(D_DC_t2_p2_c1_b64) c_u_PowerBudget_ -1.4381986741845385
     Flow(D_DC_t2_p2_c1_b64) c_e_ShareSum(DC_decode)_ 1.4381986741845385
     Flow(D_DC_t2_p3_c0_b4) Objective 12.156336516461486
     Flow(D_DC_t2_p3_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p3_c0_b4) c_u_Capacity(D_DC_t2_p3_c0_b4)_ 1
     Flow(D_DC_t2_p3_c0_b4) c_u_KvLinks(D_DC_t2_p3_c0_b4)_ 0.67862528
     Flow(D_DC_t2_p3_c0_b4) c_u_PowerBudget_ 12.156336516461486
     Flow(D_DC_t2_p3_c0_b4) c_e_ShareSum(DC_decode)_ -12.156336516461486
     Flow(D_DC_t2_p3_c0_b8) Objective 3.2857931684711947
     Flow(D_DC_t2_p3_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p3_c0_b8) c_u_Capacity(D_DC_t2_p3_c0_b8)_ 1
     Flow(D_DC_t2_p3_c0_b8) c_u_KvLinks(D_DC_t2_p3_c0_b8)_ 0.67862528
     Flow(D_DC_t2_p3_c0_b8) c_u_PowerBudget_ 3.2857931684711947
     Flow(D_DC_t2_p3_c0_b8) c_e_ShareSum(DC_decode)_ -3.2857931684711947
     Flow(D_DC_t2_p3_c1_b4) Objective 12.156433201335023
     Flow(D_DC_t2_p3_c1_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p3_c1_b4) c_u_Capacity(D_DC_t2_p3_c1_b4)_ 1
     Flow(D_DC_t2_p3_c1_b4) c_u_KvLinks(D_DC_t2_p3_c1_b4)_ 0.67862528
     Flow(D_DC_t2_p3_c1_b4) c_u_PowerBudget_ 12.156433201335023
     Flow(D_DC_t2_p3_c1_b4) c_e_ShareSum(DC_decode)_ -12.156433201335023
     Flow(D_DC_t2_p3_c1_b8) Objective 3.2858115266087005
     Flow(D_DC_t2_p3_c1_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p3_c1_b8) c_u_Capacity(D_DC_t2_p3_c1_b8)_ 1
     Flow(D_DC_t2_p3_c1_b8) c_u_KvLinks(D_DC_t2_p3_c1_b8)_ 0.67862528
     Flow(D_DC_t2_p3_c1_b8) c_u_PowerBudget_ 3.2858115266087005
     Flow(D_DC_t2_p3_c1_b8) c_e_ShareSum(DC_decode)_ -3.2858115266087005
     Flow(D_DC_t2_p4_c0_b32) Objective 2.8100433472498607
     Flow(D_DC_t2_p4_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p4_c0_b32) c_u_Capacity(D_DC_t2_p4_c0_b32)_ 1
     Flow(D_DC_t2_p4_c0_b32) c_u_KvLinks(D_DC_t2_p4_c0_b32)_ 0.67862528
     Flow(D_DC_t2_p4_c0_b32) c_u_PowerBudget_ 2.8100433472498607
     Flow(D_DC_t2_p4_c0_b32) c_e_ShareSum(DC_decode)_ -2.8100433472498607
     Flow(D_DC_t2_p4_c0_b4) Objective 22.404169921307332
     Flow(D_DC_t2_p4_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p4_c0_b4) c_u_Capacity(D_DC_t2_p4_c0_b4)_ 1
     Flow(D_DC_t2_p4_c0_b4) c_u_KvLinks(D_DC_t2_p4_c0_b4)_ 0.67862528
     Flow(D_DC_t2_p4_c0_b4) c_u_PowerBudget_ 22.404169921307332
     Flow(D_DC_t2_p4_c0_b4) c_e_ShareSum(DC_decode)_ -22.404169921307332
     Flow(D_DC_t2_p4_c0_b8) Objective 4.2874986536928734
     Flow(D_DC_t2_p4_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p4_c0_b8) c_u_Capacity(D_DC_t2_p4_c0_b8)_ 1
     Flow(D_DC_t2_p4_c0_b8) c_u_KvLinks(D_DC_t2_p4_c0_b8)_ 0.67862528
     Flow(D_DC_t2_p4_c0_b8) c_u_PowerBudget_ 4.2874986536928734
     Flow(D_DC_t2_p4_c0_b8) c_e_ShareSum(DC_decode)_ -4.2874986536928734
     Flow(D_DC_t4_p1_c0_b1) Objective 23.373916747976757
     Flow(D_DC_t4_p1_c0_b1) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c0_b1) c_u_Capacity(D_DC_t4_p1_c0_b1)_ 1
     Flow(D_DC_t4_p1_c0_b1) c_u_KvLinks(D_DC_t4_p1_c0_b1)_ 0.67862528
     Flow(D_DC_t4_p1_c0_b1) c_u_PowerBudget_ 23.373916747976757
     Flow(D_DC_t4_p1_c0_b1) c_e_ShareSum(DC_decode)_ -23.373916747976757
     Flow(D_DC_t4_p1_c0_b128) Objective -3.9555221898070019
     Flow(D_DC_t4_p1_c0_b128) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c0_b128) c_u_Capacity(D_DC_t4_p1_c0_b128)_ 1
     Flow(D_DC_t4_p1_c0_b128) c_u_KvLinks(D_DC_t4_p1_c0_b128)_ 0.67862528
     Flow(D_DC_t4_p1_c0_b128) c_u_PowerBudget_ -3.9555221898070019
     Flow(D_DC_t4_p1_c0_b128) c_e_ShareSum(DC_decode)_ 3.9555221898070019
     Flow(D_DC_t4_p1_c0_b16) Objective 2.4998163645672875
     Flow(D_DC_t4_p1_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c0_b16) c_u_Capacity(D_DC_t4_p1_c0_b16)_ 1
     Flow(D_DC_t4_p1_c0_b16) c_u_KvLinks(D_DC_t4_p1_c0_b16)_ 0.67862528
     Flow(D_DC_t4_p1_c0_b16) c_u_PowerBudget_ 2.4998163645672875
     Flow(D_DC_t4_p1_c0_b16) c_e_ShareSum(DC_decode)_ -2.4998163645672875
     Flow(D_DC_t4_p1_c0_b2) Objective 8.4124135525258303
     Flow(D_DC_t4_p1_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c0_b2) c_u_Capacity(D_DC_t4_p1_c0_b2)_ 1
     Flow(D_DC_t4_p1_c0_b2) c_u_KvLinks(D_DC_t4_p1_c0_b2)_ 0.67862528
     Flow(D_DC_t4_p1_c0_b2) c_u_PowerBudget_ 8.4124135525258303
     Flow(D_DC_t4_p1_c0_b2) c_e_ShareSum(DC_decode)_ -8.4124135525258303
     Flow(D_DC_t4_p1_c0_b32) Objective -1.3240378063023319
     Flow(D_DC_t4_p1_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c0_b32) c_u_Capacity(D_DC_t4_p1_c0_b32)_ 1
     Flow(D_DC_t4_p1_c0_b32) c_u_KvLinks(D_DC_t4_p1_c0_b32)_ 0.67862528
     Flow(D_DC_t4_p1_c0_b32) c_u_PowerBudget_ -1.3240378063023319
     Flow(D_DC_t4_p1_c0_b32) c_e_ShareSum(DC_decode)_ 1.3240378063023319
     Flow(D_DC_t4_p1_c0_b4) Objective 3.4372600557367514
     Flow(D_DC_t4_p1_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c0_b4) c_u_Capacity(D_DC_t4_p1_c0_b4)_ 1
     Flow(D_DC_t4_p1_c0_b4) c_u_KvLinks(D_DC_t4_p1_c0_b4)_ 0.67862528
     Flow(D_DC_t4_p1_c0_b4) c_u_PowerBudget_ 3.4372600557367514
     Flow(D_DC_t4_p1_c0_b4) c_e_ShareSum(DC_decode)_ -3.4372600557367514
     Flow(D_DC_t4_p1_c0_b64) Objective -3.1969953514569545
     Flow(D_DC_t4_p1_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c0_b64) c_u_Capacity(D_DC_t4_p1_c0_b64)_ 1
     Flow(D_DC_t4_p1_c0_b64) c_u_KvLinks(D_DC_t4_p1_c0_b64)_ 0.67862528
     Flow(D_DC_t4_p1_c0_b64) c_u_PowerBudget_ -3.1969953514569545
     Flow(D_DC_t4_p1_c0_b64) c_e_ShareSum(DC_decode)_ 3.1969953514569545
     Flow(D_DC_t4_p1_c1_b1) Objective 23.367416600003978
     Flow(D_DC_t4_p1_c1_b1) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c1_b1) c_u_Capacity(D_DC_t4_p1_c1_b1)_ 1
     Flow(D_DC_t4_p1_c1_b1) c_u_KvLinks(D_DC_t4_p1_c1_b1)_ 0.67862528
     Flow(D_DC_t4_p1_c1_b1) c_u_PowerBudget_ 23.367416600003978
     Flow(D_DC_t4_p1_c1_b1) c_e_ShareSum(DC_decode)_ -23.367416600003978
     Flow(D_DC_t4_p1_c1_b128) Objective -3.9489512518970957
     Flow(D_DC_t4_p1_c1_b128) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c1_b128) c_u_Capacity(D_DC_t4_p1_c1_b128)_ 1
     Flow(D_DC_t4_p1_c1_b128) c_u_KvLinks(D_DC_t4_p1_c1_b128)_ 0.67862528
     Flow(D_DC_t4_p1_c1_b128) c_u_PowerBudget_ -3.9489512518970957
     Flow(D_DC_t4_p1_c1_b128) c_e_ShareSum(DC_decode)_ 3.9489512518970957
     Flow(D_DC_t4_p1_c1_b16) Objective 2.5064427374112213
     Flow(D_DC_t4_p1_c1_b16) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c1_b16) c_u_Capacity(D_DC_t4_p1_c1_b16)_ 1
     Flow(D_DC_t4_p1_c1_b16) c_u_KvLinks(D_DC_t4_p1_c1_b16)_ 0.67862528
     Flow(D_DC_t4_p1_c1_b16) c_u_PowerBudget_ 2.5064427374112213
     Flow(D_DC_t4_p1_c1_b16) c_e_ShareSum(DC_decode)_ -2.5064427374112213
     Flow(D_DC_t4_p1_c1_b2) Objective 8.4132083516769072
     Flow(D_DC_t4_p1_c1_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c1_b2) c_u_Capacity(D_DC_t4_p1_c1_b2)_ 1
     Flow(D_DC_t4_p1_c1_b2) c_u_KvLinks(D_DC_t4_p1_c1_b2)_ 0.67862528
     Flow(D_DC_t4_p1_c1_b2) c_u_PowerBudget_ 8.4132083516769072
     Flow(D_DC_t4_p1_c1_b2) c_e_ShareSum(DC_decode)_ -8.4132083516769072
     Flow(D_DC_t4_p1_c1_b32) Objective -1.2883162535302208
     Flow(D_DC_t4_p1_c1_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c1_b32) c_u_Capacity(D_DC_t4_p1_c1_b32)_ 1
     Flow(D_DC_t4_p1_c1_b32) c_u_KvLinks(D_DC_t4_p1_c1_b32)_ 0.67862528
     Flow(D_DC_t4_p1_c1_b32) c_u_PowerBudget_ -1.2883162535302208
     Flow(D_DC_t4_p1_c1_b32) c_e_ShareSum(DC_decode)_ 1.2883162535302208
     Flow(D_DC_t4_p1_c1_b4) Objective 3.4412581769204911
     Flow(D_DC_t4_p1_c1_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c1_b4) c_u_Capacity(D_DC_t4_p1_c1_b4)_ 1
     Flow(D_DC_t4_p1_c1_b4) c_u_KvLinks(D_DC_t4_p1_c1_b4)_ 0.67862528
     Flow(D_DC_t4_p1_c1_b4) c_u_PowerBudget_ 3.4412581769204911
     Flow(D_DC_t4_p1_c1_b4) c_e_ShareSum(DC_decode)_ -3.4412581769204911
     Flow(D_DC_t4_p1_c1_b64) Objective -3.1675046344033437
     Flow(D_DC_t4_p1_c1_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c1_b64) c_u_Capacity(D_DC_t4_p1_c1_b64)_ 1
     Flow(D_DC_t4_p1_c1_b64) c_u_KvLinks(D_DC_t4_p1_c1_b64)_ 0.67862528
     Flow(D_DC_t4_p1_c1_b64) c_u_PowerBudget_ -3.1675046344033437
     Flow(D_DC_t4_p1_c1_b64) c_e_ShareSum(DC_decode)_ 3.1675046344033437
     Flow(D_DC_t4_p1_c1_b8) Objective 2.7538032804707209
     Flow(D_DC_t4_p1_c1_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c1_b8) c_u_Capacity(D_DC_t4_p1_c1_b8)_ 1
     Flow(D_DC_t4_p1_c1_b8) c_u_KvLinks(D_DC_t4_p1_c1_b8)_ 0.67862528
     Flow(D_DC_t4_p1_c1_b8) c_u_PowerBudget_ 2.7538032804707209
     Flow(D_DC_t4_p1_c1_b8) c_e_ShareSum(DC_decode)_ -2.7538032804707209
     Flow(D_DC_t4_p2_c0_b16) Objective 2.7592852232548886
     Flow(D_DC_t4_p2_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p2_c0_b16) c_u_Capacity(D_DC_t4_p2_c0_b16)_ 1
     Flow(D_DC_t4_p2_c0_b16) c_u_KvLinks(D_DC_t4_p2_c0_b16)_ 0.67862528
     Flow(D_DC_t4_p2_c0_b16) c_u_PowerBudget_ 2.7592852232548886
     Flow(D_DC_t4_p2_c0_b16) c_e_ShareSum(DC_decode)_ -2.7592852232548886
     Flow(D_DC_t4_p2_c0_b2) Objective 23.341105561049343
     Flow(D_DC_t4_p2_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p2_c0_b2) c_u_Capacity(D_DC_t4_p2_c0_b2)_ 1
     Flow(D_DC_t4_p2_c0_b2) c_u_KvLinks(D_DC_t4_p2_c0_b2)_ 0.67862528
     Flow(D_DC_t4_p2_c0_b2) c_u_PowerBudget_ 23.341105561049343
     Flow(D_DC_t4_p2_c0_b2) c_e_ShareSum(DC_decode)_ -23.341105561049343
     Flow(D_DC_t4_p2_c0_b4) Objective 6.2651135864272476
     Flow(D_DC_t4_p2_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p2_c0_b4) c_u_Capacity(D_DC_t4_p2_c0_b4)_ 1
     Flow(D_DC_t4_p2_c0_b4) c_u_KvLinks(D_DC_t4_p2_c0_b4)_ 0.67862528
     Flow(D_DC_t4_p2_c0_b4) c_u_PowerBudget_ 6.2651135864272476
     Flow(D_DC_t4_p2_c0_b4) c_e_ShareSum(DC_decode)_ -6.2651135864272476
     Flow(D_DC_t4_p2_c0_b64) Objective -1.8097137491582502
     Flow(D_DC_t4_p2_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p2_c0_b64) c_u_Capacity(D_DC_t4_p2_c0_b64)_ 1
     Flow(D_DC_t4_p2_c0_b64) c_u_KvLinks(D_DC_t4_p2_c0_b64)_ 0.67862528
     Flow(D_DC_t4_p2_c0_b64) c_u_PowerBudget_ -1.8097137491582502
     Flow(D_DC_t4_p2_c0_b64) c_e_ShareSum(DC_decode)_ 1.8097137491582502
     Flow(D_DC_t8_p1_c0_b1) Objective 25.027160989603864
     Flow(D_DC_t8_p1_c0_b1) c_e_DecodeFlow_ 1
     Flow(D_DC_t8_p1_c0_b1) c_u_Capacity(D_DC_t8_p1_c0_b1)_ 1
     Flow(D_DC_t8_p1_c0_b1) c_u_KvLinks(D_DC_t8_p1_c0_b1)_ 0.67862528
     Flow(D_DC_t8_p1_c0_b1) c_u_PowerBudget_ 25.027160989603864
     Flow(D_DC_t8_p1_c0_b1) c_e_ShareSum(DC_decode)_ -25.027160989603864
     Flow(D_DC_t8_p1_c0_b16) Objective 2.2440343467001815
     Flow(D_DC_t8_p1_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_DC_t8_p1_c0_b16) c_u_Capacity(D_DC_t8_p1_c0_b16)_ 1
     Flow(D_DC_t8_p1_c0_b16) c_u_KvLinks(D_DC_t8_p1_c0_b16)_ 0.67862528
     Flow(D_DC_t8_p1_c0_b16) c_u_PowerBudget_ 2.2440343467001815
     Flow(D_DC_t8_p1_c0_b16) c_e_ShareSum(DC_decode)_ -2.2440343467001815
     Flow(D_DC_t8_p1_c0_b2) Objective 8.9031604865029053
     Flow(D_DC_t8_p1_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t8_p1_c0_b2) c_u_Capacity(D_DC_t8_p1_c0_b2)_ 1
     Flow(D_DC_t8_p1_c0_b2) c_u_KvLinks(D_DC_t8_p1_c0_b2)_ 0.67862528
     Flow(D_DC_t8_p1_c0_b2) c_u_PowerBudget_ 8.9031604865029053
     Flow(D_DC_t8_p1_c0_b2) c_e_ShareSum(DC_decode)_ -8.9031604865029053
     Flow(D_DC_t8_p1_c0_b4) Objective 3.4202022693990686
     Flow(D_DC_t8_p1_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t8_p1_c0_b4) c_u_Capacity(D_DC_t8_p1_c0_b4)_ 1
     Flow(D_DC_t8_p1_c0_b4) c_u_KvLinks(D_DC_t8_p1_c0_b4)_ 0.67862528
     Flow(D_DC_t8_p1_c0_b4) c_u_PowerBudget_ 3.4202022693990686
     Flow(D_DC_t8_p1_c0_b4) c_e_ShareSum(DC_decode)_ -3.4202022693990686
     Flow(D_DC_t8_p1_c0_b8) Objective 2.5739030598517783
     Flow(D_DC_t8_p1_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t8_p1_c0_b8) c_u_Capacity(D_DC_t8_p1_c0_b8)_ 1
     Flow(D_DC_t8_p1_c0_b8) c_u_KvLinks(D_DC_t8_p1_c0_b8)_ 0.67862528
     Flow(D_DC_t8_p1_c0_b8) c_u_PowerBudget_ 2.5739030598517783
     Flow(D_DC_t8_p1_c0_b8) c_e_ShareSum(DC_decode)_ -2.5739030598517783
     Flow(D_PC_t1_p5_c0_b16) Objective 2.7559272289355885
     Flow(D_PC_t1_p5_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p5_c0_b16) c_u_Capacity(D_PC_t1_p5_c0_b16)_ 1
     Flow(D_PC_t1_p5_c0_b16) c_u_KvLinks(D_PC_t1_p5_c0_b16)_ 0.67862528
     Flow(D_PC_t1_p5_c0_b16) c_u_PowerBudget_ 2.7559272289355885
     Flow(D_PC_t1_p5_c0_b16) c_e_ShareSum(PC_decode)_ -2.7559272289355885
     Flow(D_PC_t1_p5_c0_b2) Objective 21.734867856643298
     Flow(D_PC_t1_p5_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p5_c0_b2) c_u_Capacity(D_PC_t1_p5_c0_b2)_ 1
     Flow(D_PC_t1_p5_c0_b2) c_u_KvLinks(D_PC_t1_p5_c0_b2)_ 0.67862528
     Flow(D_PC_t1_p5_c0_b2) c_u_PowerBudget_ 21.734867856643298
     Flow(D_PC_t1_p5_c0_b2) c_e_ShareSum(PC_decode)_ -21.734867856643298
     Flow(D_PC_t1_p5_c0_b4) Objective 21.734867856643181
     Flow(D_PC_t1_p5_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p5_c0_b4) c_u_Capacity(D_PC_t1_p5_c0_b4)_ 1
     Flow(D_PC_t1_p5_c0_b4) c_u_KvLinks(D_PC_t1_p5_c0_b4)_ 0.67862528
     Flow(D_PC_t1_p5_c0_b4) c_u_PowerBudget_ 21.734867856643181
     Flow(D_PC_t1_p5_c0_b4) c_e_ShareSum(PC_decode)_ -21.734867856643181
     Flow(D_PC_t1_p5_c0_b8) Objective 6.0350109487557262
     Flow(D_PC_t1_p5_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p5_c0_b8) c_u_Capacity(D_PC_t1_p5_c0_b8)_ 1
     Flow(D_PC_t1_p5_c0_b8) c_u_KvLinks(D_PC_t1_p5_c0_b8)_ 0.67862528
     Flow(D_PC_t1_p5_c0_b8) c_u_PowerBudget_ 6.0350109487557262
     Flow(D_PC_t1_p5_c0_b8) c_e_ShareSum(PC_decode)_ -6.0350109487557262
     Flow(D_PC_t1_p6_c0_b16) Objective 2.8602273206240305
     Flow(D_PC_t1_p6_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p6_c0_b16) c_u_Capacity(D_PC_t1_p6_c0_b16)_ 1
     Flow(D_PC_t1_p6_c0_b16) c_u_KvLinks(D_PC_t1_p6_c0_b16)_ 0.67862528
     Flow(D_PC_t1_p6_c0_b16) c_u_PowerBudget_ 2.8602273206240305
     Flow(D_PC_t1_p6_c0_b16) c_e_ShareSum(PC_decode)_ -2.8602273206240305
     Flow(D_PC_t1_p6_c0_b32) Objective 2.7706282403610558
     Flow(D_PC_t1_p6_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p6_c0_b32) c_u_Capacity(D_PC_t1_p6_c0_b32)_ 1
     Flow(D_PC_t1_p6_c0_b32) c_u_KvLinks(D_PC_t1_p6_c0_b32)_ 0.67862528
     Flow(D_PC_t1_p6_c0_b32) c_u_PowerBudget_ 2.7706282403610558
     Flow(D_PC_t1_p6_c0_b32) c_e_ShareSum(PC_decode)_ -2.7706282403610558
     Flow(D_PC_t1_p6_c0_b4) Objective 21.734868759943929
     Flow(D_PC_t1_p6_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p6_c0_b4) c_u_Capacity(D_PC_t1_p6_c0_b4)_ 1
     Flow(D_PC_t1_p6_c0_b4) c_u_KvLinks(D_PC_t1_p6_c0_b4)_ 0.67862528
     Flow(D_PC_t1_p6_c0_b4) c_u_PowerBudget_ 21.734868759943929
     Flow(D_PC_t1_p6_c0_b4) c_e_ShareSum(PC_decode)_ -21.734868759943929
     Flow(D_PC_t1_p6_c0_b64) Objective 2.7944018259995924
     Flow(D_PC_t1_p6_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p6_c0_b64) c_u_Capacity(D_PC_t1_p6_c0_b64)_ 1
     Flow(D_PC_t1_p6_c0_b64) c_u_KvLinks(D_PC_t1_p6_c0_b64)_ 0.67862528
     Flow(D_PC_t1_p6_c0_b64) c_u_PowerBudget_ 2.7944018259995924
     Flow(D_PC_t1_p6_c0_b64) c_e_ShareSum(PC_decode)_ -2.7944018259995924
     Flow(D_PC_t1_p6_c0_b8) Objective 9.4584273963738301
     Flow(D_PC_t1_p6_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p6_c0_b8) c_u_Capacity(D_PC_t1_p6_c0_b8)_ 1
     Flow(D_PC_t1_p6_c0_b8) c_u_KvLinks(D_PC_t1_p6_c0_b8)_ 0.67862528
     Flow(D_PC_t1_p6_c0_b8) c_u_PowerBudget_ 9.4584273963738301
     Flow(D_PC_t1_p6_c0_b8) c_e_ShareSum(PC_decode)_ -9.4584273963738301
     Flow(D_PC_t1_p8_c0_b128) Objective 2.7938468771752087
     Flow(D_PC_t1_p8_c0_b128) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p8_c0_b128) c_u_Capacity(D_PC_t1_p8_c0_b128)_ 1
     Flow(D_PC_t1_p8_c0_b128) c_u_KvLinks(D_PC_t1_p8_c0_b128)_ 0.67862528
     Flow(D_PC_t1_p8_c0_b128) c_u_PowerBudget_ 2.7938468771752087
     Flow(D_PC_t1_p8_c0_b128) c_e_ShareSum(PC_decode)_ -2.7938468771752087
     Flow(D_PC_t1_p8_c0_b32) Objective 2.8170465245389296
     Flow(D_PC_t1_p8_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p8_c0_b32) c_u_Capacity(D_PC_t1_p8_c0_b32)_ 1
     Flow(D_PC_t1_p8_c0_b32) c_u_KvLinks(D_PC_t1_p8_c0_b32)_ 0.67862528
     Flow(D_PC_t1_p8_c0_b32) c_u_PowerBudget_ 2.8170465245389296
     Flow(D_PC_t1_p8_c0_b32) c_e_ShareSum(PC_decode)_ -2.8170465245389296
     Flow(D_PC_t1_p8_c0_b4) Objective 21.734870566576976
     Flow(D_PC_t1_p8_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p8_c0_b4) c_u_Capacity(D_PC_t1_p8_c0_b4)_ 1
     Flow(D_PC_t1_p8_c0_b4) c_u_KvLinks(D_PC_t1_p8_c0_b4)_ 0.67862528
     Flow(D_PC_t1_p8_c0_b4) c_u_PowerBudget_ 21.734870566576976
     Flow(D_PC_t1_p8_c0_b4) c_e_ShareSum(PC_decode)_ -21.734870566576976
     Flow(D_PC_t1_p8_c0_b64) Objective 2.7983349264801762
     Flow(D_PC_t1_p8_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p8_c0_b64) c_u_Capacity(D_PC_t1_p8_c0_b64)_ 1
     Flow(D_PC_t1_p8_c0_b64) c_u_KvLinks(D_PC_t1_p8_c0_b64)_ 0.67862528
     Flow(D_PC_t1_p8_c0_b64) c_u_PowerBudget_ 2.7983349264801762
     Flow(D_PC_t1_p8_c0_b64) c_e_ShareSum(PC_decode)_ -2.7983349264801762
     Flow(D_PC_t1_p8_c0_b8) Objective 21.688768838306935
     Flow(D_PC_t1_p8_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p8_c0_b8) c_u_Capacity(D_PC_t1_p8_c0_b8)_ 1
     Flow(D_PC_t1_p8_c0_b8) c_u_KvLinks(D_PC_t1_p8_c0_b8)_ 0.67862528
     Flow(D_PC_t1_p8_c0_b8) c_u_PowerBudget_ 21.688768838306935
     Flow(D_PC_t1_p8_c0_b8) c_e_ShareSum(PC_decode)_ -21.688768838306935
     Flow(D_PC_t2_p3_c0_b32) Objective 2.7906212107508286
     Flow(D_PC_t2_p3_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p3_c0_b32) c_u_Capacity(D_PC_t2_p3_c0_b32)_ 1
     Flow(D_PC_t2_p3_c0_b32) c_u_KvLinks(D_PC_t2_p3_c0_b32)_ 0.67862528
     Flow(D_PC_t2_p3_c0_b32) c_u_PowerBudget_ 2.7906212107508286
     Flow(D_PC_t2_p3_c0_b32) c_e_ShareSum(PC_decode)_ -2.7906212107508286
     Flow(D_PC_t2_p3_c0_b4) Objective 11.884652132568101
     Flow(D_PC_t2_p3_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p3_c0_b4) c_u_Capacity(D_PC_t2_p3_c0_b4)_ 1
     Flow(D_PC_t2_p3_c0_b4) c_u_KvLinks(D_PC_t2_p3_c0_b4)_ 0.67862528
     Flow(D_PC_t2_p3_c0_b4) c_u_PowerBudget_ 11.884652132568101
     Flow(D_PC_t2_p3_c0_b4) c_e_ShareSum(PC_decode)_ -11.884652132568101
     Flow(D_PC_t2_p3_c0_b64) Objective 2.7729427264960669
     Flow(D_PC_t2_p3_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p3_c0_b64) c_u_Capacity(D_PC_t2_p3_c0_b64)_ 1
     Flow(D_PC_t2_p3_c0_b64) c_u_KvLinks(D_PC_t2_p3_c0_b64)_ 0.67862528
     Flow(D_PC_t2_p3_c0_b64) c_u_PowerBudget_ 2.7729427264960669
     Flow(D_PC_t2_p3_c0_b64) c_e_ShareSum(PC_decode)_ -2.7729427264960669
     Flow(D_PC_t2_p3_c0_b8) Objective 3.2439159156071979
     Flow(D_PC_t2_p3_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p3_c0_b8) c_u_Capacity(D_PC_t2_p3_c0_b8)_ 1
     Flow(D_PC_t2_p3_c0_b8) c_u_KvLinks(D_PC_t2_p3_c0_b8)_ 0.67862528
     Flow(D_PC_t2_p3_c0_b8) c_u_PowerBudget_ 3.2439159156071979
     Flow(D_PC_t2_p3_c0_b8) c_e_ShareSum(PC_decode)_ -3.2439159156071979
     Flow(D_PC_t2_p3_c1_b32) Objective 2.7906250441143166
     Flow(D_PC_t2_p3_c1_b32) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p3_c1_b32) c_u_Capacity(D_PC_t2_p3_c1_b32)_ 1
     Flow(D_PC_t2_p3_c1_b32) c_u_KvLinks(D_PC_t2_p3_c1_b32)_ 0.67862528
     Flow(D_PC_t2_p3_c1_b32) c_u_PowerBudget_ 2.7906250441143166
     Flow(D_PC_t2_p3_c1_b32) c_e_ShareSum(PC_decode)_ -2.7906250441143166
     Flow(D_PC_t2_p3_c1_b4) Objective 11.884689854775722
     Flow(D_PC_t2_p3_c1_b4) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p3_c1_b4) c_u_Capacity(D_PC_t2_p3_c1_b4)_ 1
     Flow(D_PC_t2_p3_c1_b4) c_u_KvLinks(D_PC_t2_p3_c1_b4)_ 0.67862528
     Flow(D_PC_t2_p3_c1_b4) c_u_PowerBudget_ 11.884689854775722
     Flow(D_PC_t2_p3_c1_b4) c_e_ShareSum(PC_decode)_ -11.884689854775722
     Flow(D_PC_t2_p3_c1_b64) Objective 2.7729465520706755
     Flow(D_PC_t2_p3_c1_b64) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p3_c1_b64) c_u_Capacity(D_PC_t2_p3_c1_b64)_ 1
     Flow(D_PC_t2_p3_c1_b64) c_u_KvLinks(D_PC_t2_p3_c1_b64)_ 0.67862528
     Flow(D_PC_t2_p3_c1_b64) c_u_PowerBudget_ 2.7729465520706755
     Flow(D_PC_t2_p3_c1_b64) c_e_ShareSum(PC_decode)_ -2.7729465520706755
     Flow(D_PC_t2_p3_c1_b8) Objective 3.2439252843175308
     Flow(D_PC_t2_p3_c1_b8) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p3_c1_b8) c_u_Capacity(D_PC_t2_p3_c1_b8)_ 1
     Flow(D_PC_t2_p3_c1_b8) c_u_KvLinks(D_PC_t2_p3_c1_b8)_ 0.67862528
     Flow(D_PC_t2_p3_c1_b8) c_u_PowerBudget_ 3.2439252843175308
     Flow(D_PC_t2_p3_c1_b8) c_e_ShareSum(PC_decode)_ -3.2439252843175308
     Flow(D_PC_t2_p4_c0_b128) Objective 2.7854287238013398
     Flow(D_PC_t2_p4_c0_b128) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p4_c0_b128) c_u_Capacity(D_PC_t2_p4_c0_b128)_ 1
     Flow(D_PC_t2_p4_c0_b128) c_u_KvLinks(D_PC_t2_p4_c0_b128)_ 0.67862528
     Flow(D_PC_t2_p4_c0_b128) c_u_PowerBudget_ 2.7854287238013398
     Flow(D_PC_t2_p4_c0_b128) c_e_ShareSum(PC_decode)_ -2.7854287238013398
     Flow(D_PC_t2_p4_c0_b4) Objective 21.895484719851261
     Flow(D_PC_t2_p4_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p4_c0_b4) c_u_Capacity(D_PC_t2_p4_c0_b4)_ 1
     Flow(D_PC_t2_p4_c0_b4) c_u_KvLinks(D_PC_t2_p4_c0_b4)_ 0.67862528
     Flow(D_PC_t2_p4_c0_b4) c_u_PowerBudget_ 21.895484719851261
     Flow(D_PC_t2_p4_c0_b4) c_e_ShareSum(PC_decode)_ -21.895484719851261
     Flow(D_PC_t2_p4_c0_b8) Objective 4.2001926596392387
     Flow(D_PC_t2_p4_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p4_c0_b8) c_u_Capacity(D_PC_t2_p4_c0_b8)_ 1
     Flow(D_PC_t2_p4_c0_b8) c_u_KvLinks(D_PC_t2_p4_c0_b8)_ 0.67862528
     Flow(D_PC_t2_p4_c0_b8) c_u_PowerBudget_ 4.2001926596392387
     Flow(D_PC_t2_p4_c0_b8) c_e_ShareSum(PC_decode)_ -4.2001926596392387
     Flow(D_PC_t4_p2_c0_b2) Objective 22.285531727971573
     Flow(D_PC_t4_p2_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_PC_t4_p2_c0_b2) c_u_Capacity(D_PC_t4_p2_c0_b2)_ 1
     Flow(D_PC_t4_p2_c0_b2) c_u_KvLinks(D_PC_t4_p2_c0_b2)_ 0.67862528
     Flow(D_PC_t4_p2_c0_b2) c_u_PowerBudget_ 22.285531727971573
     Flow(D_PC_t4_p2_c0_b2) c_e_ShareSum(PC_decode)_ -22.285531727971573
     Flow(D_PC_t4_p2_c0_b4) Objective 6.0272542086135283
     Flow(D_PC_t4_p2_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_PC_t4_p2_c0_b4) c_u_Capacity(D_PC_t4_p2_c0_b4)_ 1
     Flow(D_PC_t4_p2_c0_b4) c_u_KvLinks(D_PC_t4_p2_c0_b4)_ 0.67862528
     Flow(D_PC_t4_p2_c0_b4) c_u_PowerBudget_ 6.0272542086135283
     Flow(D_PC_t4_p2_c0_b4) c_e_ShareSum(PC_decode)_ -6.0272542086135283
     Flow(D_PC_t4_p2_c0_b64) Objective 2.7523565412569369
     Flow(D_PC_t4_p2_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_PC_t4_p2_c0_b64) c_u_Capacity(D_PC_t4_p2_c0_b64)_ 1
     Flow(D_PC_t4_p2_c0_b64) c_u_KvLinks(D_PC_t4_p2_c0_b64)_ 0.67862528
     Flow(D_PC_t4_p2_c0_b64) c_u_PowerBudget_ 2.7523565412569369
     Flow(D_PC_t4_p2_c0_b64) c_e_ShareSum(PC_decode)_ -2.7523565412569369
     Flow(D_PC_t8_p1_c0_b1) Objective 23.018752207530881
     Flow(D_PC_t8_p1_c0_b1) c_e_DecodeFlow_ 1
     Flow(D_PC_t8_p1_c0_b1) c_u_Capacity(D_PC_t8_p1_c0_b1)_ 1
     Flow(D_PC_t8_p1_c0_b1) c_u_KvLinks(D_PC_t8_p1_c0_b1)_ 0.67862528
     Flow(D_PC_t8_p1_c0_b1) c_u_PowerBudget_ 23.018752207530881
     Flow(D_PC_t8_p1_c0_b1) c_e_ShareSum(PC_decode)_ -23.018752207530881
     Flow(D_PC_t8_p1_c0_b2) Objective 8.3000662130391945
     Flow(D_PC_t8_p1_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_PC_t8_p1_c0_b2) c_u_Capacity(D_PC_t8_p1_c0_b2)_ 1
     Flow(D_PC_t8_p1_c0_b2) c_u_KvLinks(D_PC_t8_p1_c0_b2)_ 0.67862528
     Flow(D_PC_t8_p1_c0_b2) c_u_PowerBudget_ 8.3000662130391945
     Flow(D_PC_t8_p1_c0_b2) c_e_ShareSum(PC_decode)_ -8.3000662130391945
     Flow(D_PC_t8_p1_c0_b32) Objective 2.6522573241348071
     Flow(D_PC_t8_p1_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_PC_t8_p1_c0_b32) c_u_Capacity(D_PC_t8_p1_c0_b32)_ 1
     Flow(D_PC_t8_p1_c0_b32) c_u_KvLinks(D_PC_t8_p1_c0_b32)_ 0.67862528
     Flow(D_PC_t8_p1_c0_b32) c_u_PowerBudget_ 2.6522573241348071
     Flow(D_PC_t8_p1_c0_b32) c_e_ShareSum(PC_decode)_ -2.6522573241348071
     Flow(D_PC_t8_p1_c0_b4) Objective 3.4124206756583528
     Flow(D_PC_t8_p1_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_PC_t8_p1_c0_b4) c_u_Capacity(D_PC_t8_p1_c0_b4)_ 1
     Flow(D_PC_t8_p1_c0_b4) c_u_KvLinks(D_PC_t8_p1_c0_b4)_ 0.67862528
     Flow(D_PC_t8_p1_c0_b4) c_u_PowerBudget_ 3.4124206756583528
     Flow(D_PC_t8_p1_c0_b4) c_e_ShareSum(PC_decode)_ -3.4124206756583528
     Flow(D_PC_t8_p1_c0_b64) Objective 1.1046605933219793
     Flow(D_PC_t8_p1_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_PC_t8_p1_c0_b64) c_u_Capacity(D_PC_t8_p1_c0_b64)_ 1
     Flow(D_PC_t8_p1_c0_b64) c_u_KvLinks(D_PC_t8_p1_c0_b64)_ 0.67862528
     Flow(D_PC_t8_p1_c0_b64) c_u_PowerBudget_ 1.1046605933219793
     Flow(D_PC_t8_p1_c0_b64) c_e_ShareSum(PC_decode)_ -1.1046605933219793
     Flow(P_DC_t1_p3_c0_b1) Objective 233.01704485437332
     Flow(P_DC_t1_p3_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t1_p3_c0_b1) c_u_Capacity(P_DC_t1_p3_c0_b1)_ 1
     Flow(P_DC_t1_p3_c0_b1) c_u_KvLinks(P_DC_t1_p3_c0_b1)_ 0.67862528
     Flow(P_DC_t1_p3_c0_b1) c_u_PowerBudget_ 233.01704485437332
     Flow(P_DC_t1_p3_c0_b1) c_e_ShareSum(DC_prefill)_ -233.01704485437332
     Flow(P_DC_t1_p4_c0_b1) Objective 233.01720772444148
     Flow(P_DC_t1_p4_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t1_p4_c0_b1) c_u_Capacity(P_DC_t1_p4_c0_b1)_ 1
     Flow(P_DC_t1_p4_c0_b1) c_u_KvLinks(P_DC_t1_p4_c0_b1)_ 0.67862528
     Flow(P_DC_t1_p4_c0_b1) c_u_PowerBudget_ 233.01720772444148
     Flow(P_DC_t1_p4_c0_b1) c_e_ShareSum(DC_prefill)_ -233.01720772444148
     Flow(P_DC_t1_p5_c0_b1) Objective 233.01737059450784
     Flow(P_DC_t1_p5_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t1_p5_c0_b1) c_u_Capacity(P_DC_t1_p5_c0_b1)_ 1
     Flow(P_DC_t1_p5_c0_b1) c_u_KvLinks(P_DC_t1_p5_c0_b1)_ 0.67862528
     Flow(P_DC_t1_p5_c0_b1) c_u_PowerBudget_ 233.01737059450784
     Flow(P_DC_t1_p5_c0_b1) c_e_ShareSum(DC_prefill)_ -233.01737059450784
     Flow(P_DC_t1_p6_c0_b1) Objective 233.01753346457602
     Flow(P_DC_t1_p6_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t1_p6_c0_b1) c_u_Capacity(P_DC_t1_p6_c0_b1)_ 1
     Flow(P_DC_t1_p6_c0_b1) c_u_KvLinks(P_DC_t1_p6_c0_b1)_ 0.67862528
     Flow(P_DC_t1_p6_c0_b1) c_u_PowerBudget_ 233.01753346457602
     Flow(P_DC_t1_p6_c0_b1) c_e_ShareSum(DC_prefill)_ -233.01753346457602
     Flow(P_DC_t1_p8_c0_b1) Objective 233.01785920470982
     Flow(P_DC_t1_p8_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t1_p8_c0_b1) c_u_Capacity(P_DC_t1_p8_c0_b1)_ 1
     Flow(P_DC_t1_p8_c0_b1) c_u_KvLinks(P_DC_t1_p8_c0_b1)_ 0.67862528
     Flow(P_DC_t1_p8_c0_b1) c_u_PowerBudget_ 233.01785920470982
     Flow(P_DC_t1_p8_c0_b1) c_e_ShareSum(DC_prefill)_ -233.01785920470982
     Flow(P_DC_t2_p2_c0_b1) Objective 232.7611759788025
     Flow(P_DC_t2_p2_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t2_p2_c0_b1) c_u_Capacity(P_DC_t2_p2_c0_b1)_ 1
     Flow(P_DC_t2_p2_c0_b1) c_u_KvLinks(P_DC_t2_p2_c0_b1)_ 0.67862528
     Flow(P_DC_t2_p2_c0_b1) c_u_PowerBudget_ 232.7611759788025
     Flow(P_DC_t2_p2_c0_b1) c_e_ShareSum(DC_prefill)_ -232.7611759788025
     Flow(P_DC_t2_p2_c1_b1) Objective 232.76133884887008
     Flow(P_DC_t2_p2_c1_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t2_p2_c1_b1) c_u_Capacity(P_DC_t2_p2_c1_b1)_ 1
     Flow(P_DC_t2_p2_c1_b1) c_u_KvLinks(P_DC_t2_p2_c1_b1)_ 0.67862528
     Flow(P_DC_t2_p2_c1_b1) c_u_PowerBudget_ 232.76133884887008
     Flow(P_DC_t2_p2_c1_b1) c_e_ShareSum(DC_prefill)_ -232.76133884887008
     Flow(P_DC_t2_p3_c0_b1) Objective 232.76133884887005
     Flow(P_DC_t2_p3_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t2_p3_c0_b1) c_u_Capacity(P_DC_t2_p3_c0_b1)_ 1
     Flow(P_DC_t2_p3_c0_b1) c_u_KvLinks(P_DC_t2_p3_c0_b1)_ 0.67862528
     Flow(P_DC_t2_p3_c0_b1) c_u_PowerBudget_ 232.76133884887005
     Flow(P_DC_t2_p3_c0_b1) c_e_ShareSum(DC_prefill)_ -232.76133884887005
     Flow(P_DC_t2_p3_c1_b1) Objective 232.76166458900474
     Flow(P_DC_t2_p3_c1_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t2_p3_c1_b1) c_u_Capacity(P_DC_t2_p3_c1_b1)_ 1
     Flow(P_DC_t2_p3_c1_b1) c_u_KvLinks(P_DC_t2_p3_c1_b1)_ 0.67862528
     Flow(P_DC_t2_p3_c1_b1) c_u_PowerBudget_ 232.76166458900474
     Flow(P_DC_t2_p3_c1_b1) c_e_ShareSum(DC_prefill)_ -232.76166458900474
     Flow(P_DC_t2_p4_c0_b1) Objective 232.7619903291388
     Flow(P_DC_t2_p4_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t2_p4_c0_b1) c_u_Capacity(P_DC_t2_p4_c0_b1)_ 1
     Flow(P_DC_t2_p4_c0_b1) c_u_KvLinks(P_DC_t2_p4_c0_b1)_ 0.67862528
     Flow(P_DC_t2_p4_c0_b1) c_u_PowerBudget_ 232.7619903291388
     Flow(P_DC_t2_p4_c0_b1) c_e_ShareSum(DC_prefill)_ -232.7619903291388
     Flow(P_DC_t4_p1_c0_b1) Objective 232.62203065139104
     Flow(P_DC_t4_p1_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t4_p1_c0_b1) c_u_Capacity(P_DC_t4_p1_c0_b1)_ 1
     Flow(P_DC_t4_p1_c0_b1) c_u_KvLinks(P_DC_t4_p1_c0_b1)_ 0.67862528
     Flow(P_DC_t4_p1_c0_b1) c_u_PowerBudget_ 232.62203065139104
     Flow(P_DC_t4_p1_c0_b1) c_e_ShareSum(DC_prefill)_ -232.62203065139104
     Flow(P_PC_t1_p5_c0_b1) Objective 233.01737059450707
     Flow(P_PC_t1_p5_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_PC_t1_p5_c0_b1) c_u_Capacity(P_PC_t1_p5_c0_b1)_ 1
     Flow(P_PC_t1_p5_c0_b1) c_u_KvLinks(P_PC_t1_p5_c0_b1)_ 0.67862528
     Flow(P_PC_t1_p5_c0_b1) c_u_PowerBudget_ 233.01737059450707
     Flow(P_PC_t1_p5_c0_b1) c_e_ShareSum(PC_prefill)_ -233.01737059450707
     Flow(P_PC_t1_p6_c0_b1) Objective 233.01753346457602
     Flow(P_PC_t1_p6_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_PC_t1_p6_c0_b1) c_u_Capacity(P_PC_t1_p6_c0_b1)_ 1
     Flow(P_PC_t1_p6_c0_b1) c_u_KvLinks(P_PC_t1_p6_c0_b1)_ 0.67862528
     Flow(P_PC_t1_p6_c0_b1) c_u_PowerBudget_ 233.01753346457602
     Flow(P_PC_t1_p6_c0_b1) c_e_ShareSum(PC_prefill)_ -233.01753346457602
     Flow(P_PC_t1_p8_c0_b1) Objective 233.01785920471031
     Flow(P_PC_t1_p8_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_PC_t1_p8_c0_b1) c_u_Capacity(P_PC_t1_p8_c0_b1)_ 1
     Flow(P_PC_t1_p8_c0_b1) c_u_KvLinks(P_PC_t1_p8_c0_b1)_ 0.67862528
     Flow(P_PC_t1_p8_c0_b1) c_u_PowerBudget_ 233.01785920471031
     Flow(P_PC_t1_p8_c0_b1) c_e_ShareSum(PC_prefill)_ -233.01785920471031
     Flow(P_PC_t2_p3_c0_b1) Objective 232.76133884887034
     Flow(P_PC_t2_p3_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_PC_t2_p3_c0_b1) c_u_Capacity(P_PC_t2_p3_c0_b1)_ 1
     Flow(P_PC_t2_p3_c0_b1) c_u_KvLinks(P_PC_t2_p3_c0_b1)_ 0.67862528
     Flow(P_PC_t2_p3_c0_b1) c_u_PowerBudget_ 232.76133884887034
     Flow(P_PC_t2_p3_c0_b1) c_e_ShareSum(PC_prefill)_ -232.76133884887034
     Flow(P_PC_t2_p3_c1_b1) Objective 232.76166458900474
     Flow(P_PC_t2_p3_c1_b1) c_e_PrefillFlow_ 1
     Flow(P_PC_t2_p3_c1_b1) c_u_Capacity(P_PC_t2_p3_c1_b1)_ 1
     Flow(P_PC_t2_p3_c1_b1) c_u_KvLinks(P_PC_t2_p3_c1_b1)_ 0.67862528
     Flow(P_PC_t2_p3_c1_b1) c_u_PowerBudget_ 232.76166458900474
     Flow(P_PC_t2_p3_c1_b1) c_e_ShareSum(PC_prefill)_ -232.76166458900474
     Flow(P_PC_t2_p4_c0_b1) Objective 232.76199032913786
     Flow(P_PC_t2_p4_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_PC_t2_p4_c0_b1) c_u_Capacity(P_PC_t2_p4_c0_b1)_ 1
     Flow(P_PC_t2_p4_c0_b1) c_u_KvLinks(P_PC_t2_p4_c0_b1)_ 0.67862528
     Flow(P_PC_t2_p4_c0_b1) c_u_PowerBudget_ 232.76199032913786
     Flow(P_PC_t2_p4_c0_b1) c_e_ShareSum(PC_prefill)_ -232.76199032913786
     Flow(P_PC_t4_p2_c0_b1) Objective 232.93506692055027
     Flow(P_PC_t4_p2_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_PC_t4_p2_c0_b1) c_u_Capacity(P_PC_t4_p2_c0_b1)_ 1
     Flow(P_PC_t4_p2_c0_b1) c_u_KvLinks(P_PC_t4_p2_c0_b1)_ 0.67862528
     Flow(P_PC_t4_p2_c0_b1) c_u_PowerBudget_ 232.93506692055027
     Flow(P_PC_t4_p2_c0_b1) c_e_ShareSum(PC_prefill)_ -232.93506692055027
     Rate c_e_PrefillFlow_ -1
     Rate c_e_DecodeFlow_ -1
     Rate c_e_RateTarget_ 1
     DynLevel(DC_decode) c_u_ShareLevel(0_DC_decode)_ -1
     DynLevel(DC_decode) c_u_ShareLevel(1_DC_decode)_ -1
     DynLevel(DC_decode) c_u_ShareLevel(2_DC_decode)_ -1
     DynLevel(DC_decode) c_u_ShareLevel(3_DC_decode)_ -1
     DynLevel(DC_decode) c_u_ShareLevel(4_DC_decode)_ -1
     DynLevel(DC_decode) c_u_ShareLevel(5_DC_decode)_ -1
     DynLevel(DC_decode) c_u_ShareLevel(6_DC_decode)_ -1
     DynLevel(DC_decode) c_u_ShareLevel(7_DC_decode)_ -1
     DynLevel(DC_decode) c_u_ShareLevel(8_DC_decode)_ -1
     DynLevel(DC_decode) c_u_ShareFloor(0_DC_decode)_ 1
     DynLevel(DC_decode) c_u_ShareFloor(1_DC_decode)_ 1
     DynLevel(DC_decode) c_u_ShareFloor(2_DC_decode)_ 1
     DynLevel(DC_decode) c_u_ShareFloor(3_DC_decode)_ 1
     DynLevel(DC_decode) c_u_ShareFloor(4_DC_decode)_ 1
     DynLevel(DC_decode) c_u_ShareFloor(5_DC_decode)_ 1
     DynLevel(DC_decode) c_u_ShareFloor(6_DC_decode)_ 1
     DynLevel(DC_decode) c_u_ShareFloor(7_DC_decode)_ 1
     DynLevel(DC_decode) c_u_ShareFloor(8_DC_decode)_ 1
     DynLevel(DC_prefill) c_u_ShareLevel(0_DC_prefill)_ -1
     DynLevel(DC_prefill) c_u_ShareLevel(1_DC_prefill)_ -1
     DynLevel(DC_prefill) c_u_ShareLevel(2_DC_prefill)_ -1
     DynLevel(DC_prefill) c_u_ShareLevel(3_DC_prefill)_ -1
     DynLevel(DC_prefill) c_u_ShareLevel(4_DC_prefill)_ -1
     DynLevel(DC_prefill) c_u_ShareLevel(5_DC_prefill)_ -1
     DynLevel(DC_prefill) c_u_ShareLevel(6_DC_prefill)_ -1
     DynLevel(DC_prefill) c_u_ShareLevel(7_DC_prefill)_ -1
     DynLevel(DC_prefill) c_u_ShareLevel(8_DC_prefill)_ -1
     DynLevel(DC_prefill) c_u_ShareFloor(0_DC_prefill)_ 1
     DynLevel(DC_prefill) c_u_ShareFloor(1_DC_prefill)_ 1
     DynLevel(DC_prefill) c_u_ShareFloor(2_DC_prefill)_ 1
     DynLevel(DC_prefill) c_u_ShareFloor(3_DC_prefill)_ 1
     DynLevel(DC_prefill) c_u_ShareFloor(4_DC_prefill)_ 1
     DynLevel(DC_prefill) c_u_ShareFloor(5_DC_prefill)_ 1
     DynLevel(DC_prefill) c_u_ShareFloor(6_DC_prefill)_ 1
     DynLevel(DC_prefill) c_u_ShareFloor(7_DC_prefill)_ 1
     DynLevel(DC_prefill) c_u_ShareFloor(8_DC_prefill)_ 1
     DynLevel(PC_decode) c_u_ShareLevel(0_PC_decode)_ -1
     DynLevel(PC_decode) c_u_ShareLevel(1_PC_decode)_ -1
     DynLevel(PC_decode) c_u_ShareLevel(2_PC_decode)_ -1
     DynLevel(PC_decode) c_u_ShareLevel(3_PC_decode)_ -1
     DynLevel(PC_decode) c_u_ShareLevel(4_PC_decode)_ -1
     DynLevel(PC_decode) c_u_ShareLevel(5_PC_decode)_ -1
     DynLevel(PC_decode) c_u_ShareLevel(6_PC_decode)_ -1
     DynLevel(PC_decode) c_u_ShareLevel(7_PC_decode)_ -1
     DynLevel(PC_decode) c_u_ShareLevel(8_PC_decode)_ -1
     DynLevel(PC_decode) c_u_ShareFloor(0_PC_decode)_ 1
     DynLevel(PC_decode) c_u_ShareFloor(1_PC_decode)_ 1
     DynLevel(PC_decode) c_u_ShareFloor(2_PC_decode)_ 1
     DynLevel(PC_decode) c_u_ShareFloor(3_PC_decode)_ 1
     DynLevel(PC_decode) c_u_ShareFloor(4_PC_decode)_ 1
     DynLevel(PC_decode) c_u_ShareFloor(5_PC_decode)_ 1
     DynLevel(PC_decode) c_u_ShareFloor(6_PC_decode)_ 1
     DynLevel(PC_decode) c_u_ShareFloor(7_PC_decode)_ 1
     DynLevel(PC_decode) c_u_ShareFloor(8_PC_decode)_ 1
     DynLevel(PC_prefill) c_u_ShareLevel(0_PC_prefill)_ -1
     DynLevel(PC_prefill) c_u_ShareLevel(1_PC_prefill)_ -1
     DynLevel(PC_prefill) c_u_ShareLevel(2_PC_prefill)_ -1
     DynLevel(PC_prefill) c_u_ShareLevel(3_PC_prefill)_ -1
     DynLevel(PC_prefill) c_u_ShareLevel(4_PC_prefill)_ -1
     DynLevel(PC_prefill) c_u_ShareLevel(5_PC_prefill)_ -1
     DynLevel(PC_prefill) c_u_ShareLevel(6_PC_prefill)_ -1
     DynLevel(PC_prefill) c_u_ShareLevel(7_PC_prefill)_ -1
     DynLevel(PC_prefill) c_u_ShareLevel(8_PC_prefill)_ -1
     DynLevel(PC_prefill) c_u_ShareFloor(0_PC_prefill)_ 1
     DynLevel(PC_prefill) c_u_ShareFloor(1_PC_prefill)_ 1
     DynLevel(PC_prefill) c_u_ShareFloor(2_PC_prefill)_ 1
     DynLevel(PC_prefill) c_u_ShareFloor(3_PC_prefill)_ 1
     DynLevel(PC_prefill) c_u_ShareFloor(4_PC_prefill)_ 1
     DynLevel(PC_prefill) c_u_ShareFloor(5_PC_prefill)_ 1
     DynLevel(PC_prefill) c_u_ShareFloor(6_PC_prefill)_ 1
     DynLevel(PC_prefill) c_u_ShareFloor(7_PC_prefill)_ 1
     DynLevel(PC_prefill) c_u_ShareFloor(8_PC_prefill)_ 1
     DynShare(0_DC_decode) c_e_SitePowerDef(0)_ -1
     DynShare(0_DC_decode) c_u_ShareLevel(0_DC_decode)_ 1
     DynShare(0_DC_decode) c_u_ShareOccupied(0_DC_decode)_ 1
     DynShare(0_DC_decode) c_u_ShareFloor(0_DC_decode)_ -1
     DynShare(0_DC_decode) c_e_ShareSum(DC_decode)_ 1
     DynShare(0_DC_decode) c_u_LeakageFloor(0)_ 0.040219681164635451
     DynShare(0_DC_prefill) c_e_SitePowerDef(0)_ -1
     DynShare(0_DC_prefill) c_u_ShareLevel(0_DC_prefill)_ 1
     DynShare(0_DC_prefill) c_u_ShareOccupied(0_DC_prefill)_ 1
     DynShare(0_DC_prefill) c_u_ShareFloor(0_DC_prefill)_ -1
     DynShare(0_DC_prefill) c_e_ShareSum(DC_prefill)_ 1
     DynShare(0_DC_prefill) c_u_LeakageFloor(0)_ 0.040219681164635451
     DynShare(0_PC_decode) c_e_SitePowerDef(0)_ -1
     DynShare(0_PC_decode) c_u_ShareLevel(0_PC_decode)_ 1
     DynShare(0_PC_decode) c_u_ShareOccupied(0_PC_decode)_ 1
     DynShare(0_PC_decode) c_u_ShareFloor(0_PC_decode)_ -1
     DynShare(0_PC_decode) c_e_ShareSum(PC_decode)_ 1
     DynShare(0_PC_decode) c_u_LeakageFloor(0)_ 0.011429271749978634
     DynShare(0_PC_prefill) c_e_SitePowerDef(0)_ -1
     DynShare(0_PC_prefill) c_u_ShareLevel(0_PC_prefill)_ 1
     DynShare(0_PC_prefill) c_u_ShareOccupied(0_PC_prefill)_ 1
     DynShare(0_PC_prefill) c_u_ShareFloor(0_PC_prefill)_ -1
     DynShare(0_PC_prefill) c_e_ShareSum(PC_prefill)_ 1
     DynShare(0_PC_prefill) c_u_LeakageFloor(0)_ 0.011429271749978634
     DynShare(1_DC_decode) c_e_SitePowerDef(1)_ -1
     DynShare(1_DC_decode) c_u_ShareLevel(1_DC_decode)_ 1
     DynShare(1_DC_decode) c_u_ShareOccupied(1_DC_decode)_ 1
     DynShare(1_DC_decode) c_u_ShareFloor(1_DC_decode)_ -1
     DynShare(1_DC_decode) c_e_ShareSum(DC_decode)_ 1
     DynShare(1_DC_decode) c_u_LeakageFloor(1)_ 0.037958772478046861
     DynShare(1_DC_prefill) c_e_SitePowerDef(1)_ -1
     DynShare(1_DC_prefill) c_u_ShareLevel(1_DC_prefill)_ 1
     DynShare(1_DC_prefill) c_u_ShareOccupied(1_DC_prefill)_ 1
     DynShare(1_DC_prefill) c_u_ShareFloor(1_DC_prefill)_ -1
     DynShare(1_DC_prefill) c_e_ShareSum(DC_prefill)_ 1
     DynShare(1_DC_prefill) c_u_LeakageFloor(1)_ 0.037958772478046861
     DynShare(1_PC_decode) c_e_SitePowerDef(1)_ -1
     DynShare(1_PC_decode) c_u_ShareLevel(1_PC_decode)_ 1
     DynShare(1_PC_decode) c_u_ShareOccupied(1_PC_decode)_ 1
     DynShare(1_PC_decode) c_u_ShareFloor(1_PC_decode)_ -1
     DynShare(1_PC_decode) c_e_ShareSum(PC_decode)_ 1
     DynShare(1_PC_decode) c_u_LeakageFloor(1)_ 0.01076613784855481
     DynShare(1_PC_prefill) c_e_SitePowerDef(1)_ -1
     DynShare(1_PC_prefill) c_u_ShareLevel(1_PC_prefill)_ 1
     DynShare(1_PC_prefill) c_u_ShareOccupied(1_PC_prefill)_ 1
     DynShare(1_PC_prefill) c_u_ShareFloor(1_PC_prefill)_ -1
     DynShare(1_PC_prefill) c_e_ShareSum(PC_prefill)_ 1
     DynShare(1_PC_prefill) c_u_LeakageFloor(1)_ 0.01076613784855481
     DynShare(2_DC_decode) c_e_SitePowerDef(2)_ -1
     DynShare(2_DC_decode) c_u_ShareLevel(2_DC_decode)_ 1
     DynShare(2_DC_decode) c_u_ShareOccupied(2_DC_decode)_ 1
     DynShare(2_DC_decode) c_u_ShareFloor(2_DC_decode)_ -1
     DynShare(2_DC_decode) c_e_ShareSum(DC_decode)_ 1
     DynShare(2_DC_decode) c_u_LeakageFloor(2)_ 0.040219681164635909
     DynShare(2_DC_prefill) c_e_SitePowerDef(2)_ -1
     DynShare(2_DC_prefill) c_u_ShareLevel(2_DC_prefill)_ 1
     DynShare(2_DC_prefill) c_u_ShareOccupied(2_DC_prefill)_ 1
     DynShare(2_DC_prefill) c_u_ShareFloor(2_DC_prefill)_ -1
     DynShare(2_DC_prefill) c_e_ShareSum(DC_prefill)_ 1
     DynShare(2_DC_prefill) c_u_LeakageFloor(2)_ 0.040219681164635909
     DynShare(2_PC_decode) c_e_SitePowerDef(2)_ -1
     DynShare(2_PC_decode) c_u_ShareLevel(2_PC_decode)_ 1
     DynShare(2_PC_decode) c_u_ShareOccupied(2_PC_decode)_ 1
     DynShare(2_PC_decode) c_u_ShareFloor(2_PC_decode)_ -1
     DynShare(2_PC_decode) c_e_ShareSum(PC_decode)_ 1
     DynShare(2_PC_decode) c_u_LeakageFloor(2)_ 0.011429271749978726
     DynShare(2_PC_prefill) c_e_SitePowerDef(2)_ -1
     DynShare(2_PC_prefill) c_u_ShareLevel(2_PC_prefill)_ 1
     DynShare(2_PC_prefill) c_u_ShareOccupied(2_PC_prefill)_ 1
     DynShare(2_PC_prefill) c_u_ShareFloor(2_PC_prefill)_ -1
     DynShare(2_PC_prefill) c_e_ShareSum(PC_prefill)_ 1
     DynShare(2_PC_prefill) c_u_LeakageFloor(2)_ 0.011429271749978726
     DynShare(3_DC_decode) c_e_SitePowerDef(3)_ -1
     DynShare(3_DC_decode) c_u_ShareLevel(3_DC_decode)_ 1
     DynShare(3_DC_decode) c_u_ShareOccupied(3_DC_decode)_ 1
     DynShare(3_DC_decode) c_u_ShareFloor(3_DC_decode)_ -1
     DynShare(3_DC_decode) c_e_ShareSum(DC_decode)_ 1
     DynShare(3_DC_decode) c_u_LeakageFloor(3)_ 0.037958772478046854
     DynShare(3_DC_prefill) c_e_SitePowerDef(3)_ -1
     DynShare(3_DC_prefill) c_u_ShareLevel(3_DC_prefill)_ 1
     DynShare(3_DC_prefill) c_u_ShareOccupied(3_DC_prefill)_ 1
     DynShare(3_DC_prefill) c_u_ShareFloor(3_DC_prefill)_ -1
     DynShare(3_DC_prefill) c_e_ShareSum(DC_prefill)_ 1
     DynShare(3_DC_prefill) c_u_LeakageFloor(3)_ 0.037958772478046854
     DynShare(3_PC_decode) c_e_SitePowerDef(3)_ -1
     DynShare(3_PC_decode) c_u_ShareLevel(3_PC_decode)_ 1
     DynShare(3_PC_decode) c_u_ShareOccupied(3_PC_decode)_ 1
     DynShare(3_PC_decode) c_u_ShareFloor(3_PC_decode)_ -1
     DynShare(3_PC_decode) c_e_ShareSum(PC_decode)_ 1
     DynShare(3_PC_decode) c_u_LeakageFloor(3)_ 0.010766137848554758
     DynShare(3_PC_prefill) c_e_SitePowerDef(3)_ -1
     DynShare(3_PC_prefill) c_u_ShareLevel(3_PC_prefill)_ 1
     DynShare(3_PC_prefill) c_u_ShareOccupied(3_PC_prefill)_ 1
     DynShare(3_PC_prefill) c_u_ShareFloor(3_PC_prefill)_ -1
     DynShare(3_PC_prefill) c_e_ShareSum(PC_prefill)_ 1
     DynShare(3_PC_prefill) c_u_LeakageFloor(3)_ 0.010766137848554758
     DynShare(4_DC_decode) c_e_SitePowerDef(4)_ -1
     DynShare(4_DC_decode) c_u_ShareLevel(4_DC_decode)_ 1
     DynShare(4_DC_decode) c_u_ShareOccupied(4_DC_decode)_ 1
     DynShare(4_DC_decode) c_u_ShareFloor(4_DC_decode)_ -1
     DynShare(4_DC_decode) c_e_ShareSum(DC_decode)_ 1
     DynShare(4_DC_decode) c_u_LeakageFloor(4)_ 0.036004603747331228
     DynShare(4_DC_prefill) c_e_SitePowerDef(4)_ -1
     DynShare(4_DC_prefill) c_u_ShareLevel(4_DC_prefill)_ 1
     DynShare(4_DC_prefill) c_u_ShareOccupied(4_DC_prefill)_ 1
     DynShare(4_DC_prefill) c_u_ShareFloor(4_DC_prefill)_ -1
     DynShare(4_DC_prefill) c_e_ShareSum(DC_prefill)_ 1
     DynShare(4_DC_prefill) c_u_LeakageFloor(4)_ 0.036004603747331228
     DynShare(4_PC_decode) c_e_SitePowerDef(4)_ -1
     DynShare(4_PC_decode) c_u_ShareLevel(4_PC_decode)_ 1
     DynShare(4_PC_decode) c_u_ShareOccupied(4_PC_decode)_ 1
     DynShare(4_PC_decode) c_u_ShareFloor(4_PC_decode)_ -1
     DynShare(4_PC_decode) c_e_ShareSum(PC_decode)_ 1
     DynShare(4_PC_decode) c_u_LeakageFloor(4)_ 0.010191801463498858
     DynShare(4_PC_prefill) c_e_SitePowerDef(4)_ -1
     DynShare(4_PC_prefill) c_u_ShareLevel(4_PC_prefill)_ 1
     DynShare(4_PC_prefill) c_u_ShareOccupied(4_PC_prefill)_ 1
     DynShare(4_PC_prefill) c_u_ShareFloor(4_PC_prefill)_ -1
     DynShare(4_PC_prefill) c_e_ShareSum(PC_prefill)_ 1
     DynShare(4_PC_prefill) c_u_LeakageFloor(4)_ 0.010191801463498858
     DynShare(5_DC_decode) c_e_SitePowerDef(5)_ -1
     DynShare(5_DC_decode) c_u_ShareLevel(5_DC_decode)_ 1
     DynShare(5_DC_decode) c_u_ShareOccupied(5_DC_decode)_ 1
     DynShare(5_DC_decode) c_u_ShareFloor(5_DC_decode)_ -1
     DynShare(5_DC_decode) c_e_ShareSum(DC_decode)_ 1
     DynShare(5_DC_decode) c_u_LeakageFloor(5)_ 0.037958772478047367
     DynShare(5_DC_prefill) c_e_SitePowerDef(5)_ -1
     DynShare(5_DC_prefill) c_u_ShareLevel(5_DC_prefill)_ 1
     DynShare(5_DC_prefill) c_u_ShareOccupied(5_DC_prefill)_ 1
     DynShare(5_DC_prefill) c_u_ShareFloor(5_DC_prefill)_ -1
     DynShare(5_DC_prefill) c_e_ShareSum(DC_prefill)_ 1
     DynShare(5_DC_prefill) c_u_LeakageFloor(5)_ 0.037958772478047367
     DynShare(5_PC_decode) c_e_SitePowerDef(5)_ -1
     DynShare(5_PC_decode) c_u_ShareLevel(5_PC_decode)_ 1
     DynShare(5_PC_decode) c_u_ShareOccupied(5_PC_decode)_ 1
     DynShare(5_PC_decode) c_u_ShareFloor(5_PC_decode)_ -1
     DynShare(5_PC_decode) c_e_ShareSum(PC_decode)_ 1
     DynShare(5_PC_decode) c_u_LeakageFloor(5)_ 0.010766137848554819
     DynShare(5_PC_prefill) c_e_SitePowerDef(5)_ -1
     DynShare(5_PC_prefill) c_u_ShareLevel(5_PC_prefill)_ 1
     DynShare(5_PC_prefill) c_u_ShareOccupied(5_PC_prefill)_ 1
     DynShare(5_PC_prefill) c_u_ShareFloor(5_PC_prefill)_ -1
     DynShare(5_PC_prefill) c_e_ShareSum(PC_prefill)_ 1
     DynShare(5_PC_prefill) c_u_LeakageFloor(5)_ 0.010766137848554819
     DynShare(6_DC_decode) c_e_SitePowerDef(6)_ -1
     DynShare(6_DC_decode) c_u_ShareLevel(6_DC_decode)_ 1
     DynShare(6_DC_decode) c_u_ShareOccupied(6_DC_decode)_ 1
     DynShare(6_DC_decode) c_u_ShareFloor(6_DC_decode)_ -1
     DynShare(6_DC_decode) c_e_ShareSum(DC_decode)_ 1
     DynShare(6_DC_decode) c_u_LeakageFloor(6)_ 0.040219681164636652
     DynShare(6_DC_prefill) c_e_SitePowerDef(6)_ -1
     DynShare(6_DC_prefill) c_u_ShareLevel(6_DC_prefill)_ 1
     DynShare(6_DC_prefill) c_u_ShareOccupied(6_DC_prefill)_ 1
     DynShare(6_DC_prefill) c_u_ShareFloor(6_DC_prefill)_ -1
     DynShare(6_DC_prefill) c_e_ShareSum(DC_prefill)_ 1
     DynShare(6_DC_prefill) c_u_LeakageFloor(6)_ 0.040219681164636652
     DynShare(6_PC_decode) c_e_SitePowerDef(6)_ -1
     DynShare(6_PC_decode) c_u_ShareLevel(6_PC_decode)_ 1
     DynShare(6_PC_decode) c_u_ShareOccupied(6_PC_decode)_ 1
     DynShare(6_PC_decode) c_u_ShareFloor(6_PC_decode)_ -1
     DynShare(6_PC_decode) c_e_ShareSum(PC_decode)_ 1
     DynShare(6_PC_decode) c_u_LeakageFloor(6)_ 0.011429271749978615
     DynShare(6_PC_prefill) c_e_SitePowerDef(6)_ -1
     DynShare(6_PC_prefill) c_u_ShareLevel(6_PC_prefill)_ 1
     DynShare(6_PC_prefill) c_u_ShareOccupied(6_PC_prefill)_ 1
     DynShare(6_PC_prefill) c_u_ShareFloor(6_PC_prefill)_ -1
     DynShare(6_PC_prefill) c_e_ShareSum(PC_prefill)_ 1
     DynShare(6_PC_prefill) c_u_LeakageFloor(6)_ 0.011429271749978615
     DynShare(7_DC_decode) c_e_SitePowerDef(7)_ -1
     DynShare(7_DC_decode) c_u_ShareLevel(7_DC_decode)_ 1
     DynShare(7_DC_decode) c_u_ShareOccupied(7_DC_decode)_ 1
     DynShare(7_DC_decode) c_u_ShareFloor(7_DC_decode)_ -1
     DynShare(7_DC_decode) c_e_ShareSum(DC_decode)_ 1
     DynShare(7_DC_decode) c_u_LeakageFloor(7)_ 0.037958772478047818
     DynShare(7_DC_prefill) c_e_SitePowerDef(7)_ -1
     DynShare(7_DC_prefill) c_u_ShareLevel(7_DC_prefill)_ 1
     DynShare(7_DC_prefill) c_u_ShareOccupied(7_DC_prefill)_ 1
     DynShare(7_DC_prefill) c_u_ShareFloor(7_DC_prefill)_ -1
     DynShare(7_DC_prefill) c_e_ShareSum(DC_prefill)_ 1
     DynShare(7_DC_prefill) c_u_LeakageFloor(7)_ 0.037958772478047818
     DynShare(7_PC_decode) c_e_SitePowerDef(7)_ -1
     DynShare(7_PC_decode) c_u_ShareLevel(7_PC_decode)_ 1
     DynShare(7_PC_decode) c_u_ShareOccupied(7_PC_decode)_ 1
     DynShare(7_PC_decode) c_u_ShareFloor(7_PC_decode)_ -1
     DynShare(7_PC_decode) c_e_ShareSum(PC_decode)_ 1
     DynShare(7_PC_decode) c_u_LeakageFloor(7)_ 0.010766137848554831
     DynShare(7_PC_prefill) c_e_SitePowerDef(7)_ -1
     DynShare(7_PC_prefill) c_u_ShareLevel(7_PC_prefill)_ 1
     DynShare(7_PC_prefill) c_u_ShareOccupied(7_PC_prefill)_ 1
     DynShare(7_PC_prefill) c_u_ShareFloor(7_PC_prefill)_ -1
     DynShare(7_PC_prefill) c_e_ShareSum(PC_prefill)_ 1
     DynShare(7_PC_prefill) c_u_LeakageFloor(7)_ 0.010766137848554831
     DynShare(8_DC_decode) c_e_SitePowerDef(8)_ -1
     DynShare(8_DC_decode) c_u_ShareLevel(8_DC_decode)_ 1
     DynShare(8_DC_decode) c_u_ShareOccupied(8_DC_decode)_ 1
     DynShare(8_DC_decode) c_u_ShareFloor(8_DC_decode)_ -1
     DynShare(8_DC_decode) c_e_ShareSum(DC_decode)_ 1
     DynShare(8_DC_decode) c_u_LeakageFloor(8)_ 0.040219681164637443
     DynShare(8_DC_prefill) c_e_SitePowerDef(8)_ -1
     DynShare(8_DC_prefill) c_u_ShareLevel(8_DC_prefill)_ 1
     DynShare(8_DC_prefill) c_u_ShareOccupied(8_DC_prefill)_ 1
     DynShare(8_DC_prefill) c_u_ShareFloor(8_DC_prefill)_ -1
     DynShare(8_DC_prefill) c_e_ShareSum(DC_prefill)_ 1
     DynShare(8_DC_prefill) c_u_LeakageFloor(8)_ 0.040219681164637443
     DynShare(8_PC_decode) c_e_SitePowerDef(8)_ -1
     DynShare(8_PC_decode) c_u_ShareLevel(8_PC_decode)_ 1
     DynShare(8_PC_decode) c_u_ShareOccupied(8_PC_decode)_ 1
     DynShare(8_PC_decode) c_u_ShareFloor(8_PC_decode)_ -1
     DynShare(8_PC_decode) c_e_ShareSum(PC_decode)_ 1
     DynShare(8_PC_decode) c_u_LeakageFloor(8)_ 0.011429271749978924
     DynShare(8_PC_prefill) c_e_SitePowerDef(8)_ -1
     DynShare(8_PC_prefill) c_u_ShareLevel(8_PC_prefill)_ 1
     DynShare(8_PC_prefill) c_u_ShareOccupied(8_PC_prefill)_ 1
     DynShare(8_PC_prefill) c_u_ShareFloor(8_PC_prefill)_ -1
     DynShare(8_PC_prefill) c_e_ShareSum(PC_prefill)_ 1
     DynShare(8_PC_prefill) c_u_LeakageFloor(8)_ 0.011429271749978924
     LeakW(0) Objective 1
     LeakW(0) c_e_SitePowerDef(0)_ -1
     LeakW(0) c_u_PowerBudget_ 1
     LeakW(0) c_u_Leakage(DC_0)_ -1
     LeakW(0) c_u_Leakage(PC_0)_ -1
     LeakW(0) c_u_LeakageFloor(0)_ -1
     LeakW(1) Objective 1
     LeakW(1) c_e_SitePowerDef(1)_ -1
     LeakW(1) c_u_PowerBudget_ 1
     LeakW(1) c_u_Leakage(DC_1)_ -1
     LeakW(1) c_u_Leakage(PC_1)_ -1
     LeakW(1) c_u_LeakageFloor(1)_ -1
     LeakW(2) Objective 1
     LeakW(2) c_e_SitePowerDef(2)_ -1
     LeakW(2) c_u_PowerBudget_ 1
     LeakW(2) c_u_Leakage(DC_2)_ -1
     LeakW(2) c_u_Leakage(PC_2)_ -1
     LeakW(2) c_u_LeakageFloor(2)_ -1
     LeakW(3) Objective 1
     LeakW(3) c_e_SitePowerDef(3)_ -1
     LeakW(3) c_u_PowerBudget_ 1
     LeakW(3) c_u_Leakage(DC_3)_ -1
     LeakW(3) c_u_Leakage(PC_3)_ -1
     LeakW(3) c_u_LeakageFloor(3)_ -1
     LeakW(4) Objective 1
     LeakW(4) c_e_SitePowerDef(4)_ -1
     LeakW(4) c_u_PowerBudget_ 1
     LeakW(4) c_u_Leakage(DC_4)_ -1
     LeakW(4) c_u_Leakage(PC_4)_ -1
     LeakW(4) c_u_LeakageFloor(4)_ -1
     LeakW(5) Objective 1
     LeakW(5) c_e_SitePowerDef(5)_ -1
     LeakW(5) c_u_PowerBudget_ 1
     LeakW(5) c_u_Leakage(DC_5)_ -1
     LeakW(5) c_u_Leakage(PC_5)_ -1
     LeakW(5) c_u_LeakageFloor(5)_ -1
     LeakW(6) Objective 1
     LeakW(6) c_e_SitePowerDef(6)_ -1
     LeakW(6) c_u_PowerBudget_ 1
     LeakW(6) c_u_Leakage(DC_6)_ -1
     LeakW(6) c_u_Leakage(PC_6)_ -1
     LeakW(6) c_u_LeakageFloor(6)_ -1
     LeakW(7) Objective 1
     LeakW(7) c_e_SitePowerDef(7)_ -1
     LeakW(7) c_u_PowerBudget_ 1
     LeakW(7) c_u_Leakage(DC_7)_ -1
     LeakW(7) c_u_Leakage(PC_7)_ -1
     LeakW(7) c_u_LeakageFloor(7)_ -1
     LeakW(8) Objective 1
     LeakW(8) c_e_SitePowerDef(8)_ -1
     LeakW(8) c_u_PowerBudget_ 1
     LeakW(8) c_u_Leakage(DC_8)_ -1
     LeakW(8) c_u_Leakage(PC_8)_ -1
     LeakW(8) c_u_LeakageFloor(8)_ -1
     Occupied(0_DC_decode) Objective 91.549999999999997
     Occupied(0_DC_decode) c_e_OccupiedDef(0_DC_decode)_ 1
     Occupied(0_DC_decode) c_e_SitePowerDef(0)_ -91.549999999999997
     Occupied(0_DC_decode) c_u_SitePacking(0)_ 1
     Occupied(0_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(0_DC_decode) c_u_ShareOccupied(0_DC_decode)_ -332.77097552183591
     Occupied(0_DC_decode) c_u_ShareFloor(0_DC_decode)_ 332.77097552183591
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_0)_ 13.647457481130601
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_1)_ 9.4716372822219768
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_2)_ 18.118669680776648
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_3)_ 18.118669680778751
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_4)_ 13.647457481136087
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_5)_ 13.647457481132548
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_6)_ 18.118669680777643
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_7)_ 18.118669680780073
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_8)_ 13.647457481135248
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_9)_ 9.4716372822225594
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_10)_ 13.647457481135433
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_11)_ 13.647457481133159
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_12)_ 9.47163728222705
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_0)_ 6.1390206910513427
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_1)_ 1.8206881603573066
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_2)_ 10.751067979717007
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_3)_ 10.751067979719139
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_4)_ 6.1390206910567002
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_5)_ 6.1390206910532328
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_6)_ 10.751067979718059
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_7)_ 10.751067979720403
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_8)_ 6.1390206910558476
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_9)_ 1.8206881603577898
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_10)_ 6.1390206910560892
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_11)_ 6.1390206910537444
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_12)_ 1.8206881603623799
     Occupied(0_DC_decode) c_u_Leakage(DC_0)_ 100.18247193668162
     Occupied(0_DC_decode) c_u_LeakageFloor(0)_ 83.353628813769163
     Occupied(0_DC_decode) c_l_MirrorLeftRight_ 1
     Occupied(0_DC_decode) c_l_MirrorTopBottom_ 1
     Occupied(0_DC_prefill) Objective 91.549999999999997
     Occupied(0_DC_prefill) c_e_OccupiedDef(0_DC_prefill)_ 1
     Occupied(0_DC_prefill) c_e_SitePowerDef(0)_ -91.549999999999997
     Occupied(0_DC_prefill) c_u_SitePacking(0)_ 1
     Occupied(0_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(0_DC_prefill) c_u_ShareOccupied(0_DC_prefill)_ -228.75949065711603
     Occupied(0_DC_prefill) c_u_ShareFloor(0_DC_prefill)_ 228.75949065711603
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_0)_ 13.647457481130601
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_1)_ 9.4716372822219768
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_2)_ 18.118669680776648
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_3)_ 18.118669680778751
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_4)_ 13.647457481136087
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_5)_ 13.647457481132548
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_6)_ 18.118669680777643
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_7)_ 18.118669680780073
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_8)_ 13.647457481135248
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_9)_ 9.4716372822225594
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_10)_ 13.647457481135433
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_11)_ 13.647457481133159
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_12)_ 9.47163728222705
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_0)_ 6.1390206910513427
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_1)_ 1.8206881603573066
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_2)_ 10.751067979717007
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_3)_ 10.751067979719139
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_4)_ 6.1390206910567002
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_5)_ 6.1390206910532328
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_6)_ 10.751067979718059
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_7)_ 10.751067979720403
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_8)_ 6.1390206910558476
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_9)_ 1.8206881603577898
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_10)_ 6.1390206910560892
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_11)_ 6.1390206910537444
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_12)_ 1.8206881603623799
     Occupied(0_DC_prefill) c_u_Leakage(DC_0)_ 100.18247193668162
     Occupied(0_DC_prefill) c_u_LeakageFloor(0)_ 83.353628813769163
     Occupied(0_DC_prefill) c_l_MirrorLeftRight_ 2
     Occupied(0_DC_prefill) c_l_MirrorTopBottom_ 2
     Occupied(0_PC_decode) Objective 31.449999999999999
     Occupied(0_PC_decode) c_e_OccupiedDef(0_PC_decode)_ 1
     Occupied(0_PC_decode) c_e_SitePowerDef(0)_ -31.449999999999999
     Occupied(0_PC_decode) c_u_SitePacking(0)_ 1
     Occupied(0_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(0_PC_decode) c_u_ShareOccupied(0_PC_decode)_ -172.76647010996521
     Occupied(0_PC_decode) c_u_ShareFloor(0_PC_decode)_ 172.76647010996521
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_0)_ 5.0114443758300666
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_1)_ -0.50698087120616719
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_2)_ 11.308155991362099
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_3)_ 11.308155991362199
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_4)_ 5.0114443758353673
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_5)_ 5.0114443758287734
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_6)_ 11.308155991361218
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_7)_ 11.308155991361275
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_8)_ 5.0114443758354099
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_9)_ -0.50698087120841251
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_10)_ 5.0114443758324967
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_11)_ 5.011444375831303
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_12)_ -0.50698087120369451
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_0)_ -2.3855699957694867
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_1)_ -8.1325161354093609
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_2)_ 4.1366003928738593
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_3)_ 4.1366003928739303
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_4)_ -2.3855699957642571
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_5)_ -2.3855699957708083
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_6)_ 4.1366003928730919
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_7)_ 4.1366003928731203
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_8)_ -2.385569995764115
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_9)_ -8.1325161354116631
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_10)_ -2.385569995767014
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_11)_ -2.3855699957682788
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_12)_ -8.1325161354069735
     Occupied(0_PC_decode) c_u_Leakage(PC_0)_ 31.567775423691337
     Occupied(0_PC_decode) c_u_LeakageFloor(0)_ 25.484981630959364
     Occupied(0_PC_decode) c_l_MirrorLeftRight_ 3
     Occupied(0_PC_decode) c_l_MirrorTopBottom_ 3
     Occupied(0_PC_prefill) Objective 31.449999999999999
     Occupied(0_PC_prefill) c_e_OccupiedDef(0_PC_prefill)_ 1
     Occupied(0_PC_prefill) c_e_SitePowerDef(0)_ -31.449999999999999
     Occupied(0_PC_prefill) c_u_SitePacking(0)_ 1
     Occupied(0_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(0_PC_prefill) c_u_ShareOccupied(0_PC_prefill)_ -228.56626816558688
     Occupied(0_PC_prefill) c_u_ShareFloor(0_PC_prefill)_ 228.56626816558688
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_0)_ 5.0114443758300666
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_1)_ -0.50698087120616719
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_2)_ 11.308155991362099
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_3)_ 11.308155991362199
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_4)_ 5.0114443758353673
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_5)_ 5.0114443758287734
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_6)_ 11.308155991361218
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_7)_ 11.308155991361275
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_8)_ 5.0114443758354099
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_9)_ -0.50698087120841251
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_10)_ 5.0114443758324967
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_11)_ 5.011444375831303
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_12)_ -0.50698087120369451
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_0)_ -2.3855699957694867
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_1)_ -8.1325161354093609
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_2)_ 4.1366003928738593
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_3)_ 4.1366003928739303
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_4)_ -2.3855699957642571
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_5)_ -2.3855699957708083
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_6)_ 4.1366003928730919
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_7)_ 4.1366003928731203
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_8)_ -2.385569995764115
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_9)_ -8.1325161354116631
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_10)_ -2.385569995767014
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_11)_ -2.3855699957682788
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_12)_ -8.1325161354069735
     Occupied(0_PC_prefill) c_u_Leakage(PC_0)_ 31.567775423691337
     Occupied(0_PC_prefill) c_u_LeakageFloor(0)_ 25.484981630959364
     Occupied(0_PC_prefill) c_l_MirrorLeftRight_ 4
     Occupied(0_PC_prefill) c_l_MirrorTopBottom_ 4
     Occupied(1_DC_decode) Objective 91.549999999999997
     Occupied(1_DC_decode) c_e_OccupiedDef(1_DC_decode)_ 1
     Occupied(1_DC_decode) c_e_SitePowerDef(1)_ -91.549999999999997
     Occupied(1_DC_decode) c_u_SitePacking(1)_ 1
     Occupied(1_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(1_DC_decode) c_u_ShareOccupied(1_DC_decode)_ -332.77097552183591
     Occupied(1_DC_decode) c_u_ShareFloor(1_DC_decode)_ 332.77097552183591
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_0)_ 9.4716372822229005
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_1)_ 13.647457481132363
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_2)_ 13.647457481130317
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_3)_ 9.4716372822266948
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_4)_ 13.647457481137963
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_5)_ 18.118669680779036
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_6)_ 18.118669680778751
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_7)_ 13.647457481139895
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_8)_ 13.647457481139583
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_9)_ 18.118669680781082
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_10)_ 18.118669680780343
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_11)_ 13.647457481133344
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_12)_ 9.4716372822271637
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_13)_ 13.647457481137039
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_14)_ 13.647457481134168
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_15)_ 9.4716372822263253
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_0)_ 1.8206881603581735
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_1)_ 6.1390206910529486
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_2)_ 6.1390206910509164
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_3)_ 1.8206881603619962
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_4)_ 6.1390206910586471
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_5)_ 10.751067979719366
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_6)_ 10.751067979719096
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_7)_ 6.1390206910605372
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_8)_ 6.1390206910602103
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_9)_ 10.751067979721483
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_10)_ 10.751067979720773
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_11)_ 6.1390206910539575
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_12)_ 1.8206881603624936
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_13)_ 6.1390206910576666
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_14)_ 6.1390206910548244
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_15)_ 1.8206881603616125
     Occupied(1_DC_decode) c_u_Leakage(DC_1)_ 100.18247193668236
     Occupied(1_DC_decode) c_u_LeakageFloor(1)_ 82.973477254573339
     Occupied(1_DC_decode) c_l_MirrorTopBottom_ 1
     Occupied(1_DC_prefill) Objective 91.549999999999997
     Occupied(1_DC_prefill) c_e_OccupiedDef(1_DC_prefill)_ 1
     Occupied(1_DC_prefill) c_e_SitePowerDef(1)_ -91.549999999999997
     Occupied(1_DC_prefill) c_u_SitePacking(1)_ 1
     Occupied(1_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(1_DC_prefill) c_u_ShareOccupied(1_DC_prefill)_ -228.75949065711603
     Occupied(1_DC_prefill) c_u_ShareFloor(1_DC_prefill)_ 228.75949065711603
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_0)_ 9.4716372822229005
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_1)_ 13.647457481132363
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_2)_ 13.647457481130317
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_3)_ 9.4716372822266948
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_4)_ 13.647457481137963
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_5)_ 18.118669680779036
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_6)_ 18.118669680778751
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_7)_ 13.647457481139895
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_8)_ 13.647457481139583
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_9)_ 18.118669680781082
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_10)_ 18.118669680780343
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_11)_ 13.647457481133344
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_12)_ 9.4716372822271637
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_13)_ 13.647457481137039
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_14)_ 13.647457481134168
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_15)_ 9.4716372822263253
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_0)_ 1.8206881603581735
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_1)_ 6.1390206910529486
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_2)_ 6.1390206910509164
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_3)_ 1.8206881603619962
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_4)_ 6.1390206910586471
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_5)_ 10.751067979719366
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_6)_ 10.751067979719096
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_7)_ 6.1390206910605372
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_8)_ 6.1390206910602103
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_9)_ 10.751067979721483
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_10)_ 10.751067979720773
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_11)_ 6.1390206910539575
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_12)_ 1.8206881603624936
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_13)_ 6.1390206910576666
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_14)_ 6.1390206910548244
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_15)_ 1.8206881603616125
     Occupied(1_DC_prefill) c_u_Leakage(DC_1)_ 100.18247193668236
     Occupied(1_DC_prefill) c_u_LeakageFloor(1)_ 82.973477254573339
     Occupied(1_DC_prefill) c_l_MirrorTopBottom_ 2
     Occupied(1_PC_decode) Objective 31.449999999999999
     Occupied(1_PC_decode) c_e_OccupiedDef(1_PC_decode)_ 1
     Occupied(1_PC_decode) c_e_SitePowerDef(1)_ -31.449999999999999
     Occupied(1_PC_decode) c_u_SitePacking(1)_ 1
     Occupied(1_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(1_PC_decode) c_u_ShareOccupied(1_PC_decode)_ -172.76647010996521
     Occupied(1_PC_decode) c_u_ShareFloor(1_PC_decode)_ 172.76647010996521
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_0)_ -0.50698087120720459
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_1)_ 5.0114443758315872
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_2)_ 5.0114443758315019
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_3)_ -0.50698087120767354
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_4)_ 5.0114443758353389
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_5)_ 11.308155991364401
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_6)_ 11.308155991365368
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_7)_ 5.011444375833932
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_8)_ 5.0114443758354668
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_9)_ 11.308155991365993
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_10)_ 11.308155991365808
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_11)_ 5.0114443758352252
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_12)_ -0.50698087120331081
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_13)_ 5.0114443758365184
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_14)_ 5.011444375837101
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_15)_ -0.50698087120235868
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_0)_ -8.1325161354103841
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_1)_ -2.3855699957679519
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_2)_ -2.3855699957680088
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_3)_ -8.1325161354108388
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_4)_ -2.3855699957641434
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_5)_ 4.1366003928762041
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_6)_ 4.136600392877213
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_7)_ -2.3855699957656356
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_8)_ -2.3855699957640581
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_9)_ 4.1366003928777104
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_10)_ 4.1366003928775825
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_11)_ -2.385569995764385
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_12)_ -8.1325161354065187
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_13)_ -2.3855699957630492
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_14)_ -2.3855699957624381
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_15)_ -8.1325161354055524
     Occupied(1_PC_decode) c_u_Leakage(PC_1)_ 31.567775423691685
     Occupied(1_PC_decode) c_u_LeakageFloor(1)_ 25.44765275631536
     Occupied(1_PC_decode) c_l_MirrorTopBottom_ 3
     Occupied(1_PC_prefill) Objective 31.449999999999999
     Occupied(1_PC_prefill) c_e_OccupiedDef(1_PC_prefill)_ 1
     Occupied(1_PC_prefill) c_e_SitePowerDef(1)_ -31.449999999999999
     Occupied(1_PC_prefill) c_u_SitePacking(1)_ 1
     Occupied(1_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(1_PC_prefill) c_u_ShareOccupied(1_PC_prefill)_ -228.56626816558688
     Occupied(1_PC_prefill) c_u_ShareFloor(1_PC_prefill)_ 228.56626816558688
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_0)_ -0.50698087120720459
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_1)_ 5.0114443758315872
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_2)_ 5.0114443758315019
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_3)_ -0.50698087120767354
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_4)_ 5.0114443758353389
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_5)_ 11.308155991364401
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_6)_ 11.308155991365368
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_7)_ 5.011444375833932
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_8)_ 5.0114443758354668
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_9)_ 11.308155991365993
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_10)_ 11.308155991365808
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_11)_ 5.0114443758352252
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_12)_ -0.50698087120331081
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_13)_ 5.0114443758365184
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_14)_ 5.011444375837101
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_15)_ -0.50698087120235868
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_0)_ -8.1325161354103841
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_1)_ -2.3855699957679519
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_2)_ -2.3855699957680088
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_3)_ -8.1325161354108388
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_4)_ -2.3855699957641434
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_5)_ 4.1366003928762041
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_6)_ 4.136600392877213
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_7)_ -2.3855699957656356
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_8)_ -2.3855699957640581
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_9)_ 4.1366003928777104
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_10)_ 4.1366003928775825
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_11)_ -2.385569995764385
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_12)_ -8.1325161354065187
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_13)_ -2.3855699957630492
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_14)_ -2.3855699957624381
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_15)_ -8.1325161354055524
     Occupied(1_PC_prefill) c_u_Leakage(PC_1)_ 31.567775423691685
     Occupied(1_PC_prefill) c_u_LeakageFloor(1)_ 25.44765275631536
     Occupied(1_PC_prefill) c_l_MirrorTopBottom_ 4
     Occupied(2_DC_decode) Objective 91.549999999999997
     Occupied(2_DC_decode) c_e_OccupiedDef(2_DC_decode)_ 1
     Occupied(2_DC_decode) c_e_SitePowerDef(2)_ -91.549999999999997
     Occupied(2_DC_decode) c_u_SitePacking(2)_ 1
     Occupied(2_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(2_DC_decode) c_u_ShareOccupied(2_DC_decode)_ -332.77097552183591
     Occupied(2_DC_decode) c_u_ShareFloor(2_DC_decode)_ 332.77097552183591
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_0)_ 9.4716372822229573
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_1)_ 13.647457481131539
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_2)_ 13.647457481137138
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_3)_ 18.118669680781196
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_4)_ 18.118669680779348
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_5)_ 13.647457481138559
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_6)_ 18.118669680779163
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_7)_ 18.11866968077797
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_8)_ 13.647457481133287
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_9)_ 9.4716372822268511
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_10)_ 13.647457481137621
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_11)_ 13.647457481133074
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_12)_ 9.4716372822199588
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_0)_ 1.8206881603582588
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_1)_ 6.1390206910521243
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_2)_ 6.139020691057766
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_3)_ 10.751067979721697
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_4)_ 10.751067979719764
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_5)_ 6.1390206910591587
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_6)_ 10.751067979719636
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_7)_ 10.751067979718286
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_8)_ 6.1390206910539291
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_9)_ 1.8206881603621383
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_10)_ 6.139020691058235
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_11)_ 6.1390206910536875
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_12)_ 1.8206881603552603
     Occupied(2_DC_decode) c_u_Leakage(DC_2)_ 100.18247193668188
     Occupied(2_DC_decode) c_u_LeakageFloor(2)_ 83.353628813769234
     Occupied(2_DC_decode) c_l_MirrorLeftRight_ -1
     Occupied(2_DC_decode) c_l_MirrorTopBottom_ 1
     Occupied(2_DC_prefill) Objective 91.549999999999997
     Occupied(2_DC_prefill) c_e_OccupiedDef(2_DC_prefill)_ 1
     Occupied(2_DC_prefill) c_e_SitePowerDef(2)_ -91.549999999999997
     Occupied(2_DC_prefill) c_u_SitePacking(2)_ 1
     Occupied(2_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(2_DC_prefill) c_u_ShareOccupied(2_DC_prefill)_ -228.75949065711603
     Occupied(2_DC_prefill) c_u_ShareFloor(2_DC_prefill)_ 228.75949065711603
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_0)_ 9.4716372822229573
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_1)_ 13.647457481131539
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_2)_ 13.647457481137138
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_3)_ 18.118669680781196
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_4)_ 18.118669680779348
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_5)_ 13.647457481138559
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_6)_ 18.118669680779163
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_7)_ 18.11866968077797
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_8)_ 13.647457481133287
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_9)_ 9.4716372822268511
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_10)_ 13.647457481137621
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_11)_ 13.647457481133074
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_12)_ 9.4716372822199588
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_0)_ 1.8206881603582588
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_1)_ 6.1390206910521243
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_2)_ 6.139020691057766
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_3)_ 10.751067979721697
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_4)_ 10.751067979719764
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_5)_ 6.1390206910591587
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_6)_ 10.751067979719636
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_7)_ 10.751067979718286
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_8)_ 6.1390206910539291
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_9)_ 1.8206881603621383
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_10)_ 6.139020691058235
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_11)_ 6.1390206910536875
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_12)_ 1.8206881603552603
     Occupied(2_DC_prefill) c_u_Leakage(DC_2)_ 100.18247193668188
     Occupied(2_DC_prefill) c_u_LeakageFloor(2)_ 83.353628813769234
     Occupied(2_DC_prefill) c_l_MirrorLeftRight_ -2
     Occupied(2_DC_prefill) c_l_MirrorTopBottom_ 2
     Occupied(2_PC_decode) Objective 31.449999999999999
     Occupied(2_PC_decode) c_e_OccupiedDef(2_PC_decode)_ 1
     Occupied(2_PC_decode) c_e_SitePowerDef(2)_ -31.449999999999999
     Occupied(2_PC_decode) c_u_SitePacking(2)_ 1
     Occupied(2_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(2_PC_decode) c_u_ShareOccupied(2_PC_decode)_ -172.76647010996521
     Occupied(2_PC_decode) c_u_ShareFloor(2_PC_decode)_ 172.76647010996521
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_0)_ -0.50698087120596824
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_1)_ 5.0114443758328804
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_2)_ 5.0114443758339178
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_3)_ 11.308155991364202
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_4)_ 11.308155991360138
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_5)_ 5.0114443758352252
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_6)_ 11.308155991363662
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_7)_ 11.308155991360735
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_8)_ 5.0114443758291145
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_9)_ -0.50698087120153446
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_10)_ 5.011444375835282
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_11)_ 5.0114443758333067
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_12)_ -0.50698087120815671
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_0)_ -8.1325161354090767
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_1)_ -2.3855699957666161
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_2)_ -2.3855699957656498
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_3)_ 4.1366003928760051
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_4)_ 4.1366003928718413
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_5)_ -2.3855699957642571
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_6)_ 4.1366003928754367
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_7)_ 4.1366003928726087
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_8)_ -2.3855699957703678
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_9)_ -8.1325161354047282
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_10)_ -2.3855699957642003
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_11)_ -2.3855699957663461
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_12)_ -8.1325161354112652
     Occupied(2_PC_decode) c_u_Leakage(PC_2)_ 31.567775423691401
     Occupied(2_PC_decode) c_u_LeakageFloor(2)_ 25.484981630959371
     Occupied(2_PC_decode) c_l_MirrorLeftRight_ -3
     Occupied(2_PC_decode) c_l_MirrorTopBottom_ 3
     Occupied(2_PC_prefill) Objective 31.449999999999999
     Occupied(2_PC_prefill) c_e_OccupiedDef(2_PC_prefill)_ 1
     Occupied(2_PC_prefill) c_e_SitePowerDef(2)_ -31.449999999999999
     Occupied(2_PC_prefill) c_u_SitePacking(2)_ 1
     Occupied(2_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(2_PC_prefill) c_u_ShareOccupied(2_PC_prefill)_ -228.56626816558688
     Occupied(2_PC_prefill) c_u_ShareFloor(2_PC_prefill)_ 228.56626816558688
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_0)_ -0.50698087120596824
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_1)_ 5.0114443758328804
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_2)_ 5.0114443758339178
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_3)_ 11.308155991364202
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_4)_ 11.308155991360138
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_5)_ 5.0114443758352252
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_6)_ 11.308155991363662
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_7)_ 11.308155991360735
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_8)_ 5.0114443758291145
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_9)_ -0.50698087120153446
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_10)_ 5.011444375835282
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_11)_ 5.0114443758333067
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_12)_ -0.50698087120815671
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_0)_ -8.1325161354090767
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_1)_ -2.3855699957666161
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_2)_ -2.3855699957656498
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_3)_ 4.1366003928760051
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_4)_ 4.1366003928718413
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_5)_ -2.3855699957642571
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_6)_ 4.1366003928754367
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_7)_ 4.1366003928726087
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_8)_ -2.3855699957703678
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_9)_ -8.1325161354047282
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_10)_ -2.3855699957642003
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_11)_ -2.3855699957663461
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_12)_ -8.1325161354112652
     Occupied(2_PC_prefill) c_u_Leakage(PC_2)_ 31.567775423691401
     Occupied(2_PC_prefill) c_u_LeakageFloor(2)_ 25.484981630959371
     Occupied(2_PC_prefill) c_l_MirrorLeftRight_ -4
     Occupied(2_PC_prefill) c_l_MirrorTopBottom_ 4
     Occupied(3_DC_decode) Objective 91.549999999999997
     Occupied(3_DC_decode) c_e_OccupiedDef(3_DC_decode)_ 1
     Occupied(3_DC_decode) c_e_SitePowerDef(3)_ -91.549999999999997
     Occupied(3_DC_decode) c_u_SitePacking(3)_ 1
     Occupied(3_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(3_DC_decode) c_u_ShareOccupied(3_DC_decode)_ -332.77097552183591
     Occupied(3_DC_decode) c_u_ShareFloor(3_DC_decode)_ 332.77097552183591
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_0)_ 9.47163728222489
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_1)_ 13.647457481135802
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_2)_ 13.647457481138829
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_3)_ 9.4716372822286985
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_4)_ 13.647457481132989
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_5)_ 18.118669680777657
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_6)_ 18.118669680778424
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_7)_ 13.647457481136911
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_8)_ 13.647457481130374
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_9)_ 18.118669680778027
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_10)_ 18.118669680780329
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_11)_ 13.647457481135632
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_12)_ 9.47163728222651
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_13)_ 13.647457481138929
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_14)_ 13.647457481136627
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_15)_ 9.4716372822305743
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_0)_ 1.8206881603602199
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_1)_ 6.1390206910564871
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_2)_ 6.1390206910594713
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_3)_ 1.8206881603639431
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_4)_ 6.1390206910535596
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_5)_ 10.751067979718016
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_6)_ 10.75106797971884
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_7)_ 6.1390206910574818
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_8)_ 6.1390206910509448
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_9)_ 10.751067979718371
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_10)_ 10.751067979720773
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_11)_ 6.1390206910562028
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_12)_ 1.8206881603618399
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_13)_ 6.1390206910595566
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_14)_ 6.1390206910572687
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_15)_ 1.8206881603658758
     Occupied(3_DC_decode) c_u_Leakage(DC_3)_ 100.1824719366824
     Occupied(3_DC_decode) c_u_LeakageFloor(3)_ 82.973477254573339
     Occupied(3_DC_decode) c_l_MirrorLeftRight_ 1
     Occupied(3_DC_prefill) Objective 91.549999999999997
     Occupied(3_DC_prefill) c_e_OccupiedDef(3_DC_prefill)_ 1
     Occupied(3_DC_prefill) c_e_SitePowerDef(3)_ -91.549999999999997
     Occupied(3_DC_prefill) c_u_SitePacking(3)_ 1
     Occupied(3_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(3_DC_prefill) c_u_ShareOccupied(3_DC_prefill)_ -228.75949065711603
     Occupied(3_DC_prefill) c_u_ShareFloor(3_DC_prefill)_ 228.75949065711603
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_0)_ 9.47163728222489
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_1)_ 13.647457481135802
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_2)_ 13.647457481138829
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_3)_ 9.4716372822286985
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_4)_ 13.647457481132989
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_5)_ 18.118669680777657
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_6)_ 18.118669680778424
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_7)_ 13.647457481136911
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_8)_ 13.647457481130374
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_9)_ 18.118669680778027
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_10)_ 18.118669680780329
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_11)_ 13.647457481135632
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_12)_ 9.47163728222651
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_13)_ 13.647457481138929
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_14)_ 13.647457481136627
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_15)_ 9.4716372822305743
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_0)_ 1.8206881603602199
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_1)_ 6.1390206910564871
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_2)_ 6.1390206910594713
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_3)_ 1.8206881603639431
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_4)_ 6.1390206910535596
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_5)_ 10.751067979718016
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_6)_ 10.75106797971884
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_7)_ 6.1390206910574818
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_8)_ 6.1390206910509448
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_9)_ 10.751067979718371
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_10)_ 10.751067979720773
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_11)_ 6.1390206910562028
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_12)_ 1.8206881603618399
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_13)_ 6.1390206910595566
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_14)_ 6.1390206910572687
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_15)_ 1.8206881603658758
     Occupied(3_DC_prefill) c_u_Leakage(DC_3)_ 100.1824719366824
     Occupied(3_DC_prefill) c_u_LeakageFloor(3)_ 82.973477254573339
     Occupied(3_DC_prefill) c_l_MirrorLeftRight_ 2
     Occupied(3_PC_decode) Objective 31.449999999999999
     Occupied(3_PC_decode) c_e_OccupiedDef(3_PC_decode)_ 1
     Occupied(3_PC_decode) c_e_SitePowerDef(3)_ -31.449999999999999
     Occupied(3_PC_decode) c_u_SitePacking(3)_ 1
     Occupied(3_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(3_PC_decode) c_u_ShareOccupied(3_PC_decode)_ -172.76647010996521
     Occupied(3_PC_decode) c_u_ShareFloor(3_PC_decode)_ 172.76647010996521
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_0)_ -0.50698087120650825
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_1)_ 5.0114443758338751
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_2)_ 5.011444375831644
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_3)_ -0.50698087120539981
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_4)_ 5.0114443758313598
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_5)_ 11.308155991364359
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_6)_ 11.308155991364728
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_7)_ 5.0114443758340173
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_8)_ 5.0114443758327241
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_9)_ 11.308155991364998
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_10)_ 11.308155991366419
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_11)_ 5.0114443758342588
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_12)_ -0.5069808712082704
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_13)_ 5.0114443758337899
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_14)_ 5.0114443758366036
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_15)_ -0.50698087120386504
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_0)_ -8.1325161354096309
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_1)_ -2.385569995765664
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_2)_ -2.3855699957679093
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_3)_ -8.1325161354085793
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_4)_ -2.3855699957682219
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_5)_ 4.1366003928761046
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_6)_ 4.1366003928764457
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_7)_ -2.3855699957655503
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_8)_ -2.3855699957667866
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_9)_ 4.136600392876872
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_10)_ 4.136600392878151
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_11)_ -2.3855699957653655
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_12)_ -8.1325161354114641
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_13)_ -2.3855699957657919
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_14)_ -2.3855699957630065
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_15)_ -8.132516135407144
     Occupied(3_PC_decode) c_u_Leakage(PC_3)_ 31.567775423691593
     Occupied(3_PC_decode) c_u_LeakageFloor(3)_ 25.447652756315357
     Occupied(3_PC_decode) c_l_MirrorLeftRight_ 3
     Occupied(3_PC_prefill) Objective 31.449999999999999
     Occupied(3_PC_prefill) c_e_OccupiedDef(3_PC_prefill)_ 1
     Occupied(3_PC_prefill) c_e_SitePowerDef(3)_ -31.449999999999999
     Occupied(3_PC_prefill) c_u_SitePacking(3)_ 1
     Occupied(3_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(3_PC_prefill) c_u_ShareOccupied(3_PC_prefill)_ -228.56626816558688
     Occupied(3_PC_prefill) c_u_ShareFloor(3_PC_prefill)_ 228.56626816558688
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_0)_ -0.50698087120650825
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_1)_ 5.0114443758338751
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_2)_ 5.011444375831644
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_3)_ -0.50698087120539981
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_4)_ 5.0114443758313598
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_5)_ 11.308155991364359
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_6)_ 11.308155991364728
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_7)_ 5.0114443758340173
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_8)_ 5.0114443758327241
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_9)_ 11.308155991364998
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_10)_ 11.308155991366419
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_11)_ 5.0114443758342588
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_12)_ -0.5069808712082704
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_13)_ 5.0114443758337899
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_14)_ 5.0114443758366036
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_15)_ -0.50698087120386504
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_0)_ -8.1325161354096309
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_1)_ -2.385569995765664
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_2)_ -2.3855699957679093
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_3)_ -8.1325161354085793
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_4)_ -2.3855699957682219
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_5)_ 4.1366003928761046
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_6)_ 4.1366003928764457
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_7)_ -2.3855699957655503
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_8)_ -2.3855699957667866
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_9)_ 4.136600392876872
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_10)_ 4.136600392878151
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_11)_ -2.3855699957653655
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_12)_ -8.1325161354114641
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_13)_ -2.3855699957657919
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_14)_ -2.3855699957630065
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_15)_ -8.132516135407144
     Occupied(3_PC_prefill) c_u_Leakage(PC_3)_ 31.567775423691593
     Occupied(3_PC_prefill) c_u_LeakageFloor(3)_ 25.447652756315357
     Occupied(3_PC_prefill) c_l_MirrorLeftRight_ 4
     Occupied(4_DC_decode) Objective 91.549999999999997
     Occupied(4_DC_decode) c_e_OccupiedDef(4_DC_decode)_ 1
     Occupied(4_DC_decode) c_e_SitePowerDef(4)_ -91.549999999999997
     Occupied(4_DC_decode) c_u_SitePacking(4)_ 1
     Occupied(4_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(4_DC_decode) c_u_ShareOccupied(4_DC_decode)_ -332.77097552183591
     Occupied(4_DC_decode) c_u_ShareFloor(4_DC_decode)_ 332.77097552183591
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_0)_ 9.4716372822271779
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_1)_ 13.647457481138972
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_2)_ 13.647457481138048
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_3)_ 9.4716372822274195
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_4)_ 13.647457481137181
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_5)_ 18.118669680784009
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_6)_ 18.118669680782659
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_7)_ 13.647457481140009
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_8)_ 13.647457481137565
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_9)_ 18.118669680780641
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_10)_ 18.118669680780073
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_11)_ 13.647457481134296
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_12)_ 9.4716372822288406
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_13)_ 13.647457481137735
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_14)_ 13.647457481136399
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_15)_ 9.4716372822294801
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_0)_ 1.8206881603623231
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_1)_ 6.1390206910596419
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_2)_ 6.1390206910586613
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_3)_ 1.8206881603627494
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_4)_ 6.1390206910577803
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_5)_ 10.751067979724382
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_6)_ 10.75106797972316
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_7)_ 6.1390206910607503
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_8)_ 6.1390206910581213
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_9)_ 10.751067979721157
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_10)_ 10.751067979720489
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_11)_ 6.1390206910549523
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_12)_ 1.8206881603641705
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_13)_ 6.1390206910583629
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_14)_ 6.1390206910570839
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_15)_ 1.8206881603647673
     Occupied(4_DC_decode) c_u_Leakage(DC_4)_ 100.1824719366831
     Occupied(4_DC_decode) c_u_LeakageFloor(4)_ 82.644901273455687
     Occupied(4_DC_prefill) Objective 91.549999999999997
     Occupied(4_DC_prefill) c_e_OccupiedDef(4_DC_prefill)_ 1
     Occupied(4_DC_prefill) c_e_SitePowerDef(4)_ -91.549999999999997
     Occupied(4_DC_prefill) c_u_SitePacking(4)_ 1
     Occupied(4_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(4_DC_prefill) c_u_ShareOccupied(4_DC_prefill)_ -228.75949065711603
     Occupied(4_DC_prefill) c_u_ShareFloor(4_DC_prefill)_ 228.75949065711603
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_0)_ 9.4716372822271779
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_1)_ 13.647457481138972
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_2)_ 13.647457481138048
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_3)_ 9.4716372822274195
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_4)_ 13.647457481137181
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_5)_ 18.118669680784009
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_6)_ 18.118669680782659
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_7)_ 13.647457481140009
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_8)_ 13.647457481137565
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_9)_ 18.118669680780641
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_10)_ 18.118669680780073
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_11)_ 13.647457481134296
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_12)_ 9.4716372822288406
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_13)_ 13.647457481137735
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_14)_ 13.647457481136399
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_15)_ 9.4716372822294801
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_0)_ 1.8206881603623231
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_1)_ 6.1390206910596419
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_2)_ 6.1390206910586613
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_3)_ 1.8206881603627494
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_4)_ 6.1390206910577803
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_5)_ 10.751067979724382
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_6)_ 10.75106797972316
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_7)_ 6.1390206910607503
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_8)_ 6.1390206910581213
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_9)_ 10.751067979721157
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_10)_ 10.751067979720489
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_11)_ 6.1390206910549523
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_12)_ 1.8206881603641705
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_13)_ 6.1390206910583629
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_14)_ 6.1390206910570839
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_15)_ 1.8206881603647673
     Occupied(4_DC_prefill) c_u_Leakage(DC_4)_ 100.1824719366831
     Occupied(4_DC_prefill) c_u_LeakageFloor(4)_ 82.644901273455687
     Occupied(4_PC_decode) Objective 31.449999999999999
     Occupied(4_PC_decode) c_e_OccupiedDef(4_PC_decode)_ 1
     Occupied(4_PC_decode) c_e_SitePowerDef(4)_ -31.449999999999999
     Occupied(4_PC_decode) c_u_SitePacking(4)_ 1
     Occupied(4_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(4_PC_decode) c_u_ShareOccupied(4_PC_decode)_ -172.76647010996521
     Occupied(4_PC_decode) c_u_ShareFloor(4_PC_decode)_ 172.76647010996521
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_0)_ -0.50698087120497348
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_1)_ 5.0114443758370584
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_2)_ 5.0114443758396732
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_3)_ -0.50698087120247237
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_4)_ 5.0114443758346141
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_5)_ 11.308155991365069
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_6)_ 11.308155991365311
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_7)_ 5.0114443758357083
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_8)_ 5.0114443758335625
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_9)_ 11.308155991363719
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_10)_ 11.308155991364146
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_11)_ 5.0114443758334062
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_12)_ -0.50698087120383661
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_13)_ 5.011444375835282
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_14)_ 5.011444375837101
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_15)_ -0.50698087120372293
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_0)_ -8.1325161354082098
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_1)_ -2.385569995762495
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_2)_ -2.385569995759738
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_3)_ -8.1325161354056377
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_4)_ -2.3855699957649961
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_5)_ 4.1366003928768151
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_6)_ 4.1366003928769857
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_7)_ -2.3855699957638308
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_8)_ -2.3855699957658771
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_9)_ 4.1366003928754509
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_10)_ 4.136600392875863
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_11)_ -2.3855699957661756
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_12)_ -8.1325161354070019
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_13)_ -2.3855699957642003
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_14)_ -2.3855699957624097
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_15)_ -8.1325161354068882
     Occupied(4_PC_decode) c_u_Leakage(PC_4)_ 31.567775423691756
     Occupied(4_PC_decode) c_u_LeakageFloor(4)_ 25.415322436789829
     Occupied(4_PC_prefill) Objective 31.449999999999999
     Occupied(4_PC_prefill) c_e_OccupiedDef(4_PC_prefill)_ 1
     Occupied(4_PC_prefill) c_e_SitePowerDef(4)_ -31.449999999999999
     Occupied(4_PC_prefill) c_u_SitePacking(4)_ 1
     Occupied(4_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(4_PC_prefill) c_u_ShareOccupied(4_PC_prefill)_ -228.56626816558688
     Occupied(4_PC_prefill) c_u_ShareFloor(4_PC_prefill)_ 228.56626816558688
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_0)_ -0.50698087120497348
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_1)_ 5.0114443758370584
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_2)_ 5.0114443758396732
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_3)_ -0.50698087120247237
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_4)_ 5.0114443758346141
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_5)_ 11.308155991365069
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_6)_ 11.308155991365311
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_7)_ 5.0114443758357083
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_8)_ 5.0114443758335625
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_9)_ 11.308155991363719
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_10)_ 11.308155991364146
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_11)_ 5.0114443758334062
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_12)_ -0.50698087120383661
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_13)_ 5.011444375835282
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_14)_ 5.011444375837101
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_15)_ -0.50698087120372293
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_0)_ -8.1325161354082098
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_1)_ -2.385569995762495
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_2)_ -2.385569995759738
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_3)_ -8.1325161354056377
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_4)_ -2.3855699957649961
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_5)_ 4.1366003928768151
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_6)_ 4.1366003928769857
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_7)_ -2.3855699957638308
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_8)_ -2.3855699957658771
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_9)_ 4.1366003928754509
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_10)_ 4.136600392875863
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_11)_ -2.3855699957661756
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_12)_ -8.1325161354070019
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_13)_ -2.3855699957642003
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_14)_ -2.3855699957624097
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_15)_ -8.1325161354068882
     Occupied(4_PC_prefill) c_u_Leakage(PC_4)_ 31.567775423691756
     Occupied(4_PC_prefill) c_u_LeakageFloor(4)_ 25.415322436789829
     Occupied(5_DC_decode) Objective 91.549999999999997
     Occupied(5_DC_decode) c_e_OccupiedDef(5_DC_decode)_ 1
     Occupied(5_DC_decode) c_e_SitePowerDef(5)_ -91.549999999999997
     Occupied(5_DC_decode) c_u_SitePacking(5)_ 1
     Occupied(5_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(5_DC_decode) c_u_ShareOccupied(5_DC_decode)_ -332.77097552183591
     Occupied(5_DC_decode) c_u_ShareFloor(5_DC_decode)_ 332.77097552183591
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_0)_ 9.4716372822273058
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_1)_ 13.647457481138076
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_2)_ 13.64745748113917
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_3)_ 9.4716372822266806
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_4)_ 13.647457481139895
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_5)_ 18.11866968078219
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_6)_ 18.118669680780101
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_7)_ 13.647457481137025
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_8)_ 13.647457481135206
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_9)_ 18.118669680778396
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_10)_ 18.118669680779163
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_11)_ 13.647457481133429
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_12)_ 9.4716372822284427
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_13)_ 13.647457481138574
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_14)_ 13.647457481133046
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_15)_ 9.4716372822231278
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_0)_ 1.8206881603625362
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_1)_ 6.1390206910586897
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_2)_ 6.1390206910598266
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_3)_ 1.8206881603621383
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_4)_ 6.1390206910605798
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_5)_ 10.751067979722606
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_6)_ 10.751067979720517
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_7)_ 6.1390206910576666
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_8)_ 6.1390206910557907
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_9)_ 10.751067979718869
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_10)_ 10.751067979719451
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_11)_ 6.1390206910540854
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_12)_ 1.820688160363801
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_13)_ 6.1390206910591871
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_14)_ 6.1390206910536733
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_15)_ 1.820688160358543
     Occupied(5_DC_decode) c_u_Leakage(DC_5)_ 100.18247193668265
     Occupied(5_DC_decode) c_u_LeakageFloor(5)_ 82.973477254573424
     Occupied(5_DC_decode) c_l_MirrorLeftRight_ -1
     Occupied(5_DC_prefill) Objective 91.549999999999997
     Occupied(5_DC_prefill) c_e_OccupiedDef(5_DC_prefill)_ 1
     Occupied(5_DC_prefill) c_e_SitePowerDef(5)_ -91.549999999999997
     Occupied(5_DC_prefill) c_u_SitePacking(5)_ 1
     Occupied(5_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(5_DC_prefill) c_u_ShareOccupied(5_DC_prefill)_ -228.75949065711603
     Occupied(5_DC_prefill) c_u_ShareFloor(5_DC_prefill)_ 228.75949065711603
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_0)_ 9.4716372822273058
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_1)_ 13.647457481138076
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_2)_ 13.64745748113917
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_3)_ 9.4716372822266806
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_4)_ 13.647457481139895
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_5)_ 18.11866968078219
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_6)_ 18.118669680780101
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_7)_ 13.647457481137025
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_8)_ 13.647457481135206
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_9)_ 18.118669680778396
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_10)_ 18.118669680779163
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_11)_ 13.647457481133429
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_12)_ 9.4716372822284427
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_13)_ 13.647457481138574
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_14)_ 13.647457481133046
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_15)_ 9.4716372822231278
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_0)_ 1.8206881603625362
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_1)_ 6.1390206910586897
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_2)_ 6.1390206910598266
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_3)_ 1.8206881603621383
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_4)_ 6.1390206910605798
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_5)_ 10.751067979722606
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_6)_ 10.751067979720517
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_7)_ 6.1390206910576666
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_8)_ 6.1390206910557907
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_9)_ 10.751067979718869
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_10)_ 10.751067979719451
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_11)_ 6.1390206910540854
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_12)_ 1.820688160363801
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_13)_ 6.1390206910591871
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_14)_ 6.1390206910536733
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_15)_ 1.820688160358543
     Occupied(5_DC_prefill) c_u_Leakage(DC_5)_ 100.18247193668265
     Occupied(5_DC_prefill) c_u_LeakageFloor(5)_ 82.973477254573424
     Occupied(5_DC_prefill) c_l_MirrorLeftRight_ -2
     Occupied(5_PC_decode) Objective 31.449999999999999
     Occupied(5_PC_decode) c_e_OccupiedDef(5_PC_decode)_ 1
     Occupied(5_PC_decode) c_e_SitePowerDef(5)_ -31.449999999999999
     Occupied(5_PC_decode) c_u_SitePacking(5)_ 1
     Occupied(5_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(5_PC_decode) c_u_ShareOccupied(5_PC_decode)_ -172.76647010996521
     Occupied(5_PC_decode) c_u_ShareFloor(5_PC_decode)_ 172.76647010996521
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_0)_ -0.50698087120269975
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_1)_ 5.0114443758354241
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_2)_ 5.0114443758339178
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_3)_ -0.50698087120744617
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_4)_ 5.0114443758357652
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_5)_ 11.30815599136497
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_6)_ 11.308155991363364
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_7)_ 5.0114443758310188
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_8)_ 5.0114443758365468
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_9)_ 11.308155991364345
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_10)_ 11.308155991366675
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_11)_ 5.0114443758328946
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_12)_ -0.50698087120227342
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_13)_ 5.0114443758355094
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_14)_ 5.0114443758356231
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_15)_ -0.50698087120699142
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_0)_ -8.1325161354059077
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_1)_ -2.3855699957641292
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_2)_ -2.3855699957656356
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_3)_ -8.1325161354105973
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_4)_ -2.385569995763845
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_5)_ 4.1366003928767157
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_6)_ 4.136600392875053
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_7)_ -2.3855699957685488
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_8)_ -2.3855699957628644
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_9)_ 4.1366003928761188
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_10)_ 4.1366003928784352
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_11)_ -2.3855699957666729
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_12)_ -8.1325161354054103
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_13)_ -2.3855699957640297
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_14)_ -2.3855699957639445
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_15)_ -8.1325161354102136
     Occupied(5_PC_decode) c_u_Leakage(PC_5)_ 31.567775423691671
     Occupied(5_PC_decode) c_u_LeakageFloor(5)_ 25.44765275631536
     Occupied(5_PC_decode) c_l_MirrorLeftRight_ -3
     Occupied(5_PC_prefill) Objective 31.449999999999999
     Occupied(5_PC_prefill) c_e_OccupiedDef(5_PC_prefill)_ 1
     Occupied(5_PC_prefill) c_e_SitePowerDef(5)_ -31.449999999999999
     Occupied(5_PC_prefill) c_u_SitePacking(5)_ 1
     Occupied(5_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(5_PC_prefill) c_u_ShareOccupied(5_PC_prefill)_ -228.56626816558688
     Occupied(5_PC_prefill) c_u_ShareFloor(5_PC_prefill)_ 228.56626816558688
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_0)_ -0.50698087120269975
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_1)_ 5.0114443758354241
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_2)_ 5.0114443758339178
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_3)_ -0.50698087120744617
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_4)_ 5.0114443758357652
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_5)_ 11.30815599136497
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_6)_ 11.308155991363364
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_7)_ 5.0114443758310188
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_8)_ 5.0114443758365468
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_9)_ 11.308155991364345
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_10)_ 11.308155991366675
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_11)_ 5.0114443758328946
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_12)_ -0.50698087120227342
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_13)_ 5.0114443758355094
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_14)_ 5.0114443758356231
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_15)_ -0.50698087120699142
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_0)_ -8.1325161354059077
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_1)_ -2.3855699957641292
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_2)_ -2.3855699957656356
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_3)_ -8.1325161354105973
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_4)_ -2.385569995763845
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_5)_ 4.1366003928767157
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_6)_ 4.136600392875053
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_7)_ -2.3855699957685488
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_8)_ -2.3855699957628644
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_9)_ 4.1366003928761188
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_10)_ 4.1366003928784352
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_11)_ -2.3855699957666729
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_12)_ -8.1325161354054103
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_13)_ -2.3855699957640297
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_14)_ -2.3855699957639445
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_15)_ -8.1325161354102136
     Occupied(5_PC_prefill) c_u_Leakage(PC_5)_ 31.567775423691671
     Occupied(5_PC_prefill) c_u_LeakageFloor(5)_ 25.44765275631536
     Occupied(5_PC_prefill) c_l_MirrorLeftRight_ -4
     Occupied(6_DC_decode) Objective 91.549999999999997
     Occupied(6_DC_decode) c_e_OccupiedDef(6_DC_decode)_ 1
     Occupied(6_DC_decode) c_e_SitePowerDef(6)_ -91.549999999999997
     Occupied(6_DC_decode) c_u_SitePacking(6)_ 1
     Occupied(6_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(6_DC_decode) c_u_ShareOccupied(6_DC_decode)_ -332.77097552183591
     Occupied(6_DC_decode) c_u_ShareFloor(6_DC_decode)_ 332.77097552183591
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_0)_ 9.4716372822242363
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_1)_ 13.647457481137138
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_2)_ 13.647457481139412
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_3)_ 9.4716372822300627
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_4)_ 13.647457481132221
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_5)_ 18.118669680779107
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_6)_ 18.118669680781963
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_7)_ 13.647457481139583
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_8)_ 18.118669680779774
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_9)_ 18.118669680782162
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_10)_ 13.647457481136854
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_11)_ 13.647457481133301
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_12)_ 9.4716372822217636
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_0)_ 1.8206881603595662
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_1)_ 6.1390206910578371
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_2)_ 6.1390206910599261
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_3)_ 1.8206881603652789
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_4)_ 6.1390206910528491
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_5)_ 10.751067979719508
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_6)_ 10.751067979722436
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_7)_ 6.1390206910601961
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_8)_ 10.751067979720204
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_9)_ 10.751067979722549
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_10)_ 6.1390206910575245
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_11)_ 6.139020691054057
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_12)_ 1.8206881603571645
     Occupied(6_DC_decode) c_u_Leakage(DC_6)_ 100.1824719366824
     Occupied(6_DC_decode) c_u_LeakageFloor(6)_ 83.353628813769362
     Occupied(6_DC_decode) c_l_MirrorLeftRight_ 1
     Occupied(6_DC_decode) c_l_MirrorTopBottom_ -1
     Occupied(6_DC_prefill) Objective 91.549999999999997
     Occupied(6_DC_prefill) c_e_OccupiedDef(6_DC_prefill)_ 1
     Occupied(6_DC_prefill) c_e_SitePowerDef(6)_ -91.549999999999997
     Occupied(6_DC_prefill) c_u_SitePacking(6)_ 1
     Occupied(6_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(6_DC_prefill) c_u_ShareOccupied(6_DC_prefill)_ -228.75949065711603
     Occupied(6_DC_prefill) c_u_ShareFloor(6_DC_prefill)_ 228.75949065711603
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_0)_ 9.4716372822242363
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_1)_ 13.647457481137138
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_2)_ 13.647457481139412
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_3)_ 9.4716372822300627
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_4)_ 13.647457481132221
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_5)_ 18.118669680779107
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_6)_ 18.118669680781963
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_7)_ 13.647457481139583
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_8)_ 18.118669680779774
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_9)_ 18.118669680782162
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_10)_ 13.647457481136854
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_11)_ 13.647457481133301
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_12)_ 9.4716372822217636
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_0)_ 1.8206881603595662
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_1)_ 6.1390206910578371
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_2)_ 6.1390206910599261
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_3)_ 1.8206881603652789
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_4)_ 6.1390206910528491
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_5)_ 10.751067979719508
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_6)_ 10.751067979722436
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_7)_ 6.1390206910601961
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_8)_ 10.751067979720204
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_9)_ 10.751067979722549
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_10)_ 6.1390206910575245
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_11)_ 6.139020691054057
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_12)_ 1.8206881603571645
     Occupied(6_DC_prefill) c_u_Leakage(DC_6)_ 100.1824719366824
     Occupied(6_DC_prefill) c_u_LeakageFloor(6)_ 83.353628813769362
     Occupied(6_DC_prefill) c_l_MirrorLeftRight_ 2
     Occupied(6_DC_prefill) c_l_MirrorTopBottom_ -2
     Occupied(6_PC_decode) Objective 31.449999999999999
     Occupied(6_PC_decode) c_e_OccupiedDef(6_PC_decode)_ 1
     Occupied(6_PC_decode) c_e_SitePowerDef(6)_ -31.449999999999999
     Occupied(6_PC_decode) c_u_SitePacking(6)_ 1
     Occupied(6_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(6_PC_decode) c_u_ShareOccupied(6_PC_decode)_ -172.76647010996521
     Occupied(6_PC_decode) c_u_ShareFloor(6_PC_decode)_ 172.76647010996521
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_0)_ -0.506980871206963
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_1)_ 5.0114443758326246
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_2)_ 5.0114443758351968
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_3)_ -0.50698087120187552
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_4)_ 5.0114443758287877
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_5)_ 11.308155991361431
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_6)_ 11.308155991362241
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_7)_ 5.0114443758348557
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_8)_ 11.308155991361502
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_9)_ 11.308155991361161
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_10)_ 5.0114443758339178
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_11)_ 5.0114443758303509
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_12)_ -0.50698087120845514
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_0)_ -8.1325161354100715
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_1)_ -2.3855699957669287
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_2)_ -2.3855699957643424
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_3)_ -8.1325161354050408
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_4)_ -2.3855699957707941
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_5)_ 4.1366003928731772
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_6)_ 4.136600392873973
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_7)_ -2.3855699957647118
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_8)_ 4.1366003928733051
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_9)_ 4.1366003928730208
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_10)_ -2.3855699957656782
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_11)_ -2.3855699957691598
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_12)_ -8.1325161354116204
     Occupied(6_PC_decode) c_u_Leakage(PC_6)_ 31.567775423691337
     Occupied(6_PC_decode) c_u_LeakageFloor(6)_ 25.484981630959364
     Occupied(6_PC_decode) c_l_MirrorLeftRight_ 3
     Occupied(6_PC_decode) c_l_MirrorTopBottom_ -3
     Occupied(6_PC_prefill) Objective 31.449999999999999
     Occupied(6_PC_prefill) c_e_OccupiedDef(6_PC_prefill)_ 1
     Occupied(6_PC_prefill) c_e_SitePowerDef(6)_ -31.449999999999999
     Occupied(6_PC_prefill) c_u_SitePacking(6)_ 1
     Occupied(6_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(6_PC_prefill) c_u_ShareOccupied(6_PC_prefill)_ -228.56626816558688
     Occupied(6_PC_prefill) c_u_ShareFloor(6_PC_prefill)_ 228.56626816558688
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_0)_ -0.506980871206963
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_1)_ 5.0114443758326246
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_2)_ 5.0114443758351968
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_3)_ -0.50698087120187552
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_4)_ 5.0114443758287877
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_5)_ 11.308155991361431
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_6)_ 11.308155991362241
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_7)_ 5.0114443758348557
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_8)_ 11.308155991361502
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_9)_ 11.308155991361161
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_10)_ 5.0114443758339178
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_11)_ 5.0114443758303509
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_12)_ -0.50698087120845514
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_0)_ -8.1325161354100715
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_1)_ -2.3855699957669287
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_2)_ -2.3855699957643424
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_3)_ -8.1325161354050408
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_4)_ -2.3855699957707941
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_5)_ 4.1366003928731772
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_6)_ 4.136600392873973
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_7)_ -2.3855699957647118
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_8)_ 4.1366003928733051
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_9)_ 4.1366003928730208
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_10)_ -2.3855699957656782
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_11)_ -2.3855699957691598
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_12)_ -8.1325161354116204
     Occupied(6_PC_prefill) c_u_Leakage(PC_6)_ 31.567775423691337
     Occupied(6_PC_prefill) c_u_LeakageFloor(6)_ 25.484981630959364
     Occupied(6_PC_prefill) c_l_MirrorLeftRight_ 4
     Occupied(6_PC_prefill) c_l_MirrorTopBottom_ -4
     Occupied(7_DC_decode) Objective 91.549999999999997
     Occupied(7_DC_decode) c_e_OccupiedDef(7_DC_decode)_ 1
     Occupied(7_DC_decode) c_e_SitePowerDef(7)_ -91.549999999999997
     Occupied(7_DC_decode) c_u_SitePacking(7)_ 1
     Occupied(7_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(7_DC_decode) c_u_ShareOccupied(7_DC_decode)_ -332.77097552183591
     Occupied(7_DC_decode) c_u_ShareFloor(7_DC_decode)_ 332.77097552183591
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_0)_ 9.4716372822295796
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_1)_ 13.64745748113819
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_2)_ 13.647457481139782
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_3)_ 9.4716372822307733
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_4)_ 13.647457481138815
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_5)_ 18.118669680783228
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_6)_ 18.118669680781849
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_7)_ 13.647457481137963
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_8)_ 13.647457481140719
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_9)_ 18.118669680781792
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_10)_ 18.1186696807804
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_11)_ 13.647457481133216
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_12)_ 9.4716372822260126
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_13)_ 13.647457481136939
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_14)_ 13.64745748113441
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_15)_ 9.4716372822233552
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_0)_ 1.8206881603647673
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_1)_ 6.1390206910587182
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_2)_ 6.1390206910604377
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_3)_ 1.8206881603662168
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_4)_ 6.1390206910594003
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_5)_ 10.751067979723629
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_6)_ 10.751067979722379
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_7)_ 6.1390206910586329
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_8)_ 6.1390206910613898
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_9)_ 10.751067979722208
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_10)_ 10.751067979720744
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_11)_ 6.1390206910538581
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_12)_ 1.8206881603613567
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_13)_ 6.1390206910576097
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_14)_ 6.1390206910550376
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_15)_ 1.8206881603587135
     Occupied(7_DC_decode) c_u_Leakage(DC_7)_ 100.18247193668304
     Occupied(7_DC_decode) c_u_LeakageFloor(7)_ 82.973477254573496
     Occupied(7_DC_decode) c_l_MirrorTopBottom_ -1
     Occupied(7_DC_prefill) Objective 91.549999999999997
     Occupied(7_DC_prefill) c_e_OccupiedDef(7_DC_prefill)_ 1
     Occupied(7_DC_prefill) c_e_SitePowerDef(7)_ -91.549999999999997
     Occupied(7_DC_prefill) c_u_SitePacking(7)_ 1
     Occupied(7_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(7_DC_prefill) c_u_ShareOccupied(7_DC_prefill)_ -228.75949065711603
     Occupied(7_DC_prefill) c_u_ShareFloor(7_DC_prefill)_ 228.75949065711603
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_0)_ 9.4716372822295796
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_1)_ 13.64745748113819
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_2)_ 13.647457481139782
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_3)_ 9.4716372822307733
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_4)_ 13.647457481138815
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_5)_ 18.118669680783228
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_6)_ 18.118669680781849
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_7)_ 13.647457481137963
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_8)_ 13.647457481140719
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_9)_ 18.118669680781792
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_10)_ 18.1186696807804
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_11)_ 13.647457481133216
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_12)_ 9.4716372822260126
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_13)_ 13.647457481136939
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_14)_ 13.64745748113441
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_15)_ 9.4716372822233552
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_0)_ 1.8206881603647673
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_1)_ 6.1390206910587182
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_2)_ 6.1390206910604377
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_3)_ 1.8206881603662168
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_4)_ 6.1390206910594003
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_5)_ 10.751067979723629
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_6)_ 10.751067979722379
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_7)_ 6.1390206910586329
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_8)_ 6.1390206910613898
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_9)_ 10.751067979722208
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_10)_ 10.751067979720744
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_11)_ 6.1390206910538581
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_12)_ 1.8206881603613567
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_13)_ 6.1390206910576097
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_14)_ 6.1390206910550376
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_15)_ 1.8206881603587135
     Occupied(7_DC_prefill) c_u_Leakage(DC_7)_ 100.18247193668304
     Occupied(7_DC_prefill) c_u_LeakageFloor(7)_ 82.973477254573496
     Occupied(7_DC_prefill) c_l_MirrorTopBottom_ -2
     Occupied(7_PC_decode) Objective 31.449999999999999
     Occupied(7_PC_decode) c_e_OccupiedDef(7_PC_decode)_ 1
     Occupied(7_PC_decode) c_e_SitePowerDef(7)_ -31.449999999999999
     Occupied(7_PC_decode) c_u_SitePacking(7)_ 1
     Occupied(7_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(7_PC_decode) c_u_ShareOccupied(7_PC_decode)_ -172.76647010996521
     Occupied(7_PC_decode) c_u_ShareFloor(7_PC_decode)_ 172.76647010996521
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_0)_ -0.50698087120247237
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_1)_ 5.0114443758375842
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_2)_ 5.0114443758380105
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_3)_ -0.50698087120380819
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_4)_ 5.0114443758344578
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_5)_ 11.30815599136514
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_6)_ 11.30815599136622
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_7)_ 5.0114443758353673
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_8)_ 5.0114443758334488
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_9)_ 11.308155991364288
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_10)_ 11.308155991365311
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_11)_ 5.0114443758341736
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_12)_ -0.50698087120680668
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_13)_ 5.0114443758306919
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_14)_ 5.0114443758327525
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_15)_ -0.50698087120662194
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_0)_ -8.1325161354056945
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_1)_ -2.3855699957619834
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_2)_ -2.3855699957614718
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_3)_ -8.1325161354069735
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_4)_ -2.3855699957651666
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_5)_ 4.1366003928769288
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_6)_ 4.1366003928779946
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_7)_ -2.3855699957641718
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_8)_ -2.3855699957661045
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_9)_ 4.1366003928760193
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_10)_ 4.1366003928770709
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_11)_ -2.3855699957654224
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_12)_ -8.1325161354100004
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_13)_ -2.3855699957688472
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_14)_ -2.3855699957668151
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_15)_ -8.1325161354098157
     Occupied(7_PC_decode) c_u_Leakage(PC_7)_ 31.567775423691682
     Occupied(7_PC_decode) c_u_LeakageFloor(7)_ 25.44765275631536
     Occupied(7_PC_decode) c_l_MirrorTopBottom_ -3
     Occupied(7_PC_prefill) Objective 31.449999999999999
     Occupied(7_PC_prefill) c_e_OccupiedDef(7_PC_prefill)_ 1
     Occupied(7_PC_prefill) c_e_SitePowerDef(7)_ -31.449999999999999
     Occupied(7_PC_prefill) c_u_SitePacking(7)_ 1
     Occupied(7_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(7_PC_prefill) c_u_ShareOccupied(7_PC_prefill)_ -228.56626816558688
     Occupied(7_PC_prefill) c_u_ShareFloor(7_PC_prefill)_ 228.56626816558688
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_0)_ -0.50698087120247237
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_1)_ 5.0114443758375842
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_2)_ 5.0114443758380105
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_3)_ -0.50698087120380819
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_4)_ 5.0114443758344578
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_5)_ 11.30815599136514
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_6)_ 11.30815599136622
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_7)_ 5.0114443758353673
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_8)_ 5.0114443758334488
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_9)_ 11.308155991364288
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_10)_ 11.308155991365311
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_11)_ 5.0114443758341736
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_12)_ -0.50698087120680668
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_13)_ 5.0114443758306919
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_14)_ 5.0114443758327525
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_15)_ -0.50698087120662194
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_0)_ -8.1325161354056945
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_1)_ -2.3855699957619834
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_2)_ -2.3855699957614718
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_3)_ -8.1325161354069735
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_4)_ -2.3855699957651666
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_5)_ 4.1366003928769288
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_6)_ 4.1366003928779946
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_7)_ -2.3855699957641718
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_8)_ -2.3855699957661045
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_9)_ 4.1366003928760193
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_10)_ 4.1366003928770709
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_11)_ -2.3855699957654224
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_12)_ -8.1325161354100004
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_13)_ -2.3855699957688472
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_14)_ -2.3855699957668151
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_15)_ -8.1325161354098157
     Occupied(7_PC_prefill) c_u_Leakage(PC_7)_ 31.567775423691682
     Occupied(7_PC_prefill) c_u_LeakageFloor(7)_ 25.44765275631536
     Occupied(7_PC_prefill) c_l_MirrorTopBottom_ -4
     Occupied(8_DC_decode) Objective 91.549999999999997
     Occupied(8_DC_decode) c_e_OccupiedDef(8_DC_decode)_ 1
     Occupied(8_DC_decode) c_e_SitePowerDef(8)_ -91.549999999999997
     Occupied(8_DC_decode) c_u_SitePacking(8)_ 1
     Occupied(8_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(8_DC_decode) c_u_ShareOccupied(8_DC_decode)_ -332.77097552183591
     Occupied(8_DC_decode) c_u_ShareFloor(8_DC_decode)_ 332.77097552183591
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_0)_ 9.4716372822278458
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_1)_ 13.647457481139838
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_2)_ 13.647457481137252
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_3)_ 9.4716372822244068
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_4)_ 13.647457481137309
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_5)_ 18.118669680783128
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_6)_ 18.118669680779192
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_7)_ 13.647457481135419
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_8)_ 13.647457481138446
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_9)_ 18.11866968078165
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_10)_ 18.118669680782588
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_11)_ 9.4716372822268795
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_12)_ 13.647457481136783
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_0)_ 1.8206881603631615
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_1)_ 6.1390206910605229
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_2)_ 6.1390206910578229
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_3)_ 1.8206881603597509
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_4)_ 6.1390206910579508
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_5)_ 10.751067979723544
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_6)_ 10.751067979719593
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_7)_ 6.1390206910560892
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_8)_ 6.1390206910590308
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_9)_ 10.751067979722109
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_10)_ 10.751067979722976
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_11)_ 1.8206881603622378
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_12)_ 6.1390206910574676
     Occupied(8_DC_decode) c_u_Leakage(DC_8)_ 100.18247193668273
     Occupied(8_DC_decode) c_u_LeakageFloor(8)_ 83.35362881376949
     Occupied(8_DC_decode) c_l_MirrorLeftRight_ -1
     Occupied(8_DC_decode) c_l_MirrorTopBottom_ -1
     Occupied(8_DC_prefill) Objective 91.549999999999997
     Occupied(8_DC_prefill) c_e_OccupiedDef(8_DC_prefill)_ 1
     Occupied(8_DC_prefill) c_e_SitePowerDef(8)_ -91.549999999999997
     Occupied(8_DC_prefill) c_u_SitePacking(8)_ 1
     Occupied(8_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(8_DC_prefill) c_u_ShareOccupied(8_DC_prefill)_ -228.75949065711603
     Occupied(8_DC_prefill) c_u_ShareFloor(8_DC_prefill)_ 228.75949065711603
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_0)_ 9.4716372822278458
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_1)_ 13.647457481139838
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_2)_ 13.647457481137252
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_3)_ 9.4716372822244068
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_4)_ 13.647457481137309
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_5)_ 18.118669680783128
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_6)_ 18.118669680779192
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_7)_ 13.647457481135419
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_8)_ 13.647457481138446
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_9)_ 18.11866968078165
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_10)_ 18.118669680782588
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_11)_ 9.4716372822268795
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_12)_ 13.647457481136783
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_0)_ 1.8206881603631615
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_1)_ 6.1390206910605229
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_2)_ 6.1390206910578229
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_3)_ 1.8206881603597509
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_4)_ 6.1390206910579508
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_5)_ 10.751067979723544
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_6)_ 10.751067979719593
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_7)_ 6.1390206910560892
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_8)_ 6.1390206910590308
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_9)_ 10.751067979722109
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_10)_ 10.751067979722976
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_11)_ 1.8206881603622378
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_12)_ 6.1390206910574676
     Occupied(8_DC_prefill) c_u_Leakage(DC_8)_ 100.18247193668273
     Occupied(8_DC_prefill) c_u_LeakageFloor(8)_ 83.35362881376949
     Occupied(8_DC_prefill) c_l_MirrorLeftRight_ -2
     Occupied(8_DC_prefill) c_l_MirrorTopBottom_ -2
     Occupied(8_PC_decode) Objective 31.449999999999999
     Occupied(8_PC_decode) c_e_OccupiedDef(8_PC_decode)_ 1
     Occupied(8_PC_decode) c_e_SitePowerDef(8)_ -31.449999999999999
     Occupied(8_PC_decode) c_u_SitePacking(8)_ 1
     Occupied(8_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(8_PC_decode) c_u_ShareOccupied(8_PC_decode)_ -172.76647010996521
     Occupied(8_PC_decode) c_u_ShareFloor(8_PC_decode)_ 172.76647010996521
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_0)_ -0.50698087120369451
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_1)_ 5.0114443758348841
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_2)_ 5.0114443758353673
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_3)_ -0.50698087120767354
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_4)_ 5.0114443758349694
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_5)_ 11.308155991365297
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_6)_ 11.308155991362739
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_7)_ 5.0114443758309619
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_8)_ 5.0114443758338325
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_9)_ 11.308155991362241
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_10)_ 11.308155991363719
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_11)_ -0.50698087120636615
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_12)_ 5.011444375832923
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_0)_ -8.1325161354069166
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_1)_ -2.3855699957647261
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_2)_ -2.3855699957641576
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_3)_ -8.1325161354108388
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_4)_ -2.3855699957646124
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_5)_ 4.1366003928770425
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_6)_ 4.1366003928744419
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_7)_ -2.3855699957686056
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_8)_ -2.3855699957656782
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_9)_ 4.1366003928739872
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_10)_ 4.1366003928755219
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_11)_ -8.1325161354095599
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_12)_ -2.3855699957666445
     Occupied(8_PC_decode) c_u_Leakage(PC_8)_ 31.567775423691511
     Occupied(8_PC_decode) c_u_LeakageFloor(8)_ 25.484981630959382
     Occupied(8_PC_decode) c_l_MirrorLeftRight_ -3
     Occupied(8_PC_decode) c_l_MirrorTopBottom_ -3
     Occupied(8_PC_prefill) Objective 31.449999999999999
     Occupied(8_PC_prefill) c_e_OccupiedDef(8_PC_prefill)_ 1
     Occupied(8_PC_prefill) c_e_SitePowerDef(8)_ -31.449999999999999
     Occupied(8_PC_prefill) c_u_SitePacking(8)_ 1
     Occupied(8_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(8_PC_prefill) c_u_ShareOccupied(8_PC_prefill)_ -228.56626816558688
     Occupied(8_PC_prefill) c_u_ShareFloor(8_PC_prefill)_ 228.56626816558688
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_0)_ -0.50698087120369451
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_1)_ 5.0114443758348841
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_2)_ 5.0114443758353673
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_3)_ -0.50698087120767354
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_4)_ 5.0114443758349694
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_5)_ 11.308155991365297
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_6)_ 11.308155991362739
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_7)_ 5.0114443758309619
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_8)_ 5.0114443758338325
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_9)_ 11.308155991362241
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_10)_ 11.308155991363719
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_11)_ -0.50698087120636615
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_12)_ 5.011444375832923
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_0)_ -8.1325161354069166
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_1)_ -2.3855699957647261
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_2)_ -2.3855699957641576
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_3)_ -8.1325161354108388
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_4)_ -2.3855699957646124
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_5)_ 4.1366003928770425
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_6)_ 4.1366003928744419
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_7)_ -2.3855699957686056
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_8)_ -2.3855699957656782
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_9)_ 4.1366003928739872
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_10)_ 4.1366003928755219
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_11)_ -8.1325161354095599
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_12)_ -2.3855699957666445
     Occupied(8_PC_prefill) c_u_Leakage(PC_8)_ 31.567775423691511
     Occupied(8_PC_prefill) c_u_LeakageFloor(8)_ 25.484981630959382
     Occupied(8_PC_prefill) c_l_MirrorLeftRight_ -4
     Occupied(8_PC_prefill) c_l_MirrorTopBottom_ -4
     SitePower_W(0) c_e_SitePowerDef(0)_ 1
     SitePower_W(0) c_u_Thermal(DC_dram_0_0)_ 0.11452428902422702
     SitePower_W(0) c_u_Thermal(DC_dram_0_1)_ 0.093109143661285657
     SitePower_W(0) c_u_Thermal(DC_dram_0_2)_ 0.12593525481390305
     SitePower_W(0) c_u_Thermal(DC_dram_0_3)_ 0.12175320616448289
     SitePower_W(0) c_u_Thermal(DC_dram_0_4)_ 0.099251378412457986
     SitePower_W(0) c_u_Thermal(DC_dram_0_5)_ 0.1145242890242304
     SitePower_W(0) c_u_Thermal(DC_dram_0_6)_ 0.12175320616448095
     SitePower_W(0) c_u_Thermal(DC_dram_0_7)_ 0.1179251367421808
     SitePower_W(0) c_u_Thermal(DC_dram_0_8)_ 0.096400636532630313
     SitePower_W(0) c_u_Thermal(DC_dram_0_9)_ 0.093109143661286364
     SitePower_W(0) c_u_Thermal(DC_dram_0_10)_ 0.099251378412457444
     SitePower_W(0) c_u_Thermal(DC_dram_0_11)_ 0.096400636532627371
     SitePower_W(0) c_u_Thermal(DC_dram_0_12)_ 0.079443754070913641
     SitePower_W(0) c_u_Thermal(DC_dram_1_0)_ 0.01976615326817727
     SitePower_W(0) c_u_Thermal(DC_dram_1_1)_ 0.006314982888117205
     SitePower_W(0) c_u_Thermal(DC_dram_1_2)_ 0.0021157783509715903
     SitePower_W(0) c_u_Thermal(DC_dram_1_3)_ 0.00070293196894382834
     SitePower_W(0) c_u_Thermal(DC_dram_1_4)_ 0.020316705554954226
     SitePower_W(0) c_u_Thermal(DC_dram_1_5)_ 0.0063092419959490994
     SitePower_W(0) c_u_Thermal(DC_dram_1_6)_ 0.0020789092156864044
     SitePower_W(0) c_u_Thermal(DC_dram_1_7)_ 0.00068284640671310176
     SitePower_W(0) c_u_Thermal(DC_dram_1_8)_ 0.018916575468459571
     SitePower_W(0) c_u_Thermal(DC_dram_1_9)_ 0.0057316291852727427
     SitePower_W(0) c_u_Thermal(DC_dram_1_10)_ 0.001861037132773176
     SitePower_W(0) c_u_Thermal(DC_dram_1_11)_ 0.00060575438615350242
     SitePower_W(0) c_u_Thermal(DC_dram_1_12)_ 0.014270592054200488
     SitePower_W(0) c_u_Thermal(DC_dram_1_13)_ 0.0042848238782047668
     SitePower_W(0) c_u_Thermal(DC_dram_1_14)_ 0.0014010906897175264
     SitePower_W(0) c_u_Thermal(DC_dram_1_15)_ 0.00046114567824032208
     SitePower_W(0) c_u_Thermal(DC_dram_2_0)_ 0.00023123066906537558
     SitePower_W(0) c_u_Thermal(DC_dram_2_1)_ 7.6695420247504368e-05
     SitePower_W(0) c_u_Thermal(DC_dram_2_2)_ 0.00022273608562566749
     SitePower_W(0) c_u_Thermal(DC_dram_2_3)_ 7.3503606162158056e-05
     SitePower_W(0) c_u_Thermal(DC_dram_2_4)_ 2.5219475323411728e-05
     SitePower_W(0) c_u_Thermal(DC_dram_2_5)_ 0.00019657825766239277
     SitePower_W(0) c_u_Thermal(DC_dram_2_6)_ 6.4735697285282936e-05
     SitePower_W(0) c_u_Thermal(DC_dram_2_7)_ 2.2213067090096935e-05
     SitePower_W(0) c_u_Thermal(DC_dram_2_8)_ 9.4096669610207063e-06
     SitePower_W(0) c_u_Thermal(DC_dram_2_9)_ 0.00015156233778865861
     SitePower_W(0) c_u_Thermal(DC_dram_2_10)_ 5.0511504719752989e-05
     SitePower_W(0) c_u_Thermal(DC_dram_2_11)_ 1.7520196058813341e-05
     SitePower_W(0) c_u_Thermal(DC_dram_2_12)_ 7.5055522066067147e-06
     SitePower_W(0) c_u_Thermal(DC_dram_3_0)_ 0.019766153268178079
     SitePower_W(0) c_u_Thermal(DC_dram_3_1)_ 0.020316705554953279
     SitePower_W(0) c_u_Thermal(DC_dram_3_2)_ 0.018916575468459186
     SitePower_W(0) c_u_Thermal(DC_dram_3_3)_ 0.014270592054200852
     SitePower_W(0) c_u_Thermal(DC_dram_3_4)_ 0.0063149828881174644
     SitePower_W(0) c_u_Thermal(DC_dram_3_5)_ 0.0063092419959488531
     SitePower_W(0) c_u_Thermal(DC_dram_3_6)_ 0.0057316291852723697
     SitePower_W(0) c_u_Thermal(DC_dram_3_7)_ 0.0042848238782047052
     SitePower_W(0) c_u_Thermal(DC_dram_3_8)_ 0.002115778350971645
     SitePower_W(0) c_u_Thermal(DC_dram_3_9)_ 0.002078909215686325
     SitePower_W(0) c_u_Thermal(DC_dram_3_10)_ 0.0018610371327730964
     SitePower_W(0) c_u_Thermal(DC_dram_3_11)_ 0.0014010906897175251
     SitePower_W(0) c_u_Thermal(DC_dram_3_12)_ 0.00070293196894383333
     SitePower_W(0) c_u_Thermal(DC_dram_3_13)_ 0.00068284640671306977
     SitePower_W(0) c_u_Thermal(DC_dram_3_14)_ 0.00060575438615352649
     SitePower_W(0) c_u_Thermal(DC_dram_3_15)_ 0.00046114567824035585
     SitePower_W(0) c_u_Thermal(DC_dram_4_0)_ 0.0058799011503244221
     SitePower_W(0) c_u_Thermal(DC_dram_4_1)_ 0.0022425726969646145
     SitePower_W(0) c_u_Thermal(DC_dram_4_2)_ 0.0008201856445185881
     SitePower_W(0) c_u_Thermal(DC_dram_4_3)_ 0.00028968283581520945
     SitePower_W(0) c_u_Thermal(DC_dram_4_4)_ 0.0022425726969645204
     SitePower_W(0) c_u_Thermal(DC_dram_4_5)_ 0.001001278018658813
     SitePower_W(0) c_u_Thermal(DC_dram_4_6)_ 0.00041035836358357486
     SitePower_W(0) c_u_Thermal(DC_dram_4_7)_ 0.0001578011952554188
     SitePower_W(0) c_u_Thermal(DC_dram_4_8)_ 0.00082018564451855319
     SitePower_W(0) c_u_Thermal(DC_dram_4_9)_ 0.00041035836358354558
     SitePower_W(0) c_u_Thermal(DC_dram_4_10)_ 0.00018533098362584973
     SitePower_W(0) c_u_Thermal(DC_dram_4_11)_ 7.7214728994588012e-05
     SitePower_W(0) c_u_Thermal(DC_dram_4_12)_ 0.00028968283581521146
     SitePower_W(0) c_u_Thermal(DC_dram_4_13)_ 0.00015780119525540763
     SitePower_W(0) c_u_Thermal(DC_dram_4_14)_ 7.7214728994589977e-05
     SitePower_W(0) c_u_Thermal(DC_dram_4_15)_ 3.4567039614063226e-05
     SitePower_W(0) c_u_Thermal(DC_dram_5_0)_ 0.00010010844796826143
     SitePower_W(0) c_u_Thermal(DC_dram_5_1)_ 3.4650945737197453e-05
     SitePower_W(0) c_u_Thermal(DC_dram_5_2)_ 1.239397978632769e-05
     SitePower_W(0) c_u_Thermal(DC_dram_5_3)_ 5.4513474386697059e-06
     SitePower_W(0) c_u_Thermal(DC_dram_5_4)_ 5.8249750330187303e-05
     SitePower_W(0) c_u_Thermal(DC_dram_5_5)_ 2.1266802607806746e-05
     SitePower_W(0) c_u_Thermal(DC_dram_5_6)_ 7.9599582092951803e-06
     SitePower_W(0) c_u_Thermal(DC_dram_5_7)_ 3.6372585346923389e-06
     SitePower_W(0) c_u_Thermal(DC_dram_5_8)_ 3.0502178740542055e-05
     SitePower_W(0) c_u_Thermal(DC_dram_5_9)_ 1.1803068327997566e-05
     SitePower_W(0) c_u_Thermal(DC_dram_5_10)_ 4.6477712836657009e-06
     SitePower_W(0) c_u_Thermal(DC_dram_5_11)_ 2.218924471104761e-06
     SitePower_W(0) c_u_Thermal(DC_dram_5_12)_ 1.4567789045198237e-05
     SitePower_W(0) c_u_Thermal(DC_dram_5_13)_ 5.9703032019240074e-06
     SitePower_W(0) c_u_Thermal(DC_dram_5_14)_ 2.4758575006609803e-06
     SitePower_W(0) c_u_Thermal(DC_dram_5_15)_ 1.2382835476588582e-06
     SitePower_W(0) c_u_Thermal(DC_dram_6_0)_ 0.00023123066906538013
     SitePower_W(0) c_u_Thermal(DC_dram_6_1)_ 0.00022273608562566031
     SitePower_W(0) c_u_Thermal(DC_dram_6_2)_ 0.00019657825766239829
     SitePower_W(0) c_u_Thermal(DC_dram_6_3)_ 0.00015156233778867374
     SitePower_W(0) c_u_Thermal(DC_dram_6_4)_ 7.6695420247504896e-05
     SitePower_W(0) c_u_Thermal(DC_dram_6_5)_ 7.3503606162154072e-05
     SitePower_W(0) c_u_Thermal(DC_dram_6_6)_ 6.473569728528673e-05
     SitePower_W(0) c_u_Thermal(DC_dram_6_7)_ 5.0511504719757922e-05
     SitePower_W(0) c_u_Thermal(DC_dram_6_8)_ 2.5219475323411477e-05
     SitePower_W(0) c_u_Thermal(DC_dram_6_9)_ 2.2213067090099083e-05
     SitePower_W(0) c_u_Thermal(DC_dram_6_10)_ 1.7520196058815665e-05
     SitePower_W(0) c_u_Thermal(DC_dram_6_11)_ 9.4096669610209367e-06
     SitePower_W(0) c_u_Thermal(DC_dram_6_12)_ 7.5055522066074262e-06
     SitePower_W(0) c_u_Thermal(DC_dram_7_0)_ 0.00010010844796826782
     SitePower_W(0) c_u_Thermal(DC_dram_7_1)_ 5.8249750330185317e-05
     SitePower_W(0) c_u_Thermal(DC_dram_7_2)_ 3.0502178740545182e-05
     SitePower_W(0) c_u_Thermal(DC_dram_7_3)_ 1.4567789045199314e-05
     SitePower_W(0) c_u_Thermal(DC_dram_7_4)_ 3.4650945737200252e-05
     SitePower_W(0) c_u_Thermal(DC_dram_7_5)_ 2.1266802607807997e-05
     SitePower_W(0) c_u_Thermal(DC_dram_7_6)_ 1.1803068327999038e-05
     SitePower_W(0) c_u_Thermal(DC_dram_7_7)_ 5.9703032019242725e-06
     SitePower_W(0) c_u_Thermal(DC_dram_7_8)_ 1.2393979786329092e-05
     SitePower_W(0) c_u_Thermal(DC_dram_7_9)_ 7.9599582092960324e-06
     SitePower_W(0) c_u_Thermal(DC_dram_7_10)_ 4.6477712836662193e-06
     SitePower_W(0) c_u_Thermal(DC_dram_7_11)_ 2.4758575006611548e-06
     SitePower_W(0) c_u_Thermal(DC_dram_7_12)_ 5.4513474386701243e-06
     SitePower_W(0) c_u_Thermal(DC_dram_7_13)_ 3.6372585346926379e-06
     SitePower_W(0) c_u_Thermal(DC_dram_7_14)_ 2.2189244711050316e-06
     SitePower_W(0) c_u_Thermal(DC_dram_7_15)_ 1.2382835476589688e-06
     SitePower_W(0) c_u_Thermal(DC_dram_8_0)_ 6.5203042281162228e-06
     SitePower_W(0) c_u_Thermal(DC_dram_8_1)_ 2.8246680560289681e-06
     SitePower_W(0) c_u_Thermal(DC_dram_8_2)_ 1.2349244296735958e-06
     SitePower_W(0) c_u_Thermal(DC_dram_8_3)_ 6.4797658181839058e-07
     SitePower_W(0) c_u_Thermal(DC_dram_8_4)_ 2.8246680560289202e-06
     SitePower_W(0) c_u_Thermal(DC_dram_8_5)_ 1.2915562318546958e-06
     SitePower_W(0) c_u_Thermal(DC_dram_8_6)_ 5.9573082892321328e-07
     SitePower_W(0) c_u_Thermal(DC_dram_8_7)_ 3.279410485280495e-07
     SitePower_W(0) c_u_Thermal(DC_dram_8_8)_ 1.2349244296736718e-06
     SitePower_W(0) c_u_Thermal(DC_dram_8_9)_ 5.9573082892324324e-07
     SitePower_W(0) c_u_Thermal(DC_dram_8_10)_ 2.8995213660942913e-07
     SitePower_W(0) c_u_Thermal(DC_dram_8_11)_ 6.4797658181846077e-07
     SitePower_W(0) c_u_Thermal(DC_dram_8_12)_ 3.2794104852806586e-07
     SitePower_W(0) c_u_Thermal(DC_logic_0_0)_ 0.11928985876288993
     SitePower_W(0) c_u_Thermal(DC_logic_0_1)_ 0.097526061333986183
     SitePower_W(0) c_u_Thermal(DC_logic_0_2)_ 0.13097310154996222
     SitePower_W(0) c_u_Thermal(DC_logic_0_3)_ 0.12678701219337077
     SitePower_W(0) c_u_Thermal(DC_logic_0_4)_ 0.10393593179268258
     SitePower_W(0) c_u_Thermal(DC_logic_0_5)_ 0.11928985876289321
     SitePower_W(0) c_u_Thermal(DC_logic_0_6)_ 0.12678701219336888
     SitePower_W(0) c_u_Thermal(DC_logic_0_7)_ 0.122955060057681
     SitePower_W(0) c_u_Thermal(DC_logic_0_8)_ 0.10108220955858215
     SitePower_W(0) c_u_Thermal(DC_logic_0_9)_ 0.097526061333986752
     SitePower_W(0) c_u_Thermal(DC_logic_0_10)_ 0.10393593179268212
     SitePower_W(0) c_u_Thermal(DC_logic_0_11)_ 0.10108220955857918
     SitePower_W(0) c_u_Thermal(DC_logic_0_12)_ 0.083786199873680925
     SitePower_W(0) c_u_Thermal(DC_logic_1_0)_ 0.019847126326392201
     SitePower_W(0) c_u_Thermal(DC_logic_1_1)_ 0.0063201291277388541
     SitePower_W(0) c_u_Thermal(DC_logic_1_2)_ 0.0021172060054490322
     SitePower_W(0) c_u_Thermal(DC_logic_1_3)_ 0.00070339918269871277
     SitePower_W(0) c_u_Thermal(DC_logic_1_4)_ 0.020402049984126199
     SitePower_W(0) c_u_Thermal(DC_logic_1_5)_ 0.0063148448954125167
     SitePower_W(0) c_u_Thermal(DC_logic_1_6)_ 0.0020804454940006284
     SitePower_W(0) c_u_Thermal(DC_logic_1_7)_ 0.00068334948743223713
     SitePower_W(0) c_u_Thermal(DC_logic_1_8)_ 0.01900114543990224
     SitePower_W(0) c_u_Thermal(DC_logic_1_9)_ 0.0057369402725907272
     SitePower_W(0) c_u_Thermal(DC_logic_1_10)_ 0.0018624421180560256
     SitePower_W(0) c_u_Thermal(DC_logic_1_11)_ 0.00060620982231965206
     SitePower_W(0) c_u_Thermal(DC_logic_1_12)_ 0.014345460585437855
     SitePower_W(0) c_u_Thermal(DC_logic_1_13)_ 0.0042888009681168477
     SitePower_W(0) c_u_Thermal(DC_logic_1_14)_ 0.0014020710348572364
     SitePower_W(0) c_u_Thermal(DC_logic_1_15)_ 0.00046146087019664328
     SitePower_W(0) c_u_Thermal(DC_logic_2_0)_ 0.00023135847896635372
     SitePower_W(0) c_u_Thermal(DC_logic_2_1)_ 7.6736601175416148e-05
     SitePower_W(0) c_u_Thermal(DC_logic_2_2)_ 0.00022287415341882001
     SitePower_W(0) c_u_Thermal(DC_logic_2_3)_ 7.3547372193310344e-05
     SitePower_W(0) c_u_Thermal(DC_logic_2_4)_ 2.5237327376697236e-05
     SitePower_W(0) c_u_Thermal(DC_logic_2_5)_ 0.00019670282850858529
     SitePower_W(0) c_u_Thermal(DC_logic_2_6)_ 6.4775107695758943e-05
     SitePower_W(0) c_u_Thermal(DC_logic_2_7)_ 2.2229088852963056e-05
     SitePower_W(0) c_u_Thermal(DC_logic_2_8)_ 9.4164152415232045e-06
     SitePower_W(0) c_u_Thermal(DC_logic_2_9)_ 0.0001516486777994671
     SitePower_W(0) c_u_Thermal(DC_logic_2_10)_ 5.0539496626502209e-05
     SitePower_W(0) c_u_Thermal(DC_logic_2_11)_ 1.7531797465940219e-05
     SitePower_W(0) c_u_Thermal(DC_logic_2_12)_ 7.5104228696142445e-06
     SitePower_W(0) c_u_Thermal(DC_logic_3_0)_ 0.01984712632639303
     SitePower_W(0) c_u_Thermal(DC_logic_3_1)_ 0.020402049984125262
     SitePower_W(0) c_u_Thermal(DC_logic_3_2)_ 0.019001145439901865
     SitePower_W(0) c_u_Thermal(DC_logic_3_3)_ 0.014345460585438194
     SitePower_W(0) c_u_Thermal(DC_logic_3_4)_ 0.0063201291277391134
     SitePower_W(0) c_u_Thermal(DC_logic_3_5)_ 0.006314844895412266
     SitePower_W(0) c_u_Thermal(DC_logic_3_6)_ 0.0057369402725903568
     SitePower_W(0) c_u_Thermal(DC_logic_3_7)_ 0.0042888009681167861
     SitePower_W(0) c_u_Thermal(DC_logic_3_8)_ 0.0021172060054490856
     SitePower_W(0) c_u_Thermal(DC_logic_3_9)_ 0.0020804454940005486
     SitePower_W(0) c_u_Thermal(DC_logic_3_10)_ 0.0018624421180559452
     SitePower_W(0) c_u_Thermal(DC_logic_3_11)_ 0.0014020710348572342
     SitePower_W(0) c_u_Thermal(DC_logic_3_12)_ 0.00070339918269871808
     SitePower_W(0) c_u_Thermal(DC_logic_3_13)_ 0.00068334948743220536
     SitePower_W(0) c_u_Thermal(DC_logic_3_14)_ 0.00060620982231967624
     SitePower_W(0) c_u_Thermal(DC_logic_3_15)_ 0.00046146087019667689
     SitePower_W(0) c_u_Thermal(DC_logic_4_0)_ 0.0058862395923353168
     SitePower_W(0) c_u_Thermal(DC_logic_4_1)_ 0.0022438792292973427
     SitePower_W(0) c_u_Thermal(DC_logic_4_2)_ 0.00082070734276747472
     SitePower_W(0) c_u_Thermal(DC_logic_4_3)_ 0.00028986679997030935
     SitePower_W(0) c_u_Thermal(DC_logic_4_4)_ 0.0022438792292972473
     SitePower_W(0) c_u_Thermal(DC_logic_4_5)_ 0.0010018502860092344
     SitePower_W(0) c_u_Thermal(DC_logic_4_6)_ 0.00041063199450139346
     SitePower_W(0) c_u_Thermal(DC_logic_4_7)_ 0.00015790726995940768
     SitePower_W(0) c_u_Thermal(DC_logic_4_8)_ 0.00082070734276743916
     SitePower_W(0) c_u_Thermal(DC_logic_4_9)_ 0.00041063199450136446
     SitePower_W(0) c_u_Thermal(DC_logic_4_10)_ 0.00018546919243942457
     SitePower_W(0) c_u_Thermal(DC_logic_4_11)_ 7.7271219921911925e-05
     SitePower_W(0) c_u_Thermal(DC_logic_4_12)_ 0.00028986679997031152
     SitePower_W(0) c_u_Thermal(DC_logic_4_13)_ 0.00015790726995939622
     SitePower_W(0) c_u_Thermal(DC_logic_4_14)_ 7.7271219921913877e-05
     SitePower_W(0) c_u_Thermal(DC_logic_4_15)_ 3.4591009289482311e-05
     SitePower_W(0) c_u_Thermal(DC_logic_5_0)_ 0.00010016176267156885
     SitePower_W(0) c_u_Thermal(DC_logic_5_1)_ 3.4669143140516851e-05
     SitePower_W(0) c_u_Thermal(DC_logic_5_2)_ 1.2401800835087947e-05
     SitePower_W(0) c_u_Thermal(DC_logic_5_3)_ 5.4547112637540681e-06
     SitePower_W(0) c_u_Thermal(DC_logic_5_4)_ 5.8283503271547101e-05
     SitePower_W(0) c_u_Thermal(DC_logic_5_5)_ 2.1279053854304975e-05
     SitePower_W(0) c_u_Thermal(DC_logic_5_6)_ 7.965385168624345e-06
     SitePower_W(0) c_u_Thermal(DC_logic_5_7)_ 3.639703556885347e-06
     SitePower_W(0) c_u_Thermal(DC_logic_5_8)_ 3.0521663864240721e-05
     SitePower_W(0) c_u_Thermal(DC_logic_5_9)_ 1.1810614196728889e-05
     SitePower_W(0) c_u_Thermal(DC_logic_5_10)_ 4.6511880795294507e-06
     SitePower_W(0) c_u_Thermal(DC_logic_5_11)_ 2.2205116109736196e-06
     SitePower_W(0) c_u_Thermal(DC_logic_5_12)_ 1.4576580966897527e-05
     SitePower_W(0) c_u_Thermal(DC_logic_5_13)_ 5.9739691615843479e-06
     SitePower_W(0) c_u_Thermal(DC_logic_5_14)_ 2.4775842366422193e-06
     SitePower_W(0) c_u_Thermal(DC_logic_5_15)_ 1.2391027882408988e-06
     SitePower_W(0) c_u_Thermal(DC_logic_6_0)_ 0.00023135847896635841
     SitePower_W(0) c_u_Thermal(DC_logic_6_1)_ 0.00022287415341881289
     SitePower_W(0) c_u_Thermal(DC_logic_6_2)_ 0.00019670282850859063
     SitePower_W(0) c_u_Thermal(DC_logic_6_3)_ 0.00015164867779948204
     SitePower_W(0) c_u_Thermal(DC_logic_6_4)_ 7.6736601175416745e-05
     SitePower_W(0) c_u_Thermal(DC_logic_6_5)_ 7.3547372193306278e-05
     SitePower_W(0) c_u_Thermal(DC_logic_6_6)_ 6.4775107695762724e-05
     SitePower_W(0) c_u_Thermal(DC_logic_6_7)_ 5.0539496626507129e-05
     SitePower_W(0) c_u_Thermal(DC_logic_6_8)_ 2.5237327376697009e-05
     SitePower_W(0) c_u_Thermal(DC_logic_6_9)_ 2.2229088852965215e-05
     SitePower_W(0) c_u_Thermal(DC_logic_6_10)_ 1.7531797465942554e-05
     SitePower_W(0) c_u_Thermal(DC_logic_6_11)_ 9.4164152415234518e-06
     SitePower_W(0) c_u_Thermal(DC_logic_6_12)_ 7.5104228696149679e-06
     SitePower_W(0) c_u_Thermal(DC_logic_7_0)_ 0.00010016176267157515
     SitePower_W(0) c_u_Thermal(DC_logic_7_1)_ 5.8283503271544967e-05
     SitePower_W(0) c_u_Thermal(DC_logic_7_2)_ 3.0521663864243866e-05
     SitePower_W(0) c_u_Thermal(DC_logic_7_3)_ 1.4576580966898608e-05
     SitePower_W(0) c_u_Thermal(DC_logic_7_4)_ 3.4669143140519636e-05
     SitePower_W(0) c_u_Thermal(DC_logic_7_5)_ 2.1279053854306201e-05
     SitePower_W(0) c_u_Thermal(DC_logic_7_6)_ 1.1810614196730368e-05
     SitePower_W(0) c_u_Thermal(DC_logic_7_7)_ 5.9739691615846214e-06
     SitePower_W(0) c_u_Thermal(DC_logic_7_8)_ 1.2401800835089346e-05
     SitePower_W(0) c_u_Thermal(DC_logic_7_9)_ 7.9653851686251954e-06
     SitePower_W(0) c_u_Thermal(DC_logic_7_10)_ 4.6511880795299708e-06
     SitePower_W(0) c_u_Thermal(DC_logic_7_11)_ 2.4775842366423947e-06
     SitePower_W(0) c_u_Thermal(DC_logic_7_12)_ 5.4547112637544772e-06
     SitePower_W(0) c_u_Thermal(DC_logic_7_13)_ 3.6397035568856477e-06
     SitePower_W(0) c_u_Thermal(DC_logic_7_14)_ 2.2205116109738894e-06
     SitePower_W(0) c_u_Thermal(DC_logic_7_15)_ 1.2391027882410081e-06
     SitePower_W(0) c_u_Thermal(DC_logic_8_0)_ 6.5237432757806453e-06
     SitePower_W(0) c_u_Thermal(DC_logic_8_1)_ 2.8262170311440712e-06
     SitePower_W(0) c_u_Thermal(DC_logic_8_2)_ 1.2357025340873583e-06
     SitePower_W(0) c_u_Thermal(DC_logic_8_3)_ 6.483627380442104e-07
     SitePower_W(0) c_u_Thermal(DC_logic_8_4)_ 2.8262170311440216e-06
     SitePower_W(0) c_u_Thermal(DC_logic_8_5)_ 1.2922972564444635e-06
     SitePower_W(0) c_u_Thermal(DC_logic_8_6)_ 5.9612209642234185e-07
     SitePower_W(0) c_u_Thermal(DC_logic_8_7)_ 3.2814760114668304e-07
     SitePower_W(0) c_u_Thermal(DC_logic_8_8)_ 1.2357025340874354e-06
     SitePower_W(0) c_u_Thermal(DC_logic_8_9)_ 5.9612209642237203e-07
     SitePower_W(0) c_u_Thermal(DC_logic_8_10)_ 2.9016353106253517e-07
     SitePower_W(0) c_u_Thermal(DC_logic_8_11)_ 6.4836273804428134e-07
     SitePower_W(0) c_u_Thermal(DC_logic_8_12)_ 3.2814760114669972e-07
     SitePower_W(0) c_u_Thermal(PC_dram_0_0)_ 0.098594766688453572
     SitePower_W(0) c_u_Thermal(PC_dram_0_1)_ 0.075984929826551639
     SitePower_W(0) c_u_Thermal(PC_dram_0_2)_ 0.11327820849925936
     SitePower_W(0) c_u_Thermal(PC_dram_0_3)_ 0.10935111806777763
     SitePower_W(0) c_u_Thermal(PC_dram_0_4)_ 0.084511631444248295
     SitePower_W(0) c_u_Thermal(PC_dram_0_5)_ 0.098594766688451491
     SitePower_W(0) c_u_Thermal(PC_dram_0_6)_ 0.10935111806777632
     SitePower_W(0) c_u_Thermal(PC_dram_0_7)_ 0.10575022160701239
     SitePower_W(0) c_u_Thermal(PC_dram_0_8)_ 0.081868527023661999
     SitePower_W(0) c_u_Thermal(PC_dram_0_9)_ 0.075984929826548198
     SitePower_W(0) c_u_Thermal(PC_dram_0_10)_ 0.084511631444244492
     SitePower_W(0) c_u_Thermal(PC_dram_0_11)_ 0.081868527023656587
     SitePower_W(0) c_u_Thermal(PC_dram_0_12)_ 0.063710318716939857
     SitePower_W(0) c_u_Thermal(PC_dram_1_0)_ 0.017890182651584825
     SitePower_W(0) c_u_Thermal(PC_dram_1_1)_ 0.0058166997428758449
     SitePower_W(0) c_u_Thermal(PC_dram_1_2)_ 0.0019275546988391365
     SitePower_W(0) c_u_Thermal(PC_dram_1_3)_ 0.00063154005413695858
     SitePower_W(0) c_u_Thermal(PC_dram_1_4)_ 0.018733129197647275
     SitePower_W(0) c_u_Thermal(PC_dram_1_5)_ 0.0058778284711051452
     SitePower_W(0) c_u_Thermal(PC_dram_1_6)_ 0.001908087936664384
     SitePower_W(0) c_u_Thermal(PC_dram_1_7)_ 0.0006162099099831079
     SitePower_W(0) c_u_Thermal(PC_dram_1_8)_ 0.017440469418773016
     SitePower_W(0) c_u_Thermal(PC_dram_1_9)_ 0.0053495143559713918
     SitePower_W(0) c_u_Thermal(PC_dram_1_10)_ 0.0017110422082019325
     SitePower_W(0) c_u_Thermal(PC_dram_1_11)_ 0.00054727788050755379
     SitePower_W(0) c_u_Thermal(PC_dram_1_12)_ 0.012817133639623616
     SitePower_W(0) c_u_Thermal(PC_dram_1_13)_ 0.0039502181058255785
     SitePower_W(0) c_u_Thermal(PC_dram_1_14)_ 0.0012780363930378633
     SitePower_W(0) c_u_Thermal(PC_dram_1_15)_ 0.00041446591375616582
     SitePower_W(0) c_u_Thermal(PC_dram_2_0)_ 0.00020512314217643611
     SitePower_W(0) c_u_Thermal(PC_dram_2_1)_ 6.7048645866537335e-05
     SitePower_W(0) c_u_Thermal(PC_dram_2_2)_ 0.00019803696787063061
     SitePower_W(0) c_u_Thermal(PC_dram_2_3)_ 6.4331850524574778e-05
     SitePower_W(0) c_u_Thermal(PC_dram_2_4)_ 2.168174756561479e-05
     SitePower_W(0) c_u_Thermal(PC_dram_2_5)_ 0.0001748902487189699
     SitePower_W(0) c_u_Thermal(PC_dram_2_6)_ 5.6668812670523934e-05
     SitePower_W(0) c_u_Thermal(PC_dram_2_7)_ 1.9093125665245674e-05
     SitePower_W(0) c_u_Thermal(PC_dram_2_8)_ 7.938375253894089e-06
     SitePower_W(0) c_u_Thermal(PC_dram_2_9)_ 0.00013437577672334217
     SitePower_W(0) c_u_Thermal(PC_dram_2_10)_ 4.4097270512074527e-05
     SitePower_W(0) c_u_Thermal(PC_dram_2_11)_ 1.5019978310812948e-05
     SitePower_W(0) c_u_Thermal(PC_dram_2_12)_ 6.3191604706335759e-06
     SitePower_W(0) c_u_Thermal(PC_dram_3_0)_ 0.017890182651584222
     SitePower_W(0) c_u_Thermal(PC_dram_3_1)_ 0.018733129197645696
     SitePower_W(0) c_u_Thermal(PC_dram_3_2)_ 0.017440469418770897
     SitePower_W(0) c_u_Thermal(PC_dram_3_3)_ 0.012817133639622794
     SitePower_W(0) c_u_Thermal(PC_dram_3_4)_ 0.0058166997428754797
     SitePower_W(0) c_u_Thermal(PC_dram_3_5)_ 0.0058778284711046864
     SitePower_W(0) c_u_Thermal(PC_dram_3_6)_ 0.005349514355970795
     SitePower_W(0) c_u_Thermal(PC_dram_3_7)_ 0.0039502181058251578
     SitePower_W(0) c_u_Thermal(PC_dram_3_8)_ 0.0019275546988390792
     SitePower_W(0) c_u_Thermal(PC_dram_3_9)_ 0.0019080879366642218
     SitePower_W(0) c_u_Thermal(PC_dram_3_10)_ 0.0017110422082017929
     SitePower_W(0) c_u_Thermal(PC_dram_3_11)_ 0.0012780363930377044
     SitePower_W(0) c_u_Thermal(PC_dram_3_12)_ 0.00063154005413692659
     SitePower_W(0) c_u_Thermal(PC_dram_3_13)_ 0.00061620990998306009
     SitePower_W(0) c_u_Thermal(PC_dram_3_14)_ 0.00054727788050752593
     SitePower_W(0) c_u_Thermal(PC_dram_3_15)_ 0.00041446591375611638
     SitePower_W(0) c_u_Thermal(PC_dram_4_0)_ 0.0054149116760743464
     SitePower_W(0) c_u_Thermal(PC_dram_4_1)_ 0.0020534851147603825
     SitePower_W(0) c_u_Thermal(PC_dram_4_2)_ 0.00074132612260798913
     SitePower_W(0) c_u_Thermal(PC_dram_4_3)_ 0.00025828426508090531
     SitePower_W(0) c_u_Thermal(PC_dram_4_4)_ 0.0020534851147602389
     SitePower_W(0) c_u_Thermal(PC_dram_4_5)_ 0.0009067366380691225
     SitePower_W(0) c_u_Thermal(PC_dram_4_6)_ 0.00036687082274689003
     SitePower_W(0) c_u_Thermal(PC_dram_4_7)_ 0.00013924758496071293
     SitePower_W(0) c_u_Thermal(PC_dram_4_8)_ 0.00074132612260784222
     SitePower_W(0) c_u_Thermal(PC_dram_4_9)_ 0.00036687082274685501
     SitePower_W(0) c_u_Thermal(PC_dram_4_10)_ 0.00016367615076609351
     SitePower_W(0) c_u_Thermal(PC_dram_4_11)_ 6.7341947486912893e-05
     SitePower_W(0) c_u_Thermal(PC_dram_4_12)_ 0.00025828426508086384
     SitePower_W(0) c_u_Thermal(PC_dram_4_13)_ 0.00013924758496069469
     SitePower_W(0) c_u_Thermal(PC_dram_4_14)_ 6.7341947486914682e-05
     SitePower_W(0) c_u_Thermal(PC_dram_4_15)_ 2.9798994540437494e-05
     SitePower_W(0) c_u_Thermal(PC_dram_5_0)_ 8.8147359231834066e-05
     SitePower_W(0) c_u_Thermal(PC_dram_5_1)_ 3.0068189132666774e-05
     SitePower_W(0) c_u_Thermal(PC_dram_5_2)_ 1.0568975854350494e-05
     SitePower_W(0) c_u_Thermal(PC_dram_5_3)_ 4.5689602013488375e-06
     SitePower_W(0) c_u_Thermal(PC_dram_5_4)_ 5.0781378376213181e-05
     SitePower_W(0) c_u_Thermal(PC_dram_5_5)_ 1.8284146506613031e-05
     SitePower_W(0) c_u_Thermal(PC_dram_5_6)_ 6.7324463183275364e-06
     SitePower_W(0) c_u_Thermal(PC_dram_5_7)_ 3.0254856277532348e-06
     SitePower_W(0) c_u_Thermal(PC_dram_5_8)_ 2.6294831342594421e-05
     SitePower_W(0) c_u_Thermal(PC_dram_5_9)_ 1.0041550650342156e-05
     SitePower_W(0) c_u_Thermal(PC_dram_5_10)_ 3.8926071320877313e-06
     SitePower_W(0) c_u_Thermal(PC_dram_5_11)_ 1.8289620232537994e-06
     SitePower_W(0) c_u_Thermal(PC_dram_5_12)_ 1.2422380602455392e-05
     SitePower_W(0) c_u_Thermal(PC_dram_5_13)_ 5.0258985441289051e-06
     SitePower_W(0) c_u_Thermal(PC_dram_5_14)_ 2.0522905459320714e-06
     SitePower_W(0) c_u_Thermal(PC_dram_5_15)_ 1.0112504429535518e-06
     SitePower_W(0) c_u_Thermal(PC_dram_6_0)_ 0.00020512314217642334
     SitePower_W(0) c_u_Thermal(PC_dram_6_1)_ 0.0001980369678706112
     SitePower_W(0) c_u_Thermal(PC_dram_6_2)_ 0.00017489024871895824
     SitePower_W(0) c_u_Thermal(PC_dram_6_3)_ 0.00013437577672332804
     SitePower_W(0) c_u_Thermal(PC_dram_6_4)_ 6.7048645866527373e-05
     SitePower_W(0) c_u_Thermal(PC_dram_6_5)_ 6.4331850524565617e-05
     SitePower_W(0) c_u_Thermal(PC_dram_6_6)_ 5.6668812670518106e-05
     SitePower_W(0) c_u_Thermal(PC_dram_6_7)_ 4.4097270512070089e-05
     SitePower_W(0) c_u_Thermal(PC_dram_6_8)_ 2.1681747565612737e-05
     SitePower_W(0) c_u_Thermal(PC_dram_6_9)_ 1.9093125665243943e-05
     SitePower_W(0) c_u_Thermal(PC_dram_6_10)_ 1.5019978310811589e-05
     SitePower_W(0) c_u_Thermal(PC_dram_6_11)_ 7.9383752538935215e-06
     SitePower_W(0) c_u_Thermal(PC_dram_6_12)_ 6.3191604706328856e-06
     SitePower_W(0) c_u_Thermal(PC_dram_7_0)_ 8.8147359231822872e-05
     SitePower_W(0) c_u_Thermal(PC_dram_7_1)_ 5.0781378376208858e-05
     SitePower_W(0) c_u_Thermal(PC_dram_7_2)_ 2.6294831342594154e-05
     SitePower_W(0) c_u_Thermal(PC_dram_7_3)_ 1.2422380602454816e-05
     SitePower_W(0) c_u_Thermal(PC_dram_7_4)_ 3.0068189132662932e-05
     SitePower_W(0) c_u_Thermal(PC_dram_7_5)_ 1.828414650661133e-05
     SitePower_W(0) c_u_Thermal(PC_dram_7_6)_ 1.0041550650342106e-05
     SitePower_W(0) c_u_Thermal(PC_dram_7_7)_ 5.0258985441287967e-06
     SitePower_W(0) c_u_Thermal(PC_dram_7_8)_ 1.0568975854349221e-05
     SitePower_W(0) c_u_Thermal(PC_dram_7_9)_ 6.7324463183270714e-06
     SitePower_W(0) c_u_Thermal(PC_dram_7_10)_ 3.8926071320874551e-06
     SitePower_W(0) c_u_Thermal(PC_dram_7_11)_ 2.0522905459319511e-06
     SitePower_W(0) c_u_Thermal(PC_dram_7_12)_ 4.5689602013484361e-06
     SitePower_W(0) c_u_Thermal(PC_dram_7_13)_ 3.0254856277529519e-06
     SitePower_W(0) c_u_Thermal(PC_dram_7_14)_ 1.8289620232536662e-06
     SitePower_W(0) c_u_Thermal(PC_dram_7_15)_ 1.0112504429534982e-06
     SitePower_W(0) c_u_Thermal(PC_dram_8_0)_ 5.5018175464121369e-06
     SitePower_W(0) c_u_Thermal(PC_dram_8_1)_ 2.3531059877724265e-06
     SitePower_W(0) c_u_Thermal(PC_dram_8_2)_ 1.0132781058336572e-06
     SitePower_W(0) c_u_Thermal(PC_dram_8_3)_ 5.2420437018807686e-07
     SitePower_W(0) c_u_Thermal(PC_dram_8_4)_ 2.3531059877724087e-06
     SitePower_W(0) c_u_Thermal(PC_dram_8_5)_ 1.0624843644123198e-06
     SitePower_W(0) c_u_Thermal(PC_dram_8_6)_ 4.8292636219710974e-07
     SitePower_W(0) c_u_Thermal(PC_dram_8_7)_ 2.6219075371604515e-07
     SitePower_W(0) c_u_Thermal(PC_dram_8_8)_ 1.0132781058335945e-06
     SitePower_W(0) c_u_Thermal(PC_dram_8_9)_ 4.8292636219709322e-07
     SitePower_W(0) c_u_Thermal(PC_dram_8_10)_ 2.3170907632799446e-07
     SitePower_W(0) c_u_Thermal(PC_dram_8_11)_ 5.2420437018806722e-07
     SitePower_W(0) c_u_Thermal(PC_dram_8_12)_ 2.6219075371605119e-07
     SitePower_W(0) c_u_Thermal(PC_logic_0_0)_ 0.10357523260773414
     SitePower_W(0) c_u_Thermal(PC_logic_0_1)_ 0.080472449501136467
     SitePower_W(0) c_u_Thermal(PC_logic_0_2)_ 0.11869144686806006
     SitePower_W(0) c_u_Thermal(PC_logic_0_3)_ 0.11476162433306263
     SitePower_W(0) c_u_Thermal(PC_logic_0_4)_ 0.089428823789176465
     SitePower_W(0) c_u_Thermal(PC_logic_0_5)_ 0.10357523260773202
     SitePower_W(0) c_u_Thermal(PC_logic_0_6)_ 0.11476162433306153
     SitePower_W(0) c_u_Thermal(PC_logic_0_7)_ 0.1111581034337086
     SitePower_W(0) c_u_Thermal(PC_logic_0_8)_ 0.086783932751863621
     SitePower_W(0) c_u_Thermal(PC_logic_0_9)_ 0.080472449501132956
     SitePower_W(0) c_u_Thermal(PC_logic_0_10)_ 0.089428823789172801
     SitePower_W(0) c_u_Thermal(PC_logic_0_11)_ 0.086783932751858153
     SitePower_W(0) c_u_Thermal(PC_logic_0_12)_ 0.068142798820314834
     SitePower_W(0) c_u_Thermal(PC_logic_1_0)_ 0.017949285069857636
     SitePower_W(0) c_u_Thermal(PC_logic_1_1)_ 0.0058203442254170686
     SitePower_W(0) c_u_Thermal(PC_logic_1_2)_ 0.0019289161249622633
     SitePower_W(0) c_u_Thermal(PC_logic_1_3)_ 0.00063197628466354124
     SitePower_W(0) c_u_Thermal(PC_logic_1_4)_ 0.018799292578171017
     SitePower_W(0) c_u_Thermal(PC_logic_1_5)_ 0.005882145430382197
     SitePower_W(0) c_u_Thermal(PC_logic_1_6)_ 0.0019096518205010543
     SitePower_W(0) c_u_Thermal(PC_logic_1_7)_ 0.00061671846942034747
     SitePower_W(0) c_u_Thermal(PC_logic_1_8)_ 0.017506100307443956
     SitePower_W(0) c_u_Thermal(PC_logic_1_9)_ 0.0053535993243882807
     SitePower_W(0) c_u_Thermal(PC_logic_1_10)_ 0.0017124834571567264
     SitePower_W(0) c_u_Thermal(PC_logic_1_11)_ 0.00054774259913940165
     SitePower_W(0) c_u_Thermal(PC_logic_1_12)_ 0.012872538042467295
     SitePower_W(0) c_u_Thermal(PC_logic_1_13)_ 0.0039529578058519199
     SitePower_W(0) c_u_Thermal(PC_logic_1_14)_ 0.0012789770928221991
     SitePower_W(0) c_u_Thermal(PC_logic_1_15)_ 0.00041476397262700803
     SitePower_W(0) c_u_Thermal(PC_logic_2_0)_ 0.00020522625990138964
     SitePower_W(0) c_u_Thermal(PC_logic_2_1)_ 6.7082014184661278e-05
     SitePower_W(0) c_u_Thermal(PC_logic_2_2)_ 0.00019815983959837856
     SitePower_W(0) c_u_Thermal(PC_logic_2_3)_ 6.4370215263279893e-05
     SitePower_W(0) c_u_Thermal(PC_logic_2_4)_ 2.1699140379526403e-05
     SitePower_W(0) c_u_Thermal(PC_logic_2_5)_ 0.00017500251735607573
     SitePower_W(0) c_u_Thermal(PC_logic_2_6)_ 5.6703828700941239e-05
     SitePower_W(0) c_u_Thermal(PC_logic_2_7)_ 1.9108860822524157e-05
     SitePower_W(0) c_u_Thermal(PC_logic_2_8)_ 7.9446649308781792e-06
     SitePower_W(0) c_u_Thermal(PC_logic_2_9)_ 0.0001344467532693583
     SitePower_W(0) c_u_Thermal(PC_logic_2_10)_ 4.4120405584146683e-05
     SitePower_W(0) c_u_Thermal(PC_logic_2_11)_ 1.5030729867549819e-05
     SitePower_W(0) c_u_Thermal(PC_logic_2_12)_ 6.3233642536097546e-06
     SitePower_W(0) c_u_Thermal(PC_logic_3_0)_ 0.017949285069857053
     SitePower_W(0) c_u_Thermal(PC_logic_3_1)_ 0.018799292578169414
     SitePower_W(0) c_u_Thermal(PC_logic_3_2)_ 0.017506100307441822
     SitePower_W(0) c_u_Thermal(PC_logic_3_3)_ 0.012872538042466478
     SitePower_W(0) c_u_Thermal(PC_logic_3_4)_ 0.0058203442254166999
     SitePower_W(0) c_u_Thermal(PC_logic_3_5)_ 0.0058821454303817364
     SitePower_W(0) c_u_Thermal(PC_logic_3_6)_ 0.0053535993243876813
     SitePower_W(0) c_u_Thermal(PC_logic_3_7)_ 0.0039529578058514992
     SitePower_W(0) c_u_Thermal(PC_logic_3_8)_ 0.001928916124962205
     SitePower_W(0) c_u_Thermal(PC_logic_3_9)_ 0.0019096518205008919
     SitePower_W(0) c_u_Thermal(PC_logic_3_10)_ 0.0017124834571565853
     SitePower_W(0) c_u_Thermal(PC_logic_3_11)_ 0.0012789770928220384
     SitePower_W(0) c_u_Thermal(PC_logic_3_12)_ 0.00063197628466350861
     SitePower_W(0) c_u_Thermal(PC_logic_3_13)_ 0.00061671846942029911
     SitePower_W(0) c_u_Thermal(PC_logic_3_14)_ 0.00054774259913937379
     SitePower_W(0) c_u_Thermal(PC_logic_3_15)_ 0.00041476397262695826
     SitePower_W(0) c_u_Thermal(PC_logic_4_0)_ 0.0054188152006429619
     SitePower_W(0) c_u_Thermal(PC_logic_4_1)_ 0.0020545167341186432
     SitePower_W(0) c_u_Thermal(PC_logic_4_2)_ 0.00074181786222776496
     SitePower_W(0) c_u_Thermal(PC_logic_4_3)_ 0.00025845088299168608
     SitePower_W(0) c_u_Thermal(PC_logic_4_4)_ 0.0020545167341184988
     SitePower_W(0) c_u_Thermal(PC_logic_4_5)_ 0.00090724096943903341
     SitePower_W(0) c_u_Thermal(PC_logic_4_6)_ 0.00036713787416007567
     SitePower_W(0) c_u_Thermal(PC_logic_4_7)_ 0.00013934810045634509
     SitePower_W(0) c_u_Thermal(PC_logic_4_8)_ 0.00074181786222761751
     SitePower_W(0) c_u_Thermal(PC_logic_4_9)_ 0.00036713787416004076
     SitePower_W(0) c_u_Thermal(PC_logic_4_10)_ 0.00016381707799071699
     SitePower_W(0) c_u_Thermal(PC_logic_4_11)_ 6.7397057601269652e-05
     SitePower_W(0) c_u_Thermal(PC_logic_4_12)_ 0.00025845088299164456
     SitePower_W(0) c_u_Thermal(PC_logic_4_13)_ 0.00013934810045632698
     SitePower_W(0) c_u_Thermal(PC_logic_4_14)_ 6.7397057601271482e-05
     SitePower_W(0) c_u_Thermal(PC_logic_4_15)_ 2.9820832235465376e-05
     SitePower_W(0) c_u_Thermal(PC_logic_5_0)_ 8.8189063712020555e-05
     SitePower_W(0) c_u_Thermal(PC_logic_5_1)_ 3.0082604314829458e-05
     SitePower_W(0) c_u_Thermal(PC_logic_5_2)_ 1.0576003150817689e-05
     SitePower_W(0) c_u_Thermal(PC_logic_5_3)_ 4.5717734528195313e-06
     SitePower_W(0) c_u_Thermal(PC_logic_5_4)_ 5.0809877949888002e-05
     SitePower_W(0) c_u_Thermal(PC_logic_5_5)_ 1.8294531343567277e-05
     SitePower_W(0) c_u_Thermal(PC_logic_5_6)_ 6.7375420587140396e-06
     SitePower_W(0) c_u_Thermal(PC_logic_5_7)_ 3.0276638536801072e-06
     SitePower_W(0) c_u_Thermal(PC_logic_5_8)_ 2.6312177654917952e-05
     SitePower_W(0) c_u_Thermal(PC_logic_5_9)_ 1.0048328451659045e-05
     SitePower_W(0) c_u_Thermal(PC_logic_5_10)_ 3.8958956267165258e-06
     SitePower_W(0) c_u_Thermal(PC_logic_5_11)_ 1.8304051689501393e-06
     SitePower_W(0) c_u_Thermal(PC_logic_5_12)_ 1.2429679517598083e-05
     SitePower_W(0) c_u_Thermal(PC_logic_5_13)_ 5.0290375213282648e-06
     SitePower_W(0) c_u_Thermal(PC_logic_5_14)_ 2.0538649472474331e-06
     SitePower_W(0) c_u_Thermal(PC_logic_5_15)_ 1.011940798083279e-06
     SitePower_W(0) c_u_Thermal(PC_logic_6_0)_ 0.00020522625990137687
     SitePower_W(0) c_u_Thermal(PC_logic_6_1)_ 0.00019815983959835904
     SitePower_W(0) c_u_Thermal(PC_logic_6_2)_ 0.00017500251735606392
     SitePower_W(0) c_u_Thermal(PC_logic_6_3)_ 0.00013444675326934426
     SitePower_W(0) c_u_Thermal(PC_logic_6_4)_ 6.7082014184651194e-05
     SitePower_W(0) c_u_Thermal(PC_logic_6_5)_ 6.4370215263270691e-05
     SitePower_W(0) c_u_Thermal(PC_logic_6_6)_ 5.670382870093537e-05
     SitePower_W(0) c_u_Thermal(PC_logic_6_7)_ 4.4120405584142183e-05
     SitePower_W(0) c_u_Thermal(PC_logic_6_8)_ 2.1699140379524381e-05
     SitePower_W(0) c_u_Thermal(PC_logic_6_9)_ 1.9108860822522429e-05
     SitePower_W(0) c_u_Thermal(PC_logic_6_10)_ 1.5030729867548493e-05
     SitePower_W(0) c_u_Thermal(PC_logic_6_11)_ 7.94466493087761e-06
     SitePower_W(0) c_u_Thermal(PC_logic_6_12)_ 6.3233642536090575e-06
     SitePower_W(0) c_u_Thermal(PC_logic_7_0)_ 8.8189063712009334e-05
     SitePower_W(0) c_u_Thermal(PC_logic_7_1)_ 5.0809877949883692e-05
     SitePower_W(0) c_u_Thermal(PC_logic_7_2)_ 2.6312177654917647e-05
     SitePower_W(0) c_u_Thermal(PC_logic_7_3)_ 1.2429679517597504e-05
     SitePower_W(0) c_u_Thermal(PC_logic_7_4)_ 3.0082604314825568e-05
     SitePower_W(0) c_u_Thermal(PC_logic_7_5)_ 1.8294531343565576e-05
     SitePower_W(0) c_u_Thermal(PC_logic_7_6)_ 1.0048328451658994e-05
     SitePower_W(0) c_u_Thermal(PC_logic_7_7)_ 5.0290375213281555e-06
     SitePower_W(0) c_u_Thermal(PC_logic_7_8)_ 1.0576003150816417e-05
     SitePower_W(0) c_u_Thermal(PC_logic_7_9)_ 6.7375420587135788e-06
     SitePower_W(0) c_u_Thermal(PC_logic_7_10)_ 3.8958956267162513e-06
     SitePower_W(0) c_u_Thermal(PC_logic_7_11)_ 2.0538649472473107e-06
     SitePower_W(0) c_u_Thermal(PC_logic_7_12)_ 4.5717734528191256e-06
     SitePower_W(0) c_u_Thermal(PC_logic_7_13)_ 3.0276638536798243e-06
     SitePower_W(0) c_u_Thermal(PC_logic_7_14)_ 1.8304051689500057e-06
     SitePower_W(0) c_u_Thermal(PC_logic_7_15)_ 1.011940798083226e-06
     SitePower_W(0) c_u_Thermal(PC_logic_8_0)_ 5.5043853266241554e-06
     SitePower_W(0) c_u_Thermal(PC_logic_8_1)_ 2.3543194885982069e-06
     SitePower_W(0) c_u_Thermal(PC_logic_8_2)_ 1.0139414359503282e-06
     SitePower_W(0) c_u_Thermal(PC_logic_8_3)_ 5.2450776429331376e-07
     SitePower_W(0) c_u_Thermal(PC_logic_8_4)_ 2.3543194885981916e-06
     SitePower_W(0) c_u_Thermal(PC_logic_8_5)_ 1.0630855305914749e-06
     SitePower_W(0) c_u_Thermal(PC_logic_8_6)_ 4.8326920102668469e-07
     SitePower_W(0) c_u_Thermal(PC_logic_8_7)_ 2.6236129563027374e-07
     SitePower_W(0) c_u_Thermal(PC_logic_8_8)_ 1.0139414359502664e-06
     SitePower_W(0) c_u_Thermal(PC_logic_8_9)_ 4.8326920102666828e-07
     SitePower_W(0) c_u_Thermal(PC_logic_8_10)_ 2.3190232603303778e-07
     SitePower_W(0) c_u_Thermal(PC_logic_8_11)_ 5.2450776429330381e-07
     SitePower_W(0) c_u_Thermal(PC_logic_8_12)_ 2.6236129563027982e-07
     SitePower_W(0) c_u_Leakage(DC_0)_ 0.040219681164635451
     SitePower_W(0) c_u_Leakage(DC_1)_ 0.0022867293103763027
     SitePower_W(0) c_u_Leakage(DC_2)_ 2.5820623786450184e-05
     SitePower_W(0) c_u_Leakage(DC_3)_ 0.0022867293103762819
     SitePower_W(0) c_u_Leakage(DC_4)_ 0.0003198740142829232
     SitePower_W(0) c_u_Leakage(DC_5)_ 6.7779397920187019e-06
     SitePower_W(0) c_u_Leakage(DC_6)_ 2.5820623786450773e-05
     SitePower_W(0) c_u_Leakage(DC_7)_ 6.7779397920190941e-06
     SitePower_W(0) c_u_Leakage(DC_8)_ 4.2182117435709472e-07
     SitePower_W(0) c_u_Leakage(PC_0)_ 0.011429271749978634
     SitePower_W(0) c_u_Leakage(PC_1)_ 0.00067040909865957363
     SitePower_W(0) c_u_Leakage(PC_2)_ 7.2751972351883052e-06
     SitePower_W(0) c_u_Leakage(PC_3)_ 0.00067040909865951888
     SitePower_W(0) c_u_Leakage(PC_4)_ 9.2422312983150089e-05
     SitePower_W(0) c_u_Leakage(PC_5)_ 1.8679137968313921e-06
     SitePower_W(0) c_u_Leakage(PC_6)_ 7.2751972351876073e-06
     SitePower_W(0) c_u_Leakage(PC_7)_ 1.8679137968312269e-06
     SitePower_W(0) c_u_Leakage(PC_8)_ 1.1103097888721093e-07
     SitePower_W(1) c_e_SitePowerDef(1)_ 1
     SitePower_W(1) c_u_Thermal(DC_dram_0_0)_ 0.0062646583188627966
     SitePower_W(1) c_u_Thermal(DC_dram_0_1)_ 0.019546094181496349
     SitePower_W(1) c_u_Thermal(DC_dram_0_2)_ 0.0021271933465251422
     SitePower_W(1) c_u_Thermal(DC_dram_0_3)_ 0.006260957865110486
     SitePower_W(1) c_u_Thermal(DC_dram_0_4)_ 0.020104636986383113
     SitePower_W(1) c_u_Thermal(DC_dram_0_5)_ 0.00079292297685486723
     SitePower_W(1) c_u_Thermal(DC_dram_0_6)_ 0.0019035597629683436
     SitePower_W(1) c_u_Thermal(DC_dram_0_7)_ 0.0056891065550776065
     SitePower_W(1) c_u_Thermal(DC_dram_0_8)_ 0.018729406877757752
     SitePower_W(1) c_u_Thermal(DC_dram_0_9)_ 0.00060520246382235931
     SitePower_W(1) c_u_Thermal(DC_dram_0_10)_ 0.0014340819983785476
     SitePower_W(1) c_u_Thermal(DC_dram_0_11)_ 0.0042518325695436567
     SitePower_W(1) c_u_Thermal(DC_dram_0_12)_ 0.014126535268618763
     SitePower_W(1) c_u_Thermal(DC_dram_1_0)_ 0.092417383274728038
     SitePower_W(1) c_u_Thermal(DC_dram_1_1)_ 0.1124348815242517
     SitePower_W(1) c_u_Thermal(DC_dram_1_2)_ 0.11243488152424803
     SitePower_W(1) c_u_Thermal(DC_dram_1_3)_ 0.092417383274733561
     SitePower_W(1) c_u_Thermal(DC_dram_1_4)_ 0.09857919952280296
     SitePower_W(1) c_u_Thermal(DC_dram_1_5)_ 0.11969951642412041
     SitePower_W(1) c_u_Thermal(DC_dram_1_6)_ 0.1196995164241199
     SitePower_W(1) c_u_Thermal(DC_dram_1_7)_ 0.098579199522805583
     SitePower_W(1) c_u_Thermal(DC_dram_1_8)_ 0.095804291813445228
     SitePower_W(1) c_u_Thermal(DC_dram_1_9)_ 0.11608631267649942
     SitePower_W(1) c_u_Thermal(DC_dram_1_10)_ 0.11608631267649849
     SitePower_W(1) c_u_Thermal(DC_dram_1_11)_ 0.095804291813435569
     SitePower_W(1) c_u_Thermal(DC_dram_1_12)_ 0.078990113944880827
     SitePower_W(1) c_u_Thermal(DC_dram_1_13)_ 0.095017066038974363
     SitePower_W(1) c_u_Thermal(DC_dram_1_14)_ 0.095017066038970574
     SitePower_W(1) c_u_Thermal(DC_dram_1_15)_ 0.078990113944879745
     SitePower_W(1) c_u_Thermal(DC_dram_2_0)_ 0.019546094181497099
     SitePower_W(1) c_u_Thermal(DC_dram_2_1)_ 0.0062646583188630508
     SitePower_W(1) c_u_Thermal(DC_dram_2_2)_ 0.020104636986383376
     SitePower_W(1) c_u_Thermal(DC_dram_2_3)_ 0.0062609578651107514
     SitePower_W(1) c_u_Thermal(DC_dram_2_4)_ 0.0021271933465252693
     SitePower_W(1) c_u_Thermal(DC_dram_2_5)_ 0.018729406877757808
     SitePower_W(1) c_u_Thermal(DC_dram_2_6)_ 0.0056891065550773931
     SitePower_W(1) c_u_Thermal(DC_dram_2_7)_ 0.0019035597629683061
     SitePower_W(1) c_u_Thermal(DC_dram_2_8)_ 0.00079292297685486224
     SitePower_W(1) c_u_Thermal(DC_dram_2_9)_ 0.014126535268617889
     SitePower_W(1) c_u_Thermal(DC_dram_2_10)_ 0.0042518325695437608
     SitePower_W(1) c_u_Thermal(DC_dram_2_11)_ 0.0014340819983784344
     SitePower_W(1) c_u_Thermal(DC_dram_2_12)_ 0.00060520246382230185
     SitePower_W(1) c_u_Thermal(DC_dram_3_0)_ 0.00038433993634479107
     SitePower_W(1) c_u_Thermal(DC_dram_3_1)_ 0.00084244261046945634
     SitePower_W(1) c_u_Thermal(DC_dram_3_2)_ 0.0022203157310138168
     SitePower_W(1) c_u_Thermal(DC_dram_3_3)_ 0.0057852440497951196
     SitePower_W(1) c_u_Thermal(DC_dram_3_4)_ 0.00021241368705088724
     SitePower_W(1) c_u_Thermal(DC_dram_3_5)_ 0.00042366520798205605
     SitePower_W(1) c_u_Thermal(DC_dram_3_6)_ 0.00098797117426023735
     SitePower_W(1) c_u_Thermal(DC_dram_3_7)_ 0.0021879602051691079
     SitePower_W(1) c_u_Thermal(DC_dram_3_8)_ 0.00010549798326401517
     SitePower_W(1) c_u_Thermal(DC_dram_3_9)_ 0.00019248628067017705
     SitePower_W(1) c_u_Thermal(DC_dram_3_10)_ 0.00040320306653922073
     SitePower_W(1) c_u_Thermal(DC_dram_3_11)_ 0.00079190239024911854
     SitePower_W(1) c_u_Thermal(DC_dram_3_12)_ 4.7896545111598814e-05
     SitePower_W(1) c_u_Thermal(DC_dram_3_13)_ 8.0709174695857433e-05
     SitePower_W(1) c_u_Thermal(DC_dram_3_14)_ 0.00015430674955414721
     SitePower_W(1) c_u_Thermal(DC_dram_3_15)_ 0.00027635333031768869
     SitePower_W(1) c_u_Thermal(DC_dram_4_0)_ 0.013986360565823983
     SitePower_W(1) c_u_Thermal(DC_dram_4_1)_ 0.018108783803727328
     SitePower_W(1) c_u_Thermal(DC_dram_4_2)_ 0.018108783803726484
     SitePower_W(1) c_u_Thermal(DC_dram_4_3)_ 0.013986360565823364
     SitePower_W(1) c_u_Thermal(DC_dram_4_4)_ 0.0041306599414840132
     SitePower_W(1) c_u_Thermal(DC_dram_4_5)_ 0.0053292307798988242
     SitePower_W(1) c_u_Thermal(DC_dram_4_6)_ 0.0053292307798985389
     SitePower_W(1) c_u_Thermal(DC_dram_4_7)_ 0.0041306599414840462
     SitePower_W(1) c_u_Thermal(DC_dram_4_8)_ 0.0013260948851941011
     SitePower_W(1) c_u_Thermal(DC_dram_4_9)_ 0.0016803539204310342
     SitePower_W(1) c_u_Thermal(DC_dram_4_10)_ 0.0016803539204309926
     SitePower_W(1) c_u_Thermal(DC_dram_4_11)_ 0.0013260948851940017
     SitePower_W(1) c_u_Thermal(DC_dram_4_12)_ 0.0004278169221739491
     SitePower_W(1) c_u_Thermal(DC_dram_4_13)_ 0.00053101551465963937
     SitePower_W(1) c_u_Thermal(DC_dram_4_14)_ 0.00053101551465961898
     SitePower_W(1) c_u_Thermal(DC_dram_4_15)_ 0.0004278169221739395
     SitePower_W(1) c_u_Thermal(DC_dram_5_0)_ 0.0057852440497946252
     SitePower_W(1) c_u_Thermal(DC_dram_5_1)_ 0.0022203157310136576
     SitePower_W(1) c_u_Thermal(DC_dram_5_2)_ 0.00084244261046946046
     SitePower_W(1) c_u_Thermal(DC_dram_5_3)_ 0.00038433993634478343
     SitePower_W(1) c_u_Thermal(DC_dram_5_4)_ 0.0021879602051691079
     SitePower_W(1) c_u_Thermal(DC_dram_5_5)_ 0.00098797117426025014
     SitePower_W(1) c_u_Thermal(DC_dram_5_6)_ 0.00042366520798205621
     SitePower_W(1) c_u_Thermal(DC_dram_5_7)_ 0.00021241368705089255
     SitePower_W(1) c_u_Thermal(DC_dram_5_8)_ 0.00079190239024908514
     SitePower_W(1) c_u_Thermal(DC_dram_5_9)_ 0.0004032030665391894
     SitePower_W(1) c_u_Thermal(DC_dram_5_10)_ 0.00019248628067017426
     SitePower_W(1) c_u_Thermal(DC_dram_5_11)_ 0.00010549798326401766
     SitePower_W(1) c_u_Thermal(DC_dram_5_12)_ 0.0002763533303176669
     SitePower_W(1) c_u_Thermal(DC_dram_5_13)_ 0.00015430674955414268
     SitePower_W(1) c_u_Thermal(DC_dram_5_14)_ 8.070917469584571e-05
     SitePower_W(1) c_u_Thermal(DC_dram_5_15)_ 4.7896545111593868e-05
     SitePower_W(1) c_u_Thermal(DC_dram_6_0)_ 2.0440116691493837e-05
     SitePower_W(1) c_u_Thermal(DC_dram_6_1)_ 3.2091922366899738e-05
     SitePower_W(1) c_u_Thermal(DC_dram_6_2)_ 5.6660006703833753e-05
     SitePower_W(1) c_u_Thermal(DC_dram_6_3)_ 9.4236120321974251e-05
     SitePower_W(1) c_u_Thermal(DC_dram_6_4)_ 8.4670302094237318e-06
     SitePower_W(1) c_u_Thermal(DC_dram_6_5)_ 1.2498893730930122e-05
     SitePower_W(1) c_u_Thermal(DC_dram_6_6)_ 2.0570977204876938e-05
     SitePower_W(1) c_u_Thermal(DC_dram_6_7)_ 3.2154218729701273e-05
     SitePower_W(1) c_u_Thermal(DC_dram_6_8)_ 4.9535499759799381e-06
     SitePower_W(1) c_u_Thermal(DC_dram_6_9)_ 7.6541795169824237e-06
     SitePower_W(1) c_u_Thermal(DC_dram_6_10)_ 1.132651243504518e-05
     SitePower_W(1) c_u_Thermal(DC_dram_6_11)_ 3.476774564554289e-06
     SitePower_W(1) c_u_Thermal(DC_dram_6_12)_ 4.9043137253141572e-06
     SitePower_W(1) c_u_Thermal(DC_dram_7_0)_ 0.00013764252532529587
     SitePower_W(1) c_u_Thermal(DC_dram_7_1)_ 0.0001673110033515351
     SitePower_W(1) c_u_Thermal(DC_dram_7_2)_ 0.00016731100335153651
     SitePower_W(1) c_u_Thermal(DC_dram_7_3)_ 0.00013764252532529362
     SitePower_W(1) c_u_Thermal(DC_dram_7_4)_ 4.4869142566362646e-05
     SitePower_W(1) c_u_Thermal(DC_dram_7_5)_ 5.3528359786217027e-05
     SitePower_W(1) c_u_Thermal(DC_dram_7_6)_ 5.3528359786214574e-05
     SitePower_W(1) c_u_Thermal(DC_dram_7_7)_ 4.4869142566359292e-05
     SitePower_W(1) c_u_Thermal(DC_dram_7_8)_ 1.5211795636546302e-05
     SitePower_W(1) c_u_Thermal(DC_dram_7_9)_ 1.7855247943044488e-05
     SitePower_W(1) c_u_Thermal(DC_dram_7_10)_ 1.7855247943043563e-05
     SitePower_W(1) c_u_Thermal(DC_dram_7_11)_ 1.5211795636543049e-05
     SitePower_W(1) c_u_Thermal(DC_dram_7_12)_ 6.3682115274123122e-06
     SitePower_W(1) c_u_Thermal(DC_dram_7_13)_ 7.358199568307718e-06
     SitePower_W(1) c_u_Thermal(DC_dram_7_14)_ 7.3581995683071378e-06
     SitePower_W(1) c_u_Thermal(DC_dram_7_15)_ 6.3682115274113686e-06
     SitePower_W(1) c_u_Thermal(DC_dram_8_0)_ 9.4236120321964222e-05
     SitePower_W(1) c_u_Thermal(DC_dram_8_1)_ 5.6660006703828861e-05
     SitePower_W(1) c_u_Thermal(DC_dram_8_2)_ 3.2091922366897224e-05
     SitePower_W(1) c_u_Thermal(DC_dram_8_3)_ 2.0440116691492539e-05
     SitePower_W(1) c_u_Thermal(DC_dram_8_4)_ 3.2154218729696713e-05
     SitePower_W(1) c_u_Thermal(DC_dram_8_5)_ 2.0570977204875427e-05
     SitePower_W(1) c_u_Thermal(DC_dram_8_6)_ 1.2498893730929148e-05
     SitePower_W(1) c_u_Thermal(DC_dram_8_7)_ 8.4670302094236556e-06
     SitePower_W(1) c_u_Thermal(DC_dram_8_8)_ 1.1326512435044228e-05
     SitePower_W(1) c_u_Thermal(DC_dram_8_9)_ 7.6541795169816664e-06
     SitePower_W(1) c_u_Thermal(DC_dram_8_10)_ 4.9535499759797518e-06
     SitePower_W(1) c_u_Thermal(DC_dram_8_11)_ 4.9043137253141403e-06
     SitePower_W(1) c_u_Thermal(DC_dram_8_12)_ 3.4767745645542018e-06
     SitePower_W(1) c_u_Thermal(DC_logic_0_0)_ 0.0062697804109207193
     SitePower_W(1) c_u_Thermal(DC_logic_0_1)_ 0.019626946523481105
     SitePower_W(1) c_u_Thermal(DC_logic_0_2)_ 0.0021287555388172343
     SitePower_W(1) c_u_Thermal(DC_logic_0_3)_ 0.0062665348505960344
     SitePower_W(1) c_u_Thermal(DC_logic_0_4)_ 0.020189850863120803
     SitePower_W(1) c_u_Thermal(DC_logic_0_5)_ 0.00079349623558670789
     SitePower_W(1) c_u_Thermal(DC_logic_0_6)_ 0.001904988136898804
     SitePower_W(1) c_u_Thermal(DC_logic_0_7)_ 0.0056943942537479716
     SitePower_W(1) c_u_Thermal(DC_logic_0_8)_ 0.018813859026634735
     SitePower_W(1) c_u_Thermal(DC_logic_0_9)_ 0.00060559912512648086
     SitePower_W(1) c_u_Thermal(DC_logic_0_10)_ 0.0014350787340178797
     SitePower_W(1) c_u_Thermal(DC_logic_0_11)_ 0.0042557932689561134
     SitePower_W(1) c_u_Thermal(DC_logic_0_12)_ 0.014201322330508319
     SitePower_W(1) c_u_Thermal(DC_logic_1_0)_ 0.096833840827344364
     SitePower_W(1) c_u_Thermal(DC_logic_1_1)_ 0.11719904064180107
     SitePower_W(1) c_u_Thermal(DC_logic_1_2)_ 0.1171990406417974
     SitePower_W(1) c_u_Thermal(DC_logic_1_3)_ 0.096833840827349943
     SitePower_W(1) c_u_Thermal(DC_logic_1_4)_ 0.10326325733766745
     SitePower_W(1) c_u_Thermal(DC_logic_1_5)_ 0.12473180402674729
     SitePower_W(1) c_u_Thermal(DC_logic_1_6)_ 0.12473180402674677
     SitePower_W(1) c_u_Thermal(DC_logic_1_7)_ 0.10326325733767
     SitePower_W(1) c_u_Thermal(DC_logic_1_8)_ 0.10048541615151144
     SitePower_W(1) c_u_Thermal(DC_logic_1_9)_ 0.12111484702847983
     SitePower_W(1) c_u_Thermal(DC_logic_1_10)_ 0.12111484702847894
     SitePower_W(1) c_u_Thermal(DC_logic_1_11)_ 0.10048541615150178
     SitePower_W(1) c_u_Thermal(DC_logic_1_12)_ 0.083332249426354796
     SitePower_W(1) c_u_Thermal(DC_logic_1_13)_ 0.099697670321193643
     SitePower_W(1) c_u_Thermal(DC_logic_1_14)_ 0.09969767032118991
     SitePower_W(1) c_u_Thermal(DC_logic_1_15)_ 0.083332249426353658
     SitePower_W(1) c_u_Thermal(DC_logic_2_0)_ 0.019626946523481847
     SitePower_W(1) c_u_Thermal(DC_logic_2_1)_ 0.0062697804109209587
     SitePower_W(1) c_u_Thermal(DC_logic_2_2)_ 0.020189850863121073
     SitePower_W(1) c_u_Thermal(DC_logic_2_3)_ 0.0062665348505963137
     SitePower_W(1) c_u_Thermal(DC_logic_2_4)_ 0.0021287555388173614
     SitePower_W(1) c_u_Thermal(DC_logic_2_5)_ 0.018813859026634783
     SitePower_W(1) c_u_Thermal(DC_logic_2_6)_ 0.0056943942537477713
     SitePower_W(1) c_u_Thermal(DC_logic_2_7)_ 0.0019049881368987632
     SitePower_W(1) c_u_Thermal(DC_logic_2_8)_ 0.00079349623558670247
     SitePower_W(1) c_u_Thermal(DC_logic_2_9)_ 0.014201322330507448
     SitePower_W(1) c_u_Thermal(DC_logic_2_10)_ 0.0042557932689562209
     SitePower_W(1) c_u_Thermal(DC_logic_2_11)_ 0.0014350787340177656
     SitePower_W(1) c_u_Thermal(DC_logic_2_12)_ 0.00060559912512642394
     SitePower_W(1) c_u_Thermal(DC_logic_3_0)_ 0.00038457385137811431
     SitePower_W(1) c_u_Thermal(DC_logic_3_1)_ 0.00084297468507290338
     SitePower_W(1) c_u_Thermal(DC_logic_3_2)_ 0.0022216118869919864
     SitePower_W(1) c_u_Thermal(DC_logic_3_3)_ 0.0057915325409278002
     SitePower_W(1) c_u_Thermal(DC_logic_3_4)_ 0.00021255106967404242
     SitePower_W(1) c_u_Thermal(DC_logic_3_5)_ 0.00042394566318704283
     SitePower_W(1) c_u_Thermal(DC_logic_3_6)_ 0.00098853661732349108
     SitePower_W(1) c_u_Thermal(DC_logic_3_7)_ 0.0021892354295826666
     SitePower_W(1) c_u_Thermal(DC_logic_3_8)_ 0.00010557237217516879
     SitePower_W(1) c_u_Thermal(DC_logic_3_9)_ 0.00019262861855661923
     SitePower_W(1) c_u_Thermal(DC_logic_3_10)_ 0.00040347256838417137
     SitePower_W(1) c_u_Thermal(DC_logic_3_11)_ 0.00079240619051417448
     SitePower_W(1) c_u_Thermal(DC_logic_3_12)_ 4.7928487468135145e-05
     SitePower_W(1) c_u_Thermal(DC_logic_3_13)_ 8.076760484686039e-05
     SitePower_W(1) c_u_Thermal(DC_logic_3_14)_ 0.0001544108850344567
     SitePower_W(1) c_u_Thermal(DC_logic_3_15)_ 0.00027652932179167129
     SitePower_W(1) c_u_Thermal(DC_logic_4_0)_ 0.014061048496731293
     SitePower_W(1) c_u_Thermal(DC_logic_4_1)_ 0.018192839897969885
     SitePower_W(1) c_u_Thermal(DC_logic_4_2)_ 0.018192839897969035
     SitePower_W(1) c_u_Thermal(DC_logic_4_3)_ 0.01406104849673071
     SitePower_W(1) c_u_Thermal(DC_logic_4_4)_ 0.0041345334017142974
     SitePower_W(1) c_u_Thermal(DC_logic_4_5)_ 0.0053342736632583142
     SitePower_W(1) c_u_Thermal(DC_logic_4_6)_ 0.0053342736632580401
     SitePower_W(1) c_u_Thermal(DC_logic_4_7)_ 0.0041345334017143399
     SitePower_W(1) c_u_Thermal(DC_logic_4_8)_ 0.001327020326546355
     SitePower_W(1) c_u_Thermal(DC_logic_4_9)_ 0.001681624113696176
     SitePower_W(1) c_u_Thermal(DC_logic_4_10)_ 0.0016816241136961307
     SitePower_W(1) c_u_Thermal(DC_logic_4_11)_ 0.0013270203265462572
     SitePower_W(1) c_u_Thermal(DC_logic_4_12)_ 0.00042810896369543326
     SitePower_W(1) c_u_Thermal(DC_logic_4_13)_ 0.00053141618663444655
     SitePower_W(1) c_u_Thermal(DC_logic_4_14)_ 0.0005314161866344265
     SitePower_W(1) c_u_Thermal(DC_logic_4_15)_ 0.0004281089636954235
     SitePower_W(1) c_u_Thermal(DC_logic_5_0)_ 0.0057915325409273041
     SitePower_W(1) c_u_Thermal(DC_logic_5_1)_ 0.0022216118869918255
     SitePower_W(1) c_u_Thermal(DC_logic_5_2)_ 0.00084297468507290674
     SitePower_W(1) c_u_Thermal(DC_logic_5_3)_ 0.00038457385137810748
     SitePower_W(1) c_u_Thermal(DC_logic_5_4)_ 0.0021892354295826705
     SitePower_W(1) c_u_Thermal(DC_logic_5_5)_ 0.00098853661732350431
     SitePower_W(1) c_u_Thermal(DC_logic_5_6)_ 0.00042394566318704375
     SitePower_W(1) c_u_Thermal(DC_logic_5_7)_ 0.000212551069674048
     SitePower_W(1) c_u_Thermal(DC_logic_5_8)_ 0.00079240619051414141
     SitePower_W(1) c_u_Thermal(DC_logic_5_9)_ 0.00040347256838414069
     SitePower_W(1) c_u_Thermal(DC_logic_5_10)_ 0.0001926286185566163
     SitePower_W(1) c_u_Thermal(DC_logic_5_11)_ 0.00010557237217517143
     SitePower_W(1) c_u_Thermal(DC_logic_5_12)_ 0.00027652932179164956
     SitePower_W(1) c_u_Thermal(DC_logic_5_13)_ 0.00015441088503445212
     SitePower_W(1) c_u_Thermal(DC_logic_5_14)_ 8.0767604846848667e-05
     SitePower_W(1) c_u_Thermal(DC_logic_5_15)_ 4.7928487468130293e-05
     SitePower_W(1) c_u_Thermal(DC_logic_6_0)_ 2.0451961504631713e-05
     SitePower_W(1) c_u_Thermal(DC_logic_6_1)_ 3.2112178361299783e-05
     SitePower_W(1) c_u_Thermal(DC_logic_6_2)_ 5.6692988774492044e-05
     SitePower_W(1) c_u_Thermal(DC_logic_6_3)_ 9.428638213384304e-05
     SitePower_W(1) c_u_Thermal(DC_logic_6_4)_ 8.4720385915805448e-06
     SitePower_W(1) c_u_Thermal(DC_logic_6_5)_ 1.250678935675207e-05
     SitePower_W(1) c_u_Thermal(DC_logic_6_6)_ 2.058287869428453e-05
     SitePower_W(1) c_u_Thermal(DC_logic_6_7)_ 3.2171073710524203e-05
     SitePower_W(1) c_u_Thermal(DC_logic_6_8)_ 4.9571466448897214e-06
     SitePower_W(1) c_u_Thermal(DC_logic_6_9)_ 7.6594266032655549e-06
     SitePower_W(1) c_u_Thermal(DC_logic_6_10)_ 1.1333671128068312e-05
     SitePower_W(1) c_u_Thermal(DC_logic_6_11)_ 3.4791287828053016e-06
     SitePower_W(1) c_u_Thermal(DC_logic_6_12)_ 4.9073559736685471e-06
     SitePower_W(1) c_u_Thermal(DC_logic_7_0)_ 0.00013772045957063069
     SitePower_W(1) c_u_Thermal(DC_logic_7_1)_ 0.00016741686717844267
     SitePower_W(1) c_u_Thermal(DC_logic_7_2)_ 0.0001674168671784443
     SitePower_W(1) c_u_Thermal(DC_logic_7_3)_ 0.00013772045957062898
     SitePower_W(1) c_u_Thermal(DC_logic_7_4)_ 4.4893675066070127e-05
     SitePower_W(1) c_u_Thermal(DC_logic_7_5)_ 5.3560615595460785e-05
     SitePower_W(1) c_u_Thermal(DC_logic_7_6)_ 5.3560615595458434e-05
     SitePower_W(1) c_u_Thermal(DC_logic_7_7)_ 4.4893675066066854e-05
     SitePower_W(1) c_u_Thermal(DC_logic_7_8)_ 1.5221786056368583e-05
     SitePower_W(1) c_u_Thermal(DC_logic_7_9)_ 1.7868064304499983e-05
     SitePower_W(1) c_u_Thermal(DC_logic_7_10)_ 1.7868064304499021e-05
     SitePower_W(1) c_u_Thermal(DC_logic_7_11)_ 1.5221786056365322e-05
     SitePower_W(1) c_u_Thermal(DC_logic_7_12)_ 6.3723275293336609e-06
     SitePower_W(1) c_u_Thermal(DC_logic_7_13)_ 7.3634764576179922e-06
     SitePower_W(1) c_u_Thermal(DC_logic_7_14)_ 7.3634764576174069e-06
     SitePower_W(1) c_u_Thermal(DC_logic_7_15)_ 6.372327529332719e-06
     SitePower_W(1) c_u_Thermal(DC_logic_8_0)_ 9.428638213383316e-05
     SitePower_W(1) c_u_Thermal(DC_logic_8_1)_ 5.6692988774487294e-05
     SitePower_W(1) c_u_Thermal(DC_logic_8_2)_ 3.2112178361297222e-05
     SitePower_W(1) c_u_Thermal(DC_logic_8_3)_ 2.0451961504630426e-05
     SitePower_W(1) c_u_Thermal(DC_logic_8_4)_ 3.2171073710519663e-05
     SitePower_W(1) c_u_Thermal(DC_logic_8_5)_ 2.0582878694283002e-05
     SitePower_W(1) c_u_Thermal(DC_logic_8_6)_ 1.2506789356751091e-05
     SitePower_W(1) c_u_Thermal(DC_logic_8_7)_ 8.4720385915804669e-06
     SitePower_W(1) c_u_Thermal(DC_logic_8_8)_ 1.133367112806734e-05
     SitePower_W(1) c_u_Thermal(DC_logic_8_9)_ 7.6594266032648078e-06
     SitePower_W(1) c_u_Thermal(DC_logic_8_10)_ 4.9571466448895275e-06
     SitePower_W(1) c_u_Thermal(DC_logic_8_11)_ 4.9073559736685302e-06
     SitePower_W(1) c_u_Thermal(DC_logic_8_12)_ 3.4791287828052101e-06
     SitePower_W(1) c_u_Thermal(PC_dram_0_0)_ 0.0057723065178607764
     SitePower_W(1) c_u_Thermal(PC_dram_0_1)_ 0.017694490798176692
     SitePower_W(1) c_u_Thermal(PC_dram_0_2)_ 0.001950738039623281
     SitePower_W(1) c_u_Thermal(PC_dram_0_3)_ 0.0058351783681462027
     SitePower_W(1) c_u_Thermal(PC_dram_0_4)_ 0.018544096973219706
     SitePower_W(1) c_u_Thermal(PC_dram_0_5)_ 0.00071422975397249493
     SitePower_W(1) c_u_Thermal(PC_dram_0_6)_ 0.0017486178952070607
     SitePower_W(1) c_u_Thermal(PC_dram_0_7)_ 0.0053119386689658276
     SitePower_W(1) c_u_Thermal(PC_dram_0_8)_ 0.017273517545308443
     SitePower_W(1) c_u_Thermal(PC_dram_0_9)_ 0.00054252253000876282
     SitePower_W(1) c_u_Thermal(PC_dram_0_10)_ 0.0013071136852389983
     SitePower_W(1) c_u_Thermal(PC_dram_0_11)_ 0.0039211408136240657
     SitePower_W(1) c_u_Thermal(PC_dram_0_12)_ 0.012689077023371376
     SitePower_W(1) c_u_Thermal(PC_dram_1_0)_ 0.075362821061180987
     SitePower_W(1) c_u_Thermal(PC_dram_1_1)_ 0.096689867410468727
     SitePower_W(1) c_u_Thermal(PC_dram_1_2)_ 0.096689867410468686
     SitePower_W(1) c_u_Thermal(PC_dram_1_3)_ 0.075362821061180363
     SitePower_W(1) c_u_Thermal(PC_dram_1_4)_ 0.083904426277708111
     SitePower_W(1) c_u_Thermal(PC_dram_1_5)_ 0.10746471187868278
     SitePower_W(1) c_u_Thermal(PC_dram_1_6)_ 0.10746471187868457
     SitePower_W(1) c_u_Thermal(PC_dram_1_7)_ 0.083904426277706251
     SitePower_W(1) c_u_Thermal(PC_dram_1_8)_ 0.081329187518408716
     SitePower_W(1) c_u_Thermal(PC_dram_1_9)_ 0.1040582725244832
     SitePower_W(1) c_u_Thermal(PC_dram_1_10)_ 0.10405827252448287
     SitePower_W(1) c_u_Thermal(PC_dram_1_11)_ 0.08132918751840805
     SitePower_W(1) c_u_Thermal(PC_dram_1_12)_ 0.063302171963655202
     SitePower_W(1) c_u_Thermal(PC_dram_1_13)_ 0.08060551060893624
     SitePower_W(1) c_u_Thermal(PC_dram_1_14)_ 0.080605510608936629
     SitePower_W(1) c_u_Thermal(PC_dram_1_15)_ 0.063302171963655646
     SitePower_W(1) c_u_Thermal(PC_dram_2_0)_ 0.01769449079817615
     SitePower_W(1) c_u_Thermal(PC_dram_2_1)_ 0.0057723065178608779
     SitePower_W(1) c_u_Thermal(PC_dram_2_2)_ 0.018544096973218582
     SitePower_W(1) c_u_Thermal(PC_dram_2_3)_ 0.0058351783681461367
     SitePower_W(1) c_u_Thermal(PC_dram_2_4)_ 0.0019507380396231924
     SitePower_W(1) c_u_Thermal(PC_dram_2_5)_ 0.017273517545308054
     SitePower_W(1) c_u_Thermal(PC_dram_2_6)_ 0.0053119386689659785
     SitePower_W(1) c_u_Thermal(PC_dram_2_7)_ 0.0017486178952070572
     SitePower_W(1) c_u_Thermal(PC_dram_2_8)_ 0.00071422975397250491
     SitePower_W(1) c_u_Thermal(PC_dram_2_9)_ 0.012689077023371543
     SitePower_W(1) c_u_Thermal(PC_dram_2_10)_ 0.0039211408136243572
     SitePower_W(1) c_u_Thermal(PC_dram_2_11)_ 0.0013071136852390692
     SitePower_W(1) c_u_Thermal(PC_dram_2_12)_ 0.00054252253000878819
     SitePower_W(1) c_u_Thermal(PC_dram_3_0)_ 0.00034186266411132205
     SitePower_W(1) c_u_Thermal(PC_dram_3_1)_ 0.00076082533588618878
     SitePower_W(1) c_u_Thermal(PC_dram_3_2)_ 0.0020339859014819012
     SitePower_W(1) c_u_Thermal(PC_dram_3_3)_ 0.0053313332770441573
     SitePower_W(1) c_u_Thermal(PC_dram_3_4)_ 0.00018700347770913753
     SitePower_W(1) c_u_Thermal(PC_dram_3_5)_ 0.00037842252293515525
     SitePower_W(1) c_u_Thermal(PC_dram_3_6)_ 0.00089518493788084388
     SitePower_W(1) c_u_Thermal(PC_dram_3_7)_ 0.0020057292220118815
     SitePower_W(1) c_u_Thermal(PC_dram_3_8)_ 9.1807816806247094e-05
     SitePower_W(1) c_u_Thermal(PC_dram_3_9)_ 0.00016982509428435283
     SitePower_W(1) c_u_Thermal(PC_dram_3_10)_ 0.00036072187922863666
     SitePower_W(1) c_u_Thermal(PC_dram_3_11)_ 0.00071686025328856671
     SitePower_W(1) c_u_Thermal(PC_dram_3_12)_ 4.1210124699934257e-05
     SitePower_W(1) c_u_Thermal(PC_dram_3_13)_ 7.0315555485111868e-05
     SitePower_W(1) c_u_Thermal(PC_dram_3_14)_ 0.00013627397696251557
     SitePower_W(1) c_u_Thermal(PC_dram_3_15)_ 0.00024687313492138412
     SitePower_W(1) c_u_Thermal(PC_dram_4_0)_ 0.012563418334743996
     SitePower_W(1) c_u_Thermal(PC_dram_4_1)_ 0.016709712272020647
     SitePower_W(1) c_u_Thermal(PC_dram_4_2)_ 0.016709712272021417
     SitePower_W(1) c_u_Thermal(PC_dram_4_3)_ 0.012563418334744543
     SitePower_W(1) c_u_Thermal(PC_dram_4_4)_ 0.003813996006492619
     SitePower_W(1) c_u_Thermal(PC_dram_4_5)_ 0.0049893759795430672
     SitePower_W(1) c_u_Thermal(PC_dram_4_6)_ 0.0049893759795431774
     SitePower_W(1) c_u_Thermal(PC_dram_4_7)_ 0.0038139960064927743
     SitePower_W(1) c_u_Thermal(PC_dram_4_8)_ 0.0012125234075741364
     SitePower_W(1) c_u_Thermal(PC_dram_4_9)_ 0.0015512586645679421
     SitePower_W(1) c_u_Thermal(PC_dram_4_10)_ 0.0015512586645679788
     SitePower_W(1) c_u_Thermal(PC_dram_4_11)_ 0.0012125234075741616
     SitePower_W(1) c_u_Thermal(PC_dram_4_12)_ 0.00038567816965866296
     SitePower_W(1) c_u_Thermal(PC_dram_4_13)_ 0.00048198822356658412
     SitePower_W(1) c_u_Thermal(PC_dram_4_14)_ 0.00048198822356661128
     SitePower_W(1) c_u_Thermal(PC_dram_4_15)_ 0.00038567816965867733
     SitePower_W(1) c_u_Thermal(PC_dram_5_0)_ 0.0053313332770444808
     SitePower_W(1) c_u_Thermal(PC_dram_5_1)_ 0.0020339859014821462
     SitePower_W(1) c_u_Thermal(PC_dram_5_2)_ 0.00076082533588624516
     SitePower_W(1) c_u_Thermal(PC_dram_5_3)_ 0.0003418626641113369
     SitePower_W(1) c_u_Thermal(PC_dram_5_4)_ 0.0020057292220120298
     SitePower_W(1) c_u_Thermal(PC_dram_5_5)_ 0.00089518493788090709
     SitePower_W(1) c_u_Thermal(PC_dram_5_6)_ 0.00037842252293517455
     SitePower_W(1) c_u_Thermal(PC_dram_5_7)_ 0.00018700347770914732
     SitePower_W(1) c_u_Thermal(PC_dram_5_8)_ 0.00071686025328862959
     SitePower_W(1) c_u_Thermal(PC_dram_5_9)_ 0.00036072187922864187
     SitePower_W(1) c_u_Thermal(PC_dram_5_10)_ 0.0001698250942843669
     SitePower_W(1) c_u_Thermal(PC_dram_5_11)_ 9.180781680625265e-05
     SitePower_W(1) c_u_Thermal(PC_dram_5_12)_ 0.00024687313492140596
     SitePower_W(1) c_u_Thermal(PC_dram_5_13)_ 0.00013627397696251768
     SitePower_W(1) c_u_Thermal(PC_dram_5_14)_ 7.0315555485117668e-05
     SitePower_W(1) c_u_Thermal(PC_dram_5_15)_ 4.1210124699938194e-05
     SitePower_W(1) c_u_Thermal(PC_dram_6_0)_ 1.7399993778676962e-05
     SitePower_W(1) c_u_Thermal(PC_dram_6_1)_ 2.7634659224531496e-05
     SitePower_W(1) c_u_Thermal(PC_dram_6_2)_ 4.9441550494273494e-05
     SitePower_W(1) c_u_Thermal(PC_dram_6_3)_ 8.3169746055607906e-05
     SitePower_W(1) c_u_Thermal(PC_dram_6_4)_ 7.1168137781837841e-06
     SitePower_W(1) c_u_Thermal(PC_dram_6_5)_ 1.0621108652556704e-05
     SitePower_W(1) c_u_Thermal(PC_dram_6_6)_ 1.7704588504396997e-05
     SitePower_W(1) c_u_Thermal(PC_dram_6_7)_ 2.7977273898609813e-05
     SitePower_W(1) c_u_Thermal(PC_dram_6_8)_ 4.1438244179563476e-06
     SitePower_W(1) c_u_Thermal(PC_dram_6_9)_ 6.4812290324580747e-06
     SitePower_W(1) c_u_Thermal(PC_dram_6_10)_ 9.6877330866471785e-06
     SitePower_W(1) c_u_Thermal(PC_dram_6_11)_ 2.8953302121673444e-06
     SitePower_W(1) c_u_Thermal(PC_dram_6_12)_ 4.123378740139728e-06
     SitePower_W(1) c_u_Thermal(PC_dram_7_0)_ 0.00012247760049107124
     SitePower_W(1) c_u_Thermal(PC_dram_7_1)_ 0.00014960869548222419
     SitePower_W(1) c_u_Thermal(PC_dram_7_2)_ 0.00014960869548222893
     SitePower_W(1) c_u_Thermal(PC_dram_7_3)_ 0.00012247760049107089
     SitePower_W(1) c_u_Thermal(PC_dram_7_4)_ 3.9333562721661935e-05
     SitePower_W(1) c_u_Thermal(PC_dram_7_5)_ 4.7110188382384502e-05
     SitePower_W(1) c_u_Thermal(PC_dram_7_6)_ 4.7110188382386094e-05
     SitePower_W(1) c_u_Thermal(PC_dram_7_7)_ 3.9333562721662722e-05
     SitePower_W(1) c_u_Thermal(PC_dram_7_8)_ 1.3099723103011841e-05
     SitePower_W(1) c_u_Thermal(PC_dram_7_9)_ 1.5432227609489444e-05
     SitePower_W(1) c_u_Thermal(PC_dram_7_10)_ 1.5432227609489738e-05
     SitePower_W(1) c_u_Thermal(PC_dram_7_11)_ 1.3099723103012178e-05
     SitePower_W(1) c_u_Thermal(PC_dram_7_12)_ 5.3865329366596176e-06
     SitePower_W(1) c_u_Thermal(PC_dram_7_13)_ 6.2414485687721113e-06
     SitePower_W(1) c_u_Thermal(PC_dram_7_14)_ 6.2414485687724272e-06
     SitePower_W(1) c_u_Thermal(PC_dram_7_15)_ 5.3865329366596939e-06
     SitePower_W(1) c_u_Thermal(PC_dram_8_0)_ 8.3169746055608706e-05
     SitePower_W(1) c_u_Thermal(PC_dram_8_1)_ 4.9441550494273833e-05
     SitePower_W(1) c_u_Thermal(PC_dram_8_2)_ 2.7634659224534292e-05
     SitePower_W(1) c_u_Thermal(PC_dram_8_3)_ 1.7399993778677951e-05
     SitePower_W(1) c_u_Thermal(PC_dram_8_4)_ 2.7977273898610149e-05
     SitePower_W(1) c_u_Thermal(PC_dram_8_5)_ 1.7704588504398041e-05
     SitePower_W(1) c_u_Thermal(PC_dram_8_6)_ 1.0621108652557423e-05
     SitePower_W(1) c_u_Thermal(PC_dram_8_7)_ 7.116813778184477e-06
     SitePower_W(1) c_u_Thermal(PC_dram_8_8)_ 9.6877330866471683e-06
     SitePower_W(1) c_u_Thermal(PC_dram_8_9)_ 6.4812290324583365e-06
     SitePower_W(1) c_u_Thermal(PC_dram_8_10)_ 4.1438244179566805e-06
     SitePower_W(1) c_u_Thermal(PC_dram_8_11)_ 4.1233787401399499e-06
     SitePower_W(1) c_u_Thermal(PC_dram_8_12)_ 2.8953302121675897e-06
     SitePower_W(1) c_u_Thermal(PC_logic_0_0)_ 0.0057759332725964762
     SitePower_W(1) c_u_Thermal(PC_logic_0_1)_ 0.017753496172938539
     SitePower_W(1) c_u_Thermal(PC_logic_0_2)_ 0.0019523228953847447
     SitePower_W(1) c_u_Thermal(PC_logic_0_3)_ 0.0058394743554984552
     SitePower_W(1) c_u_Thermal(PC_logic_0_4)_ 0.018610144435621791
     SitePower_W(1) c_u_Thermal(PC_logic_0_5)_ 0.00071480045156446488
     SitePower_W(1) c_u_Thermal(PC_logic_0_6)_ 0.0017500784250349967
     SitePower_W(1) c_u_Thermal(PC_logic_0_7)_ 0.0053160043565095901
     SitePower_W(1) c_u_Thermal(PC_logic_0_8)_ 0.01733904245501925
     SitePower_W(1) c_u_Thermal(PC_logic_0_9)_ 0.00054288736164264479
     SitePower_W(1) c_u_Thermal(PC_logic_0_10)_ 0.0013080667685386701
     SitePower_W(1) c_u_Thermal(PC_logic_0_11)_ 0.0039238681301350725
     SitePower_W(1) c_u_Thermal(PC_logic_0_12)_ 0.012744414653452002
     SitePower_W(1) c_u_Thermal(PC_logic_1_0)_ 0.079849910579453273
     SitePower_W(1) c_u_Thermal(PC_logic_1_1)_ 0.10166898754413878
     SitePower_W(1) c_u_Thermal(PC_logic_1_2)_ 0.10166898754413879
     SitePower_W(1) c_u_Thermal(PC_logic_1_3)_ 0.079849910579452704
     SitePower_W(1) c_u_Thermal(PC_logic_1_4)_ 0.088821117016805368
     SitePower_W(1) c_u_Thermal(PC_logic_1_5)_ 0.11287367165294515
     SitePower_W(1) c_u_Thermal(PC_logic_1_6)_ 0.112873671652947
     SitePower_W(1) c_u_Thermal(PC_logic_1_7)_ 0.088821117016803383
     SitePower_W(1) c_u_Thermal(PC_logic_1_8)_ 0.086244134817655513
     SitePower_W(1) c_u_Thermal(PC_logic_1_9)_ 0.1094647288373817
     SitePower_W(1) c_u_Thermal(PC_logic_1_10)_ 0.10946472883738147
     SitePower_W(1) c_u_Thermal(PC_logic_1_11)_ 0.086244134817654708
     SitePower_W(1) c_u_Thermal(PC_logic_1_12)_ 0.067734358211942361
     SitePower_W(1) c_u_Thermal(PC_logic_1_13)_ 0.085519986388910202
     SitePower_W(1) c_u_Thermal(PC_logic_1_14)_ 0.085519986388910674
     SitePower_W(1) c_u_Thermal(PC_logic_1_15)_ 0.067734358211942833
     SitePower_W(1) c_u_Thermal(PC_logic_2_0)_ 0.017753496172938046
     SitePower_W(1) c_u_Thermal(PC_logic_2_1)_ 0.0057759332725965829
     SitePower_W(1) c_u_Thermal(PC_logic_2_2)_ 0.018610144435620674
     SitePower_W(1) c_u_Thermal(PC_logic_2_3)_ 0.0058394743554983945
     SitePower_W(1) c_u_Thermal(PC_logic_2_4)_ 0.0019523228953846527
     SitePower_W(1) c_u_Thermal(PC_logic_2_5)_ 0.017339042455018872
     SitePower_W(1) c_u_Thermal(PC_logic_2_6)_ 0.0053160043565097306
     SitePower_W(1) c_u_Thermal(PC_logic_2_7)_ 0.0017500784250349926
     SitePower_W(1) c_u_Thermal(PC_logic_2_8)_ 0.00071480045156447573
     SitePower_W(1) c_u_Thermal(PC_logic_2_9)_ 0.012744414653452194
     SitePower_W(1) c_u_Thermal(PC_logic_2_10)_ 0.0039238681301353683
     SitePower_W(1) c_u_Thermal(PC_logic_2_11)_ 0.0013080667685387379
     SitePower_W(1) c_u_Thermal(PC_logic_2_12)_ 0.00054288736164267103
     SitePower_W(1) c_u_Thermal(PC_logic_3_0)_ 0.00034206817325081892
     SitePower_W(1) c_u_Thermal(PC_logic_3_1)_ 0.00076132446339165813
     SitePower_W(1) c_u_Thermal(PC_logic_3_2)_ 0.002035010132954468
     SitePower_W(1) c_u_Thermal(PC_logic_3_3)_ 0.0053351979103840597
     SitePower_W(1) c_u_Thermal(PC_logic_3_4)_ 0.00018713031455251753
     SitePower_W(1) c_u_Thermal(PC_logic_3_5)_ 0.00037869486344490884
     SitePower_W(1) c_u_Thermal(PC_logic_3_6)_ 0.00089568398015418685
     SitePower_W(1) c_u_Thermal(PC_logic_3_7)_ 0.0020067345200223945
     SitePower_W(1) c_u_Thermal(PC_logic_3_8)_ 9.1878830087231025e-05
     SitePower_W(1) c_u_Thermal(PC_logic_3_9)_ 0.00016996951081566471
     SitePower_W(1) c_u_Thermal(PC_logic_3_10)_ 0.00036098544133513448
     SitePower_W(1) c_u_Thermal(PC_logic_3_11)_ 0.00071733608974171238
     SitePower_W(1) c_u_Thermal(PC_logic_3_12)_ 4.1238570954975092e-05
     SitePower_W(1) c_u_Thermal(PC_logic_3_13)_ 7.0372230175352583e-05
     SitePower_W(1) c_u_Thermal(PC_logic_3_14)_ 0.00013637292788226354
     SitePower_W(1) c_u_Thermal(PC_logic_3_15)_ 0.00024703314427215159
     SitePower_W(1) c_u_Thermal(PC_logic_4_0)_ 0.01261865893292837
     SitePower_W(1) c_u_Thermal(PC_logic_4_1)_ 0.016774858448368266
     SitePower_W(1) c_u_Thermal(PC_logic_4_2)_ 0.016774858448369075
     SitePower_W(1) c_u_Thermal(PC_logic_4_3)_ 0.012618658932928925
     SitePower_W(1) c_u_Thermal(PC_logic_4_4)_ 0.0038166373692492522
     SitePower_W(1) c_u_Thermal(PC_logic_4_5)_ 0.0049931989922871595
     SitePower_W(1) c_u_Thermal(PC_logic_4_6)_ 0.0049931989922872688
     SitePower_W(1) c_u_Thermal(PC_logic_4_7)_ 0.0038166373692494118
     SitePower_W(1) c_u_Thermal(PC_logic_4_8)_ 0.0012134104403898143
     SitePower_W(1) c_u_Thermal(PC_logic_4_9)_ 0.0015525622747927415
     SitePower_W(1) c_u_Thermal(PC_logic_4_10)_ 0.0015525622747927779
     SitePower_W(1) c_u_Thermal(PC_logic_4_11)_ 0.0012134104403898355
     SitePower_W(1) c_u_Thermal(PC_logic_4_12)_ 0.00038595508118960734
     SitePower_W(1) c_u_Thermal(PC_logic_4_13)_ 0.00048239940648539152
     SitePower_W(1) c_u_Thermal(PC_logic_4_14)_ 0.0004823994064854183
     SitePower_W(1) c_u_Thermal(PC_logic_4_15)_ 0.00038595508118962176
     SitePower_W(1) c_u_Thermal(PC_logic_5_0)_ 0.0053351979103843815
     SitePower_W(1) c_u_Thermal(PC_logic_5_1)_ 0.0020350101329547122
     SitePower_W(1) c_u_Thermal(PC_logic_5_2)_ 0.00076132446339171461
     SitePower_W(1) c_u_Thermal(PC_logic_5_3)_ 0.00034206817325083361
     SitePower_W(1) c_u_Thermal(PC_logic_5_4)_ 0.0020067345200225416
     SitePower_W(1) c_u_Thermal(PC_logic_5_5)_ 0.00089568398015425104
     SitePower_W(1) c_u_Thermal(PC_logic_5_6)_ 0.00037869486344492776
     SitePower_W(1) c_u_Thermal(PC_logic_5_7)_ 0.00018713031455252745
     SitePower_W(1) c_u_Thermal(PC_logic_5_8)_ 0.000717336089741777
     SitePower_W(1) c_u_Thermal(PC_logic_5_9)_ 0.00036098544133513996
     SitePower_W(1) c_u_Thermal(PC_logic_5_10)_ 0.00016996951081567853
     SitePower_W(1) c_u_Thermal(PC_logic_5_11)_ 9.1878830087236595e-05
     SitePower_W(1) c_u_Thermal(PC_logic_5_12)_ 0.00024703314427217403
     SitePower_W(1) c_u_Thermal(PC_logic_5_13)_ 0.00013637292788226587
     SitePower_W(1) c_u_Thermal(PC_logic_5_14)_ 7.0372230175358452e-05
     SitePower_W(1) c_u_Thermal(PC_logic_5_15)_ 4.1238570954979036e-05
     SitePower_W(1) c_u_Thermal(PC_logic_6_0)_ 1.7409557079926448e-05
     SitePower_W(1) c_u_Thermal(PC_logic_6_1)_ 2.765255570756408e-05
     SitePower_W(1) c_u_Thermal(PC_logic_6_2)_ 4.9469499897239255e-05
     SitePower_W(1) c_u_Thermal(PC_logic_6_3)_ 8.3209186149687701e-05
     SitePower_W(1) c_u_Thermal(PC_logic_6_4)_ 7.1209957142946917e-06
     SitePower_W(1) c_u_Thermal(PC_logic_6_5)_ 1.0628144781223167e-05
     SitePower_W(1) c_u_Thermal(PC_logic_6_6)_ 1.7714715014001647e-05
     SitePower_W(1) c_u_Thermal(PC_logic_6_7)_ 2.7990646121860938e-05
     SitePower_W(1) c_u_Thermal(PC_logic_6_8)_ 4.1472625017096784e-06
     SitePower_W(1) c_u_Thermal(PC_logic_6_9)_ 6.4861751837200645e-06
     SitePower_W(1) c_u_Thermal(PC_logic_6_10)_ 9.6941964438235974e-06
     SitePower_W(1) c_u_Thermal(PC_logic_6_11)_ 2.8974372870058893e-06
     SitePower_W(1) c_u_Thermal(PC_logic_6_12)_ 4.1259395263000184e-06
     SitePower_W(1) c_u_Thermal(PC_logic_7_0)_ 0.0001225415815160498
     SitePower_W(1) c_u_Thermal(PC_logic_7_1)_ 0.00014970428113712298
     SitePower_W(1) c_u_Thermal(PC_logic_7_2)_ 0.00014970428113712794
     SitePower_W(1) c_u_Thermal(PC_logic_7_3)_ 0.00012254158151604963
     SitePower_W(1) c_u_Thermal(PC_logic_7_4)_ 3.9353729358448868e-05
     SitePower_W(1) c_u_Thermal(PC_logic_7_5)_ 4.7138769450314528e-05
     SitePower_W(1) c_u_Thermal(PC_logic_7_6)_ 4.713876945031612e-05
     SitePower_W(1) c_u_Thermal(PC_logic_7_7)_ 3.9353729358449701e-05
     SitePower_W(1) c_u_Thermal(PC_logic_7_8)_ 1.3108999649259289e-05
     SitePower_W(1) c_u_Thermal(PC_logic_7_9)_ 1.5444867521844136e-05
     SitePower_W(1) c_u_Thermal(PC_logic_7_10)_ 1.5444867521844451e-05
     SitePower_W(1) c_u_Thermal(PC_logic_7_11)_ 1.3108999649259612e-05
     SitePower_W(1) c_u_Thermal(PC_logic_7_12)_ 5.3900972933008954e-06
     SitePower_W(1) c_u_Thermal(PC_logic_7_13)_ 6.2463944908857527e-06
     SitePower_W(1) c_u_Thermal(PC_logic_7_14)_ 6.2463944908860678e-06
     SitePower_W(1) c_u_Thermal(PC_logic_7_15)_ 5.3900972933009734e-06
     SitePower_W(1) c_u_Thermal(PC_logic_8_0)_ 8.3209186149688392e-05
     SitePower_W(1) c_u_Thermal(PC_logic_8_1)_ 4.9469499897239553e-05
     SitePower_W(1) c_u_Thermal(PC_logic_8_2)_ 2.7652555707566889e-05
     SitePower_W(1) c_u_Thermal(PC_logic_8_3)_ 1.7409557079927421e-05
     SitePower_W(1) c_u_Thermal(PC_logic_8_4)_ 2.799064612186127e-05
     SitePower_W(1) c_u_Thermal(PC_logic_8_5)_ 1.7714715014002697e-05
     SitePower_W(1) c_u_Thermal(PC_logic_8_6)_ 1.0628144781223874e-05
     SitePower_W(1) c_u_Thermal(PC_logic_8_7)_ 7.1209957142953913e-06
     SitePower_W(1) c_u_Thermal(PC_logic_8_8)_ 9.6941964438236042e-06
     SitePower_W(1) c_u_Thermal(PC_logic_8_9)_ 6.4861751837203119e-06
     SitePower_W(1) c_u_Thermal(PC_logic_8_10)_ 4.1472625017100121e-06
     SitePower_W(1) c_u_Thermal(PC_logic_8_11)_ 4.1259395263002369e-06
     SitePower_W(1) c_u_Thermal(PC_logic_8_12)_ 2.8974372870061311e-06
     SitePower_W(1) c_u_Leakage(DC_0)_ 0.0022867293103763018
     SitePower_W(1) c_u_Leakage(DC_1)_ 0.037958772478046861
     SitePower_W(1) c_u_Leakage(DC_2)_ 0.0022867293103763179
     SitePower_W(1) c_u_Leakage(DC_3)_ 0.00031987401428292916
     SitePower_W(1) c_u_Leakage(DC_4)_ 0.0019736332358854997
     SitePower_W(1) c_u_Leakage(DC_5)_ 0.00031987401428291442
     SitePower_W(1) c_u_Leakage(DC_6)_ 6.7779397920191695e-06
     SitePower_W(1) c_u_Leakage(DC_7)_ 1.9464505168792653e-05
     SitePower_W(1) c_u_Leakage(DC_8)_ 6.777939792018574e-06
     SitePower_W(1) c_u_Leakage(PC_0)_ 0.00067040909865957363
     SitePower_W(1) c_u_Leakage(PC_1)_ 0.01076613784855481
     SitePower_W(1) c_u_Leakage(PC_2)_ 0.00067040909865956452
     SitePower_W(1) c_u_Leakage(PC_3)_ 9.2422312983150739e-05
     SitePower_W(1) c_u_Leakage(PC_4)_ 0.00057985469947330684
     SitePower_W(1) c_u_Leakage(PC_5)_ 9.2422312983157502e-05
     SitePower_W(1) c_u_Leakage(PC_6)_ 1.8679137968313033e-06
     SitePower_W(1) c_u_Leakage(PC_7)_ 5.5183144172452959e-06
     SitePower_W(1) c_u_Leakage(PC_8)_ 1.8679137968313711e-06
     SitePower_W(2) c_e_SitePowerDef(2)_ 1
     SitePower_W(2) c_u_Thermal(DC_dram_0_0)_ 7.6695420247503636e-05
     SitePower_W(2) c_u_Thermal(DC_dram_0_1)_ 0.00023123066906537555
     SitePower_W(2) c_u_Thermal(DC_dram_0_2)_ 2.5219475323410538e-05
     SitePower_W(2) c_u_Thermal(DC_dram_0_3)_ 7.3503606162155969e-05
     SitePower_W(2) c_u_Thermal(DC_dram_0_4)_ 0.00022273608562566841
     SitePower_W(2) c_u_Thermal(DC_dram_0_5)_ 9.4096669610207301e-06
     SitePower_W(2) c_u_Thermal(DC_dram_0_6)_ 2.2213067090097281e-05
     SitePower_W(2) c_u_Thermal(DC_dram_0_7)_ 6.4735697285284738e-05
     SitePower_W(2) c_u_Thermal(DC_dram_0_8)_ 0.00019657825766238865
     SitePower_W(2) c_u_Thermal(DC_dram_0_9)_ 7.5055522066073161e-06
     SitePower_W(2) c_u_Thermal(DC_dram_0_10)_ 1.7520196058814439e-05
     SitePower_W(2) c_u_Thermal(DC_dram_0_11)_ 5.0511504719750943e-05
     SitePower_W(2) c_u_Thermal(DC_dram_0_12)_ 0.00015156233778866604
     SitePower_W(2) c_u_Thermal(DC_dram_1_0)_ 0.00070293196894380329
     SitePower_W(2) c_u_Thermal(DC_dram_1_1)_ 0.0021157783509717139
     SitePower_W(2) c_u_Thermal(DC_dram_1_2)_ 0.0063149828881171712
     SitePower_W(2) c_u_Thermal(DC_dram_1_3)_ 0.019766153268178946
     SitePower_W(2) c_u_Thermal(DC_dram_1_4)_ 0.00068284640671309081
     SitePower_W(2) c_u_Thermal(DC_dram_1_5)_ 0.0020789092156864378
     SitePower_W(2) c_u_Thermal(DC_dram_1_6)_ 0.0063092419959492078
     SitePower_W(2) c_u_Thermal(DC_dram_1_7)_ 0.02031670555495534
     SitePower_W(2) c_u_Thermal(DC_dram_1_8)_ 0.00060575438615357192
     SitePower_W(2) c_u_Thermal(DC_dram_1_9)_ 0.0018610371327731539
     SitePower_W(2) c_u_Thermal(DC_dram_1_10)_ 0.0057316291852725614
     SitePower_W(2) c_u_Thermal(DC_dram_1_11)_ 0.018916575468458291
     SitePower_W(2) c_u_Thermal(DC_dram_1_12)_ 0.00046114567824033362
     SitePower_W(2) c_u_Thermal(DC_dram_1_13)_ 0.0014010906897175249
     SitePower_W(2) c_u_Thermal(DC_dram_1_14)_ 0.0042848238782043418
     SitePower_W(2) c_u_Thermal(DC_dram_1_15)_ 0.014270592054200285
     SitePower_W(2) c_u_Thermal(DC_dram_2_0)_ 0.093109143661286795
     SitePower_W(2) c_u_Thermal(DC_dram_2_1)_ 0.11452428902422855
     SitePower_W(2) c_u_Thermal(DC_dram_2_2)_ 0.09925137841245972
     SitePower_W(2) c_u_Thermal(DC_dram_2_3)_ 0.1217532061644872
     SitePower_W(2) c_u_Thermal(DC_dram_2_4)_ 0.12593525481390805
     SitePower_W(2) c_u_Thermal(DC_dram_2_5)_ 0.09640063653263635
     SitePower_W(2) c_u_Thermal(DC_dram_2_6)_ 0.11792513674217929
     SitePower_W(2) c_u_Thermal(DC_dram_2_7)_ 0.12175320616448161
     SitePower_W(2) c_u_Thermal(DC_dram_2_8)_ 0.11452428902423162
     SitePower_W(2) c_u_Thermal(DC_dram_2_9)_ 0.079443754070914502
     SitePower_W(2) c_u_Thermal(DC_dram_2_10)_ 0.096400636532634101
     SitePower_W(2) c_u_Thermal(DC_dram_2_11)_ 0.099251378412453239
     SitePower_W(2) c_u_Thermal(DC_dram_2_12)_ 0.093109143661281854
     SitePower_W(2) c_u_Thermal(DC_dram_3_0)_ 5.4513474386696415e-06
     SitePower_W(2) c_u_Thermal(DC_dram_3_1)_ 1.2393979786327178e-05
     SitePower_W(2) c_u_Thermal(DC_dram_3_2)_ 3.4650945737198626e-05
     SitePower_W(2) c_u_Thermal(DC_dram_3_3)_ 0.00010010844796826505
     SitePower_W(2) c_u_Thermal(DC_dram_3_4)_ 3.6372585346921013e-06
     SitePower_W(2) c_u_Thermal(DC_dram_3_5)_ 7.9599582092948178e-06
     SitePower_W(2) c_u_Thermal(DC_dram_3_6)_ 2.1266802607805361e-05
     SitePower_W(2) c_u_Thermal(DC_dram_3_7)_ 5.8249750330183752e-05
     SitePower_W(2) c_u_Thermal(DC_dram_3_8)_ 2.2189244711046365e-06
     SitePower_W(2) c_u_Thermal(DC_dram_3_9)_ 4.6477712836656103e-06
     SitePower_W(2) c_u_Thermal(DC_dram_3_10)_ 1.1803068327997993e-05
     SitePower_W(2) c_u_Thermal(DC_dram_3_11)_ 3.0502178740541926e-05
     SitePower_W(2) c_u_Thermal(DC_dram_3_12)_ 1.2382835476589561e-06
     SitePower_W(2) c_u_Thermal(DC_dram_3_13)_ 2.4758575006612577e-06
     SitePower_W(2) c_u_Thermal(DC_dram_3_14)_ 5.9703032019239193e-06
     SitePower_W(2) c_u_Thermal(DC_dram_3_15)_ 1.4567789045198709e-05
     SitePower_W(2) c_u_Thermal(DC_dram_4_0)_ 0.00028968283581520707
     SitePower_W(2) c_u_Thermal(DC_dram_4_1)_ 0.00082018564451857162
     SitePower_W(2) c_u_Thermal(DC_dram_4_2)_ 0.0022425726969644917
     SitePower_W(2) c_u_Thermal(DC_dram_4_3)_ 0.0058799011503243631
     SitePower_W(2) c_u_Thermal(DC_dram_4_4)_ 0.00015780119525540931
     SitePower_W(2) c_u_Thermal(DC_dram_4_5)_ 0.0004103583635835773
     SitePower_W(2) c_u_Thermal(DC_dram_4_6)_ 0.0010012780186587776
     SitePower_W(2) c_u_Thermal(DC_dram_4_7)_ 0.0022425726969646509
     SitePower_W(2) c_u_Thermal(DC_dram_4_8)_ 7.7214728994590398e-05
     SitePower_W(2) c_u_Thermal(DC_dram_4_9)_ 0.00018533098362584813
     SitePower_W(2) c_u_Thermal(DC_dram_4_10)_ 0.00041035836358354098
     SitePower_W(2) c_u_Thermal(DC_dram_4_11)_ 0.00082018564451852185
     SitePower_W(2) c_u_Thermal(DC_dram_4_12)_ 3.4567039614062515e-05
     SitePower_W(2) c_u_Thermal(DC_dram_4_13)_ 7.7214728994590574e-05
     SitePower_W(2) c_u_Thermal(DC_dram_4_14)_ 0.00015780119525540177
     SitePower_W(2) c_u_Thermal(DC_dram_4_15)_ 0.0002896828358152133
     SitePower_W(2) c_u_Thermal(DC_dram_5_0)_ 0.014270592054200584
     SitePower_W(2) c_u_Thermal(DC_dram_5_1)_ 0.018916575468459321
     SitePower_W(2) c_u_Thermal(DC_dram_5_2)_ 0.0203167055549539
     SitePower_W(2) c_u_Thermal(DC_dram_5_3)_ 0.019766153268177888
     SitePower_W(2) c_u_Thermal(DC_dram_5_4)_ 0.0042848238782049524
     SitePower_W(2) c_u_Thermal(DC_dram_5_5)_ 0.0057316291852727765
     SitePower_W(2) c_u_Thermal(DC_dram_5_6)_ 0.0063092419959490612
     SitePower_W(2) c_u_Thermal(DC_dram_5_7)_ 0.0063149828881176821
     SitePower_W(2) c_u_Thermal(DC_dram_5_8)_ 0.0014010906897175435
     SitePower_W(2) c_u_Thermal(DC_dram_5_9)_ 0.0018610371327730775
     SitePower_W(2) c_u_Thermal(DC_dram_5_10)_ 0.0020789092156864083
     SitePower_W(2) c_u_Thermal(DC_dram_5_11)_ 0.0021157783509717551
     SitePower_W(2) c_u_Thermal(DC_dram_5_12)_ 0.00046114567824034132
     SitePower_W(2) c_u_Thermal(DC_dram_5_13)_ 0.00060575438615354448
     SitePower_W(2) c_u_Thermal(DC_dram_5_14)_ 0.00068284640671301274
     SitePower_W(2) c_u_Thermal(DC_dram_5_15)_ 0.00070293196894379907
     SitePower_W(2) c_u_Thermal(DC_dram_6_0)_ 6.4797658181841143e-07
     SitePower_W(2) c_u_Thermal(DC_dram_6_1)_ 1.2349244296736474e-06
     SitePower_W(2) c_u_Thermal(DC_dram_6_2)_ 2.8246680560290901e-06
     SitePower_W(2) c_u_Thermal(DC_dram_6_3)_ 6.5203042281166014e-06
     SitePower_W(2) c_u_Thermal(DC_dram_6_4)_ 3.2794104852804198e-07
     SitePower_W(2) c_u_Thermal(DC_dram_6_5)_ 5.9573082892323763e-07
     SitePower_W(2) c_u_Thermal(DC_dram_6_6)_ 1.2915562318547399e-06
     SitePower_W(2) c_u_Thermal(DC_dram_6_7)_ 2.8246680560291769e-06
     SitePower_W(2) c_u_Thermal(DC_dram_6_8)_ 2.8995213660942781e-07
     SitePower_W(2) c_u_Thermal(DC_dram_6_9)_ 5.9573082892327469e-07
     SitePower_W(2) c_u_Thermal(DC_dram_6_10)_ 1.234924429673705e-06
     SitePower_W(2) c_u_Thermal(DC_dram_6_11)_ 3.2794104852805432e-07
     SitePower_W(2) c_u_Thermal(DC_dram_6_12)_ 6.4797658181842107e-07
     SitePower_W(2) c_u_Thermal(DC_dram_7_0)_ 1.4567789045198841e-05
     SitePower_W(2) c_u_Thermal(DC_dram_7_1)_ 3.0502178740543834e-05
     SitePower_W(2) c_u_Thermal(DC_dram_7_2)_ 5.8249750330185466e-05
     SitePower_W(2) c_u_Thermal(DC_dram_7_3)_ 0.00010010844796826745
     SitePower_W(2) c_u_Thermal(DC_dram_7_4)_ 5.9703032019243911e-06
     SitePower_W(2) c_u_Thermal(DC_dram_7_5)_ 1.1803068327998936e-05
     SitePower_W(2) c_u_Thermal(DC_dram_7_6)_ 2.126680260780633e-05
     SitePower_W(2) c_u_Thermal(DC_dram_7_7)_ 3.465094573719786e-05
     SitePower_W(2) c_u_Thermal(DC_dram_7_8)_ 2.4758575006615038e-06
     SitePower_W(2) c_u_Thermal(DC_dram_7_9)_ 4.6477712836660973e-06
     SitePower_W(2) c_u_Thermal(DC_dram_7_10)_ 7.9599582092952125e-06
     SitePower_W(2) c_u_Thermal(DC_dram_7_11)_ 1.2393979786326593e-05
     SitePower_W(2) c_u_Thermal(DC_dram_7_12)_ 1.2382835476590454e-06
     SitePower_W(2) c_u_Thermal(DC_dram_7_13)_ 2.2189244711050037e-06
     SitePower_W(2) c_u_Thermal(DC_dram_7_14)_ 3.6372585346921678e-06
     SitePower_W(2) c_u_Thermal(DC_dram_7_15)_ 5.451347438669456e-06
     SitePower_W(2) c_u_Thermal(DC_dram_8_0)_ 0.0001515623377886636
     SitePower_W(2) c_u_Thermal(DC_dram_8_1)_ 0.00019657825766239434
     SitePower_W(2) c_u_Thermal(DC_dram_8_2)_ 0.00022273608562565784
     SitePower_W(2) c_u_Thermal(DC_dram_8_3)_ 0.00023123066906537834
     SitePower_W(2) c_u_Thermal(DC_dram_8_4)_ 5.051150471975322e-05
     SitePower_W(2) c_u_Thermal(DC_dram_8_5)_ 6.4735697285286717e-05
     SitePower_W(2) c_u_Thermal(DC_dram_8_6)_ 7.3503606162153435e-05
     SitePower_W(2) c_u_Thermal(DC_dram_8_7)_ 7.6695420247509098e-05
     SitePower_W(2) c_u_Thermal(DC_dram_8_8)_ 1.7520196058815245e-05
     SitePower_W(2) c_u_Thermal(DC_dram_8_9)_ 2.2213067090098487e-05
     SitePower_W(2) c_u_Thermal(DC_dram_8_10)_ 2.5219475323412287e-05
     SitePower_W(2) c_u_Thermal(DC_dram_8_11)_ 7.5055522066079082e-06
     SitePower_W(2) c_u_Thermal(DC_dram_8_12)_ 9.4096669610213298e-06
     SitePower_W(2) c_u_Thermal(DC_logic_0_0)_ 7.6736601175415647e-05
     SitePower_W(2) c_u_Thermal(DC_logic_0_1)_ 0.00023135847896635383
     SitePower_W(2) c_u_Thermal(DC_logic_0_2)_ 2.5237327376696047e-05
     SitePower_W(2) c_u_Thermal(DC_logic_0_3)_ 7.3547372193308148e-05
     SitePower_W(2) c_u_Thermal(DC_logic_0_4)_ 0.00022287415341882066
     SitePower_W(2) c_u_Thermal(DC_logic_0_5)_ 9.4164152415232384e-06
     SitePower_W(2) c_u_Thermal(DC_logic_0_6)_ 2.2229088852963419e-05
     SitePower_W(2) c_u_Thermal(DC_logic_0_7)_ 6.4775107695760596e-05
     SitePower_W(2) c_u_Thermal(DC_logic_0_8)_ 0.00019670282850858134
     SitePower_W(2) c_u_Thermal(DC_logic_0_9)_ 7.5104228696148358e-06
     SitePower_W(2) c_u_Thermal(DC_logic_0_10)_ 1.7531797465941327e-05
     SitePower_W(2) c_u_Thermal(DC_logic_0_11)_ 5.0539496626500142e-05
     SitePower_W(2) c_u_Thermal(DC_logic_0_12)_ 0.00015164867779947464
     SitePower_W(2) c_u_Thermal(DC_logic_1_0)_ 0.0007033991826986874
     SitePower_W(2) c_u_Thermal(DC_logic_1_1)_ 0.0021172060054491545
     SitePower_W(2) c_u_Thermal(DC_logic_1_2)_ 0.0063201291277388202
     SitePower_W(2) c_u_Thermal(DC_logic_1_3)_ 0.019847126326393894
     SitePower_W(2) c_u_Thermal(DC_logic_1_4)_ 0.00068334948743222672
     SitePower_W(2) c_u_Thermal(DC_logic_1_5)_ 0.0020804454940006622
     SitePower_W(2) c_u_Thermal(DC_logic_1_6)_ 0.0063148448954126208
     SitePower_W(2) c_u_Thermal(DC_logic_1_7)_ 0.020402049984127309
     SitePower_W(2) c_u_Thermal(DC_logic_1_8)_ 0.00060620982231972145
     SitePower_W(2) c_u_Thermal(DC_logic_1_9)_ 0.0018624421180560024
     SitePower_W(2) c_u_Thermal(DC_logic_1_10)_ 0.0057369402725905433
     SitePower_W(2) c_u_Thermal(DC_logic_1_11)_ 0.019001145439900974
     SitePower_W(2) c_u_Thermal(DC_logic_1_12)_ 0.00046146087019665493
     SitePower_W(2) c_u_Thermal(DC_logic_1_13)_ 0.0014020710348572345
     SitePower_W(2) c_u_Thermal(DC_logic_1_14)_ 0.0042888009681164244
     SitePower_W(2) c_u_Thermal(DC_logic_1_15)_ 0.01434546058543764
     SitePower_W(2) c_u_Thermal(DC_logic_2_0)_ 0.097526061333987252
     SitePower_W(2) c_u_Thermal(DC_logic_2_1)_ 0.11928985876289118
     SitePower_W(2) c_u_Thermal(DC_logic_2_2)_ 0.10393593179268437
     SitePower_W(2) c_u_Thermal(DC_logic_2_3)_ 0.12678701219337526
     SitePower_W(2) c_u_Thermal(DC_logic_2_4)_ 0.13097310154996727
     SitePower_W(2) c_u_Thermal(DC_logic_2_5)_ 0.10108220955858818
     SitePower_W(2) c_u_Thermal(DC_logic_2_6)_ 0.12295506005767974
     SitePower_W(2) c_u_Thermal(DC_logic_2_7)_ 0.12678701219336935
     SitePower_W(2) c_u_Thermal(DC_logic_2_8)_ 0.11928985876289436
     SitePower_W(2) c_u_Thermal(DC_logic_2_9)_ 0.08378619987368173
     SitePower_W(2) c_u_Thermal(DC_logic_2_10)_ 0.10108220955858598
     SitePower_W(2) c_u_Thermal(DC_logic_2_11)_ 0.10393593179267785
     SitePower_W(2) c_u_Thermal(DC_logic_2_12)_ 0.097526061333982339
     SitePower_W(2) c_u_Thermal(DC_logic_3_0)_ 5.454711263753991e-06
     SitePower_W(2) c_u_Thermal(DC_logic_3_1)_ 1.2401800835087449e-05
     SitePower_W(2) c_u_Thermal(DC_logic_3_2)_ 3.466914314051805e-05
     SitePower_W(2) c_u_Thermal(DC_logic_3_3)_ 0.00010016176267157252
     SitePower_W(2) c_u_Thermal(DC_logic_3_4)_ 3.6397035568851061e-06
     SitePower_W(2) c_u_Thermal(DC_logic_3_5)_ 7.9653851686239706e-06
     SitePower_W(2) c_u_Thermal(DC_logic_3_6)_ 2.1279053854303586e-05
     SitePower_W(2) c_u_Thermal(DC_logic_3_7)_ 5.8283503271543449e-05
     SitePower_W(2) c_u_Thermal(DC_logic_3_8)_ 2.2205116109734909e-06
     SitePower_W(2) c_u_Thermal(DC_logic_3_9)_ 4.6511880795293652e-06
     SitePower_W(2) c_u_Thermal(DC_logic_3_10)_ 1.1810614196729296e-05
     SitePower_W(2) c_u_Thermal(DC_logic_3_11)_ 3.0521663864240606e-05
     SitePower_W(2) c_u_Thermal(DC_logic_3_12)_ 1.2391027882409949e-06
     SitePower_W(2) c_u_Thermal(DC_logic_3_13)_ 2.4775842366424967e-06
     SitePower_W(2) c_u_Thermal(DC_logic_3_14)_ 5.9739691615842615e-06
     SitePower_W(2) c_u_Thermal(DC_logic_3_15)_ 1.4576580966897983e-05
     SitePower_W(2) c_u_Thermal(DC_logic_4_0)_ 0.00028986679997030615
     SitePower_W(2) c_u_Thermal(DC_logic_4_1)_ 0.00082070734276745846
     SitePower_W(2) c_u_Thermal(DC_logic_4_2)_ 0.0022438792292972186
     SitePower_W(2) c_u_Thermal(DC_logic_4_3)_ 0.0058862395923352726
     SitePower_W(2) c_u_Thermal(DC_logic_4_4)_ 0.0001579072699593979
     SitePower_W(2) c_u_Thermal(DC_logic_4_5)_ 0.00041063199450139509
     SitePower_W(2) c_u_Thermal(DC_logic_4_6)_ 0.0010018502860092012
     SitePower_W(2) c_u_Thermal(DC_logic_4_7)_ 0.0022438792292973826
     SitePower_W(2) c_u_Thermal(DC_logic_4_8)_ 7.7271219921914202e-05
     SitePower_W(2) c_u_Thermal(DC_logic_4_9)_ 0.00018546919243942321
     SitePower_W(2) c_u_Thermal(DC_logic_4_10)_ 0.00041063199450135909
     SitePower_W(2) c_u_Thermal(DC_logic_4_11)_ 0.00082070734276740902
     SitePower_W(2) c_u_Thermal(DC_logic_4_12)_ 3.459100928948162e-05
     SitePower_W(2) c_u_Thermal(DC_logic_4_13)_ 7.7271219921914405e-05
     SitePower_W(2) c_u_Thermal(DC_logic_4_14)_ 0.00015790726995939047
     SitePower_W(2) c_u_Thermal(DC_logic_4_15)_ 0.00028986679997031309
     SitePower_W(2) c_u_Thermal(DC_logic_5_0)_ 0.014345460585437933
     SitePower_W(2) c_u_Thermal(DC_logic_5_1)_ 0.019001145439902001
     SitePower_W(2) c_u_Thermal(DC_logic_5_2)_ 0.020402049984125866
     SitePower_W(2) c_u_Thermal(DC_logic_5_3)_ 0.019847126326392878
     SitePower_W(2) c_u_Thermal(DC_logic_5_4)_ 0.0042888009681170359
     SitePower_W(2) c_u_Thermal(DC_logic_5_5)_ 0.0057369402725907627
     SitePower_W(2) c_u_Thermal(DC_logic_5_6)_ 0.0063148448954124829
     SitePower_W(2) c_u_Thermal(DC_logic_5_7)_ 0.0063201291277393389
     SitePower_W(2) c_u_Thermal(DC_logic_5_8)_ 0.0014020710348572522
     SitePower_W(2) c_u_Thermal(DC_logic_5_9)_ 0.0018624421180559287
     SitePower_W(2) c_u_Thermal(DC_logic_5_10)_ 0.0020804454940006301
     SitePower_W(2) c_u_Thermal(DC_logic_5_11)_ 0.0021172060054491988
     SitePower_W(2) c_u_Thermal(DC_logic_5_12)_ 0.00046146087019666279
     SitePower_W(2) c_u_Thermal(DC_logic_5_13)_ 0.00060620982231969392
     SitePower_W(2) c_u_Thermal(DC_logic_5_14)_ 0.00068334948743214823
     SitePower_W(2) c_u_Thermal(DC_logic_5_15)_ 0.00070339918269868502
     SitePower_W(2) c_u_Thermal(DC_logic_6_0)_ 6.4836273804423126e-07
     SitePower_W(2) c_u_Thermal(DC_logic_6_1)_ 1.2357025340874129e-06
     SitePower_W(2) c_u_Thermal(DC_logic_6_2)_ 2.8262170311441843e-06
     SitePower_W(2) c_u_Thermal(DC_logic_6_3)_ 6.5237432757810112e-06
     SitePower_W(2) c_u_Thermal(DC_logic_6_4)_ 3.2814760114667552e-07
     SitePower_W(2) c_u_Thermal(DC_logic_6_5)_ 5.9612209642236589e-07
     SitePower_W(2) c_u_Thermal(DC_logic_6_6)_ 1.2922972564445088e-06
     SitePower_W(2) c_u_Thermal(DC_logic_6_7)_ 2.8262170311442757e-06
     SitePower_W(2) c_u_Thermal(DC_logic_6_8)_ 2.9016353106253422e-07
     SitePower_W(2) c_u_Thermal(DC_logic_6_9)_ 5.9612209642240273e-07
     SitePower_W(2) c_u_Thermal(DC_logic_6_10)_ 1.2357025340874699e-06
     SitePower_W(2) c_u_Thermal(DC_logic_6_11)_ 3.281476011466886e-07
     SitePower_W(2) c_u_Thermal(DC_logic_6_12)_ 6.4836273804424164e-07
     SitePower_W(2) c_u_Thermal(DC_logic_7_0)_ 1.4576580966898085e-05
     SitePower_W(2) c_u_Thermal(DC_logic_7_1)_ 3.052166386424249e-05
     SitePower_W(2) c_u_Thermal(DC_logic_7_2)_ 5.8283503271545204e-05
     SitePower_W(2) c_u_Thermal(DC_logic_7_3)_ 0.00010016176267157514
     SitePower_W(2) c_u_Thermal(DC_logic_7_4)_ 5.9739691615847307e-06
     SitePower_W(2) c_u_Thermal(DC_logic_7_5)_ 1.1810614196730241e-05
     SitePower_W(2) c_u_Thermal(DC_logic_7_6)_ 2.1279053854304582e-05
     SitePower_W(2) c_u_Thermal(DC_logic_7_7)_ 3.4669143140517305e-05
     SitePower_W(2) c_u_Thermal(DC_logic_7_8)_ 2.4775842366427424e-06
     SitePower_W(2) c_u_Thermal(DC_logic_7_9)_ 4.6511880795298565e-06
     SitePower_W(2) c_u_Thermal(DC_logic_7_10)_ 7.9653851686243619e-06
     SitePower_W(2) c_u_Thermal(DC_logic_7_11)_ 1.2401800835086851e-05
     SitePower_W(2) c_u_Thermal(DC_logic_7_12)_ 1.2391027882410847e-06
     SitePower_W(2) c_u_Thermal(DC_logic_7_13)_ 2.2205116109738619e-06
     SitePower_W(2) c_u_Thermal(DC_logic_7_14)_ 3.6397035568851743e-06
     SitePower_W(2) c_u_Thermal(DC_logic_7_15)_ 5.454711263753808e-06
     SitePower_W(2) c_u_Thermal(DC_logic_8_0)_ 0.0001516486777994722
     SitePower_W(2) c_u_Thermal(DC_logic_8_1)_ 0.00019670282850858733
     SitePower_W(2) c_u_Thermal(DC_logic_8_2)_ 0.00022287415341880996
     SitePower_W(2) c_u_Thermal(DC_logic_8_3)_ 0.00023135847896635662
     SitePower_W(2) c_u_Thermal(DC_logic_8_4)_ 5.0539496626502439e-05
     SitePower_W(2) c_u_Thermal(DC_logic_8_5)_ 6.4775107695762683e-05
     SitePower_W(2) c_u_Thermal(DC_logic_8_6)_ 7.3547372193305655e-05
     SitePower_W(2) c_u_Thermal(DC_logic_8_7)_ 7.6736601175420973e-05
     SitePower_W(2) c_u_Thermal(DC_logic_8_8)_ 1.7531797465942106e-05
     SitePower_W(2) c_u_Thermal(DC_logic_8_9)_ 2.2229088852964639e-05
     SitePower_W(2) c_u_Thermal(DC_logic_8_10)_ 2.5237327376697795e-05
     SitePower_W(2) c_u_Thermal(DC_logic_8_11)_ 7.5104228696154465e-06
     SitePower_W(2) c_u_Thermal(DC_logic_8_12)_ 9.4164152415238381e-06
     SitePower_W(2) c_u_Thermal(PC_dram_0_0)_ 6.7048645866534746e-05
     SitePower_W(2) c_u_Thermal(PC_dram_0_1)_ 0.00020512314217643822
     SitePower_W(2) c_u_Thermal(PC_dram_0_2)_ 2.1681747565615413e-05
     SitePower_W(2) c_u_Thermal(PC_dram_0_3)_ 6.4331850524574236e-05
     SitePower_W(2) c_u_Thermal(PC_dram_0_4)_ 0.00019803696787063882
     SitePower_W(2) c_u_Thermal(PC_dram_0_5)_ 7.9383752538938976e-06
     SitePower_W(2) c_u_Thermal(PC_dram_0_6)_ 1.9093125665245508e-05
     SitePower_W(2) c_u_Thermal(PC_dram_0_7)_ 5.6668812670521759e-05
     SitePower_W(2) c_u_Thermal(PC_dram_0_8)_ 0.00017489024871897266
     SitePower_W(2) c_u_Thermal(PC_dram_0_9)_ 6.319160470633249e-06
     SitePower_W(2) c_u_Thermal(PC_dram_0_10)_ 1.5019978310812098e-05
     SitePower_W(2) c_u_Thermal(PC_dram_0_11)_ 4.4097270512071166e-05
     SitePower_W(2) c_u_Thermal(PC_dram_0_12)_ 0.00013437577672334076
     SitePower_W(2) c_u_Thermal(PC_dram_1_0)_ 0.00063154005413695305
     SitePower_W(2) c_u_Thermal(PC_dram_1_1)_ 0.0019275546988390872
     SitePower_W(2) c_u_Thermal(PC_dram_1_2)_ 0.0058166997428756653
     SitePower_W(2) c_u_Thermal(PC_dram_1_3)_ 0.01789018265158452
     SitePower_W(2) c_u_Thermal(PC_dram_1_4)_ 0.00061620990998311018
     SitePower_W(2) c_u_Thermal(PC_dram_1_5)_ 0.0019080879366643118
     SitePower_W(2) c_u_Thermal(PC_dram_1_6)_ 0.0058778284711050776
     SitePower_W(2) c_u_Thermal(PC_dram_1_7)_ 0.018733129197646449
     SitePower_W(2) c_u_Thermal(PC_dram_1_8)_ 0.00054727788050755672
     SitePower_W(2) c_u_Thermal(PC_dram_1_9)_ 0.0017110422082019211
     SitePower_W(2) c_u_Thermal(PC_dram_1_10)_ 0.0053495143559712981
     SitePower_W(2) c_u_Thermal(PC_dram_1_11)_ 0.017440469418772999
     SitePower_W(2) c_u_Thermal(PC_dram_1_12)_ 0.00041446591375616983
     SitePower_W(2) c_u_Thermal(PC_dram_1_13)_ 0.0012780363930378672
     SitePower_W(2) c_u_Thermal(PC_dram_1_14)_ 0.0039502181058256305
     SitePower_W(2) c_u_Thermal(PC_dram_1_15)_ 0.012817133639623984
     SitePower_W(2) c_u_Thermal(PC_dram_2_0)_ 0.0759849298265525
     SitePower_W(2) c_u_Thermal(PC_dram_2_1)_ 0.098594766688458735
     SitePower_W(2) c_u_Thermal(PC_dram_2_2)_ 0.084511631444246574
     SitePower_W(2) c_u_Thermal(PC_dram_2_3)_ 0.10935111806778129
     SitePower_W(2) c_u_Thermal(PC_dram_2_4)_ 0.1132782084992557
     SitePower_W(2) c_u_Thermal(PC_dram_2_5)_ 0.081868527023661597
     SitePower_W(2) c_u_Thermal(PC_dram_2_6)_ 0.10575022160701605
     SitePower_W(2) c_u_Thermal(PC_dram_2_7)_ 0.10935111806777521
     SitePower_W(2) c_u_Thermal(PC_dram_2_8)_ 0.098594766688452018
     SitePower_W(2) c_u_Thermal(PC_dram_2_9)_ 0.063710318716942257
     SitePower_W(2) c_u_Thermal(PC_dram_2_10)_ 0.08186852702366168
     SitePower_W(2) c_u_Thermal(PC_dram_2_11)_ 0.084511631444245353
     SitePower_W(2) c_u_Thermal(PC_dram_2_12)_ 0.075984929826548711
     SitePower_W(2) c_u_Thermal(PC_dram_3_0)_ 4.5689602013486707e-06
     SitePower_W(2) c_u_Thermal(PC_dram_3_1)_ 1.0568975854349792e-05
     SitePower_W(2) c_u_Thermal(PC_dram_3_2)_ 3.006818913266366e-05
     SitePower_W(2) c_u_Thermal(PC_dram_3_3)_ 8.8147359231830136e-05
     SitePower_W(2) c_u_Thermal(PC_dram_3_4)_ 3.0254856277531552e-06
     SitePower_W(2) c_u_Thermal(PC_dram_3_5)_ 6.7324463183274416e-06
     SitePower_W(2) c_u_Thermal(PC_dram_3_6)_ 1.8284146506612543e-05
     SitePower_W(2) c_u_Thermal(PC_dram_3_7)_ 5.0781378376212009e-05
     SitePower_W(2) c_u_Thermal(PC_dram_3_8)_ 1.8289620232537715e-06
     SitePower_W(2) c_u_Thermal(PC_dram_3_9)_ 3.8926071320876474e-06
     SitePower_W(2) c_u_Thermal(PC_dram_3_10)_ 1.0041550650342682e-05
     SitePower_W(2) c_u_Thermal(PC_dram_3_11)_ 2.629483134259416e-05
     SitePower_W(2) c_u_Thermal(PC_dram_3_12)_ 1.0112504429535181e-06
     SitePower_W(2) c_u_Thermal(PC_dram_3_13)_ 2.0522905459320583e-06
     SitePower_W(2) c_u_Thermal(PC_dram_3_14)_ 5.0258985441291982e-06
     SitePower_W(2) c_u_Thermal(PC_dram_3_15)_ 1.2422380602455414e-05
     SitePower_W(2) c_u_Thermal(PC_dram_4_0)_ 0.0002582842650809006
     SitePower_W(2) c_u_Thermal(PC_dram_4_1)_ 0.00074132612260799488
     SitePower_W(2) c_u_Thermal(PC_dram_4_2)_ 0.0020534851147605989
     SitePower_W(2) c_u_Thermal(PC_dram_4_3)_ 0.0054149116760748746
     SitePower_W(2) c_u_Thermal(PC_dram_4_4)_ 0.0001392475849607164
     SitePower_W(2) c_u_Thermal(PC_dram_4_5)_ 0.00036687082274691242
     SitePower_W(2) c_u_Thermal(PC_dram_4_6)_ 0.00090673663806920555
     SitePower_W(2) c_u_Thermal(PC_dram_4_7)_ 0.0020534851147604493
     SitePower_W(2) c_u_Thermal(PC_dram_4_8)_ 6.7341947486916946e-05
     SitePower_W(2) c_u_Thermal(PC_dram_4_9)_ 0.00016367615076610481
     SitePower_W(2) c_u_Thermal(PC_dram_4_10)_ 0.00036687082274689057
     SitePower_W(2) c_u_Thermal(PC_dram_4_11)_ 0.00074132612260790359
     SitePower_W(2) c_u_Thermal(PC_dram_4_12)_ 2.9798994540439107e-05
     SitePower_W(2) c_u_Thermal(PC_dram_4_13)_ 6.7341947486917894e-05
     SitePower_W(2) c_u_Thermal(PC_dram_4_14)_ 0.00013924758496071399
     SitePower_W(2) c_u_Thermal(PC_dram_4_15)_ 0.00025828426508088759
     SitePower_W(2) c_u_Thermal(PC_dram_5_0)_ 0.012817133639623996
     SitePower_W(2) c_u_Thermal(PC_dram_5_1)_ 0.01744046941877303
     SitePower_W(2) c_u_Thermal(PC_dram_5_2)_ 0.018733129197646182
     SitePower_W(2) c_u_Thermal(PC_dram_5_3)_ 0.017890182651584145
     SitePower_W(2) c_u_Thermal(PC_dram_5_4)_ 0.0039502181058256106
     SitePower_W(2) c_u_Thermal(PC_dram_5_5)_ 0.0053495143559712252
     SitePower_W(2) c_u_Thermal(PC_dram_5_6)_ 0.0058778284711047887
     SitePower_W(2) c_u_Thermal(PC_dram_5_7)_ 0.0058166997428755014
     SitePower_W(2) c_u_Thermal(PC_dram_5_8)_ 0.0012780363930378622
     SitePower_W(2) c_u_Thermal(PC_dram_5_9)_ 0.0017110422082018335
     SitePower_W(2) c_u_Thermal(PC_dram_5_10)_ 0.0019080879366643484
     SitePower_W(2) c_u_Thermal(PC_dram_5_11)_ 0.0019275546988391061
     SitePower_W(2) c_u_Thermal(PC_dram_5_12)_ 0.00041446591375616349
     SitePower_W(2) c_u_Thermal(PC_dram_5_13)_ 0.00054727788050753774
     SitePower_W(2) c_u_Thermal(PC_dram_5_14)_ 0.00061620990998310975
     SitePower_W(2) c_u_Thermal(PC_dram_5_15)_ 0.00063154005413696389
     SitePower_W(2) c_u_Thermal(PC_dram_6_0)_ 5.2420437018808956e-07
     SitePower_W(2) c_u_Thermal(PC_dram_6_1)_ 1.0132781058336509e-06
     SitePower_W(2) c_u_Thermal(PC_dram_6_2)_ 2.3531059877726221e-06
     SitePower_W(2) c_u_Thermal(PC_dram_6_3)_ 5.5018175464126604e-06
     SitePower_W(2) c_u_Thermal(PC_dram_6_4)_ 2.6219075371604372e-07
     SitePower_W(2) c_u_Thermal(PC_dram_6_5)_ 4.8292636219712573e-07
     SitePower_W(2) c_u_Thermal(PC_dram_6_6)_ 1.0624843644123611e-06
     SitePower_W(2) c_u_Thermal(PC_dram_6_7)_ 2.3531059877726213e-06
     SitePower_W(2) c_u_Thermal(PC_dram_6_8)_ 2.3170907632800034e-07
     SitePower_W(2) c_u_Thermal(PC_dram_6_9)_ 4.8292636219712265e-07
     SitePower_W(2) c_u_Thermal(PC_dram_6_10)_ 1.0132781058336879e-06
     SitePower_W(2) c_u_Thermal(PC_dram_6_11)_ 2.6219075371605473e-07
     SitePower_W(2) c_u_Thermal(PC_dram_6_12)_ 5.2420437018808755e-07
     SitePower_W(2) c_u_Thermal(PC_dram_7_0)_ 1.2422380602456068e-05
     SitePower_W(2) c_u_Thermal(PC_dram_7_1)_ 2.6294831342595943e-05
     SitePower_W(2) c_u_Thermal(PC_dram_7_2)_ 5.0781378376213981e-05
     SitePower_W(2) c_u_Thermal(PC_dram_7_3)_ 8.8147359231826843e-05
     SitePower_W(2) c_u_Thermal(PC_dram_7_4)_ 5.0258985441291533e-06
     SitePower_W(2) c_u_Thermal(PC_dram_7_5)_ 1.0041550650342722e-05
     SitePower_W(2) c_u_Thermal(PC_dram_7_6)_ 1.8284146506613109e-05
     SitePower_W(2) c_u_Thermal(PC_dram_7_7)_ 3.006818913266489e-05
     SitePower_W(2) c_u_Thermal(PC_dram_7_8)_ 2.0522905459320862e-06
     SitePower_W(2) c_u_Thermal(PC_dram_7_9)_ 3.8926071320877194e-06
     SitePower_W(2) c_u_Thermal(PC_dram_7_10)_ 6.7324463183276321e-06
     SitePower_W(2) c_u_Thermal(PC_dram_7_11)_ 1.0568975854349967e-05
     SitePower_W(2) c_u_Thermal(PC_dram_7_12)_ 1.0112504429535727e-06
     SitePower_W(2) c_u_Thermal(PC_dram_7_13)_ 1.8289620232537348e-06
     SitePower_W(2) c_u_Thermal(PC_dram_7_14)_ 3.0254856277533169e-06
     SitePower_W(2) c_u_Thermal(PC_dram_7_15)_ 4.5689602013487427e-06
     SitePower_W(2) c_u_Thermal(PC_dram_8_0)_ 0.00013437577672333336
     SitePower_W(2) c_u_Thermal(PC_dram_8_1)_ 0.00017489024871896293
     SitePower_W(2) c_u_Thermal(PC_dram_8_2)_ 0.00019803696787063348
     SitePower_W(2) c_u_Thermal(PC_dram_8_3)_ 0.0002051231421764303
     SitePower_W(2) c_u_Thermal(PC_dram_8_4)_ 4.4097270512072237e-05
     SitePower_W(2) c_u_Thermal(PC_dram_8_5)_ 5.6668812670523148e-05
     SitePower_W(2) c_u_Thermal(PC_dram_8_6)_ 6.4331850524571255e-05
     SitePower_W(2) c_u_Thermal(PC_dram_8_7)_ 6.7048645866533309e-05
     SitePower_W(2) c_u_Thermal(PC_dram_8_8)_ 1.5019978310812209e-05
     SitePower_W(2) c_u_Thermal(PC_dram_8_9)_ 1.9093125665245443e-05
     SitePower_W(2) c_u_Thermal(PC_dram_8_10)_ 2.1681747565615e-05
     SitePower_W(2) c_u_Thermal(PC_dram_8_11)_ 6.319160470633559e-06
     SitePower_W(2) c_u_Thermal(PC_dram_8_12)_ 7.9383752538945634e-06
     SitePower_W(2) c_u_Thermal(PC_logic_0_0)_ 6.7082014184658635e-05
     SitePower_W(2) c_u_Thermal(PC_logic_0_1)_ 0.00020522625990139124
     SitePower_W(2) c_u_Thermal(PC_logic_0_2)_ 2.1699140379527054e-05
     SitePower_W(2) c_u_Thermal(PC_logic_0_3)_ 6.4370215263279284e-05
     SitePower_W(2) c_u_Thermal(PC_logic_0_4)_ 0.00019815983959838655
     SitePower_W(2) c_u_Thermal(PC_logic_0_5)_ 7.9446649308779776e-06
     SitePower_W(2) c_u_Thermal(PC_logic_0_6)_ 1.9108860822523984e-05
     SitePower_W(2) c_u_Thermal(PC_logic_0_7)_ 5.6703828700939151e-05
     SitePower_W(2) c_u_Thermal(PC_logic_0_8)_ 0.00017500251735607834
     SitePower_W(2) c_u_Thermal(PC_logic_0_9)_ 6.3233642536094124e-06
     SitePower_W(2) c_u_Thermal(PC_logic_0_10)_ 1.503072986754902e-05
     SitePower_W(2) c_u_Thermal(PC_logic_0_11)_ 4.4120405584143267e-05
     SitePower_W(2) c_u_Thermal(PC_logic_0_12)_ 0.00013444675326935662
     SitePower_W(2) c_u_Thermal(PC_logic_1_0)_ 0.00063197628466353517
     SitePower_W(2) c_u_Thermal(PC_logic_1_1)_ 0.001928916124962213
     SitePower_W(2) c_u_Thermal(PC_logic_1_2)_ 0.0058203442254168942
     SitePower_W(2) c_u_Thermal(PC_logic_1_3)_ 0.017949285069857344
     SitePower_W(2) c_u_Thermal(PC_logic_1_4)_ 0.00061671846942034996
     SitePower_W(2) c_u_Thermal(PC_logic_1_5)_ 0.0019096518205009799
     SitePower_W(2) c_u_Thermal(PC_logic_1_6)_ 0.0058821454303821345
     SitePower_W(2) c_u_Thermal(PC_logic_1_7)_ 0.018799292578170156
     SitePower_W(2) c_u_Thermal(PC_logic_1_8)_ 0.00054774259913940545
     SitePower_W(2) c_u_Thermal(PC_logic_1_9)_ 0.0017124834571567138
     SitePower_W(2) c_u_Thermal(PC_logic_1_10)_ 0.0053535993243881939
     SitePower_W(2) c_u_Thermal(PC_logic_1_11)_ 0.017506100307443911
     SitePower_W(2) c_u_Thermal(PC_logic_1_12)_ 0.00041476397262701193
     SitePower_W(2) c_u_Thermal(PC_logic_1_13)_ 0.001278977092822203
     SitePower_W(2) c_u_Thermal(PC_logic_1_14)_ 0.003952957805851972
     SitePower_W(2) c_u_Thermal(PC_logic_1_15)_ 0.012872538042467671
     SitePower_W(2) c_u_Thermal(PC_logic_2_0)_ 0.080472449501137508
     SitePower_W(2) c_u_Thermal(PC_logic_2_1)_ 0.1035752326077394
     SitePower_W(2) c_u_Thermal(PC_logic_2_2)_ 0.089428823789174827
     SitePower_W(2) c_u_Thermal(PC_logic_2_3)_ 0.11476162433306641
     SitePower_W(2) c_u_Thermal(PC_logic_2_4)_ 0.11869144686805623
     SitePower_W(2) c_u_Thermal(PC_logic_2_5)_ 0.086783932751863316
     SitePower_W(2) c_u_Thermal(PC_logic_2_6)_ 0.11115810343371214
     SitePower_W(2) c_u_Thermal(PC_logic_2_7)_ 0.11476162433306046
     SitePower_W(2) c_u_Thermal(PC_logic_2_8)_ 0.10357523260773271
     SitePower_W(2) c_u_Thermal(PC_logic_2_9)_ 0.068142798820317346
     SitePower_W(2) c_u_Thermal(PC_logic_2_10)_ 0.086783932751863371
     SitePower_W(2) c_u_Thermal(PC_logic_2_11)_ 0.089428823789173467
     SitePower_W(2) c_u_Thermal(PC_logic_2_12)_ 0.080472449501133678
     SitePower_W(2) c_u_Thermal(PC_logic_3_0)_ 4.5717734528193653e-06
     SitePower_W(2) c_u_Thermal(PC_logic_3_1)_ 1.0576003150816994e-05
     SitePower_W(2) c_u_Thermal(PC_logic_3_2)_ 3.0082604314826368e-05
     SitePower_W(2) c_u_Thermal(PC_logic_3_3)_ 8.8189063712016652e-05
     SitePower_W(2) c_u_Thermal(PC_logic_3_4)_ 3.0276638536800272e-06
     SitePower_W(2) c_u_Thermal(PC_logic_3_5)_ 6.7375420587139524e-06
     SitePower_W(2) c_u_Thermal(PC_logic_3_6)_ 1.8294531343566769e-05
     SitePower_W(2) c_u_Thermal(PC_logic_3_7)_ 5.080987794988687e-05
     SitePower_W(2) c_u_Thermal(PC_logic_3_8)_ 1.8304051689501132e-06
     SitePower_W(2) c_u_Thermal(PC_logic_3_9)_ 3.8958956267164436e-06
     SitePower_W(2) c_u_Thermal(PC_logic_3_10)_ 1.0048328451659567e-05
     SitePower_W(2) c_u_Thermal(PC_logic_3_11)_ 2.6312177654917573e-05
     SitePower_W(2) c_u_Thermal(PC_logic_3_12)_ 1.0119407980832453e-06
     SitePower_W(2) c_u_Thermal(PC_logic_3_13)_ 2.0538649472474187e-06
     SitePower_W(2) c_u_Thermal(PC_logic_3_14)_ 5.0290375213285519e-06
     SitePower_W(2) c_u_Thermal(PC_logic_3_15)_ 1.2429679517598078e-05
     SitePower_W(2) c_u_Thermal(PC_logic_4_0)_ 0.0002584508829916812
     SitePower_W(2) c_u_Thermal(PC_logic_4_1)_ 0.00074181786222776865
     SitePower_W(2) c_u_Thermal(PC_logic_4_2)_ 0.0020545167341188665
     SitePower_W(2) c_u_Thermal(PC_logic_4_3)_ 0.0054188152006434962
     SitePower_W(2) c_u_Thermal(PC_logic_4_4)_ 0.00013934810045634837
     SitePower_W(2) c_u_Thermal(PC_logic_4_5)_ 0.00036713787416009806
     SitePower_W(2) c_u_Thermal(PC_logic_4_6)_ 0.00090724096943911646
     SitePower_W(2) c_u_Thermal(PC_logic_4_7)_ 0.0020545167341187113
     SitePower_W(2) c_u_Thermal(PC_logic_4_8)_ 6.7397057601273854e-05
     SitePower_W(2) c_u_Thermal(PC_logic_4_9)_ 0.00016381707799072834
     SitePower_W(2) c_u_Thermal(PC_logic_4_10)_ 0.00036713787416007627
     SitePower_W(2) c_u_Thermal(PC_logic_4_11)_ 0.00074181786222767714
     SitePower_W(2) c_u_Thermal(PC_logic_4_12)_ 2.9820832235467002e-05
     SitePower_W(2) c_u_Thermal(PC_logic_4_13)_ 6.7397057601274721e-05
     SitePower_W(2) c_u_Thermal(PC_logic_4_14)_ 0.00013934810045634614
     SitePower_W(2) c_u_Thermal(PC_logic_4_15)_ 0.00025845088299166825
     SitePower_W(2) c_u_Thermal(PC_logic_5_0)_ 0.012872538042467681
     SitePower_W(2) c_u_Thermal(PC_logic_5_1)_ 0.017506100307443956
     SitePower_W(2) c_u_Thermal(PC_logic_5_2)_ 0.0187992925781699
     SitePower_W(2) c_u_Thermal(PC_logic_5_3)_ 0.017949285069856973
     SitePower_W(2) c_u_Thermal(PC_logic_5_4)_ 0.0039529578058519477
     SitePower_W(2) c_u_Thermal(PC_logic_5_5)_ 0.0053535993243881193
     SitePower_W(2) c_u_Thermal(PC_logic_5_6)_ 0.0058821454303818327
     SitePower_W(2) c_u_Thermal(PC_logic_5_7)_ 0.0058203442254167268
     SitePower_W(2) c_u_Thermal(PC_logic_5_8)_ 0.0012789770928221995
     SitePower_W(2) c_u_Thermal(PC_logic_5_9)_ 0.0017124834571566286
     SitePower_W(2) c_u_Thermal(PC_logic_5_10)_ 0.0019096518205010164
     SitePower_W(2) c_u_Thermal(PC_logic_5_11)_ 0.0019289161249622312
     SitePower_W(2) c_u_Thermal(PC_logic_5_12)_ 0.00041476397262700618
     SitePower_W(2) c_u_Thermal(PC_logic_5_13)_ 0.00054774259913938615
     SitePower_W(2) c_u_Thermal(PC_logic_5_14)_ 0.00061671846942034909
     SitePower_W(2) c_u_Thermal(PC_logic_5_15)_ 0.0006319762846635458
     SitePower_W(2) c_u_Thermal(PC_logic_6_0)_ 5.24507764293327e-07
     SitePower_W(2) c_u_Thermal(PC_logic_6_1)_ 1.013941435950321e-06
     SitePower_W(2) c_u_Thermal(PC_logic_6_2)_ 2.3543194885984068e-06
     SitePower_W(2) c_u_Thermal(PC_logic_6_3)_ 5.5043853266246865e-06
     SitePower_W(2) c_u_Thermal(PC_logic_6_4)_ 2.623612956302722e-07
     SitePower_W(2) c_u_Thermal(PC_logic_6_5)_ 4.832692010267011e-07
     SitePower_W(2) c_u_Thermal(PC_logic_6_6)_ 1.063085530591516e-06
     SitePower_W(2) c_u_Thermal(PC_logic_6_7)_ 2.3543194885984047e-06
     SitePower_W(2) c_u_Thermal(PC_logic_6_8)_ 2.3190232603304365e-07
     SitePower_W(2) c_u_Thermal(PC_logic_6_9)_ 4.8326920102669877e-07
     SitePower_W(2) c_u_Thermal(PC_logic_6_10)_ 1.0139414359503576e-06
     SitePower_W(2) c_u_Thermal(PC_logic_6_11)_ 2.6236129563028374e-07
     SitePower_W(2) c_u_Thermal(PC_logic_6_12)_ 5.2450776429332456e-07
     SitePower_W(2) c_u_Thermal(PC_logic_7_0)_ 1.2429679517598742e-05
     SitePower_W(2) c_u_Thermal(PC_logic_7_1)_ 2.6312177654919413e-05
     SitePower_W(2) c_u_Thermal(PC_logic_7_2)_ 5.080987794988889e-05
     SitePower_W(2) c_u_Thermal(PC_logic_7_3)_ 8.8189063712013386e-05
     SitePower_W(2) c_u_Thermal(PC_logic_7_4)_ 5.0290375213285053e-06
     SitePower_W(2) c_u_Thermal(PC_logic_7_5)_ 1.0048328451659609e-05
     SitePower_W(2) c_u_Thermal(PC_logic_7_6)_ 1.8294531343567359e-05
     SitePower_W(2) c_u_Thermal(PC_logic_7_7)_ 3.0082604314827571e-05
     SitePower_W(2) c_u_Thermal(PC_logic_7_8)_ 2.0538649472474488e-06
     SitePower_W(2) c_u_Thermal(PC_logic_7_9)_ 3.8958956267165122e-06
     SitePower_W(2) c_u_Thermal(PC_logic_7_10)_ 6.7375420587141438e-06
     SitePower_W(2) c_u_Thermal(PC_logic_7_11)_ 1.0576003150817154e-05
     SitePower_W(2) c_u_Thermal(PC_logic_7_12)_ 1.0119407980833004e-06
     SitePower_W(2) c_u_Thermal(PC_logic_7_13)_ 1.8304051689500743e-06
     SitePower_W(2) c_u_Thermal(PC_logic_7_14)_ 3.0276638536801902e-06
     SitePower_W(2) c_u_Thermal(PC_logic_7_15)_ 4.5717734528194314e-06
     SitePower_W(2) c_u_Thermal(PC_logic_8_0)_ 0.00013444675326934941
     SitePower_W(2) c_u_Thermal(PC_logic_8_1)_ 0.0001750025173560685
     SitePower_W(2) c_u_Thermal(PC_logic_8_2)_ 0.00019815983959838151
     SitePower_W(2) c_u_Thermal(PC_logic_8_3)_ 0.00020522625990138343
     SitePower_W(2) c_u_Thermal(PC_logic_8_4)_ 4.4120405584144324e-05
     SitePower_W(2) c_u_Thermal(PC_logic_8_5)_ 5.6703828700940432e-05
     SitePower_W(2) c_u_Thermal(PC_logic_8_6)_ 6.4370215263276289e-05
     SitePower_W(2) c_u_Thermal(PC_logic_8_7)_ 6.7082014184657144e-05
     SitePower_W(2) c_u_Thermal(PC_logic_8_8)_ 1.503072986754913e-05
     SitePower_W(2) c_u_Thermal(PC_logic_8_9)_ 1.9108860822523883e-05
     SitePower_W(2) c_u_Thermal(PC_logic_8_10)_ 2.1699140379526651e-05
     SitePower_W(2) c_u_Thermal(PC_logic_8_11)_ 6.3233642536097292e-06
     SitePower_W(2) c_u_Thermal(PC_logic_8_12)_ 7.9446649308786417e-06
     SitePower_W(2) c_u_Leakage(DC_0)_ 2.5820623786450187e-05
     SitePower_W(2) c_u_Leakage(DC_1)_ 0.0022867293103763179
     SitePower_W(2) c_u_Leakage(DC_2)_ 0.040219681164635909
     SitePower_W(2) c_u_Leakage(DC_3)_ 6.7779397920186706e-06
     SitePower_W(2) c_u_Leakage(DC_4)_ 0.00031987401428292016
     SitePower_W(2) c_u_Leakage(DC_5)_ 0.0022867293103763192
     SitePower_W(2) c_u_Leakage(DC_6)_ 4.2182117435711356e-07
     SitePower_W(2) c_u_Leakage(DC_7)_ 6.7779397920188688e-06
     SitePower_W(2) c_u_Leakage(DC_8)_ 2.5820623786450391e-05
     SitePower_W(2) c_u_Leakage(PC_0)_ 7.2751972351883052e-06
     SitePower_W(2) c_u_Leakage(PC_1)_ 0.00067040909865956442
     SitePower_W(2) c_u_Leakage(PC_2)_ 0.011429271749978726
     SitePower_W(2) c_u_Leakage(PC_3)_ 1.8679137968313309e-06
     SitePower_W(2) c_u_Leakage(PC_4)_ 9.2422312983158329e-05
     SitePower_W(2) c_u_Leakage(PC_5)_ 0.00067040909865955574
     SitePower_W(2) c_u_Leakage(PC_6)_ 1.1103097888721844e-07
     SitePower_W(2) c_u_Leakage(PC_7)_ 1.8679137968313628e-06
     SitePower_W(2) c_u_Leakage(PC_8)_ 7.2751972351881045e-06
     SitePower_W(3) c_e_SitePowerDef(3)_ 1
     SitePower_W(3) c_u_Thermal(DC_dram_0_0)_ 0.00079292297685482863
     SitePower_W(3) c_u_Thermal(DC_dram_0_1)_ 0.0006052024638223514
     SitePower_W(3) c_u_Thermal(DC_dram_0_2)_ 0.0021271933465251487
     SitePower_W(3) c_u_Thermal(DC_dram_0_3)_ 0.0019035597629683536
     SitePower_W(3) c_u_Thermal(DC_dram_0_4)_ 0.001434081998378565
     SitePower_W(3) c_u_Thermal(DC_dram_0_5)_ 0.0062646583188631141
     SitePower_W(3) c_u_Thermal(DC_dram_0_6)_ 0.0062609578651103056
     SitePower_W(3) c_u_Thermal(DC_dram_0_7)_ 0.0056891065550775102
     SitePower_W(3) c_u_Thermal(DC_dram_0_8)_ 0.0042518325695437764
     SitePower_W(3) c_u_Thermal(DC_dram_0_9)_ 0.019546094181496745
     SitePower_W(3) c_u_Thermal(DC_dram_0_10)_ 0.020104636986382429
     SitePower_W(3) c_u_Thermal(DC_dram_0_11)_ 0.018729406877756913
     SitePower_W(3) c_u_Thermal(DC_dram_0_12)_ 0.014126535268618816
     SitePower_W(3) c_u_Thermal(DC_dram_1_0)_ 0.00038433993634478218
     SitePower_W(3) c_u_Thermal(DC_dram_1_1)_ 0.00021241368705088613
     SitePower_W(3) c_u_Thermal(DC_dram_1_2)_ 0.00010549798326401663
     SitePower_W(3) c_u_Thermal(DC_dram_1_3)_ 4.789654511159977e-05
     SitePower_W(3) c_u_Thermal(DC_dram_1_4)_ 0.00084244261046949884
     SitePower_W(3) c_u_Thermal(DC_dram_1_5)_ 0.00042366520798207833
     SitePower_W(3) c_u_Thermal(DC_dram_1_6)_ 0.00019248628067018543
     SitePower_W(3) c_u_Thermal(DC_dram_1_7)_ 8.0709174695859398e-05
     SitePower_W(3) c_u_Thermal(DC_dram_1_8)_ 0.0022203157310138224
     SitePower_W(3) c_u_Thermal(DC_dram_1_9)_ 0.00098797117426029286
     SitePower_W(3) c_u_Thermal(DC_dram_1_10)_ 0.00040320306653923054
     SitePower_W(3) c_u_Thermal(DC_dram_1_11)_ 0.00015430674955413585
     SitePower_W(3) c_u_Thermal(DC_dram_1_12)_ 0.0057852440497949539
     SitePower_W(3) c_u_Thermal(DC_dram_1_13)_ 0.0021879602051691253
     SitePower_W(3) c_u_Thermal(DC_dram_1_14)_ 0.00079190239024911908
     SitePower_W(3) c_u_Thermal(DC_dram_1_15)_ 0.00027635333031767042
     SitePower_W(3) c_u_Thermal(DC_dram_2_0)_ 2.0440116691493607e-05
     SitePower_W(3) c_u_Thermal(DC_dram_2_1)_ 8.4670302094235811e-06
     SitePower_W(3) c_u_Thermal(DC_dram_2_2)_ 3.2091922366899528e-05
     SitePower_W(3) c_u_Thermal(DC_dram_2_3)_ 1.2498893730930171e-05
     SitePower_W(3) c_u_Thermal(DC_dram_2_4)_ 4.9535499759796933e-06
     SitePower_W(3) c_u_Thermal(DC_dram_2_5)_ 5.6660006703829708e-05
     SitePower_W(3) c_u_Thermal(DC_dram_2_6)_ 2.0570977204874682e-05
     SitePower_W(3) c_u_Thermal(DC_dram_2_7)_ 7.6541795169812785e-06
     SitePower_W(3) c_u_Thermal(DC_dram_2_8)_ 3.4767745645540472e-06
     SitePower_W(3) c_u_Thermal(DC_dram_2_9)_ 9.4236120321965157e-05
     SitePower_W(3) c_u_Thermal(DC_dram_2_10)_ 3.2154218729697959e-05
     SitePower_W(3) c_u_Thermal(DC_dram_2_11)_ 1.1326512435043544e-05
     SitePower_W(3) c_u_Thermal(DC_dram_2_12)_ 4.9043137253135931e-06
     SitePower_W(3) c_u_Thermal(DC_dram_3_0)_ 0.092417383274731008
     SitePower_W(3) c_u_Thermal(DC_dram_3_1)_ 0.098579199522799921
     SitePower_W(3) c_u_Thermal(DC_dram_3_2)_ 0.095804291813444215
     SitePower_W(3) c_u_Thermal(DC_dram_3_3)_ 0.078990113944882867
     SitePower_W(3) c_u_Thermal(DC_dram_3_4)_ 0.11243488152425259
     SitePower_W(3) c_u_Thermal(DC_dram_3_5)_ 0.11969951642411816
     SitePower_W(3) c_u_Thermal(DC_dram_3_6)_ 0.11608631267649509
     SitePower_W(3) c_u_Thermal(DC_dram_3_7)_ 0.095017066038974474
     SitePower_W(3) c_u_Thermal(DC_dram_3_8)_ 0.11243488152424803
     SitePower_W(3) c_u_Thermal(DC_dram_3_9)_ 0.11969951642411865
     SitePower_W(3) c_u_Thermal(DC_dram_3_10)_ 0.11608631267649805
     SitePower_W(3) c_u_Thermal(DC_dram_3_11)_ 0.095017066038972517
     SitePower_W(3) c_u_Thermal(DC_dram_3_12)_ 0.092417383274733089
     SitePower_W(3) c_u_Thermal(DC_dram_3_13)_ 0.098579199522804029
     SitePower_W(3) c_u_Thermal(DC_dram_3_14)_ 0.095804291813439427
     SitePower_W(3) c_u_Thermal(DC_dram_3_15)_ 0.078990113944884158
     SitePower_W(3) c_u_Thermal(DC_dram_4_0)_ 0.013986360565824007
     SitePower_W(3) c_u_Thermal(DC_dram_4_1)_ 0.0041306599414841329
     SitePower_W(3) c_u_Thermal(DC_dram_4_2)_ 0.0013260948851941594
     SitePower_W(3) c_u_Thermal(DC_dram_4_3)_ 0.00042781692217395544
     SitePower_W(3) c_u_Thermal(DC_dram_4_4)_ 0.018108783803726703
     SitePower_W(3) c_u_Thermal(DC_dram_4_5)_ 0.0053292307798986855
     SitePower_W(3) c_u_Thermal(DC_dram_4_6)_ 0.0016803539204310952
     SitePower_W(3) c_u_Thermal(DC_dram_4_7)_ 0.00053101551465967287
     SitePower_W(3) c_u_Thermal(DC_dram_4_8)_ 0.018108783803726689
     SitePower_W(3) c_u_Thermal(DC_dram_4_9)_ 0.0053292307798982847
     SitePower_W(3) c_u_Thermal(DC_dram_4_10)_ 0.0016803539204309666
     SitePower_W(3) c_u_Thermal(DC_dram_4_11)_ 0.00053101551465960023
     SitePower_W(3) c_u_Thermal(DC_dram_4_12)_ 0.013986360565824491
     SitePower_W(3) c_u_Thermal(DC_dram_4_13)_ 0.0041306599414841199
     SitePower_W(3) c_u_Thermal(DC_dram_4_14)_ 0.0013260948851941126
     SitePower_W(3) c_u_Thermal(DC_dram_4_15)_ 0.00042781692217396753
     SitePower_W(3) c_u_Thermal(DC_dram_5_0)_ 0.00013764252532529178
     SitePower_W(3) c_u_Thermal(DC_dram_5_1)_ 4.4869142566360335e-05
     SitePower_W(3) c_u_Thermal(DC_dram_5_2)_ 1.5211795636544891e-05
     SitePower_W(3) c_u_Thermal(DC_dram_5_3)_ 6.3682115274118963e-06
     SitePower_W(3) c_u_Thermal(DC_dram_5_4)_ 0.00016731100335154187
     SitePower_W(3) c_u_Thermal(DC_dram_5_5)_ 5.3528359786215008e-05
     SitePower_W(3) c_u_Thermal(DC_dram_5_6)_ 1.7855247943043065e-05
     SitePower_W(3) c_u_Thermal(DC_dram_5_7)_ 7.3581995683072504e-06
     SitePower_W(3) c_u_Thermal(DC_dram_5_8)_ 0.00016731100335152011
     SitePower_W(3) c_u_Thermal(DC_dram_5_9)_ 5.3528359786208984e-05
     SitePower_W(3) c_u_Thermal(DC_dram_5_10)_ 1.7855247943042177e-05
     SitePower_W(3) c_u_Thermal(DC_dram_5_11)_ 7.3581995683065237e-06
     SitePower_W(3) c_u_Thermal(DC_dram_5_12)_ 0.000137642525325294
     SitePower_W(3) c_u_Thermal(DC_dram_5_13)_ 4.4869142566360796e-05
     SitePower_W(3) c_u_Thermal(DC_dram_5_14)_ 1.5211795636543249e-05
     SitePower_W(3) c_u_Thermal(DC_dram_5_15)_ 6.3682115274113347e-06
     SitePower_W(3) c_u_Thermal(DC_dram_6_0)_ 0.019546094181497286
     SitePower_W(3) c_u_Thermal(DC_dram_6_1)_ 0.02010463698638312
     SitePower_W(3) c_u_Thermal(DC_dram_6_2)_ 0.018729406877758766
     SitePower_W(3) c_u_Thermal(DC_dram_6_3)_ 0.014126535268619565
     SitePower_W(3) c_u_Thermal(DC_dram_6_4)_ 0.0062646583188630846
     SitePower_W(3) c_u_Thermal(DC_dram_6_5)_ 0.0062609578651105164
     SitePower_W(3) c_u_Thermal(DC_dram_6_6)_ 0.005689106555077858
     SitePower_W(3) c_u_Thermal(DC_dram_6_7)_ 0.0042518325695442925
     SitePower_W(3) c_u_Thermal(DC_dram_6_8)_ 0.0021271933465252775
     SitePower_W(3) c_u_Thermal(DC_dram_6_9)_ 0.0019035597629685282
     SitePower_W(3) c_u_Thermal(DC_dram_6_10)_ 0.0014340819983786662
     SitePower_W(3) c_u_Thermal(DC_dram_6_11)_ 0.00079292297685489889
     SitePower_W(3) c_u_Thermal(DC_dram_6_12)_ 0.00060520246382237525
     SitePower_W(3) c_u_Thermal(DC_dram_7_0)_ 0.0057852440497953867
     SitePower_W(3) c_u_Thermal(DC_dram_7_1)_ 0.002187960205169245
     SitePower_W(3) c_u_Thermal(DC_dram_7_2)_ 0.0007919023902492275
     SitePower_W(3) c_u_Thermal(DC_dram_7_3)_ 0.00027635333031771368
     SitePower_W(3) c_u_Thermal(DC_dram_7_4)_ 0.0022203157310139669
     SitePower_W(3) c_u_Thermal(DC_dram_7_5)_ 0.00098797117426039369
     SitePower_W(3) c_u_Thermal(DC_dram_7_6)_ 0.00040320306653927223
     SitePower_W(3) c_u_Thermal(DC_dram_7_7)_ 0.00015430674955416442
     SitePower_W(3) c_u_Thermal(DC_dram_7_8)_ 0.00084244261046959794
     SitePower_W(3) c_u_Thermal(DC_dram_7_9)_ 0.00042366520798213118
     SitePower_W(3) c_u_Thermal(DC_dram_7_10)_ 0.0001924862806702108
     SitePower_W(3) c_u_Thermal(DC_dram_7_11)_ 8.0709174695859127e-05
     SitePower_W(3) c_u_Thermal(DC_dram_7_12)_ 0.00038433993634482772
     SitePower_W(3) c_u_Thermal(DC_dram_7_13)_ 0.00021241368705092155
     SitePower_W(3) c_u_Thermal(DC_dram_7_14)_ 0.00010549798326403731
     SitePower_W(3) c_u_Thermal(DC_dram_7_15)_ 4.7896545111602297e-05
     SitePower_W(3) c_u_Thermal(DC_dram_8_0)_ 9.4236120321974522e-05
     SitePower_W(3) c_u_Thermal(DC_dram_8_1)_ 3.2154218729700738e-05
     SitePower_W(3) c_u_Thermal(DC_dram_8_2)_ 1.1326512435044836e-05
     SitePower_W(3) c_u_Thermal(DC_dram_8_3)_ 4.9043137253141649e-06
     SitePower_W(3) c_u_Thermal(DC_dram_8_4)_ 5.6660006703834194e-05
     SitePower_W(3) c_u_Thermal(DC_dram_8_5)_ 2.0570977204877768e-05
     SitePower_W(3) c_u_Thermal(DC_dram_8_6)_ 7.6541795169822356e-06
     SitePower_W(3) c_u_Thermal(DC_dram_8_7)_ 3.4767745645544775e-06
     SitePower_W(3) c_u_Thermal(DC_dram_8_8)_ 3.2091922366902726e-05
     SitePower_W(3) c_u_Thermal(DC_dram_8_9)_ 1.2498893730931285e-05
     SitePower_W(3) c_u_Thermal(DC_dram_8_10)_ 4.9535499759804065e-06
     SitePower_W(3) c_u_Thermal(DC_dram_8_11)_ 2.0440116691496842e-05
     SitePower_W(3) c_u_Thermal(DC_dram_8_12)_ 8.4670302094250634e-06
     SitePower_W(3) c_u_Thermal(DC_logic_0_0)_ 0.00079349623558667059
     SitePower_W(3) c_u_Thermal(DC_logic_0_1)_ 0.0006055991251264737
     SitePower_W(3) c_u_Thermal(DC_logic_0_2)_ 0.0021287555388172399
     SitePower_W(3) c_u_Thermal(DC_logic_0_3)_ 0.0019049881368988122
     SitePower_W(3) c_u_Thermal(DC_logic_0_4)_ 0.0014350787340178959
     SitePower_W(3) c_u_Thermal(DC_logic_0_5)_ 0.0062697804109210298
     SitePower_W(3) c_u_Thermal(DC_logic_0_6)_ 0.0062665348505958549
     SitePower_W(3) c_u_Thermal(DC_logic_0_7)_ 0.0056943942537478762
     SitePower_W(3) c_u_Thermal(DC_logic_0_8)_ 0.0042557932689562357
     SitePower_W(3) c_u_Thermal(DC_logic_0_9)_ 0.019626946523481476
     SitePower_W(3) c_u_Thermal(DC_logic_0_10)_ 0.020189850863120137
     SitePower_W(3) c_u_Thermal(DC_logic_0_11)_ 0.018813859026633892
     SitePower_W(3) c_u_Thermal(DC_logic_0_12)_ 0.01420132233050838
     SitePower_W(3) c_u_Thermal(DC_logic_1_0)_ 0.00038457385137810498
     SitePower_W(3) c_u_Thermal(DC_logic_1_1)_ 0.00021255106967404136
     SitePower_W(3) c_u_Thermal(DC_logic_1_2)_ 0.00010557237217517024
     SitePower_W(3) c_u_Thermal(DC_logic_1_3)_ 4.7928487468136101e-05
     SitePower_W(3) c_u_Thermal(DC_logic_1_4)_ 0.00084297468507294555
     SitePower_W(3) c_u_Thermal(DC_logic_1_5)_ 0.00042394566318706522
     SitePower_W(3) c_u_Thermal(DC_logic_1_6)_ 0.00019262861855662755
     SitePower_W(3) c_u_Thermal(DC_logic_1_7)_ 8.0767604846862368e-05
     SitePower_W(3) c_u_Thermal(DC_logic_1_8)_ 0.002221611886991989
     SitePower_W(3) c_u_Thermal(DC_logic_1_9)_ 0.00098853661732354638
     SitePower_W(3) c_u_Thermal(DC_logic_1_10)_ 0.00040347256838418118
     SitePower_W(3) c_u_Thermal(DC_logic_1_11)_ 0.00015441088503444534
     SitePower_W(3) c_u_Thermal(DC_logic_1_12)_ 0.0057915325409276415
     SitePower_W(3) c_u_Thermal(DC_logic_1_13)_ 0.0021892354295826857
     SitePower_W(3) c_u_Thermal(DC_logic_1_14)_ 0.000792406190514176
     SitePower_W(3) c_u_Thermal(DC_logic_1_15)_ 0.00027652932179165297
     SitePower_W(3) c_u_Thermal(DC_logic_2_0)_ 2.0451961504631479e-05
     SitePower_W(3) c_u_Thermal(DC_logic_2_1)_ 8.4720385915803856e-06
     SitePower_W(3) c_u_Thermal(DC_logic_2_2)_ 3.2112178361299573e-05
     SitePower_W(3) c_u_Thermal(DC_logic_2_3)_ 1.2506789356752122e-05
     SitePower_W(3) c_u_Thermal(DC_logic_2_4)_ 4.9571466448894707e-06
     SitePower_W(3) c_u_Thermal(DC_logic_2_5)_ 5.6692988774488039e-05
     SitePower_W(3) c_u_Thermal(DC_logic_2_6)_ 2.058287869428227e-05
     SitePower_W(3) c_u_Thermal(DC_logic_2_7)_ 7.6594266032644097e-06
     SitePower_W(3) c_u_Thermal(DC_logic_2_8)_ 3.4791287828050509e-06
     SitePower_W(3) c_u_Thermal(DC_logic_2_9)_ 9.4286382133834096e-05
     SitePower_W(3) c_u_Thermal(DC_logic_2_10)_ 3.2171073710520896e-05
     SitePower_W(3) c_u_Thermal(DC_logic_2_11)_ 1.1333671128066664e-05
     SitePower_W(3) c_u_Thermal(DC_logic_2_12)_ 4.9073559736679762e-06
     SitePower_W(3) c_u_Thermal(DC_logic_3_0)_ 0.096833840827347431
     SitePower_W(3) c_u_Thermal(DC_logic_3_1)_ 0.10326325733766439
     SitePower_W(3) c_u_Thermal(DC_logic_3_2)_ 0.10048541615151046
     SitePower_W(3) c_u_Thermal(DC_logic_3_3)_ 0.083332249426356725
     SitePower_W(3) c_u_Thermal(DC_logic_3_4)_ 0.11719904064180192
     SitePower_W(3) c_u_Thermal(DC_logic_3_5)_ 0.12473180402674505
     SitePower_W(3) c_u_Thermal(DC_logic_3_6)_ 0.12111484702847551
     SitePower_W(3) c_u_Thermal(DC_logic_3_7)_ 0.099697670321193685
     SitePower_W(3) c_u_Thermal(DC_logic_3_8)_ 0.1171990406417974
     SitePower_W(3) c_u_Thermal(DC_logic_3_9)_ 0.12473180402674551
     SitePower_W(3) c_u_Thermal(DC_logic_3_10)_ 0.12111484702847854
     SitePower_W(3) c_u_Thermal(DC_logic_3_11)_ 0.099697670321191756
     SitePower_W(3) c_u_Thermal(DC_logic_3_12)_ 0.096833840827349499
     SitePower_W(3) c_u_Thermal(DC_logic_3_13)_ 0.10326325733766842
     SitePower_W(3) c_u_Thermal(DC_logic_3_14)_ 0.10048541615150568
     SitePower_W(3) c_u_Thermal(DC_logic_3_15)_ 0.083332249426358099
     SitePower_W(3) c_u_Thermal(DC_logic_4_0)_ 0.014061048496731314
     SitePower_W(3) c_u_Thermal(DC_logic_4_1)_ 0.0041345334017144231
     SitePower_W(3) c_u_Thermal(DC_logic_4_2)_ 0.0013270203265464138
     SitePower_W(3) c_u_Thermal(DC_logic_4_3)_ 0.00042810896369543971
     SitePower_W(3) c_u_Thermal(DC_logic_4_4)_ 0.01819283989796925
     SitePower_W(3) c_u_Thermal(DC_logic_4_5)_ 0.0053342736632581754
     SitePower_W(3) c_u_Thermal(DC_logic_4_6)_ 0.0016816241136962348
     SitePower_W(3) c_u_Thermal(DC_logic_4_7)_ 0.00053141618663448081
     SitePower_W(3) c_u_Thermal(DC_logic_4_8)_ 0.018192839897969222
     SitePower_W(3) c_u_Thermal(DC_logic_4_9)_ 0.0053342736632577895
     SitePower_W(3) c_u_Thermal(DC_logic_4_10)_ 0.0016816241136961053
     SitePower_W(3) c_u_Thermal(DC_logic_4_11)_ 0.00053141618663440763
     SitePower_W(3) c_u_Thermal(DC_logic_4_12)_ 0.014061048496731844
     SitePower_W(3) c_u_Thermal(DC_logic_4_13)_ 0.0041345334017144041
     SitePower_W(3) c_u_Thermal(DC_logic_4_14)_ 0.0013270203265463676
     SitePower_W(3) c_u_Thermal(DC_logic_4_15)_ 0.00042810896369545152
     SitePower_W(3) c_u_Thermal(DC_logic_5_0)_ 0.00013772045957062662
     SitePower_W(3) c_u_Thermal(DC_logic_5_1)_ 4.4893675066067843e-05
     SitePower_W(3) c_u_Thermal(DC_logic_5_2)_ 1.522178605636717e-05
     SitePower_W(3) c_u_Thermal(DC_logic_5_3)_ 6.372327529333256e-06
     SitePower_W(3) c_u_Thermal(DC_logic_5_4)_ 0.00016741686717844983
     SitePower_W(3) c_u_Thermal(DC_logic_5_5)_ 5.3560615595458813e-05
     SitePower_W(3) c_u_Thermal(DC_logic_5_6)_ 1.786806430449856e-05
     SitePower_W(3) c_u_Thermal(DC_logic_5_7)_ 7.3634764576175229e-06
     SitePower_W(3) c_u_Thermal(DC_logic_5_8)_ 0.00016741686717842787
     SitePower_W(3) c_u_Thermal(DC_logic_5_9)_ 5.3560615595452843e-05
     SitePower_W(3) c_u_Thermal(DC_logic_5_10)_ 1.7868064304497632e-05
     SitePower_W(3) c_u_Thermal(DC_logic_5_11)_ 7.3634764576167962e-06
     SitePower_W(3) c_u_Thermal(DC_logic_5_12)_ 0.00013772045957062917
     SitePower_W(3) c_u_Thermal(DC_logic_5_13)_ 4.4893675066068297e-05
     SitePower_W(3) c_u_Thermal(DC_logic_5_14)_ 1.5221786056365527e-05
     SitePower_W(3) c_u_Thermal(DC_logic_5_15)_ 6.3723275293326885e-06
     SitePower_W(3) c_u_Thermal(DC_logic_6_0)_ 0.019626946523482045
     SitePower_W(3) c_u_Thermal(DC_logic_6_1)_ 0.020189850863120834
     SitePower_W(3) c_u_Thermal(DC_logic_6_2)_ 0.018813859026635706
     SitePower_W(3) c_u_Thermal(DC_logic_6_3)_ 0.014201322330509098
     SitePower_W(3) c_u_Thermal(DC_logic_6_4)_ 0.006269780410920996
     SitePower_W(3) c_u_Thermal(DC_logic_6_5)_ 0.0062665348505960674
     SitePower_W(3) c_u_Thermal(DC_logic_6_6)_ 0.005694394253748237
     SitePower_W(3) c_u_Thermal(DC_logic_6_7)_ 0.00425579326895675
     SitePower_W(3) c_u_Thermal(DC_logic_6_8)_ 0.0021287555388173705
     SitePower_W(3) c_u_Thermal(DC_logic_6_9)_ 0.0019049881368989861
     SitePower_W(3) c_u_Thermal(DC_logic_6_10)_ 0.0014350787340179989
     SitePower_W(3) c_u_Thermal(DC_logic_6_11)_ 0.00079349623558674042
     SitePower_W(3) c_u_Thermal(DC_logic_6_12)_ 0.00060559912512649821
     SitePower_W(3) c_u_Thermal(DC_logic_7_0)_ 0.0057915325409280622
     SitePower_W(3) c_u_Thermal(DC_logic_7_1)_ 0.0021892354295828019
     SitePower_W(3) c_u_Thermal(DC_logic_7_2)_ 0.00079240619051428388
     SitePower_W(3) c_u_Thermal(DC_logic_7_3)_ 0.00027652932179169683
     SitePower_W(3) c_u_Thermal(DC_logic_7_4)_ 0.002221611886992133
     SitePower_W(3) c_u_Thermal(DC_logic_7_5)_ 0.00098853661732364677
     SitePower_W(3) c_u_Thermal(DC_logic_7_6)_ 0.00040347256838422368
     SitePower_W(3) c_u_Thermal(DC_logic_7_7)_ 0.00015441088503447407
     SitePower_W(3) c_u_Thermal(DC_logic_7_8)_ 0.00084297468507304356
     SitePower_W(3) c_u_Thermal(DC_logic_7_9)_ 0.0004239456631871184
     SitePower_W(3) c_u_Thermal(DC_logic_7_10)_ 0.00019262861855665287
     SitePower_W(3) c_u_Thermal(DC_logic_7_11)_ 8.0767604846862138e-05
     SitePower_W(3) c_u_Thermal(DC_logic_7_12)_ 0.00038457385137815106
     SitePower_W(3) c_u_Thermal(DC_logic_7_13)_ 0.00021255106967407703
     SitePower_W(3) c_u_Thermal(DC_logic_7_14)_ 0.00010557237217519099
     SitePower_W(3) c_u_Thermal(DC_logic_7_15)_ 4.7928487468138648e-05
     SitePower_W(3) c_u_Thermal(DC_logic_8_0)_ 9.4286382133843474e-05
     SitePower_W(3) c_u_Thermal(DC_logic_8_1)_ 3.2171073710523722e-05
     SitePower_W(3) c_u_Thermal(DC_logic_8_2)_ 1.1333671128067941e-05
     SitePower_W(3) c_u_Thermal(DC_logic_8_3)_ 4.9073559736685505e-06
     SitePower_W(3) c_u_Thermal(DC_logic_8_4)_ 5.6692988774492586e-05
     SitePower_W(3) c_u_Thermal(DC_logic_8_5)_ 2.0582878694285343e-05
     SitePower_W(3) c_u_Thermal(DC_logic_8_6)_ 7.6594266032653754e-06
     SitePower_W(3) c_u_Thermal(DC_logic_8_7)_ 3.4791287828054859e-06
     SitePower_W(3) c_u_Thermal(DC_logic_8_8)_ 3.2112178361302751e-05
     SitePower_W(3) c_u_Thermal(DC_logic_8_9)_ 1.250678935675324e-05
     SitePower_W(3) c_u_Thermal(DC_logic_8_10)_ 4.9571466448901848e-06
     SitePower_W(3) c_u_Thermal(DC_logic_8_11)_ 2.0451961504634742e-05
     SitePower_W(3) c_u_Thermal(DC_logic_8_12)_ 8.4720385915818865e-06
     SitePower_W(3) c_u_Thermal(PC_dram_0_0)_ 0.0007142297539724688
     SitePower_W(3) c_u_Thermal(PC_dram_0_1)_ 0.00054252253000878332
     SitePower_W(3) c_u_Thermal(PC_dram_0_2)_ 0.0019507380396230852
     SitePower_W(3) c_u_Thermal(PC_dram_0_3)_ 0.0017486178952069501
     SitePower_W(3) c_u_Thermal(PC_dram_0_4)_ 0.0013071136852390143
     SitePower_W(3) c_u_Thermal(PC_dram_0_5)_ 0.005772306517860361
     SitePower_W(3) c_u_Thermal(PC_dram_0_6)_ 0.0058351783681455825
     SitePower_W(3) c_u_Thermal(PC_dram_0_7)_ 0.0053119386689652794
     SitePower_W(3) c_u_Thermal(PC_dram_0_8)_ 0.0039211408136240362
     SitePower_W(3) c_u_Thermal(PC_dram_0_9)_ 0.017694490798175883
     SitePower_W(3) c_u_Thermal(PC_dram_0_10)_ 0.01854409697321819
     SitePower_W(3) c_u_Thermal(PC_dram_0_11)_ 0.01727351754530617
     SitePower_W(3) c_u_Thermal(PC_dram_0_12)_ 0.012689077023370444
     SitePower_W(3) c_u_Thermal(PC_dram_1_0)_ 0.00034186266411131983
     SitePower_W(3) c_u_Thermal(PC_dram_1_1)_ 0.00018700347770914049
     SitePower_W(3) c_u_Thermal(PC_dram_1_2)_ 9.1807816806244939e-05
     SitePower_W(3) c_u_Thermal(PC_dram_1_3)_ 4.1210124699934312e-05
     SitePower_W(3) c_u_Thermal(PC_dram_1_4)_ 0.00076082533588620819
     SitePower_W(3) c_u_Thermal(PC_dram_1_5)_ 0.00037842252293515937
     SitePower_W(3) c_u_Thermal(PC_dram_1_6)_ 0.00016982509428435536
     SitePower_W(3) c_u_Thermal(PC_dram_1_7)_ 7.0315555485112071e-05
     SitePower_W(3) c_u_Thermal(PC_dram_1_8)_ 0.0020339859014819597
     SitePower_W(3) c_u_Thermal(PC_dram_1_9)_ 0.00089518493788085679
     SitePower_W(3) c_u_Thermal(PC_dram_1_10)_ 0.00036072187922863368
     SitePower_W(3) c_u_Thermal(PC_dram_1_11)_ 0.00013627397696251175
     SitePower_W(3) c_u_Thermal(PC_dram_1_12)_ 0.005331333277043996
     SitePower_W(3) c_u_Thermal(PC_dram_1_13)_ 0.0020057292220118797
     SitePower_W(3) c_u_Thermal(PC_dram_1_14)_ 0.000716860253288595
     SitePower_W(3) c_u_Thermal(PC_dram_1_15)_ 0.00024687313492139501
     SitePower_W(3) c_u_Thermal(PC_dram_2_0)_ 1.7399993778677229e-05
     SitePower_W(3) c_u_Thermal(PC_dram_2_1)_ 7.1168137781844609e-06
     SitePower_W(3) c_u_Thermal(PC_dram_2_2)_ 2.763465922453215e-05
     SitePower_W(3) c_u_Thermal(PC_dram_2_3)_ 1.0621108652557363e-05
     SitePower_W(3) c_u_Thermal(PC_dram_2_4)_ 4.1438244179563663e-06
     SitePower_W(3) c_u_Thermal(PC_dram_2_5)_ 4.9441550494272952e-05
     SitePower_W(3) c_u_Thermal(PC_dram_2_6)_ 1.7704588504397278e-05
     SitePower_W(3) c_u_Thermal(PC_dram_2_7)_ 6.4812290324580519e-06
     SitePower_W(3) c_u_Thermal(PC_dram_2_8)_ 2.8953302121672686e-06
     SitePower_W(3) c_u_Thermal(PC_dram_2_9)_ 8.3169746055609695e-05
     SitePower_W(3) c_u_Thermal(PC_dram_2_10)_ 2.7977273898609959e-05
     SitePower_W(3) c_u_Thermal(PC_dram_2_11)_ 9.6877330866470463e-06
     SitePower_W(3) c_u_Thermal(PC_dram_2_12)_ 4.1233787401397034e-06
     SitePower_W(3) c_u_Thermal(PC_dram_3_0)_ 0.075362821061182944
     SitePower_W(3) c_u_Thermal(PC_dram_3_1)_ 0.083904426277707098
     SitePower_W(3) c_u_Thermal(PC_dram_3_2)_ 0.081329187518404136
     SitePower_W(3) c_u_Thermal(PC_dram_3_3)_ 0.063302171963652634
     SitePower_W(3) c_u_Thermal(PC_dram_3_4)_ 0.096689867410468755
     SitePower_W(3) c_u_Thermal(PC_dram_3_5)_ 0.10746471187868334
     SitePower_W(3) c_u_Thermal(PC_dram_3_6)_ 0.1040582725244819
     SitePower_W(3) c_u_Thermal(PC_dram_3_7)_ 0.080605510608933464
     SitePower_W(3) c_u_Thermal(PC_dram_3_8)_ 0.0966898674104711
     SitePower_W(3) c_u_Thermal(PC_dram_3_9)_ 0.10746471187868438
     SitePower_W(3) c_u_Thermal(PC_dram_3_10)_ 0.10405827252448439
     SitePower_W(3) c_u_Thermal(PC_dram_3_11)_ 0.080605510608933867
     SitePower_W(3) c_u_Thermal(PC_dram_3_12)_ 0.075362821061180099
     SitePower_W(3) c_u_Thermal(PC_dram_3_13)_ 0.083904426277706695
     SitePower_W(3) c_u_Thermal(PC_dram_3_14)_ 0.081329187518410437
     SitePower_W(3) c_u_Thermal(PC_dram_3_15)_ 0.063302171963654272
     SitePower_W(3) c_u_Thermal(PC_dram_4_0)_ 0.012563418334743158
     SitePower_W(3) c_u_Thermal(PC_dram_4_1)_ 0.003813996006492465
     SitePower_W(3) c_u_Thermal(PC_dram_4_2)_ 0.0012125234075742277
     SitePower_W(3) c_u_Thermal(PC_dram_4_3)_ 0.00038567816965867988
     SitePower_W(3) c_u_Thermal(PC_dram_4_4)_ 0.016709712272019159
     SitePower_W(3) c_u_Thermal(PC_dram_4_5)_ 0.0049893759795426266
     SitePower_W(3) c_u_Thermal(PC_dram_4_6)_ 0.0015512586645678561
     SitePower_W(3) c_u_Thermal(PC_dram_4_7)_ 0.00048198822356656617
     SitePower_W(3) c_u_Thermal(PC_dram_4_8)_ 0.01670971227201886
     SitePower_W(3) c_u_Thermal(PC_dram_4_9)_ 0.0049893759795424696
     SitePower_W(3) c_u_Thermal(PC_dram_4_10)_ 0.0015512586645678045
     SitePower_W(3) c_u_Thermal(PC_dram_4_11)_ 0.00048198822356652882
     SitePower_W(3) c_u_Thermal(PC_dram_4_12)_ 0.012563418334743859
     SitePower_W(3) c_u_Thermal(PC_dram_4_13)_ 0.0038139960064924087
     SitePower_W(3) c_u_Thermal(PC_dram_4_14)_ 0.0012125234075741512
     SitePower_W(3) c_u_Thermal(PC_dram_4_15)_ 0.0003856781696586564
     SitePower_W(3) c_u_Thermal(PC_dram_5_0)_ 0.00012247760049107143
     SitePower_W(3) c_u_Thermal(PC_dram_5_1)_ 3.9333562721661671e-05
     SitePower_W(3) c_u_Thermal(PC_dram_5_2)_ 1.3099723103011531e-05
     SitePower_W(3) c_u_Thermal(PC_dram_5_3)_ 5.3865329366593102e-06
     SitePower_W(3) c_u_Thermal(PC_dram_5_4)_ 0.00014960869548221137
     SitePower_W(3) c_u_Thermal(PC_dram_5_5)_ 4.7110188382380666e-05
     SitePower_W(3) c_u_Thermal(PC_dram_5_6)_ 1.5432227609487871e-05
     SitePower_W(3) c_u_Thermal(PC_dram_5_7)_ 6.2414485687716522e-06
     SitePower_W(3) c_u_Thermal(PC_dram_5_8)_ 0.00014960869548220725
     SitePower_W(3) c_u_Thermal(PC_dram_5_9)_ 4.711018838237864e-05
     SitePower_W(3) c_u_Thermal(PC_dram_5_10)_ 1.5432227609488295e-05
     SitePower_W(3) c_u_Thermal(PC_dram_5_11)_ 6.2414485687718648e-06
     SitePower_W(3) c_u_Thermal(PC_dram_5_12)_ 0.0001224776004910668
     SitePower_W(3) c_u_Thermal(PC_dram_5_13)_ 3.9333562721659848e-05
     SitePower_W(3) c_u_Thermal(PC_dram_5_14)_ 1.309972310301138e-05
     SitePower_W(3) c_u_Thermal(PC_dram_5_15)_ 5.3865329366592661e-06
     SitePower_W(3) c_u_Thermal(PC_dram_6_0)_ 0.017694490798176008
     SitePower_W(3) c_u_Thermal(PC_dram_6_1)_ 0.018544096973218235
     SitePower_W(3) c_u_Thermal(PC_dram_6_2)_ 0.017273517545308436
     SitePower_W(3) c_u_Thermal(PC_dram_6_3)_ 0.012689077023371406
     SitePower_W(3) c_u_Thermal(PC_dram_6_4)_ 0.0057723065178603801
     SitePower_W(3) c_u_Thermal(PC_dram_6_5)_ 0.0058351783681457681
     SitePower_W(3) c_u_Thermal(PC_dram_6_6)_ 0.0053119386689659074
     SitePower_W(3) c_u_Thermal(PC_dram_6_7)_ 0.0039211408136243337
     SitePower_W(3) c_u_Thermal(PC_dram_6_8)_ 0.0019507380396231564
     SitePower_W(3) c_u_Thermal(PC_dram_6_9)_ 0.0017486178952070505
     SitePower_W(3) c_u_Thermal(PC_dram_6_10)_ 0.0013071136852390701
     SitePower_W(3) c_u_Thermal(PC_dram_6_11)_ 0.00071422975397251358
     SitePower_W(3) c_u_Thermal(PC_dram_6_12)_ 0.00054252253000877811
     SitePower_W(3) c_u_Thermal(PC_dram_7_0)_ 0.0053313332770443551
     SitePower_W(3) c_u_Thermal(PC_dram_7_1)_ 0.0020057292220120046
     SitePower_W(3) c_u_Thermal(PC_dram_7_2)_ 0.00071686025328863046
     SitePower_W(3) c_u_Thermal(PC_dram_7_3)_ 0.00024687313492139149
     SitePower_W(3) c_u_Thermal(PC_dram_7_4)_ 0.0020339859014820885
     SitePower_W(3) c_u_Thermal(PC_dram_7_5)_ 0.00089518493788089365
     SitePower_W(3) c_u_Thermal(PC_dram_7_6)_ 0.0003607218792286526
     SitePower_W(3) c_u_Thermal(PC_dram_7_7)_ 0.00013627397696251706
     SitePower_W(3) c_u_Thermal(PC_dram_7_8)_ 0.0007608253358862263
     SitePower_W(3) c_u_Thermal(PC_dram_7_9)_ 0.00037842252293517742
     SitePower_W(3) c_u_Thermal(PC_dram_7_10)_ 0.00016982509428436305
     SitePower_W(3) c_u_Thermal(PC_dram_7_11)_ 7.0315555485115527e-05
     SitePower_W(3) c_u_Thermal(PC_dram_7_12)_ 0.00034186266411133788
     SitePower_W(3) c_u_Thermal(PC_dram_7_13)_ 0.0001870034777091449
     SitePower_W(3) c_u_Thermal(PC_dram_7_14)_ 9.1807816806251403e-05
     SitePower_W(3) c_u_Thermal(PC_dram_7_15)_ 4.1210124699937713e-05
     SitePower_W(3) c_u_Thermal(PC_dram_8_0)_ 8.3169746055605169e-05
     SitePower_W(3) c_u_Thermal(PC_dram_8_1)_ 2.7977273898608668e-05
     SitePower_W(3) c_u_Thermal(PC_dram_8_2)_ 9.6877330866470209e-06
     SitePower_W(3) c_u_Thermal(PC_dram_8_3)_ 4.1233787401396246e-06
     SitePower_W(3) c_u_Thermal(PC_dram_8_4)_ 4.944155049427306e-05
     SitePower_W(3) c_u_Thermal(PC_dram_8_5)_ 1.7704588504397489e-05
     SitePower_W(3) c_u_Thermal(PC_dram_8_6)_ 6.4812290324581959e-06
     SitePower_W(3) c_u_Thermal(PC_dram_8_7)_ 2.8953302121673343e-06
     SitePower_W(3) c_u_Thermal(PC_dram_8_8)_ 2.7634659224532821e-05
     SitePower_W(3) c_u_Thermal(PC_dram_8_9)_ 1.0621108652556948e-05
     SitePower_W(3) c_u_Thermal(PC_dram_8_10)_ 4.143824417956545e-06
     SitePower_W(3) c_u_Thermal(PC_dram_8_11)_ 1.7399993778678049e-05
     SitePower_W(3) c_u_Thermal(PC_dram_8_12)_ 7.116813778184715e-06
     SitePower_W(3) c_u_Thermal(PC_logic_0_0)_ 0.00071480045156443854
     SitePower_W(3) c_u_Thermal(PC_logic_0_1)_ 0.00054288736164266507
     SitePower_W(3) c_u_Thermal(PC_logic_0_2)_ 0.0019523228953845484
     SitePower_W(3) c_u_Thermal(PC_logic_0_3)_ 0.001750078425034882
     SitePower_W(3) c_u_Thermal(PC_logic_0_4)_ 0.0013080667685386842
     SitePower_W(3) c_u_Thermal(PC_logic_0_5)_ 0.0057759332725960608
     SitePower_W(3) c_u_Thermal(PC_logic_0_6)_ 0.0058394743554978489
     SitePower_W(3) c_u_Thermal(PC_logic_0_7)_ 0.0053160043565090402
     SitePower_W(3) c_u_Thermal(PC_logic_0_8)_ 0.0039238681301350439
     SitePower_W(3) c_u_Thermal(PC_logic_0_9)_ 0.017753496172937731
     SitePower_W(3) c_u_Thermal(PC_logic_0_10)_ 0.018610144435620295
     SitePower_W(3) c_u_Thermal(PC_logic_0_11)_ 0.017339042455016968
     SitePower_W(3) c_u_Thermal(PC_logic_0_12)_ 0.012744414653451072
     SitePower_W(3) c_u_Thermal(PC_logic_1_0)_ 0.00034206817325081637
     SitePower_W(3) c_u_Thermal(PC_logic_1_1)_ 0.00018713031455252057
     SitePower_W(3) c_u_Thermal(PC_logic_1_2)_ 9.1878830087228938e-05
     SitePower_W(3) c_u_Thermal(PC_logic_1_3)_ 4.123857095497518e-05
     SitePower_W(3) c_u_Thermal(PC_logic_1_4)_ 0.00076132446339167818
     SitePower_W(3) c_u_Thermal(PC_logic_1_5)_ 0.00037869486344491312
     SitePower_W(3) c_u_Thermal(PC_logic_1_6)_ 0.00016996951081566715
     SitePower_W(3) c_u_Thermal(PC_logic_1_7)_ 7.0372230175352827e-05
     SitePower_W(3) c_u_Thermal(PC_logic_1_8)_ 0.002035010132954527
     SitePower_W(3) c_u_Thermal(PC_logic_1_9)_ 0.000895683980154199
     SitePower_W(3) c_u_Thermal(PC_logic_1_10)_ 0.00036098544133513155
     SitePower_W(3) c_u_Thermal(PC_logic_1_11)_ 0.00013637292788225969
     SitePower_W(3) c_u_Thermal(PC_logic_1_12)_ 0.0053351979103838975
     SitePower_W(3) c_u_Thermal(PC_logic_1_13)_ 0.0020067345200223928
     SitePower_W(3) c_u_Thermal(PC_logic_1_14)_ 0.00071733608974174177
     SitePower_W(3) c_u_Thermal(PC_logic_1_15)_ 0.0002470331442721627
     SitePower_W(3) c_u_Thermal(PC_logic_2_0)_ 1.7409557079926726e-05
     SitePower_W(3) c_u_Thermal(PC_logic_2_1)_ 7.1209957142953803e-06
     SitePower_W(3) c_u_Thermal(PC_logic_2_2)_ 2.7652555707564734e-05
     SitePower_W(3) c_u_Thermal(PC_logic_2_3)_ 1.0628144781223828e-05
     SitePower_W(3) c_u_Thermal(PC_logic_2_4)_ 4.1472625017096903e-06
     SitePower_W(3) c_u_Thermal(PC_logic_2_5)_ 4.946949989723874e-05
     SitePower_W(3) c_u_Thermal(PC_logic_2_6)_ 1.7714715014001928e-05
     SitePower_W(3) c_u_Thermal(PC_logic_2_7)_ 6.4861751837200408e-06
     SitePower_W(3) c_u_Thermal(PC_logic_2_8)_ 2.8974372870058151e-06
     SitePower_W(3) c_u_Thermal(PC_logic_2_9)_ 8.3209186149689436e-05
     SitePower_W(3) c_u_Thermal(PC_logic_2_10)_ 2.7990646121861117e-05
     SitePower_W(3) c_u_Thermal(PC_logic_2_11)_ 9.6941964438234517e-06
     SitePower_W(3) c_u_Thermal(PC_logic_2_12)_ 4.1259395262999964e-06
     SitePower_W(3) c_u_Thermal(PC_logic_3_0)_ 0.079849910579455327
     SitePower_W(3) c_u_Thermal(PC_logic_3_1)_ 0.088821117016804285
     SitePower_W(3) c_u_Thermal(PC_logic_3_2)_ 0.08624413481765085
     SitePower_W(3) c_u_Thermal(PC_logic_3_3)_ 0.067734358211939835
     SitePower_W(3) c_u_Thermal(PC_logic_3_4)_ 0.10166898754413871
     SitePower_W(3) c_u_Thermal(PC_logic_3_5)_ 0.1128736716529456
     SitePower_W(3) c_u_Thermal(PC_logic_3_6)_ 0.1094647288373804
     SitePower_W(3) c_u_Thermal(PC_logic_3_7)_ 0.08551998638890744
     SitePower_W(3) c_u_Thermal(PC_logic_3_8)_ 0.10166898754414121
     SitePower_W(3) c_u_Thermal(PC_logic_3_9)_ 0.11287367165294686
     SitePower_W(3) c_u_Thermal(PC_logic_3_10)_ 0.10946472883738292
     SitePower_W(3) c_u_Thermal(PC_logic_3_11)_ 0.085519986388907801
     SitePower_W(3) c_u_Thermal(PC_logic_3_12)_ 0.079849910579452371
     SitePower_W(3) c_u_Thermal(PC_logic_3_13)_ 0.088821117016803799
     SitePower_W(3) c_u_Thermal(PC_logic_3_14)_ 0.086244134817657095
     SitePower_W(3) c_u_Thermal(PC_logic_3_15)_ 0.067734358211941362
     SitePower_W(3) c_u_Thermal(PC_logic_4_0)_ 0.012618658932927527
     SitePower_W(3) c_u_Thermal(PC_logic_4_1)_ 0.0038166373692491004
     SitePower_W(3) c_u_Thermal(PC_logic_4_2)_ 0.001213410440389906
     SitePower_W(3) c_u_Thermal(PC_logic_4_3)_ 0.00038595508118962431
     SitePower_W(3) c_u_Thermal(PC_logic_4_4)_ 0.016774858448366761
     SitePower_W(3) c_u_Thermal(PC_logic_4_5)_ 0.004993198992286718
     SitePower_W(3) c_u_Thermal(PC_logic_4_6)_ 0.0015525622747926541
     SitePower_W(3) c_u_Thermal(PC_logic_4_7)_ 0.00048239940648537303
     SitePower_W(3) c_u_Thermal(PC_logic_4_8)_ 0.016774858448366521
     SitePower_W(3) c_u_Thermal(PC_logic_4_9)_ 0.0049931989922865627
     SitePower_W(3) c_u_Thermal(PC_logic_4_10)_ 0.0015525622747926036
     SitePower_W(3) c_u_Thermal(PC_logic_4_11)_ 0.0004823994064853353
     SitePower_W(3) c_u_Thermal(PC_logic_4_12)_ 0.012618658932928239
     SitePower_W(3) c_u_Thermal(PC_logic_4_13)_ 0.0038166373692490505
     SitePower_W(3) c_u_Thermal(PC_logic_4_14)_ 0.0012134104403898273
     SitePower_W(3) c_u_Thermal(PC_logic_4_15)_ 0.00038595508118960062
     SitePower_W(3) c_u_Thermal(PC_logic_5_0)_ 0.00012254158151604999
     SitePower_W(3) c_u_Thermal(PC_logic_5_1)_ 3.9353729358448644e-05
     SitePower_W(3) c_u_Thermal(PC_logic_5_2)_ 1.310899964925897e-05
     SitePower_W(3) c_u_Thermal(PC_logic_5_3)_ 5.3900972933005905e-06
     SitePower_W(3) c_u_Thermal(PC_logic_5_4)_ 0.00014970428113711014
     SitePower_W(3) c_u_Thermal(PC_logic_5_5)_ 4.7138769450310665e-05
     SitePower_W(3) c_u_Thermal(PC_logic_5_6)_ 1.544486752184255e-05
     SitePower_W(3) c_u_Thermal(PC_logic_5_7)_ 6.2463944908852919e-06
     SitePower_W(3) c_u_Thermal(PC_logic_5_8)_ 0.00014970428113710642
     SitePower_W(3) c_u_Thermal(PC_logic_5_9)_ 4.71387694503087e-05
     SitePower_W(3) c_u_Thermal(PC_logic_5_10)_ 1.5444867521842994e-05
     SitePower_W(3) c_u_Thermal(PC_logic_5_11)_ 6.2463944908855053e-06
     SitePower_W(3) c_u_Thermal(PC_logic_5_12)_ 0.00012254158151604559
     SitePower_W(3) c_u_Thermal(PC_logic_5_13)_ 3.9353729358446855e-05
     SitePower_W(3) c_u_Thermal(PC_logic_5_14)_ 1.3108999649258831e-05
     SitePower_W(3) c_u_Thermal(PC_logic_5_15)_ 5.3900972933005405e-06
     SitePower_W(3) c_u_Thermal(PC_logic_6_0)_ 0.017753496172937901
     SitePower_W(3) c_u_Thermal(PC_logic_6_1)_ 0.01861014443562032
     SitePower_W(3) c_u_Thermal(PC_logic_6_2)_ 0.017339042455019243
     SitePower_W(3) c_u_Thermal(PC_logic_6_3)_ 0.012744414653452064
     SitePower_W(3) c_u_Thermal(PC_logic_6_4)_ 0.0057759332725960755
     SitePower_W(3) c_u_Thermal(PC_logic_6_5)_ 0.0058394743554980259
     SitePower_W(3) c_u_Thermal(PC_logic_6_6)_ 0.0053160043565096586
     SitePower_W(3) c_u_Thermal(PC_logic_6_7)_ 0.0039238681301353405
     SitePower_W(3) c_u_Thermal(PC_logic_6_8)_ 0.0019523228953846196
     SitePower_W(3) c_u_Thermal(PC_logic_6_9)_ 0.0017500784250349866
     SitePower_W(3) c_u_Thermal(PC_logic_6_10)_ 0.0013080667685387401
     SitePower_W(3) c_u_Thermal(PC_logic_6_11)_ 0.00071480045156448418
     SitePower_W(3) c_u_Thermal(PC_logic_6_12)_ 0.00054288736164266073
     SitePower_W(3) c_u_Thermal(PC_logic_7_0)_ 0.0053351979103842557
     SitePower_W(3) c_u_Thermal(PC_logic_7_1)_ 0.0020067345200225173
     SitePower_W(3) c_u_Thermal(PC_logic_7_2)_ 0.00071733608974177787
     SitePower_W(3) c_u_Thermal(PC_logic_7_3)_ 0.00024703314427215934
     SitePower_W(3) c_u_Thermal(PC_logic_7_4)_ 0.0020350101329546519
     SitePower_W(3) c_u_Thermal(PC_logic_7_5)_ 0.00089568398015423803
     SitePower_W(3) c_u_Thermal(PC_logic_7_6)_ 0.00036098544133515069
     SitePower_W(3) c_u_Thermal(PC_logic_7_7)_ 0.00013637292788226511
     SitePower_W(3) c_u_Thermal(PC_logic_7_8)_ 0.00076132446339169575
     SitePower_W(3) c_u_Thermal(PC_logic_7_9)_ 0.00037869486344493079
     SitePower_W(3) c_u_Thermal(PC_logic_7_10)_ 0.00016996951081567485
     SitePower_W(3) c_u_Thermal(PC_logic_7_11)_ 7.0372230175356229e-05
     SitePower_W(3) c_u_Thermal(PC_logic_7_12)_ 0.00034206817325083431
     SitePower_W(3) c_u_Thermal(PC_logic_7_13)_ 0.00018713031455252504
     SitePower_W(3) c_u_Thermal(PC_logic_7_14)_ 9.1878830087235267e-05
     SitePower_W(3) c_u_Thermal(PC_logic_7_15)_ 4.1238570954978562e-05
     SitePower_W(3) c_u_Thermal(PC_logic_8_0)_ 8.3209186149684855e-05
     SitePower_W(3) c_u_Thermal(PC_logic_8_1)_ 2.7990646121859769e-05
     SitePower_W(3) c_u_Thermal(PC_logic_8_2)_ 9.6941964438234467e-06
     SitePower_W(3) c_u_Thermal(PC_logic_8_3)_ 4.1259395262999134e-06
     SitePower_W(3) c_u_Thermal(PC_logic_8_4)_ 4.9469499897238787e-05
     SitePower_W(3) c_u_Thermal(PC_logic_8_5)_ 1.7714715014002145e-05
     SitePower_W(3) c_u_Thermal(PC_logic_8_6)_ 6.4861751837201662e-06
     SitePower_W(3) c_u_Thermal(PC_logic_8_7)_ 2.8974372870058753e-06
     SitePower_W(3) c_u_Thermal(PC_logic_8_8)_ 2.7652555707565426e-05
     SitePower_W(3) c_u_Thermal(PC_logic_8_9)_ 1.0628144781223406e-05
     SitePower_W(3) c_u_Thermal(PC_logic_8_10)_ 4.1472625017098749e-06
     SitePower_W(3) c_u_Thermal(PC_logic_8_11)_ 1.7409557079927515e-05
     SitePower_W(3) c_u_Thermal(PC_logic_8_12)_ 7.1209957142956276e-06
     SitePower_W(3) c_u_Leakage(DC_0)_ 0.0022867293103762823
     SitePower_W(3) c_u_Leakage(DC_1)_ 0.00031987401428292933
     SitePower_W(3) c_u_Leakage(DC_2)_ 6.7779397920186697e-06
     SitePower_W(3) c_u_Leakage(DC_3)_ 0.037958772478046854
     SitePower_W(3) c_u_Leakage(DC_4)_ 0.0019736332358855119
     SitePower_W(3) c_u_Leakage(DC_5)_ 1.9464505168792033e-05
     SitePower_W(3) c_u_Leakage(DC_6)_ 0.002286729310376402
     SitePower_W(3) c_u_Leakage(DC_7)_ 0.00031987401428295697
     SitePower_W(3) c_u_Leakage(DC_8)_ 6.7779397920193999e-06
     SitePower_W(3) c_u_Leakage(PC_0)_ 0.00067040909865951888
     SitePower_W(3) c_u_Leakage(PC_1)_ 9.2422312983150739e-05
     SitePower_W(3) c_u_Leakage(PC_2)_ 1.8679137968313302e-06
     SitePower_W(3) c_u_Leakage(PC_3)_ 0.010766137848554758
     SitePower_W(3) c_u_Leakage(PC_4)_ 0.00057985469947325306
     SitePower_W(3) c_u_Leakage(PC_5)_ 5.5183144172448614e-06
     SitePower_W(3) c_u_Leakage(PC_6)_ 0.00067040909865955336
     SitePower_W(3) c_u_Leakage(PC_7)_ 9.2422312983155903e-05
     SitePower_W(3) c_u_Leakage(PC_8)_ 1.8679137968313095e-06
     SitePower_W(4) c_e_SitePowerDef(4)_ 1
     SitePower_W(4) c_u_Thermal(DC_dram_0_0)_ 0.00020748998169339966
     SitePower_W(4) c_u_Thermal(DC_dram_0_1)_ 0.00036568513691430561
     SitePower_W(4) c_u_Thermal(DC_dram_0_2)_ 0.00020003162442513032
     SitePower_W(4) c_u_Thermal(DC_dram_0_3)_ 0.00041611986422712525
     SitePower_W(4) c_u_Thermal(DC_dram_0_4)_ 0.00081273009654383001
     SitePower_W(4) c_u_Thermal(DC_dram_0_5)_ 0.00020748998169340535
     SitePower_W(4) c_u_Thermal(DC_dram_0_6)_ 0.00041611986422711452
     SitePower_W(4) c_u_Thermal(DC_dram_0_7)_ 0.00097505437657237901
     SitePower_W(4) c_u_Thermal(DC_dram_0_8)_ 0.0021671324988744292
     SitePower_W(4) c_u_Thermal(DC_dram_0_9)_ 0.00036568513691429889
     SitePower_W(4) c_u_Thermal(DC_dram_0_10)_ 0.00081273009654379749
     SitePower_W(4) c_u_Thermal(DC_dram_0_11)_ 0.0021671324988743494
     SitePower_W(4) c_u_Thermal(DC_dram_0_12)_ 0.0056959122431983616
     SitePower_W(4) c_u_Thermal(DC_dram_1_0)_ 0.0005590912359717962
     SitePower_W(4) c_u_Thermal(DC_dram_1_1)_ 0.00069096831844281685
     SitePower_W(4) c_u_Thermal(DC_dram_1_2)_ 0.00069096831844277045
     SitePower_W(4) c_u_Thermal(DC_dram_1_3)_ 0.0005590912359718052
     SitePower_W(4) c_u_Thermal(DC_dram_1_4)_ 0.0013557522321240149
     SitePower_W(4) c_u_Thermal(DC_dram_1_5)_ 0.0017160270322742249
     SitePower_W(4) c_u_Thermal(DC_dram_1_6)_ 0.0017160270322741564
     SitePower_W(4) c_u_Thermal(DC_dram_1_7)_ 0.0013557522321239581
     SitePower_W(4) c_u_Thermal(DC_dram_1_8)_ 0.0041010025945544485
     SitePower_W(4) c_u_Thermal(DC_dram_1_9)_ 0.005293557668055505
     SitePower_W(4) c_u_Thermal(DC_dram_1_10)_ 0.0052935576680552317
     SitePower_W(4) c_u_Thermal(DC_dram_1_11)_ 0.0041010025945538093
     SitePower_W(4) c_u_Thermal(DC_dram_1_12)_ 0.013855086252026172
     SitePower_W(4) c_u_Thermal(DC_dram_1_13)_ 0.017948830999944231
     SitePower_W(4) c_u_Thermal(DC_dram_1_14)_ 0.017948830999943172
     SitePower_W(4) c_u_Thermal(DC_dram_1_15)_ 0.013855086252025948
     SitePower_W(4) c_u_Thermal(DC_dram_2_0)_ 0.00036568513691429553
     SitePower_W(4) c_u_Thermal(DC_dram_2_1)_ 0.00020748998169339947
     SitePower_W(4) c_u_Thermal(DC_dram_2_2)_ 0.00081273009654380551
     SitePower_W(4) c_u_Thermal(DC_dram_2_3)_ 0.00041611986422713057
     SitePower_W(4) c_u_Thermal(DC_dram_2_4)_ 0.0002000316244251346
     SitePower_W(4) c_u_Thermal(DC_dram_2_5)_ 0.0021671324988744431
     SitePower_W(4) c_u_Thermal(DC_dram_2_6)_ 0.0009750543765723492
     SitePower_W(4) c_u_Thermal(DC_dram_2_7)_ 0.00041611986422710514
     SitePower_W(4) c_u_Thermal(DC_dram_2_8)_ 0.000207489981693405
     SitePower_W(4) c_u_Thermal(DC_dram_2_9)_ 0.0056959122431981674
     SitePower_W(4) c_u_Thermal(DC_dram_2_10)_ 0.0021671324988744851
     SitePower_W(4) c_u_Thermal(DC_dram_2_11)_ 0.00081273009654377222
     SitePower_W(4) c_u_Thermal(DC_dram_2_12)_ 0.00036568513691428084
     SitePower_W(4) c_u_Thermal(DC_dram_3_0)_ 0.00055909123597179522
     SitePower_W(4) c_u_Thermal(DC_dram_3_1)_ 0.0013557522321239164
     SitePower_W(4) c_u_Thermal(DC_dram_3_2)_ 0.0041010025945543774
     SitePower_W(4) c_u_Thermal(DC_dram_3_3)_ 0.013855086252026475
     SitePower_W(4) c_u_Thermal(DC_dram_3_4)_ 0.00069096831844280904
     SitePower_W(4) c_u_Thermal(DC_dram_3_5)_ 0.0017160270322741263
     SitePower_W(4) c_u_Thermal(DC_dram_3_6)_ 0.0052935576680551493
     SitePower_W(4) c_u_Thermal(DC_dram_3_7)_ 0.017948830999943773
     SitePower_W(4) c_u_Thermal(DC_dram_3_8)_ 0.00069096831844276893
     SitePower_W(4) c_u_Thermal(DC_dram_3_9)_ 0.0017160270322741393
     SitePower_W(4) c_u_Thermal(DC_dram_3_10)_ 0.0052935576680552508
     SitePower_W(4) c_u_Thermal(DC_dram_3_11)_ 0.017948830999943179
     SitePower_W(4) c_u_Thermal(DC_dram_3_12)_ 0.00055909123597182515
     SitePower_W(4) c_u_Thermal(DC_dram_3_13)_ 0.0013557522321240225
     SitePower_W(4) c_u_Thermal(DC_dram_3_14)_ 0.004101002594554288
     SitePower_W(4) c_u_Thermal(DC_dram_3_15)_ 0.013855086252026926
     SitePower_W(4) c_u_Thermal(DC_dram_4_0)_ 0.078568665234234406
     SitePower_W(4) c_u_Thermal(DC_dram_4_1)_ 0.094493408723886591
     SitePower_W(4) c_u_Thermal(DC_dram_4_2)_ 0.094493408723885772
     SitePower_W(4) c_u_Thermal(DC_dram_4_3)_ 0.078568665234235377
     SitePower_W(4) c_u_Thermal(DC_dram_4_4)_ 0.094493408723883995
     SitePower_W(4) c_u_Thermal(DC_dram_4_5)_ 0.11442381400401631
     SitePower_W(4) c_u_Thermal(DC_dram_4_6)_ 0.11442381400401416
     SitePower_W(4) c_u_Thermal(DC_dram_4_7)_ 0.094493408723887909
     SitePower_W(4) c_u_Thermal(DC_dram_4_8)_ 0.094493408723884426
     SitePower_W(4) c_u_Thermal(DC_dram_4_9)_ 0.11442381400401083
     SitePower_W(4) c_u_Thermal(DC_dram_4_10)_ 0.11442381400400999
     SitePower_W(4) c_u_Thermal(DC_dram_4_11)_ 0.094493408723879985
     SitePower_W(4) c_u_Thermal(DC_dram_4_12)_ 0.078568665234235349
     SitePower_W(4) c_u_Thermal(DC_dram_4_13)_ 0.094493408723883537
     SitePower_W(4) c_u_Thermal(DC_dram_4_14)_ 0.094493408723881761
     SitePower_W(4) c_u_Thermal(DC_dram_4_15)_ 0.078568665234236598
     SitePower_W(4) c_u_Thermal(DC_dram_5_0)_ 0.013855086252026352
     SitePower_W(4) c_u_Thermal(DC_dram_5_1)_ 0.0041010025945543349
     SitePower_W(4) c_u_Thermal(DC_dram_5_2)_ 0.0013557522321240147
     SitePower_W(4) c_u_Thermal(DC_dram_5_3)_ 0.0005590912359718245
     SitePower_W(4) c_u_Thermal(DC_dram_5_4)_ 0.017948830999944869
     SitePower_W(4) c_u_Thermal(DC_dram_5_5)_ 0.0052935576680555041
     SitePower_W(4) c_u_Thermal(DC_dram_5_6)_ 0.0017160270322742019
     SitePower_W(4) c_u_Thermal(DC_dram_5_7)_ 0.00069096831844285881
     SitePower_W(4) c_u_Thermal(DC_dram_5_8)_ 0.017948830999942694
     SitePower_W(4) c_u_Thermal(DC_dram_5_9)_ 0.0052935576680549039
     SitePower_W(4) c_u_Thermal(DC_dram_5_10)_ 0.0017160270322741115
     SitePower_W(4) c_u_Thermal(DC_dram_5_11)_ 0.00069096831844278552
     SitePower_W(4) c_u_Thermal(DC_dram_5_12)_ 0.013855086252026375
     SitePower_W(4) c_u_Thermal(DC_dram_5_13)_ 0.004101002594554295
     SitePower_W(4) c_u_Thermal(DC_dram_5_14)_ 0.0013557522321238338
     SitePower_W(4) c_u_Thermal(DC_dram_5_15)_ 0.00055909123597175847
     SitePower_W(4) c_u_Thermal(DC_dram_6_0)_ 0.0003656851369143242
     SitePower_W(4) c_u_Thermal(DC_dram_6_1)_ 0.00081273009654386579
     SitePower_W(4) c_u_Thermal(DC_dram_6_2)_ 0.0021671324988746694
     SitePower_W(4) c_u_Thermal(DC_dram_6_3)_ 0.0056959122431987502
     SitePower_W(4) c_u_Thermal(DC_dram_6_4)_ 0.0002074899816934173
     SitePower_W(4) c_u_Thermal(DC_dram_6_5)_ 0.00041611986422715556
     SitePower_W(4) c_u_Thermal(DC_dram_6_6)_ 0.00097505437657248711
     SitePower_W(4) c_u_Thermal(DC_dram_6_7)_ 0.0021671324988747193
     SitePower_W(4) c_u_Thermal(DC_dram_6_8)_ 0.00020003162442515623
     SitePower_W(4) c_u_Thermal(DC_dram_6_9)_ 0.00041611986422717854
     SitePower_W(4) c_u_Thermal(DC_dram_6_10)_ 0.00081273009654389452
     SitePower_W(4) c_u_Thermal(DC_dram_6_11)_ 0.00020748998169342338
     SitePower_W(4) c_u_Thermal(DC_dram_6_12)_ 0.00036568513691432594
     SitePower_W(4) c_u_Thermal(DC_dram_7_0)_ 0.013855086252026853
     SitePower_W(4) c_u_Thermal(DC_dram_7_1)_ 0.017948830999944189
     SitePower_W(4) c_u_Thermal(DC_dram_7_2)_ 0.01794883099994455
     SitePower_W(4) c_u_Thermal(DC_dram_7_3)_ 0.013855086252027147
     SitePower_W(4) c_u_Thermal(DC_dram_7_4)_ 0.004101002594554563
     SitePower_W(4) c_u_Thermal(DC_dram_7_5)_ 0.0052935576680557348
     SitePower_W(4) c_u_Thermal(DC_dram_7_6)_ 0.0052935576680555483
     SitePower_W(4) c_u_Thermal(DC_dram_7_7)_ 0.0041010025945543921
     SitePower_W(4) c_u_Thermal(DC_dram_7_8)_ 0.0013557522321241469
     SitePower_W(4) c_u_Thermal(DC_dram_7_9)_ 0.0017160270322743589
     SitePower_W(4) c_u_Thermal(DC_dram_7_10)_ 0.0017160270322742859
     SitePower_W(4) c_u_Thermal(DC_dram_7_11)_ 0.0013557522321238922
     SitePower_W(4) c_u_Thermal(DC_dram_7_12)_ 0.00055909123597186461
     SitePower_W(4) c_u_Thermal(DC_dram_7_13)_ 0.00069096831844291204
     SitePower_W(4) c_u_Thermal(DC_dram_7_14)_ 0.00069096831844286347
     SitePower_W(4) c_u_Thermal(DC_dram_7_15)_ 0.00055909123597179164
     SitePower_W(4) c_u_Thermal(DC_dram_8_0)_ 0.005695912243198366
     SitePower_W(4) c_u_Thermal(DC_dram_8_1)_ 0.0021671324988745424
     SitePower_W(4) c_u_Thermal(DC_dram_8_2)_ 0.00081273009654381678
     SitePower_W(4) c_u_Thermal(DC_dram_8_3)_ 0.00036568513691430306
     SitePower_W(4) c_u_Thermal(DC_dram_8_4)_ 0.0021671324988744825
     SitePower_W(4) c_u_Thermal(DC_dram_8_5)_ 0.00097505437657243669
     SitePower_W(4) c_u_Thermal(DC_dram_8_6)_ 0.00041611986422713024
     SitePower_W(4) c_u_Thermal(DC_dram_8_7)_ 0.00020748998169341714
     SitePower_W(4) c_u_Thermal(DC_dram_8_8)_ 0.00081273009654384747
     SitePower_W(4) c_u_Thermal(DC_dram_8_9)_ 0.00041611986422714629
     SitePower_W(4) c_u_Thermal(DC_dram_8_10)_ 0.00020003162442515268
     SitePower_W(4) c_u_Thermal(DC_dram_8_11)_ 0.00036568513691433196
     SitePower_W(4) c_u_Thermal(DC_dram_8_12)_ 0.00020748998169342308
     SitePower_W(4) c_u_Thermal(DC_logic_0_0)_ 0.00020762474502611708
     SitePower_W(4) c_u_Thermal(DC_logic_0_1)_ 0.00036590834795180292
     SitePower_W(4) c_u_Thermal(DC_logic_0_2)_ 0.0002001782612684847
     SitePower_W(4) c_u_Thermal(DC_logic_0_3)_ 0.00041639602047520023
     SitePower_W(4) c_u_Thermal(DC_logic_0_4)_ 0.00081324359309668597
     SitePower_W(4) c_u_Thermal(DC_logic_0_5)_ 0.00020762474502612245
     SitePower_W(4) c_u_Thermal(DC_logic_0_6)_ 0.00041639602047518939
     SitePower_W(4) c_u_Thermal(DC_logic_0_7)_ 0.00097561316523250656
     SitePower_W(4) c_u_Thermal(DC_logic_0_8)_ 0.0021683980270001896
     SitePower_W(4) c_u_Thermal(DC_logic_0_9)_ 0.0003659083479517956
     SitePower_W(4) c_u_Thermal(DC_logic_0_10)_ 0.00081324359309665442
     SitePower_W(4) c_u_Thermal(DC_logic_0_11)_ 0.0021683980270001089
     SitePower_W(4) c_u_Thermal(DC_logic_0_12)_ 0.0057021535147675339
     SitePower_W(4) c_u_Thermal(DC_logic_1_0)_ 0.00055945709573669371
     SitePower_W(4) c_u_Thermal(DC_logic_1_1)_ 0.00069146957735522114
     SitePower_W(4) c_u_Thermal(DC_logic_1_2)_ 0.00069146957735517474
     SitePower_W(4) c_u_Thermal(DC_logic_1_3)_ 0.00055945709573670304
     SitePower_W(4) c_u_Thermal(DC_logic_1_4)_ 0.0013566922155561561
     SitePower_W(4) c_u_Thermal(DC_logic_1_5)_ 0.0017173166649871506
     SitePower_W(4) c_u_Thermal(DC_logic_1_6)_ 0.0017173166649870823
     SitePower_W(4) c_u_Thermal(DC_logic_1_7)_ 0.001356692215556098
     SitePower_W(4) c_u_Thermal(DC_logic_1_8)_ 0.0041048615127048486
     SitePower_W(4) c_u_Thermal(DC_logic_1_9)_ 0.0052985811119672125
     SitePower_W(4) c_u_Thermal(DC_logic_1_10)_ 0.0052985811119669393
     SitePower_W(4) c_u_Thermal(DC_logic_1_11)_ 0.0041048615127042103
     SitePower_W(4) c_u_Thermal(DC_logic_1_12)_ 0.013929700364690099
     SitePower_W(4) c_u_Thermal(DC_logic_1_13)_ 0.018032786507249186
     SitePower_W(4) c_u_Thermal(DC_logic_1_14)_ 0.018032786507248131
     SitePower_W(4) c_u_Thermal(DC_logic_1_15)_ 0.013929700364689875
     SitePower_W(4) c_u_Thermal(DC_logic_2_0)_ 0.00036590834795179267
     SitePower_W(4) c_u_Thermal(DC_logic_2_1)_ 0.00020762474502611632
     SitePower_W(4) c_u_Thermal(DC_logic_2_2)_ 0.00081324359309666245
     SitePower_W(4) c_u_Thermal(DC_logic_2_3)_ 0.00041639602047520603
     SitePower_W(4) c_u_Thermal(DC_logic_2_4)_ 0.00020017826126848893
     SitePower_W(4) c_u_Thermal(DC_logic_2_5)_ 0.0021683980270002022
     SitePower_W(4) c_u_Thermal(DC_logic_2_6)_ 0.00097561316523247892
     SitePower_W(4) c_u_Thermal(DC_logic_2_7)_ 0.00041639602047517969
     SitePower_W(4) c_u_Thermal(DC_logic_2_8)_ 0.00020762474502612202
     SitePower_W(4) c_u_Thermal(DC_logic_2_9)_ 0.0057021535147673387
     SitePower_W(4) c_u_Thermal(DC_logic_2_10)_ 0.002168398027000246
     SitePower_W(4) c_u_Thermal(DC_logic_2_11)_ 0.00081324359309662873
     SitePower_W(4) c_u_Thermal(DC_logic_2_12)_ 0.00036590834795177809
     SitePower_W(4) c_u_Thermal(DC_logic_3_0)_ 0.00055945709573669328
     SitePower_W(4) c_u_Thermal(DC_logic_3_1)_ 0.0013566922155560581
     SitePower_W(4) c_u_Thermal(DC_logic_3_2)_ 0.0041048615127047793
     SitePower_W(4) c_u_Thermal(DC_logic_3_3)_ 0.013929700364690389
     SitePower_W(4) c_u_Thermal(DC_logic_3_4)_ 0.00069146957735521334
     SitePower_W(4) c_u_Thermal(DC_logic_3_5)_ 0.0017173166649870515
     SitePower_W(4) c_u_Thermal(DC_logic_3_6)_ 0.0052985811119668569
     SitePower_W(4) c_u_Thermal(DC_logic_3_7)_ 0.018032786507248721
     SitePower_W(4) c_u_Thermal(DC_logic_3_8)_ 0.000691469577355173
     SitePower_W(4) c_u_Thermal(DC_logic_3_9)_ 0.001717316664987065
     SitePower_W(4) c_u_Thermal(DC_logic_3_10)_ 0.0052985811119669584
     SitePower_W(4) c_u_Thermal(DC_logic_3_11)_ 0.018032786507248117
     SitePower_W(4) c_u_Thermal(DC_logic_3_12)_ 0.0005594570957367232
     SitePower_W(4) c_u_Thermal(DC_logic_3_13)_ 0.0013566922155561626
     SitePower_W(4) c_u_Thermal(DC_logic_3_14)_ 0.004104861512704689
     SitePower_W(4) c_u_Thermal(DC_logic_3_15)_ 0.013929700364690857
     SitePower_W(4) c_u_Thermal(DC_logic_4_0)_ 0.082910512790188587
     SitePower_W(4) c_u_Thermal(DC_logic_4_1)_ 0.099173617611020448
     SitePower_W(4) c_u_Thermal(DC_logic_4_2)_ 0.099173617611019574
     SitePower_W(4) c_u_Thermal(DC_logic_4_3)_ 0.082910512790189766
     SitePower_W(4) c_u_Thermal(DC_logic_4_4)_ 0.099173617611017756
     SitePower_W(4) c_u_Thermal(DC_logic_4_5)_ 0.11945109097909293
     SitePower_W(4) c_u_Thermal(DC_logic_4_6)_ 0.119451090979091
     SitePower_W(4) c_u_Thermal(DC_logic_4_7)_ 0.09917361761102185
     SitePower_W(4) c_u_Thermal(DC_logic_4_8)_ 0.099173617611018131
     SitePower_W(4) c_u_Thermal(DC_logic_4_9)_ 0.1194510909790877
     SitePower_W(4) c_u_Thermal(DC_logic_4_10)_ 0.11945109097908668
     SitePower_W(4) c_u_Thermal(DC_logic_4_11)_ 0.099173617611013842
     SitePower_W(4) c_u_Thermal(DC_logic_4_12)_ 0.082910512790189766
     SitePower_W(4) c_u_Thermal(DC_logic_4_13)_ 0.09917361761101734
     SitePower_W(4) c_u_Thermal(DC_logic_4_14)_ 0.099173617611015633
     SitePower_W(4) c_u_Thermal(DC_logic_4_15)_ 0.08291051279019096
     SitePower_W(4) c_u_Thermal(DC_logic_5_0)_ 0.013929700364690267
     SitePower_W(4) c_u_Thermal(DC_logic_5_1)_ 0.0041048615127047376
     SitePower_W(4) c_u_Thermal(DC_logic_5_2)_ 0.0013566922155561552
     SitePower_W(4) c_u_Thermal(DC_logic_5_3)_ 0.00055945709573672396
     SitePower_W(4) c_u_Thermal(DC_logic_5_4)_ 0.018032786507249841
     SitePower_W(4) c_u_Thermal(DC_logic_5_5)_ 0.0052985811119672134
     SitePower_W(4) c_u_Thermal(DC_logic_5_6)_ 0.0017173166649871296
     SitePower_W(4) c_u_Thermal(DC_logic_5_7)_ 0.00069146957735526364
     SitePower_W(4) c_u_Thermal(DC_logic_5_8)_ 0.018032786507247656
     SitePower_W(4) c_u_Thermal(DC_logic_5_9)_ 0.0052985811119666193
     SitePower_W(4) c_u_Thermal(DC_logic_5_10)_ 0.0017173166649870342
     SitePower_W(4) c_u_Thermal(DC_logic_5_11)_ 0.00069146957735519035
     SitePower_W(4) c_u_Thermal(DC_logic_5_12)_ 0.013929700364690312
     SitePower_W(4) c_u_Thermal(DC_logic_5_13)_ 0.0041048615127046943
     SitePower_W(4) c_u_Thermal(DC_logic_5_14)_ 0.0013566922155559739
     SitePower_W(4) c_u_Thermal(DC_logic_5_15)_ 0.00055945709573665739
     SitePower_W(4) c_u_Thermal(DC_logic_6_0)_ 0.00036590834795182156
     SitePower_W(4) c_u_Thermal(DC_logic_6_1)_ 0.00081324359309672294
     SitePower_W(4) c_u_Thermal(DC_logic_6_2)_ 0.0021683980270004251
     SitePower_W(4) c_u_Thermal(DC_logic_6_3)_ 0.0057021535147679121
     SitePower_W(4) c_u_Thermal(DC_logic_6_4)_ 0.00020762474502613427
     SitePower_W(4) c_u_Thermal(DC_logic_6_5)_ 0.00041639602047523059
     SitePower_W(4) c_u_Thermal(DC_logic_6_6)_ 0.00097561316523261693
     SitePower_W(4) c_u_Thermal(DC_logic_6_7)_ 0.0021683980270004789
     SitePower_W(4) c_u_Thermal(DC_logic_6_8)_ 0.00020017826126851094
     SitePower_W(4) c_u_Thermal(DC_logic_6_9)_ 0.00041639602047525325
     SitePower_W(4) c_u_Thermal(DC_logic_6_10)_ 0.00081324359309675178
     SitePower_W(4) c_u_Thermal(DC_logic_6_11)_ 0.0002076247450261408
     SitePower_W(4) c_u_Thermal(DC_logic_6_12)_ 0.00036590834795182368
     SitePower_W(4) c_u_Thermal(DC_logic_7_0)_ 0.013929700364690753
     SitePower_W(4) c_u_Thermal(DC_logic_7_1)_ 0.018032786507249123
     SitePower_W(4) c_u_Thermal(DC_logic_7_2)_ 0.018032786507249501
     SitePower_W(4) c_u_Thermal(DC_logic_7_3)_ 0.013929700364691109
     SitePower_W(4) c_u_Thermal(DC_logic_7_4)_ 0.0041048615127049614
     SitePower_W(4) c_u_Thermal(DC_logic_7_5)_ 0.0052985811119674389
     SitePower_W(4) c_u_Thermal(DC_logic_7_6)_ 0.0052985811119672654
     SitePower_W(4) c_u_Thermal(DC_logic_7_7)_ 0.0041048615127047966
     SitePower_W(4) c_u_Thermal(DC_logic_7_8)_ 0.0013566922155562868
     SitePower_W(4) c_u_Thermal(DC_logic_7_9)_ 0.0017173166649872853
     SitePower_W(4) c_u_Thermal(DC_logic_7_10)_ 0.0017173166649872109
     SitePower_W(4) c_u_Thermal(DC_logic_7_11)_ 0.0013566922155560327
     SitePower_W(4) c_u_Thermal(DC_logic_7_12)_ 0.00055945709573676288
     SitePower_W(4) c_u_Thermal(DC_logic_7_13)_ 0.0006914695773553172
     SitePower_W(4) c_u_Thermal(DC_logic_7_14)_ 0.00069146957735526809
     SitePower_W(4) c_u_Thermal(DC_logic_7_15)_ 0.00055945709573668981
     SitePower_W(4) c_u_Thermal(DC_logic_8_0)_ 0.0057021535147675391
     SitePower_W(4) c_u_Thermal(DC_logic_8_1)_ 0.002168398027000305
     SitePower_W(4) c_u_Thermal(DC_logic_8_2)_ 0.00081324359309667253
     SitePower_W(4) c_u_Thermal(DC_logic_8_3)_ 0.00036590834795180042
     SitePower_W(4) c_u_Thermal(DC_logic_8_4)_ 0.0021683980270002434
     SitePower_W(4) c_u_Thermal(DC_logic_8_5)_ 0.00097561316523256576
     SitePower_W(4) c_u_Thermal(DC_logic_8_6)_ 0.00041639602047520517
     SitePower_W(4) c_u_Thermal(DC_logic_8_7)_ 0.0002076247450261341
     SitePower_W(4) c_u_Thermal(DC_logic_8_8)_ 0.00081324359309670332
     SitePower_W(4) c_u_Thermal(DC_logic_8_9)_ 0.00041639602047522137
     SitePower_W(4) c_u_Thermal(DC_logic_8_10)_ 0.00020017826126850693
     SitePower_W(4) c_u_Thermal(DC_logic_8_11)_ 0.00036590834795182964
     SitePower_W(4) c_u_Thermal(DC_logic_8_12)_ 0.00020762474502614023
     SitePower_W(4) c_u_Thermal(PC_dram_0_0)_ 0.000182820197244596
     SitePower_W(4) c_u_Thermal(PC_dram_0_1)_ 0.00032591950223684823
     SitePower_W(4) c_u_Thermal(PC_dram_0_2)_ 0.00017630237851894178
     SitePower_W(4) c_u_Thermal(PC_dram_0_3)_ 0.00037194523870055855
     SitePower_W(4) c_u_Thermal(PC_dram_0_4)_ 0.00073514979410057755
     SitePower_W(4) c_u_Thermal(PC_dram_0_5)_ 0.00018282019724457326
     SitePower_W(4) c_u_Thermal(PC_dram_0_6)_ 0.0003719452387005276
     SitePower_W(4) c_u_Thermal(PC_dram_0_7)_ 0.00088396157840885331
     SitePower_W(4) c_u_Thermal(PC_dram_0_8)_ 0.0019874396811999885
     SitePower_W(4) c_u_Thermal(PC_dram_0_9)_ 0.00032591950223679483
     SitePower_W(4) c_u_Thermal(PC_dram_0_10)_ 0.00073514979410047347
     SitePower_W(4) c_u_Thermal(PC_dram_0_11)_ 0.0019874396811997734
     SitePower_W(4) c_u_Thermal(PC_dram_0_12)_ 0.005252286909728769
     SitePower_W(4) c_u_Thermal(PC_dram_1_0)_ 0.00050276923721305727
     SitePower_W(4) c_u_Thermal(PC_dram_1_1)_ 0.00062535547048001093
     SitePower_W(4) c_u_Thermal(PC_dram_1_2)_ 0.00062535547048000876
     SitePower_W(4) c_u_Thermal(PC_dram_1_3)_ 0.00050276923721305434
     SitePower_W(4) c_u_Thermal(PC_dram_1_4)_ 0.0012387572471928726
     SitePower_W(4) c_u_Thermal(PC_dram_1_5)_ 0.0015829366253409033
     SitePower_W(4) c_u_Thermal(PC_dram_1_6)_ 0.0015829366253409334
     SitePower_W(4) c_u_Thermal(PC_dram_1_7)_ 0.0012387572471928626
     SitePower_W(4) c_u_Thermal(PC_dram_1_8)_ 0.0037877621668740134
     SitePower_W(4) c_u_Thermal(PC_dram_1_9)_ 0.004957698018770257
     SitePower_W(4) c_u_Thermal(PC_dram_1_10)_ 0.0049576980187702874
     SitePower_W(4) c_u_Thermal(PC_dram_1_11)_ 0.0037877621668740962
     SitePower_W(4) c_u_Thermal(PC_dram_1_12)_ 0.012446327267189737
     SitePower_W(4) c_u_Thermal(PC_dram_1_13)_ 0.016566345025107031
     SitePower_W(4) c_u_Thermal(PC_dram_1_14)_ 0.016566345025107568
     SitePower_W(4) c_u_Thermal(PC_dram_1_15)_ 0.012446327267190306
     SitePower_W(4) c_u_Thermal(PC_dram_2_0)_ 0.00032591950223684774
     SitePower_W(4) c_u_Thermal(PC_dram_2_1)_ 0.00018282019724461356
     SitePower_W(4) c_u_Thermal(PC_dram_2_2)_ 0.00073514979410057722
     SitePower_W(4) c_u_Thermal(PC_dram_2_3)_ 0.00037194523870059265
     SitePower_W(4) c_u_Thermal(PC_dram_2_4)_ 0.00017630237851895235
     SitePower_W(4) c_u_Thermal(PC_dram_2_5)_ 0.0019874396812000804
     SitePower_W(4) c_u_Thermal(PC_dram_2_6)_ 0.00088396157840896737
     SitePower_W(4) c_u_Thermal(PC_dram_2_7)_ 0.00037194523870056543
     SitePower_W(4) c_u_Thermal(PC_dram_2_8)_ 0.00018282019724459497
     SitePower_W(4) c_u_Thermal(PC_dram_2_9)_ 0.0052522869097291836
     SitePower_W(4) c_u_Thermal(PC_dram_2_10)_ 0.0019874396812000648
     SitePower_W(4) c_u_Thermal(PC_dram_2_11)_ 0.00073514979410056486
     SitePower_W(4) c_u_Thermal(PC_dram_2_12)_ 0.00032591950223682953
     SitePower_W(4) c_u_Thermal(PC_dram_3_0)_ 0.00050276923721301553
     SitePower_W(4) c_u_Thermal(PC_dram_3_1)_ 0.0012387572471927221
     SitePower_W(4) c_u_Thermal(PC_dram_3_2)_ 0.0037877621668735454
     SitePower_W(4) c_u_Thermal(PC_dram_3_3)_ 0.012446327267189049
     SitePower_W(4) c_u_Thermal(PC_dram_3_4)_ 0.00062535547047995108
     SitePower_W(4) c_u_Thermal(PC_dram_3_5)_ 0.0015829366253407614
     SitePower_W(4) c_u_Thermal(PC_dram_3_6)_ 0.0049576980187697748
     SitePower_W(4) c_u_Thermal(PC_dram_3_7)_ 0.016566345025105577
     SitePower_W(4) c_u_Thermal(PC_dram_3_8)_ 0.00062535547047997623
     SitePower_W(4) c_u_Thermal(PC_dram_3_9)_ 0.0015829366253407912
     SitePower_W(4) c_u_Thermal(PC_dram_3_10)_ 0.0049576980187699049
     SitePower_W(4) c_u_Thermal(PC_dram_3_11)_ 0.016566345025105348
     SitePower_W(4) c_u_Thermal(PC_dram_3_12)_ 0.00050276923721301564
     SitePower_W(4) c_u_Thermal(PC_dram_3_13)_ 0.001238757247192783
     SitePower_W(4) c_u_Thermal(PC_dram_3_14)_ 0.0037877621668739362
     SitePower_W(4) c_u_Thermal(PC_dram_3_15)_ 0.012446327267189234
     SitePower_W(4) c_u_Thermal(PC_dram_4_0)_ 0.062921880326931232
     SitePower_W(4) c_u_Thermal(PC_dram_4_1)_ 0.080129763833939313
     SitePower_W(4) c_u_Thermal(PC_dram_4_2)_ 0.080129763833942824
     SitePower_W(4) c_u_Thermal(PC_dram_4_3)_ 0.062921880326933743
     SitePower_W(4) c_u_Thermal(PC_dram_4_4)_ 0.080129763833936329
     SitePower_W(4) c_u_Thermal(PC_dram_4_5)_ 0.10252244608752331
     SitePower_W(4) c_u_Thermal(PC_dram_4_6)_ 0.10252244608752344
     SitePower_W(4) c_u_Thermal(PC_dram_4_7)_ 0.080129763833937398
     SitePower_W(4) c_u_Thermal(PC_dram_4_8)_ 0.080129763833934803
     SitePower_W(4) c_u_Thermal(PC_dram_4_9)_ 0.10252244608752122
     SitePower_W(4) c_u_Thermal(PC_dram_4_10)_ 0.10252244608752174
     SitePower_W(4) c_u_Thermal(PC_dram_4_11)_ 0.080129763833934303
     SitePower_W(4) c_u_Thermal(PC_dram_4_12)_ 0.06292188032693187
     SitePower_W(4) c_u_Thermal(PC_dram_4_13)_ 0.080129763833936538
     SitePower_W(4) c_u_Thermal(PC_dram_4_14)_ 0.080129763833938994
     SitePower_W(4) c_u_Thermal(PC_dram_4_15)_ 0.062921880326932078
     SitePower_W(4) c_u_Thermal(PC_dram_5_0)_ 0.012446327267190114
     SitePower_W(4) c_u_Thermal(PC_dram_5_1)_ 0.0037877621668740494
     SitePower_W(4) c_u_Thermal(PC_dram_5_2)_ 0.0012387572471928298
     SitePower_W(4) c_u_Thermal(PC_dram_5_3)_ 0.00050276923721304253
     SitePower_W(4) c_u_Thermal(PC_dram_5_4)_ 0.016566345025106326
     SitePower_W(4) c_u_Thermal(PC_dram_5_5)_ 0.0049576980187699274
     SitePower_W(4) c_u_Thermal(PC_dram_5_6)_ 0.0015829366253407844
     SitePower_W(4) c_u_Thermal(PC_dram_5_7)_ 0.00062535547047996756
     SitePower_W(4) c_u_Thermal(PC_dram_5_8)_ 0.016566345025106073
     SitePower_W(4) c_u_Thermal(PC_dram_5_9)_ 0.0049576980187697505
     SitePower_W(4) c_u_Thermal(PC_dram_5_10)_ 0.0015829366253408373
     SitePower_W(4) c_u_Thermal(PC_dram_5_11)_ 0.00062535547047999022
     SitePower_W(4) c_u_Thermal(PC_dram_5_12)_ 0.012446327267189812
     SitePower_W(4) c_u_Thermal(PC_dram_5_13)_ 0.0037877621668738954
     SitePower_W(4) c_u_Thermal(PC_dram_5_14)_ 0.0012387572471928188
     SitePower_W(4) c_u_Thermal(PC_dram_5_15)_ 0.00050276923721304047
     SitePower_W(4) c_u_Thermal(PC_dram_6_0)_ 0.00032591950223682123
     SitePower_W(4) c_u_Thermal(PC_dram_6_1)_ 0.00073514979410052399
     SitePower_W(4) c_u_Thermal(PC_dram_6_2)_ 0.0019874396811999989
     SitePower_W(4) c_u_Thermal(PC_dram_6_3)_ 0.0052522869097289086
     SitePower_W(4) c_u_Thermal(PC_dram_6_4)_ 0.00018282019724458632
     SitePower_W(4) c_u_Thermal(PC_dram_6_5)_ 0.00037194523870055627
     SitePower_W(4) c_u_Thermal(PC_dram_6_6)_ 0.00088396157840892097
     SitePower_W(4) c_u_Thermal(PC_dram_6_7)_ 0.0019874396812000045
     SitePower_W(4) c_u_Thermal(PC_dram_6_8)_ 0.00017630237851894734
     SitePower_W(4) c_u_Thermal(PC_dram_6_9)_ 0.00037194523870055503
     SitePower_W(4) c_u_Thermal(PC_dram_6_10)_ 0.00073514979410055489
     SitePower_W(4) c_u_Thermal(PC_dram_6_11)_ 0.00018282019724459453
     SitePower_W(4) c_u_Thermal(PC_dram_6_12)_ 0.00032591950223682318
     SitePower_W(4) c_u_Thermal(PC_dram_7_0)_ 0.012446327267189862
     SitePower_W(4) c_u_Thermal(PC_dram_7_1)_ 0.016566345025106836
     SitePower_W(4) c_u_Thermal(PC_dram_7_2)_ 0.016566345025107218
     SitePower_W(4) c_u_Thermal(PC_dram_7_3)_ 0.012446327267189524
     SitePower_W(4) c_u_Thermal(PC_dram_7_4)_ 0.0037877621668739674
     SitePower_W(4) c_u_Thermal(PC_dram_7_5)_ 0.0049576980187700835
     SitePower_W(4) c_u_Thermal(PC_dram_7_6)_ 0.0049576980187702041
     SitePower_W(4) c_u_Thermal(PC_dram_7_7)_ 0.0037877621668739631
     SitePower_W(4) c_u_Thermal(PC_dram_7_8)_ 0.001238757247192821
     SitePower_W(4) c_u_Thermal(PC_dram_7_9)_ 0.0015829366253408705
     SitePower_W(4) c_u_Thermal(PC_dram_7_10)_ 0.001582936625340892
     SitePower_W(4) c_u_Thermal(PC_dram_7_11)_ 0.0012387572471928296
     SitePower_W(4) c_u_Thermal(PC_dram_7_12)_ 0.00050276923721305467
     SitePower_W(4) c_u_Thermal(PC_dram_7_13)_ 0.0006253554704799848
     SitePower_W(4) c_u_Thermal(PC_dram_7_14)_ 0.00062535547048001385
     SitePower_W(4) c_u_Thermal(PC_dram_7_15)_ 0.00050276923721305456
     SitePower_W(4) c_u_Thermal(PC_dram_8_0)_ 0.0052522869097287378
     SitePower_W(4) c_u_Thermal(PC_dram_8_1)_ 0.0019874396811999299
     SitePower_W(4) c_u_Thermal(PC_dram_8_2)_ 0.00073514979410055218
     SitePower_W(4) c_u_Thermal(PC_dram_8_3)_ 0.00032591950223682036
     SitePower_W(4) c_u_Thermal(PC_dram_8_4)_ 0.0019874396811999555
     SitePower_W(4) c_u_Thermal(PC_dram_8_5)_ 0.00088396157840893756
     SitePower_W(4) c_u_Thermal(PC_dram_8_6)_ 0.00037194523870056018
     SitePower_W(4) c_u_Thermal(PC_dram_8_7)_ 0.00018282019724459326
     SitePower_W(4) c_u_Thermal(PC_dram_8_8)_ 0.00073514979410053375
     SitePower_W(4) c_u_Thermal(PC_dram_8_9)_ 0.00037194523870055432
     SitePower_W(4) c_u_Thermal(PC_dram_8_10)_ 0.00017630237851895181
     SitePower_W(4) c_u_Thermal(PC_dram_8_11)_ 0.00032591950223683213
     SitePower_W(4) c_u_Thermal(PC_dram_8_12)_ 0.00018282019724460321
     SitePower_W(4) c_u_Thermal(PC_logic_0_0)_ 0.00018294499049247134
     SitePower_W(4) c_u_Thermal(PC_logic_0_1)_ 0.00032611639089553512
     SitePower_W(4) c_u_Thermal(PC_logic_0_2)_ 0.00017645039309516667
     SitePower_W(4) c_u_Thermal(PC_logic_0_3)_ 0.00037221398116539896
     SitePower_W(4) c_u_Thermal(PC_logic_0_4)_ 0.00073563253941979849
     SitePower_W(4) c_u_Thermal(PC_logic_0_5)_ 0.00018294499049244857
     SitePower_W(4) c_u_Thermal(PC_logic_0_6)_ 0.00037221398116536861
     SitePower_W(4) c_u_Thermal(PC_logic_0_7)_ 0.0008844554403238551
     SitePower_W(4) c_u_Thermal(PC_logic_0_8)_ 0.0019884380703444277
     SitePower_W(4) c_u_Thermal(PC_logic_0_9)_ 0.00032611639089548172
     SitePower_W(4) c_u_Thermal(PC_logic_0_10)_ 0.00073563253941969528
     SitePower_W(4) c_u_Thermal(PC_logic_0_11)_ 0.0019884380703442122
     SitePower_W(4) c_u_Thermal(PC_logic_0_12)_ 0.0052561146637607444
     SitePower_W(4) c_u_Thermal(PC_logic_1_0)_ 0.00050310656541233893
     SitePower_W(4) c_u_Thermal(PC_logic_1_1)_ 0.00062585729313160293
     SitePower_W(4) c_u_Thermal(PC_logic_1_2)_ 0.0006258572931316013
     SitePower_W(4) c_u_Thermal(PC_logic_1_3)_ 0.00050310656541233633
     SitePower_W(4) c_u_Thermal(PC_logic_1_4)_ 0.0012396551700990888
     SitePower_W(4) c_u_Thermal(PC_logic_1_5)_ 0.0015842561767212778
     SitePower_W(4) c_u_Thermal(PC_logic_1_6)_ 0.0015842561767213097
     SitePower_W(4) c_u_Thermal(PC_logic_1_7)_ 0.0012396551700990766
     SitePower_W(4) c_u_Thermal(PC_logic_1_8)_ 0.0037903926395401136
     SitePower_W(4) c_u_Thermal(PC_logic_1_9)_ 0.0049615050903587714
     SitePower_W(4) c_u_Thermal(PC_logic_1_10)_ 0.0049615050903588087
     SitePower_W(4) c_u_Thermal(PC_logic_1_11)_ 0.0037903926395401908
     SitePower_W(4) c_u_Thermal(PC_logic_1_12)_ 0.012501507448705769
     SitePower_W(4) c_u_Thermal(PC_logic_1_13)_ 0.016631400561721861
     SitePower_W(4) c_u_Thermal(PC_logic_1_14)_ 0.016631400561722399
     SitePower_W(4) c_u_Thermal(PC_logic_1_15)_ 0.012501507448706345
     SitePower_W(4) c_u_Thermal(PC_logic_2_0)_ 0.00032611639089553561
     SitePower_W(4) c_u_Thermal(PC_logic_2_1)_ 0.00018294499049248907
     SitePower_W(4) c_u_Thermal(PC_logic_2_2)_ 0.0007356325394197986
     SitePower_W(4) c_u_Thermal(PC_logic_2_3)_ 0.00037221398116543339
     SitePower_W(4) c_u_Thermal(PC_logic_2_4)_ 0.00017645039309517702
     SitePower_W(4) c_u_Thermal(PC_logic_2_5)_ 0.0019884380703445214
     SitePower_W(4) c_u_Thermal(PC_logic_2_6)_ 0.00088445544032396785
     SitePower_W(4) c_u_Thermal(PC_logic_2_7)_ 0.00037221398116540644
     SitePower_W(4) c_u_Thermal(PC_logic_2_8)_ 0.00018294499049247053
     SitePower_W(4) c_u_Thermal(PC_logic_2_9)_ 0.0052561146637611685
     SitePower_W(4) c_u_Thermal(PC_logic_2_10)_ 0.0019884380703445062
     SitePower_W(4) c_u_Thermal(PC_logic_2_11)_ 0.00073563253941978505
     SitePower_W(4) c_u_Thermal(PC_logic_2_12)_ 0.00032611639089551717
     SitePower_W(4) c_u_Thermal(PC_logic_3_0)_ 0.00050310656541229773
     SitePower_W(4) c_u_Thermal(PC_logic_3_1)_ 0.001239655170098937
     SitePower_W(4) c_u_Thermal(PC_logic_3_2)_ 0.0037903926395396435
     SitePower_W(4) c_u_Thermal(PC_logic_3_3)_ 0.012501507448705085
     SitePower_W(4) c_u_Thermal(PC_logic_3_4)_ 0.00062585729313154265
     SitePower_W(4) c_u_Thermal(PC_logic_3_5)_ 0.0015842561767211358
     SitePower_W(4) c_u_Thermal(PC_logic_3_6)_ 0.0049615050903582883
     SitePower_W(4) c_u_Thermal(PC_logic_3_7)_ 0.016631400561720404
     SitePower_W(4) c_u_Thermal(PC_logic_3_8)_ 0.00062585729313156823
     SitePower_W(4) c_u_Thermal(PC_logic_3_9)_ 0.0015842561767211675
     SitePower_W(4) c_u_Thermal(PC_logic_3_10)_ 0.0049615050903584245
     SitePower_W(4) c_u_Thermal(PC_logic_3_11)_ 0.016631400561720151
     SitePower_W(4) c_u_Thermal(PC_logic_3_12)_ 0.00050310656541229708
     SitePower_W(4) c_u_Thermal(PC_logic_3_13)_ 0.0012396551700989971
     SitePower_W(4) c_u_Thermal(PC_logic_3_14)_ 0.0037903926395400304
     SitePower_W(4) c_u_Thermal(PC_logic_3_15)_ 0.012501507448705259
     SitePower_W(4) c_u_Thermal(PC_logic_4_0)_ 0.067353793228044065
     SitePower_W(4) c_u_Thermal(PC_logic_4_1)_ 0.085043833376916608
     SitePower_W(4) c_u_Thermal(PC_logic_4_2)_ 0.085043833376920369
     SitePower_W(4) c_u_Thermal(PC_logic_4_3)_ 0.067353793228046646
     SitePower_W(4) c_u_Thermal(PC_logic_4_4)_ 0.085043833376913569
     SitePower_W(4) c_u_Thermal(PC_logic_4_5)_ 0.10792761143010939
     SitePower_W(4) c_u_Thermal(PC_logic_4_6)_ 0.10792761143010941
     SitePower_W(4) c_u_Thermal(PC_logic_4_7)_ 0.085043833376914721
     SitePower_W(4) c_u_Thermal(PC_logic_4_8)_ 0.085043833376912265
     SitePower_W(4) c_u_Thermal(PC_logic_4_9)_ 0.10792761143010728
     SitePower_W(4) c_u_Thermal(PC_logic_4_10)_ 0.10792761143010778
     SitePower_W(4) c_u_Thermal(PC_logic_4_11)_ 0.085043833376911571
     SitePower_W(4) c_u_Thermal(PC_logic_4_12)_ 0.0673537932280448
     SitePower_W(4) c_u_Thermal(PC_logic_4_13)_ 0.085043833376913958
     SitePower_W(4) c_u_Thermal(PC_logic_4_14)_ 0.085043833376916358
     SitePower_W(4) c_u_Thermal(PC_logic_4_15)_ 0.067353793228045009
     SitePower_W(4) c_u_Thermal(PC_logic_5_0)_ 0.012501507448706154
     SitePower_W(4) c_u_Thermal(PC_logic_5_1)_ 0.003790392639540147
     SitePower_W(4) c_u_Thermal(PC_logic_5_2)_ 0.001239655170099045
     SitePower_W(4) c_u_Thermal(PC_logic_5_3)_ 0.00050310656541232451
     SitePower_W(4) c_u_Thermal(PC_logic_5_4)_ 0.016631400561721143
     SitePower_W(4) c_u_Thermal(PC_logic_5_5)_ 0.0049615050903584453
     SitePower_W(4) c_u_Thermal(PC_logic_5_6)_ 0.0015842561767211575
     SitePower_W(4) c_u_Thermal(PC_logic_5_7)_ 0.00062585729313155967
     SitePower_W(4) c_u_Thermal(PC_logic_5_8)_ 0.016631400561720921
     SitePower_W(4) c_u_Thermal(PC_logic_5_9)_ 0.0049615050903582727
     SitePower_W(4) c_u_Thermal(PC_logic_5_10)_ 0.001584256176721211
     SitePower_W(4) c_u_Thermal(PC_logic_5_11)_ 0.00062585729313158222
     SitePower_W(4) c_u_Thermal(PC_logic_5_12)_ 0.012501507448705861
     SitePower_W(4) c_u_Thermal(PC_logic_5_13)_ 0.0037903926395399961
     SitePower_W(4) c_u_Thermal(PC_logic_5_14)_ 0.0012396551700990337
     SitePower_W(4) c_u_Thermal(PC_logic_5_15)_ 0.0005031065654123218
     SitePower_W(4) c_u_Thermal(PC_logic_6_0)_ 0.00032611639089550899
     SitePower_W(4) c_u_Thermal(PC_logic_6_1)_ 0.00073563253941974526
     SitePower_W(4) c_u_Thermal(PC_logic_6_2)_ 0.0019884380703444385
     SitePower_W(4) c_u_Thermal(PC_logic_6_3)_ 0.0052561146637608979
     SitePower_W(4) c_u_Thermal(PC_logic_6_4)_ 0.00018294499049246148
     SitePower_W(4) c_u_Thermal(PC_logic_6_5)_ 0.00037221398116539663
     SitePower_W(4) c_u_Thermal(PC_logic_6_6)_ 0.00088445544032392123
     SitePower_W(4) c_u_Thermal(PC_logic_6_7)_ 0.0019884380703444437
     SitePower_W(4) c_u_Thermal(PC_logic_6_8)_ 0.00017645039309517225
     SitePower_W(4) c_u_Thermal(PC_logic_6_9)_ 0.00037221398116539614
     SitePower_W(4) c_u_Thermal(PC_logic_6_10)_ 0.00073563253941977616
     SitePower_W(4) c_u_Thermal(PC_logic_6_11)_ 0.00018294499049247007
     SitePower_W(4) c_u_Thermal(PC_logic_6_12)_ 0.00032611639089551051
     SitePower_W(4) c_u_Thermal(PC_logic_7_0)_ 0.012501507448705894
     SitePower_W(4) c_u_Thermal(PC_logic_7_1)_ 0.01663140056172166
     SitePower_W(4) c_u_Thermal(PC_logic_7_2)_ 0.016631400561722069
     SitePower_W(4) c_u_Thermal(PC_logic_7_3)_ 0.012501507448705571
     SitePower_W(4) c_u_Thermal(PC_logic_7_4)_ 0.003790392639540059
     SitePower_W(4) c_u_Thermal(PC_logic_7_5)_ 0.004961505090358604
     SitePower_W(4) c_u_Thermal(PC_logic_7_6)_ 0.0049615050903587272
     SitePower_W(4) c_u_Thermal(PC_logic_7_7)_ 0.003790392639540062
     SitePower_W(4) c_u_Thermal(PC_logic_7_8)_ 0.0012396551700990354
     SitePower_W(4) c_u_Thermal(PC_logic_7_9)_ 0.0015842561767212434
     SitePower_W(4) c_u_Thermal(PC_logic_7_10)_ 0.0015842561767212661
     SitePower_W(4) c_u_Thermal(PC_logic_7_11)_ 0.0012396551700990435
     SitePower_W(4) c_u_Thermal(PC_logic_7_12)_ 0.00050310656541233643
     SitePower_W(4) c_u_Thermal(PC_logic_7_13)_ 0.00062585729313157702
     SitePower_W(4) c_u_Thermal(PC_logic_7_14)_ 0.00062585729313160629
     SitePower_W(4) c_u_Thermal(PC_logic_7_15)_ 0.00050310656541233622
     SitePower_W(4) c_u_Thermal(PC_logic_8_0)_ 0.0052561146637607175
     SitePower_W(4) c_u_Thermal(PC_logic_8_1)_ 0.0019884380703443674
     SitePower_W(4) c_u_Thermal(PC_logic_8_2)_ 0.00073563253941977388
     SitePower_W(4) c_u_Thermal(PC_logic_8_3)_ 0.00032611639089550763
     SitePower_W(4) c_u_Thermal(PC_logic_8_4)_ 0.0019884380703443943
     SitePower_W(4) c_u_Thermal(PC_logic_8_5)_ 0.00088445544032393826
     SitePower_W(4) c_u_Thermal(PC_logic_8_6)_ 0.00037221398116540026
     SitePower_W(4) c_u_Thermal(PC_logic_8_7)_ 0.00018294499049246855
     SitePower_W(4) c_u_Thermal(PC_logic_8_8)_ 0.00073563253941975578
     SitePower_W(4) c_u_Thermal(PC_logic_8_9)_ 0.00037221398116539468
     SitePower_W(4) c_u_Thermal(PC_logic_8_10)_ 0.0001764503930951767
     SitePower_W(4) c_u_Thermal(PC_logic_8_11)_ 0.00032611639089551929
     SitePower_W(4) c_u_Thermal(PC_logic_8_12)_ 0.0001829449904924785
     SitePower_W(4) c_u_Leakage(DC_0)_ 0.00031987401428292325
     SitePower_W(4) c_u_Leakage(DC_1)_ 0.001973633235885501
     SitePower_W(4) c_u_Leakage(DC_2)_ 0.00031987401428292049
     SitePower_W(4) c_u_Leakage(DC_3)_ 0.0019736332358855115
     SitePower_W(4) c_u_Leakage(DC_4)_ 0.036004603747331228
     SitePower_W(4) c_u_Leakage(DC_5)_ 0.0019736332358855141
     SitePower_W(4) c_u_Leakage(DC_6)_ 0.00031987401428295502
     SitePower_W(4) c_u_Leakage(DC_7)_ 0.0019736332358856095
     SitePower_W(4) c_u_Leakage(DC_8)_ 0.00031987401428293464
     SitePower_W(4) c_u_Leakage(PC_0)_ 9.2422312983150116e-05
     SitePower_W(4) c_u_Leakage(PC_1)_ 0.00057985469947330651
     SitePower_W(4) c_u_Leakage(PC_2)_ 9.2422312983158247e-05
     SitePower_W(4) c_u_Leakage(PC_3)_ 0.00057985469947325285
     SitePower_W(4) c_u_Leakage(PC_4)_ 0.010191801463498858
     SitePower_W(4) c_u_Leakage(PC_5)_ 0.00057985469947327832
     SitePower_W(4) c_u_Leakage(PC_6)_ 9.2422312983153883e-05
     SitePower_W(4) c_u_Leakage(PC_7)_ 0.00057985469947329415
     SitePower_W(4) c_u_Leakage(PC_8)_ 9.2422312983152555e-05
     SitePower_W(5) c_e_SitePowerDef(5)_ 1
     SitePower_W(5) c_u_Thermal(DC_dram_0_0)_ 8.4670302094232914e-06
     SitePower_W(5) c_u_Thermal(DC_dram_0_1)_ 2.0440116691492983e-05
     SitePower_W(5) c_u_Thermal(DC_dram_0_2)_ 4.953549975979485e-06
     SitePower_W(5) c_u_Thermal(DC_dram_0_3)_ 1.2498893730929729e-05
     SitePower_W(5) c_u_Thermal(DC_dram_0_4)_ 3.2091922366899257e-05
     SitePower_W(5) c_u_Thermal(DC_dram_0_5)_ 3.4767745645540743e-06
     SitePower_W(5) c_u_Thermal(DC_dram_0_6)_ 7.6541795169814564e-06
     SitePower_W(5) c_u_Thermal(DC_dram_0_7)_ 2.0570977204875326e-05
     SitePower_W(5) c_u_Thermal(DC_dram_0_8)_ 5.6660006703828623e-05
     SitePower_W(5) c_u_Thermal(DC_dram_0_9)_ 4.9043137253139251e-06
     SitePower_W(5) c_u_Thermal(DC_dram_0_10)_ 1.1326512435044118e-05
     SitePower_W(5) c_u_Thermal(DC_dram_0_11)_ 3.2154218729696543e-05
     SitePower_W(5) c_u_Thermal(DC_dram_0_12)_ 9.4236120321969846e-05
     SitePower_W(5) c_u_Thermal(DC_dram_1_0)_ 4.7896545111595887e-05
     SitePower_W(5) c_u_Thermal(DC_dram_1_1)_ 0.00010549798326401753
     SitePower_W(5) c_u_Thermal(DC_dram_1_2)_ 0.00021241368705087211
     SitePower_W(5) c_u_Thermal(DC_dram_1_3)_ 0.00038433993634480668
     SitePower_W(5) c_u_Thermal(DC_dram_1_4)_ 8.0709174695856755e-05
     SitePower_W(5) c_u_Thermal(DC_dram_1_5)_ 0.00019248628067017874
     SitePower_W(5) c_u_Thermal(DC_dram_1_6)_ 0.00042366520798205469
     SitePower_W(5) c_u_Thermal(DC_dram_1_7)_ 0.00084244261046950123
     SitePower_W(5) c_u_Thermal(DC_dram_1_8)_ 0.00015430674955415344
     SitePower_W(5) c_u_Thermal(DC_dram_1_9)_ 0.00040320306653921775
     SitePower_W(5) c_u_Thermal(DC_dram_1_10)_ 0.00098797117426020938
     SitePower_W(5) c_u_Thermal(DC_dram_1_11)_ 0.0022203157310135475
     SitePower_W(5) c_u_Thermal(DC_dram_1_12)_ 0.00027635333031767817
     SitePower_W(5) c_u_Thermal(DC_dram_1_13)_ 0.00079190239024913155
     SitePower_W(5) c_u_Thermal(DC_dram_1_14)_ 0.0021879602051689314
     SitePower_W(5) c_u_Thermal(DC_dram_1_15)_ 0.0057852440497948524
     SitePower_W(5) c_u_Thermal(DC_dram_2_0)_ 0.00060520246382236907
     SitePower_W(5) c_u_Thermal(DC_dram_2_1)_ 0.000792922976854863
     SitePower_W(5) c_u_Thermal(DC_dram_2_2)_ 0.001434081998378607
     SitePower_W(5) c_u_Thermal(DC_dram_2_3)_ 0.0019035597629684532
     SitePower_W(5) c_u_Thermal(DC_dram_2_4)_ 0.002127193346525222
     SitePower_W(5) c_u_Thermal(DC_dram_2_5)_ 0.0042518325695440184
     SitePower_W(5) c_u_Thermal(DC_dram_2_6)_ 0.0056891065550775085
     SitePower_W(5) c_u_Thermal(DC_dram_2_7)_ 0.0062609578651103169
     SitePower_W(5) c_u_Thermal(DC_dram_2_8)_ 0.006264658318863298
     SitePower_W(5) c_u_Thermal(DC_dram_2_9)_ 0.014126535268618663
     SitePower_W(5) c_u_Thermal(DC_dram_2_10)_ 0.018729406877758446
     SitePower_W(5) c_u_Thermal(DC_dram_2_11)_ 0.020104636986382273
     SitePower_W(5) c_u_Thermal(DC_dram_2_12)_ 0.019546094181496363
     SitePower_W(5) c_u_Thermal(DC_dram_3_0)_ 6.3682115274116668e-06
     SitePower_W(5) c_u_Thermal(DC_dram_3_1)_ 1.5211795636544034e-05
     SitePower_W(5) c_u_Thermal(DC_dram_3_2)_ 4.4869142566361555e-05
     SitePower_W(5) c_u_Thermal(DC_dram_3_3)_ 0.00013764252532529533
     SitePower_W(5) c_u_Thermal(DC_dram_3_4)_ 7.3581995683067668e-06
     SitePower_W(5) c_u_Thermal(DC_dram_3_5)_ 1.785524794304237e-05
     SitePower_W(5) c_u_Thermal(DC_dram_3_6)_ 5.3528359786211823e-05
     SitePower_W(5) c_u_Thermal(DC_dram_3_7)_ 0.00016731100335153334
     SitePower_W(5) c_u_Thermal(DC_dram_3_8)_ 7.3581995683063179e-06
     SitePower_W(5) c_u_Thermal(DC_dram_3_9)_ 1.7855247943042353e-05
     SitePower_W(5) c_u_Thermal(DC_dram_3_10)_ 5.3528359786211911e-05
     SitePower_W(5) c_u_Thermal(DC_dram_3_11)_ 0.00016731100335152193
     SitePower_W(5) c_u_Thermal(DC_dram_3_12)_ 6.3682115274120056e-06
     SitePower_W(5) c_u_Thermal(DC_dram_3_13)_ 1.5211795636545181e-05
     SitePower_W(5) c_u_Thermal(DC_dram_3_14)_ 4.48691425663602e-05
     SitePower_W(5) c_u_Thermal(DC_dram_3_15)_ 0.00013764252532529758
     SitePower_W(5) c_u_Thermal(DC_dram_4_0)_ 0.00042781692217395636
     SitePower_W(5) c_u_Thermal(DC_dram_4_1)_ 0.001326094885194177
     SitePower_W(5) c_u_Thermal(DC_dram_4_2)_ 0.0041306599414841147
     SitePower_W(5) c_u_Thermal(DC_dram_4_3)_ 0.013986360565824208
     SitePower_W(5) c_u_Thermal(DC_dram_4_4)_ 0.00053101551465965281
     SitePower_W(5) c_u_Thermal(DC_dram_4_5)_ 0.0016803539204311544
     SitePower_W(5) c_u_Thermal(DC_dram_4_6)_ 0.0053292307798987072
     SitePower_W(5) c_u_Thermal(DC_dram_4_7)_ 0.018108783803727997
     SitePower_W(5) c_u_Thermal(DC_dram_4_8)_ 0.00053101551465962267
     SitePower_W(5) c_u_Thermal(DC_dram_4_9)_ 0.0016803539204309492
     SitePower_W(5) c_u_Thermal(DC_dram_4_10)_ 0.0053292307798981789
     SitePower_W(5) c_u_Thermal(DC_dram_4_11)_ 0.018108783803725596
     SitePower_W(5) c_u_Thermal(DC_dram_4_12)_ 0.00042781692217395311
     SitePower_W(5) c_u_Thermal(DC_dram_4_13)_ 0.0013260948851940995
     SitePower_W(5) c_u_Thermal(DC_dram_4_14)_ 0.0041306599414838918
     SitePower_W(5) c_u_Thermal(DC_dram_4_15)_ 0.013986360565824408
     SitePower_W(5) c_u_Thermal(DC_dram_5_0)_ 0.078990113944881118
     SitePower_W(5) c_u_Thermal(DC_dram_5_1)_ 0.095804291813442882
     SitePower_W(5) c_u_Thermal(DC_dram_5_2)_ 0.098579199522805611
     SitePower_W(5) c_u_Thermal(DC_dram_5_3)_ 0.09241738327473456
     SitePower_W(5) c_u_Thermal(DC_dram_5_4)_ 0.095017066038978831
     SitePower_W(5) c_u_Thermal(DC_dram_5_5)_ 0.11608631267650149
     SitePower_W(5) c_u_Thermal(DC_dram_5_6)_ 0.11969951642412253
     SitePower_W(5) c_u_Thermal(DC_dram_5_7)_ 0.11243488152425994
     SitePower_W(5) c_u_Thermal(DC_dram_5_8)_ 0.095017066038972614
     SitePower_W(5) c_u_Thermal(DC_dram_5_9)_ 0.11608631267649523
     SitePower_W(5) c_u_Thermal(DC_dram_5_10)_ 0.11969951642412087
     SitePower_W(5) c_u_Thermal(DC_dram_5_11)_ 0.11243488152425359
     SitePower_W(5) c_u_Thermal(DC_dram_5_12)_ 0.078990113944882021
     SitePower_W(5) c_u_Thermal(DC_dram_5_13)_ 0.09580429181344273
     SitePower_W(5) c_u_Thermal(DC_dram_5_14)_ 0.098579199522795022
     SitePower_W(5) c_u_Thermal(DC_dram_5_15)_ 0.092417383274727746
     SitePower_W(5) c_u_Thermal(DC_dram_6_0)_ 4.904313725314319e-06
     SitePower_W(5) c_u_Thermal(DC_dram_6_1)_ 1.1326512435045212e-05
     SitePower_W(5) c_u_Thermal(DC_dram_6_2)_ 3.2154218729701795e-05
     SitePower_W(5) c_u_Thermal(DC_dram_6_3)_ 9.4236120321977856e-05
     SitePower_W(5) c_u_Thermal(DC_dram_6_4)_ 3.4767745645543491e-06
     SitePower_W(5) c_u_Thermal(DC_dram_6_5)_ 7.654179516982383e-06
     SitePower_W(5) c_u_Thermal(DC_dram_6_6)_ 2.0570977204877951e-05
     SitePower_W(5) c_u_Thermal(DC_dram_6_7)_ 5.6660006703837317e-05
     SitePower_W(5) c_u_Thermal(DC_dram_6_8)_ 4.9535499759801863e-06
     SitePower_W(5) c_u_Thermal(DC_dram_6_9)_ 1.2498893730931389e-05
     SitePower_W(5) c_u_Thermal(DC_dram_6_10)_ 3.2091922366901967e-05
     SitePower_W(5) c_u_Thermal(DC_dram_6_11)_ 8.4670302094242807e-06
     SitePower_W(5) c_u_Thermal(DC_dram_6_12)_ 2.044011669149443e-05
     SitePower_W(5) c_u_Thermal(DC_dram_7_0)_ 0.00027635333031769769
     SitePower_W(5) c_u_Thermal(DC_dram_7_1)_ 0.00079190239024917101
     SitePower_W(5) c_u_Thermal(DC_dram_7_2)_ 0.0021879602051691964
     SitePower_W(5) c_u_Thermal(DC_dram_7_3)_ 0.0057852440497952531
     SitePower_W(5) c_u_Thermal(DC_dram_7_4)_ 0.00015430674955416092
     SitePower_W(5) c_u_Thermal(DC_dram_7_5)_ 0.00040320306653925049
     SitePower_W(5) c_u_Thermal(DC_dram_7_6)_ 0.00098797117426028093
     SitePower_W(5) c_u_Thermal(DC_dram_7_7)_ 0.0022203157310137678
     SitePower_W(5) c_u_Thermal(DC_dram_7_8)_ 8.0709174695865849e-05
     SitePower_W(5) c_u_Thermal(DC_dram_7_9)_ 0.00019248628067019513
     SitePower_W(5) c_u_Thermal(DC_dram_7_10)_ 0.00042366520798207301
     SitePower_W(5) c_u_Thermal(DC_dram_7_11)_ 0.00084244261046941742
     SitePower_W(5) c_u_Thermal(DC_dram_7_12)_ 4.7896545111602264e-05
     SitePower_W(5) c_u_Thermal(DC_dram_7_13)_ 0.00010549798326403075
     SitePower_W(5) c_u_Thermal(DC_dram_7_14)_ 0.00021241368705088876
     SitePower_W(5) c_u_Thermal(DC_dram_7_15)_ 0.0003843399363447792
     SitePower_W(5) c_u_Thermal(DC_dram_8_0)_ 0.014126535268618587
     SitePower_W(5) c_u_Thermal(DC_dram_8_1)_ 0.018729406877758401
     SitePower_W(5) c_u_Thermal(DC_dram_8_2)_ 0.020104636986382277
     SitePower_W(5) c_u_Thermal(DC_dram_8_3)_ 0.019546094181496578
     SitePower_W(5) c_u_Thermal(DC_dram_8_4)_ 0.004251832569543877
     SitePower_W(5) c_u_Thermal(DC_dram_8_5)_ 0.0056891065550778016
     SitePower_W(5) c_u_Thermal(DC_dram_8_6)_ 0.00626095786511029
     SitePower_W(5) c_u_Thermal(DC_dram_8_7)_ 0.0062646583188632442
     SitePower_W(5) c_u_Thermal(DC_dram_8_8)_ 0.0014340819983786239
     SitePower_W(5) c_u_Thermal(DC_dram_8_9)_ 0.0019035597629684558
     SitePower_W(5) c_u_Thermal(DC_dram_8_10)_ 0.0021271933465252962
     SitePower_W(5) c_u_Thermal(DC_dram_8_11)_ 0.00060520246382241071
     SitePower_W(5) c_u_Thermal(DC_dram_8_12)_ 0.00079292297685492046
     SitePower_W(5) c_u_Thermal(DC_logic_0_0)_ 8.4720385915801179e-06
     SitePower_W(5) c_u_Thermal(DC_logic_0_1)_ 2.0451961504630866e-05
     SitePower_W(5) c_u_Thermal(DC_logic_0_2)_ 4.9571466448892632e-06
     SitePower_W(5) c_u_Thermal(DC_logic_0_3)_ 1.2506789356751672e-05
     SitePower_W(5) c_u_Thermal(DC_logic_0_4)_ 3.2112178361299268e-05
     SitePower_W(5) c_u_Thermal(DC_logic_0_5)_ 3.4791287828050797e-06
     SitePower_W(5) c_u_Thermal(DC_logic_0_6)_ 7.6594266032645944e-06
     SitePower_W(5) c_u_Thermal(DC_logic_0_7)_ 2.0582878694282863e-05
     SitePower_W(5) c_u_Thermal(DC_logic_0_8)_ 5.669298877448703e-05
     SitePower_W(5) c_u_Thermal(DC_logic_0_9)_ 4.907355973668304e-06
     SitePower_W(5) c_u_Thermal(DC_logic_0_10)_ 1.1333671128067243e-05
     SitePower_W(5) c_u_Thermal(DC_logic_0_11)_ 3.2171073710519473e-05
     SitePower_W(5) c_u_Thermal(DC_logic_0_12)_ 9.4286382133838812e-05
     SitePower_W(5) c_u_Thermal(DC_logic_1_0)_ 4.7928487468132177e-05
     SitePower_W(5) c_u_Thermal(DC_logic_1_1)_ 0.00010557237217517116
     SitePower_W(5) c_u_Thermal(DC_logic_1_2)_ 0.00021255106967402719
     SitePower_W(5) c_u_Thermal(DC_logic_1_3)_ 0.00038457385137812976
     SitePower_W(5) c_u_Thermal(DC_logic_1_4)_ 8.076760484685978e-05
     SitePower_W(5) c_u_Thermal(DC_logic_1_5)_ 0.00019262861855662094
     SitePower_W(5) c_u_Thermal(DC_logic_1_6)_ 0.00042394566318704169
     SitePower_W(5) c_u_Thermal(DC_logic_1_7)_ 0.00084297468507294685
     SitePower_W(5) c_u_Thermal(DC_logic_1_8)_ 0.00015441088503446288
     SitePower_W(5) c_u_Thermal(DC_logic_1_9)_ 0.00040347256838416839
     SitePower_W(5) c_u_Thermal(DC_logic_1_10)_ 0.00098853661732346311
     SitePower_W(5) c_u_Thermal(DC_logic_1_11)_ 0.0022216118869917154
     SitePower_W(5) c_u_Thermal(DC_logic_1_12)_ 0.00027652932179166083
     SitePower_W(5) c_u_Thermal(DC_logic_1_13)_ 0.00079240619051418803
     SitePower_W(5) c_u_Thermal(DC_logic_1_14)_ 0.0021892354295824919
     SitePower_W(5) c_u_Thermal(DC_logic_1_15)_ 0.0057915325409275383
     SitePower_W(5) c_u_Thermal(DC_logic_2_0)_ 0.00060559912512649116
     SitePower_W(5) c_u_Thermal(DC_logic_2_1)_ 0.00079349623558670247
     SitePower_W(5) c_u_Thermal(DC_logic_2_2)_ 0.0014350787340179391
     SitePower_W(5) c_u_Thermal(DC_logic_2_3)_ 0.0019049881368989143
     SitePower_W(5) c_u_Thermal(DC_logic_2_4)_ 0.0021287555388173137
     SitePower_W(5) c_u_Thermal(DC_logic_2_5)_ 0.004255793268956475
     SitePower_W(5) c_u_Thermal(DC_logic_2_6)_ 0.0056943942537478875
     SitePower_W(5) c_u_Thermal(DC_logic_2_7)_ 0.0062665348505958644
     SitePower_W(5) c_u_Thermal(DC_logic_2_8)_ 0.0062697804109212094
     SitePower_W(5) c_u_Thermal(DC_logic_2_9)_ 0.014201322330508217
     SitePower_W(5) c_u_Thermal(DC_logic_2_10)_ 0.018813859026635439
     SitePower_W(5) c_u_Thermal(DC_logic_2_11)_ 0.020189850863119967
     SitePower_W(5) c_u_Thermal(DC_logic_2_12)_ 0.019626946523481115
     SitePower_W(5) c_u_Thermal(DC_logic_3_0)_ 6.3723275293330137e-06
     SitePower_W(5) c_u_Thermal(DC_logic_3_1)_ 1.5221786056366318e-05
     SitePower_W(5) c_u_Thermal(DC_logic_3_2)_ 4.4893675066069104e-05
     SitePower_W(5) c_u_Thermal(DC_logic_3_3)_ 0.00013772045957063033
     SitePower_W(5) c_u_Thermal(DC_logic_3_4)_ 7.3634764576170325e-06
     SitePower_W(5) c_u_Thermal(DC_logic_3_5)_ 1.7868064304497842e-05
     SitePower_W(5) c_u_Thermal(DC_logic_3_6)_ 5.3560615595455601e-05
     SitePower_W(5) c_u_Thermal(DC_logic_3_7)_ 0.00016741686717844105
     SitePower_W(5) c_u_Thermal(DC_logic_3_8)_ 7.3634764576165819e-06
     SitePower_W(5) c_u_Thermal(DC_logic_3_9)_ 1.7868064304497818e-05
     SitePower_W(5) c_u_Thermal(DC_logic_3_10)_ 5.3560615595455703e-05
     SitePower_W(5) c_u_Thermal(DC_logic_3_11)_ 0.00016741686717842972
     SitePower_W(5) c_u_Thermal(DC_logic_3_12)_ 6.3723275293333525e-06
     SitePower_W(5) c_u_Thermal(DC_logic_3_13)_ 1.5221786056367451e-05
     SitePower_W(5) c_u_Thermal(DC_logic_3_14)_ 4.4893675066067735e-05
     SitePower_W(5) c_u_Thermal(DC_logic_3_15)_ 0.00013772045957063269
     SitePower_W(5) c_u_Thermal(DC_logic_4_0)_ 0.00042810896369543938
     SitePower_W(5) c_u_Thermal(DC_logic_4_1)_ 0.0013270203265464326
     SitePower_W(5) c_u_Thermal(DC_logic_4_2)_ 0.0041345334017143997
     SitePower_W(5) c_u_Thermal(DC_logic_4_3)_ 0.014061048496731562
     SitePower_W(5) c_u_Thermal(DC_logic_4_4)_ 0.00053141618663445978
     SitePower_W(5) c_u_Thermal(DC_logic_4_5)_ 0.0016816241136962911
     SitePower_W(5) c_u_Thermal(DC_logic_4_6)_ 0.0053342736632582075
     SitePower_W(5) c_u_Thermal(DC_logic_4_7)_ 0.018192839897970593
     SitePower_W(5) c_u_Thermal(DC_logic_4_8)_ 0.00053141618663442942
     SitePower_W(5) c_u_Thermal(DC_logic_4_9)_ 0.0016816241136960912
     SitePower_W(5) c_u_Thermal(DC_logic_4_10)_ 0.0053342736632576741
     SitePower_W(5) c_u_Thermal(DC_logic_4_11)_ 0.018192839897968154
     SitePower_W(5) c_u_Thermal(DC_logic_4_12)_ 0.0004281089636954377
     SitePower_W(5) c_u_Thermal(DC_logic_4_13)_ 0.0013270203265463539
     SitePower_W(5) c_u_Thermal(DC_logic_4_14)_ 0.0041345334017141803
     SitePower_W(5) c_u_Thermal(DC_logic_4_15)_ 0.014061048496731744
     SitePower_W(5) c_u_Thermal(DC_logic_5_0)_ 0.083332249426354948
     SitePower_W(5) c_u_Thermal(DC_logic_5_1)_ 0.10048541615150909
     SitePower_W(5) c_u_Thermal(DC_logic_5_2)_ 0.10326325733767003
     SitePower_W(5) c_u_Thermal(DC_logic_5_3)_ 0.096833840827351206
     SitePower_W(5) c_u_Thermal(DC_logic_5_4)_ 0.099697670321198209
     SitePower_W(5) c_u_Thermal(DC_logic_5_5)_ 0.12111484702848191
     SitePower_W(5) c_u_Thermal(DC_logic_5_6)_ 0.12473180402674955
     SitePower_W(5) c_u_Thermal(DC_logic_5_7)_ 0.11719904064180944
     SitePower_W(5) c_u_Thermal(DC_logic_5_8)_ 0.099697670321191811
     SitePower_W(5) c_u_Thermal(DC_logic_5_9)_ 0.12111484702847575
     SitePower_W(5) c_u_Thermal(DC_logic_5_10)_ 0.12473180402674762
     SitePower_W(5) c_u_Thermal(DC_logic_5_11)_ 0.11719904064180307
     SitePower_W(5) c_u_Thermal(DC_logic_5_12)_ 0.083332249426356031
     SitePower_W(5) c_u_Thermal(DC_logic_5_13)_ 0.10048541615150892
     SitePower_W(5) c_u_Thermal(DC_logic_5_14)_ 0.1032632573376594
     SitePower_W(5) c_u_Thermal(DC_logic_5_15)_ 0.096833840827344295
     SitePower_W(5) c_u_Thermal(DC_logic_6_0)_ 4.9073559736687029e-06
     SitePower_W(5) c_u_Thermal(DC_logic_6_1)_ 1.1333671128068339e-05
     SitePower_W(5) c_u_Thermal(DC_logic_6_2)_ 3.2171073710524664e-05
     SitePower_W(5) c_u_Thermal(DC_logic_6_3)_ 9.4286382133846618e-05
     SitePower_W(5) c_u_Thermal(DC_logic_6_4)_ 3.4791287828053554e-06
     SitePower_W(5) c_u_Thermal(DC_logic_6_5)_ 7.6594266032655193e-06
     SitePower_W(5) c_u_Thermal(DC_logic_6_6)_ 2.058287869428554e-05
     SitePower_W(5) c_u_Thermal(DC_logic_6_7)_ 5.669298877449571e-05
     SitePower_W(5) c_u_Thermal(DC_logic_6_8)_ 4.9571466448899696e-06
     SitePower_W(5) c_u_Thermal(DC_logic_6_9)_ 1.2506789356753327e-05
     SitePower_W(5) c_u_Thermal(DC_logic_6_10)_ 3.2112178361302033e-05
     SitePower_W(5) c_u_Thermal(DC_logic_6_11)_ 8.4720385915811106e-06
     SitePower_W(5) c_u_Thermal(DC_logic_6_12)_ 2.0451961504632333e-05
     SitePower_W(5) c_u_Thermal(DC_logic_7_0)_ 0.0002765293217916798
     SitePower_W(5) c_u_Thermal(DC_logic_7_1)_ 0.00079240619051422674
     SitePower_W(5) c_u_Thermal(DC_logic_7_2)_ 0.0021892354295827568
     SitePower_W(5) c_u_Thermal(DC_logic_7_3)_ 0.0057915325409279494
     SitePower_W(5) c_u_Thermal(DC_logic_7_4)_ 0.00015441088503447036
     SitePower_W(5) c_u_Thermal(DC_logic_7_5)_ 0.00040347256838420097
     SitePower_W(5) c_u_Thermal(DC_logic_7_6)_ 0.0009885366173235364
     SitePower_W(5) c_u_Thermal(DC_logic_7_7)_ 0.0022216118869919374
     SitePower_W(5) c_u_Thermal(DC_logic_7_8)_ 8.076760484686886e-05
     SitePower_W(5) c_u_Thermal(DC_logic_7_9)_ 0.00019262861855663744
     SitePower_W(5) c_u_Thermal(DC_logic_7_10)_ 0.00042394566318705969
     SitePower_W(5) c_u_Thermal(DC_logic_7_11)_ 0.00084297468507286402
     SitePower_W(5) c_u_Thermal(DC_logic_7_12)_ 4.7928487468138621e-05
     SitePower_W(5) c_u_Thermal(DC_logic_7_13)_ 0.00010557237217518451
     SitePower_W(5) c_u_Thermal(DC_logic_7_14)_ 0.00021255106967404405
     SitePower_W(5) c_u_Thermal(DC_logic_7_15)_ 0.00038457385137810265
     SitePower_W(5) c_u_Thermal(DC_logic_8_0)_ 0.014201322330508146
     SitePower_W(5) c_u_Thermal(DC_logic_8_1)_ 0.018813859026635408
     SitePower_W(5) c_u_Thermal(DC_logic_8_2)_ 0.020189850863119942
     SitePower_W(5) c_u_Thermal(DC_logic_8_3)_ 0.01962694652348133
     SitePower_W(5) c_u_Thermal(DC_logic_8_4)_ 0.0042557932689563345
     SitePower_W(5) c_u_Thermal(DC_logic_8_5)_ 0.0056943942537481763
     SitePower_W(5) c_u_Thermal(DC_logic_8_6)_ 0.0062665348505958436
     SitePower_W(5) c_u_Thermal(DC_logic_8_7)_ 0.0062697804109211573
     SitePower_W(5) c_u_Thermal(DC_logic_8_8)_ 0.0014350787340179545
     SitePower_W(5) c_u_Thermal(DC_logic_8_9)_ 0.0019049881368989154
     SitePower_W(5) c_u_Thermal(DC_logic_8_10)_ 0.0021287555388173865
     SitePower_W(5) c_u_Thermal(DC_logic_8_11)_ 0.00060559912512653366
     SitePower_W(5) c_u_Thermal(DC_logic_8_12)_ 0.00079349623558676134
     SitePower_W(5) c_u_Thermal(PC_dram_0_0)_ 7.1168137781846955e-06
     SitePower_W(5) c_u_Thermal(PC_dram_0_1)_ 1.7399993778678954e-05
     SitePower_W(5) c_u_Thermal(PC_dram_0_2)_ 4.1438244179566517e-06
     SitePower_W(5) c_u_Thermal(PC_dram_0_3)_ 1.0621108652557812e-05
     SitePower_W(5) c_u_Thermal(PC_dram_0_4)_ 2.7634659224535352e-05
     SitePower_W(5) c_u_Thermal(PC_dram_0_5)_ 2.8953302121672339e-06
     SitePower_W(5) c_u_Thermal(PC_dram_0_6)_ 6.4812290324581366e-06
     SitePower_W(5) c_u_Thermal(PC_dram_0_7)_ 1.7704588504397143e-05
     SitePower_W(5) c_u_Thermal(PC_dram_0_8)_ 4.9441550494276394e-05
     SitePower_W(5) c_u_Thermal(PC_dram_0_9)_ 4.1233787401395882e-06
     SitePower_W(5) c_u_Thermal(PC_dram_0_10)_ 9.6877330866466872e-06
     SitePower_W(5) c_u_Thermal(PC_dram_0_11)_ 2.7977273898608543e-05
     SitePower_W(5) c_u_Thermal(PC_dram_0_12)_ 8.316974605561185e-05
     SitePower_W(5) c_u_Thermal(PC_dram_1_0)_ 4.1210124699937679e-05
     SitePower_W(5) c_u_Thermal(PC_dram_1_1)_ 9.180781680625059e-05
     SitePower_W(5) c_u_Thermal(PC_dram_1_2)_ 0.00018700347770914932
     SitePower_W(5) c_u_Thermal(PC_dram_1_3)_ 0.00034186266411133473
     SitePower_W(5) c_u_Thermal(PC_dram_1_4)_ 7.0315555485118698e-05
     SitePower_W(5) c_u_Thermal(PC_dram_1_5)_ 0.00016982509428436387
     SitePower_W(5) c_u_Thermal(PC_dram_1_6)_ 0.00037842252293518696
     SitePower_W(5) c_u_Thermal(PC_dram_1_7)_ 0.0007608253358862392
     SitePower_W(5) c_u_Thermal(PC_dram_1_8)_ 0.00013627397696252275
     SitePower_W(5) c_u_Thermal(PC_dram_1_9)_ 0.00036072187922866122
     SitePower_W(5) c_u_Thermal(PC_dram_1_10)_ 0.00089518493788091067
     SitePower_W(5) c_u_Thermal(PC_dram_1_11)_ 0.0020339859014821115
     SitePower_W(5) c_u_Thermal(PC_dram_1_12)_ 0.00024687313492140916
     SitePower_W(5) c_u_Thermal(PC_dram_1_13)_ 0.00071686025328864173
     SitePower_W(5) c_u_Thermal(PC_dram_1_14)_ 0.0020057292220120519
     SitePower_W(5) c_u_Thermal(PC_dram_1_15)_ 0.0053313332770444418
     SitePower_W(5) c_u_Thermal(PC_dram_2_0)_ 0.00054252253000881476
     SitePower_W(5) c_u_Thermal(PC_dram_2_1)_ 0.00071422975397256009
     SitePower_W(5) c_u_Thermal(PC_dram_2_2)_ 0.0013071136852390777
     SitePower_W(5) c_u_Thermal(PC_dram_2_3)_ 0.0017486178952071376
     SitePower_W(5) c_u_Thermal(PC_dram_2_4)_ 0.0019507380396230976
     SitePower_W(5) c_u_Thermal(PC_dram_2_5)_ 0.0039211408136243546
     SitePower_W(5) c_u_Thermal(PC_dram_2_6)_ 0.0053119386689659022
     SitePower_W(5) c_u_Thermal(PC_dram_2_7)_ 0.0058351783681457109
     SitePower_W(5) c_u_Thermal(PC_dram_2_8)_ 0.0057723065178604928
     SitePower_W(5) c_u_Thermal(PC_dram_2_9)_ 0.012689077023371576
     SitePower_W(5) c_u_Thermal(PC_dram_2_10)_ 0.017273517545308117
     SitePower_W(5) c_u_Thermal(PC_dram_2_11)_ 0.018544096973218679
     SitePower_W(5) c_u_Thermal(PC_dram_2_12)_ 0.017694490798175821
     SitePower_W(5) c_u_Thermal(PC_dram_3_0)_ 5.3865329366593398e-06
     SitePower_W(5) c_u_Thermal(PC_dram_3_1)_ 1.3099723103011199e-05
     SitePower_W(5) c_u_Thermal(PC_dram_3_2)_ 3.9333562721658927e-05
     SitePower_W(5) c_u_Thermal(PC_dram_3_3)_ 0.00012247760049106905
     SitePower_W(5) c_u_Thermal(PC_dram_3_4)_ 6.2414485687717818e-06
     SitePower_W(5) c_u_Thermal(PC_dram_3_5)_ 1.5432227609488353e-05
     SitePower_W(5) c_u_Thermal(PC_dram_3_6)_ 4.7110188382381466e-05
     SitePower_W(5) c_u_Thermal(PC_dram_3_7)_ 0.00014960869548221175
     SitePower_W(5) c_u_Thermal(PC_dram_3_8)_ 6.2414485687719774e-06
     SitePower_W(5) c_u_Thermal(PC_dram_3_9)_ 1.5432227609488447e-05
     SitePower_W(5) c_u_Thermal(PC_dram_3_10)_ 4.7110188382381906e-05
     SitePower_W(5) c_u_Thermal(PC_dram_3_11)_ 0.00014960869548220622
     SitePower_W(5) c_u_Thermal(PC_dram_3_12)_ 5.3865329366592145e-06
     SitePower_W(5) c_u_Thermal(PC_dram_3_13)_ 1.3099723103011492e-05
     SitePower_W(5) c_u_Thermal(PC_dram_3_14)_ 3.9333562721661766e-05
     SitePower_W(5) c_u_Thermal(PC_dram_3_15)_ 0.00012247760049106493
     SitePower_W(5) c_u_Thermal(PC_dram_4_0)_ 0.00038567816965868345
     SitePower_W(5) c_u_Thermal(PC_dram_4_1)_ 0.0012125234075742769
     SitePower_W(5) c_u_Thermal(PC_dram_4_2)_ 0.003813996006492959
     SitePower_W(5) c_u_Thermal(PC_dram_4_3)_ 0.012563418334744347
     SitePower_W(5) c_u_Thermal(PC_dram_4_4)_ 0.00048198822356658184
     SitePower_W(5) c_u_Thermal(PC_dram_4_5)_ 0.0015512586645679311
     SitePower_W(5) c_u_Thermal(PC_dram_4_6)_ 0.0049893759795428521
     SitePower_W(5) c_u_Thermal(PC_dram_4_7)_ 0.016709712272019828
     SitePower_W(5) c_u_Thermal(PC_dram_4_8)_ 0.00048198822356654888
     SitePower_W(5) c_u_Thermal(PC_dram_4_9)_ 0.0015512586645678539
     SitePower_W(5) c_u_Thermal(PC_dram_4_10)_ 0.0049893759795426517
     SitePower_W(5) c_u_Thermal(PC_dram_4_11)_ 0.016709712272019089
     SitePower_W(5) c_u_Thermal(PC_dram_4_12)_ 0.0003856781696586635
     SitePower_W(5) c_u_Thermal(PC_dram_4_13)_ 0.001212523407574157
     SitePower_W(5) c_u_Thermal(PC_dram_4_14)_ 0.003813996006492688
     SitePower_W(5) c_u_Thermal(PC_dram_4_15)_ 0.012563418334744163
     SitePower_W(5) c_u_Thermal(PC_dram_5_0)_ 0.063302171963655146
     SitePower_W(5) c_u_Thermal(PC_dram_5_1)_ 0.081329187518408438
     SitePower_W(5) c_u_Thermal(PC_dram_5_2)_ 0.083904426277706515
     SitePower_W(5) c_u_Thermal(PC_dram_5_3)_ 0.075362821061181196
     SitePower_W(5) c_u_Thermal(PC_dram_5_4)_ 0.080605510608935407
     SitePower_W(5) c_u_Thermal(PC_dram_5_5)_ 0.10405827252448176
     SitePower_W(5) c_u_Thermal(PC_dram_5_6)_ 0.10746471187868126
     SitePower_W(5) c_u_Thermal(PC_dram_5_7)_ 0.096689867410467964
     SitePower_W(5) c_u_Thermal(PC_dram_5_8)_ 0.080605510608937198
     SitePower_W(5) c_u_Thermal(PC_dram_5_9)_ 0.1040582725244809
     SitePower_W(5) c_u_Thermal(PC_dram_5_10)_ 0.10746471187868699
     SitePower_W(5) c_u_Thermal(PC_dram_5_11)_ 0.0966898674104711
     SitePower_W(5) c_u_Thermal(PC_dram_5_12)_ 0.06330217196365652
     SitePower_W(5) c_u_Thermal(PC_dram_5_13)_ 0.081329187518408813
     SitePower_W(5) c_u_Thermal(PC_dram_5_14)_ 0.083904426277708957
     SitePower_W(5) c_u_Thermal(PC_dram_5_15)_ 0.075362821061181751
     SitePower_W(5) c_u_Thermal(PC_dram_6_0)_ 4.123378740139794e-06
     SitePower_W(5) c_u_Thermal(PC_dram_6_1)_ 9.6877330866470023e-06
     SitePower_W(5) c_u_Thermal(PC_dram_6_2)_ 2.7977273898610549e-05
     SitePower_W(5) c_u_Thermal(PC_dram_6_3)_ 8.3169746055610915e-05
     SitePower_W(5) c_u_Thermal(PC_dram_6_4)_ 2.895330212167305e-06
     SitePower_W(5) c_u_Thermal(PC_dram_6_5)_ 6.4812290324583085e-06
     SitePower_W(5) c_u_Thermal(PC_dram_6_6)_ 1.7704588504397509e-05
     SitePower_W(5) c_u_Thermal(PC_dram_6_7)_ 4.9441550494274998e-05
     SitePower_W(5) c_u_Thermal(PC_dram_6_8)_ 4.143824417956495e-06
     SitePower_W(5) c_u_Thermal(PC_dram_6_9)_ 1.0621108652557041e-05
     SitePower_W(5) c_u_Thermal(PC_dram_6_10)_ 2.7634659224533512e-05
     SitePower_W(5) c_u_Thermal(PC_dram_6_11)_ 7.1168137781843753e-06
     SitePower_W(5) c_u_Thermal(PC_dram_6_12)_ 1.7399993778677545e-05
     SitePower_W(5) c_u_Thermal(PC_dram_7_0)_ 0.00024687313492140439
     SitePower_W(5) c_u_Thermal(PC_dram_7_1)_ 0.00071686025328863436
     SitePower_W(5) c_u_Thermal(PC_dram_7_2)_ 0.002005729222012032
     SitePower_W(5) c_u_Thermal(PC_dram_7_3)_ 0.0053313332770441929
     SitePower_W(5) c_u_Thermal(PC_dram_7_4)_ 0.00013627397696251774
     SitePower_W(5) c_u_Thermal(PC_dram_7_5)_ 0.00036072187922864897
     SitePower_W(5) c_u_Thermal(PC_dram_7_6)_ 0.00089518493788090525
     SitePower_W(5) c_u_Thermal(PC_dram_7_7)_ 0.0020339859014820725
     SitePower_W(5) c_u_Thermal(PC_dram_7_8)_ 7.0315555485115242e-05
     SitePower_W(5) c_u_Thermal(PC_dram_7_9)_ 0.00016982509428436181
     SitePower_W(5) c_u_Thermal(PC_dram_7_10)_ 0.00037842252293518046
     SitePower_W(5) c_u_Thermal(PC_dram_7_11)_ 0.00076082533588622651
     SitePower_W(5) c_u_Thermal(PC_dram_7_12)_ 4.1210124699937801e-05
     SitePower_W(5) c_u_Thermal(PC_dram_7_13)_ 9.1807816806248679e-05
     SitePower_W(5) c_u_Thermal(PC_dram_7_14)_ 0.00018700347770915428
     SitePower_W(5) c_u_Thermal(PC_dram_7_15)_ 0.00034186266411133858
     SitePower_W(5) c_u_Thermal(PC_dram_8_0)_ 0.012689077023371109
     SitePower_W(5) c_u_Thermal(PC_dram_8_1)_ 0.01727351754530803
     SitePower_W(5) c_u_Thermal(PC_dram_8_2)_ 0.018544096973219539
     SitePower_W(5) c_u_Thermal(PC_dram_8_3)_ 0.017694490798176123
     SitePower_W(5) c_u_Thermal(PC_dram_8_4)_ 0.0039211408136242826
     SitePower_W(5) c_u_Thermal(PC_dram_8_5)_ 0.0053119386689661026
     SitePower_W(5) c_u_Thermal(PC_dram_8_6)_ 0.0058351783681460283
     SitePower_W(5) c_u_Thermal(PC_dram_8_7)_ 0.0057723065178607019
     SitePower_W(5) c_u_Thermal(PC_dram_8_8)_ 0.0013071136852390447
     SitePower_W(5) c_u_Thermal(PC_dram_8_9)_ 0.0017486178952071021
     SitePower_W(5) c_u_Thermal(PC_dram_8_10)_ 0.0019507380396232791
     SitePower_W(5) c_u_Thermal(PC_dram_8_11)_ 0.00054252253000880511
     SitePower_W(5) c_u_Thermal(PC_dram_8_12)_ 0.00071422975397257029
     SitePower_W(5) c_u_Thermal(PC_logic_0_0)_ 7.120995714295609e-06
     SitePower_W(5) c_u_Thermal(PC_logic_0_1)_ 1.7409557079928403e-05
     SitePower_W(5) c_u_Thermal(PC_logic_0_2)_ 4.1472625017099825e-06
     SitePower_W(5) c_u_Thermal(PC_logic_0_3)_ 1.0628144781224265e-05
     SitePower_W(5) c_u_Thermal(PC_logic_0_4)_ 2.7652555707567919e-05
     SitePower_W(5) c_u_Thermal(PC_logic_0_5)_ 2.8974372870057753e-06
     SitePower_W(5) c_u_Thermal(PC_logic_0_6)_ 6.4861751837201272e-06
     SitePower_W(5) c_u_Thermal(PC_logic_0_7)_ 1.7714715014001823e-05
     SitePower_W(5) c_u_Thermal(PC_logic_0_8)_ 4.9469499897242135e-05
     SitePower_W(5) c_u_Thermal(PC_logic_0_9)_ 4.1259395262998719e-06
     SitePower_W(5) c_u_Thermal(PC_logic_0_10)_ 9.6941964438231197e-06
     SitePower_W(5) c_u_Thermal(PC_logic_0_11)_ 2.7990646121859664e-05
     SitePower_W(5) c_u_Thermal(PC_logic_0_12)_ 8.3209186149691455e-05
     SitePower_W(5) c_u_Thermal(PC_logic_1_0)_ 4.1238570954978514e-05
     SitePower_W(5) c_u_Thermal(PC_logic_1_1)_ 9.1878830087234521e-05
     SitePower_W(5) c_u_Thermal(PC_logic_1_2)_ 0.00018713031455252959
     SitePower_W(5) c_u_Thermal(PC_logic_1_3)_ 0.00034206817325083155
     SitePower_W(5) c_u_Thermal(PC_logic_1_4)_ 7.0372230175359536e-05
     SitePower_W(5) c_u_Thermal(PC_logic_1_5)_ 0.00016996951081567555
     SitePower_W(5) c_u_Thermal(PC_logic_1_6)_ 0.00037869486344494087
     SitePower_W(5) c_u_Thermal(PC_logic_1_7)_ 0.00076132446339170822
     SitePower_W(5) c_u_Thermal(PC_logic_1_8)_ 0.00013637292788227094
     SitePower_W(5) c_u_Thermal(PC_logic_1_9)_ 0.0003609854413351586
     SitePower_W(5) c_u_Thermal(PC_logic_1_10)_ 0.00089568398015425494
     SitePower_W(5) c_u_Thermal(PC_logic_1_11)_ 0.0020350101329546766
     SitePower_W(5) c_u_Thermal(PC_logic_1_12)_ 0.00024703314427217674
     SitePower_W(5) c_u_Thermal(PC_logic_1_13)_ 0.00071733608974178817
     SitePower_W(5) c_u_Thermal(PC_logic_1_14)_ 0.0020067345200225667
     SitePower_W(5) c_u_Thermal(PC_logic_1_15)_ 0.0053351979103843442
     SitePower_W(5) c_u_Thermal(PC_logic_2_0)_ 0.00054288736164269803
     SitePower_W(5) c_u_Thermal(PC_logic_2_1)_ 0.00071480045156453048
     SitePower_W(5) c_u_Thermal(PC_logic_2_2)_ 0.0013080667685387488
     SitePower_W(5) c_u_Thermal(PC_logic_2_3)_ 0.0017500784250350709
     SitePower_W(5) c_u_Thermal(PC_logic_2_4)_ 0.0019523228953845571
     SitePower_W(5) c_u_Thermal(PC_logic_2_5)_ 0.0039238681301353657
     SitePower_W(5) c_u_Thermal(PC_logic_2_6)_ 0.0053160043565096552
     SitePower_W(5) c_u_Thermal(PC_logic_2_7)_ 0.0058394743554979764
     SitePower_W(5) c_u_Thermal(PC_logic_2_8)_ 0.0057759332725962004
     SitePower_W(5) c_u_Thermal(PC_logic_2_9)_ 0.012744414653452224
     SitePower_W(5) c_u_Thermal(PC_logic_2_10)_ 0.017339042455018938
     SitePower_W(5) c_u_Thermal(PC_logic_2_11)_ 0.018610144435620739
     SitePower_W(5) c_u_Thermal(PC_logic_2_12)_ 0.017753496172937713
     SitePower_W(5) c_u_Thermal(PC_logic_3_0)_ 5.3900972933006235e-06
     SitePower_W(5) c_u_Thermal(PC_logic_3_1)_ 1.3108999649258648e-05
     SitePower_W(5) c_u_Thermal(PC_logic_3_2)_ 3.9353729358445907e-05
     SitePower_W(5) c_u_Thermal(PC_logic_3_3)_ 0.00012254158151604768
     SitePower_W(5) c_u_Thermal(PC_logic_3_4)_ 6.2463944908854181e-06
     SitePower_W(5) c_u_Thermal(PC_logic_3_5)_ 1.5444867521843045e-05
     SitePower_W(5) c_u_Thermal(PC_logic_3_6)_ 4.7138769450311424e-05
     SitePower_W(5) c_u_Thermal(PC_logic_3_7)_ 0.00014970428113711065
     SitePower_W(5) c_u_Thermal(PC_logic_3_8)_ 6.2463944908856172e-06
     SitePower_W(5) c_u_Thermal(PC_logic_3_9)_ 1.5444867521843167e-05
     SitePower_W(5) c_u_Thermal(PC_logic_3_10)_ 4.7138769450311905e-05
     SitePower_W(5) c_u_Thermal(PC_logic_3_11)_ 0.0001497042811371048
     SitePower_W(5) c_u_Thermal(PC_logic_3_12)_ 5.3900972933004905e-06
     SitePower_W(5) c_u_Thermal(PC_logic_3_13)_ 1.3108999649258931e-05
     SitePower_W(5) c_u_Thermal(PC_logic_3_14)_ 3.9353729358448719e-05
     SitePower_W(5) c_u_Thermal(PC_logic_3_15)_ 0.0001225415815160434
     SitePower_W(5) c_u_Thermal(PC_logic_4_0)_ 0.0003859550811896275
     SitePower_W(5) c_u_Thermal(PC_logic_4_1)_ 0.0012134104403899522
     SitePower_W(5) c_u_Thermal(PC_logic_4_2)_ 0.0038166373692496021
     SitePower_W(5) c_u_Thermal(PC_logic_4_3)_ 0.012618658932928732
     SitePower_W(5) c_u_Thermal(PC_logic_4_4)_ 0.0004823994064853881
     SitePower_W(5) c_u_Thermal(PC_logic_4_5)_ 0.0015525622747927298
     SitePower_W(5) c_u_Thermal(PC_logic_4_6)_ 0.0049931989922869444
     SitePower_W(5) c_u_Thermal(PC_logic_4_7)_ 0.016774858448367454
     SitePower_W(5) c_u_Thermal(PC_logic_4_8)_ 0.00048239940648535639
     SitePower_W(5) c_u_Thermal(PC_logic_4_9)_ 0.0015525622747926513
     SitePower_W(5) c_u_Thermal(PC_logic_4_10)_ 0.004993198992286744
     SitePower_W(5) c_u_Thermal(PC_logic_4_11)_ 0.016774858448366702
     SitePower_W(5) c_u_Thermal(PC_logic_4_12)_ 0.00038595508118960788
     SitePower_W(5) c_u_Thermal(PC_logic_4_13)_ 0.0012134104403898338
     SitePower_W(5) c_u_Thermal(PC_logic_4_14)_ 0.0038166373692493263
     SitePower_W(5) c_u_Thermal(PC_logic_4_15)_ 0.012618658932928545
     SitePower_W(5) c_u_Thermal(PC_logic_5_0)_ 0.067734358211942333
     SitePower_W(5) c_u_Thermal(PC_logic_5_1)_ 0.086244134817655166
     SitePower_W(5) c_u_Thermal(PC_logic_5_2)_ 0.088821117016803661
     SitePower_W(5) c_u_Thermal(PC_logic_5_3)_ 0.079849910579453523
     SitePower_W(5) c_u_Thermal(PC_logic_5_4)_ 0.085519986388909341
     SitePower_W(5) c_u_Thermal(PC_logic_5_5)_ 0.10946472883738032
     SitePower_W(5) c_u_Thermal(PC_logic_5_6)_ 0.11287367165294342
     SitePower_W(5) c_u_Thermal(PC_logic_5_7)_ 0.10166898754413797
     SitePower_W(5) c_u_Thermal(PC_logic_5_8)_ 0.085519986388911395
     SitePower_W(5) c_u_Thermal(PC_logic_5_9)_ 0.10946472883737945
     SitePower_W(5) c_u_Thermal(PC_logic_5_10)_ 0.11287367165294929
     SitePower_W(5) c_u_Thermal(PC_logic_5_11)_ 0.10166898754414111
     SitePower_W(5) c_u_Thermal(PC_logic_5_12)_ 0.06773435821194379
     SitePower_W(5) c_u_Thermal(PC_logic_5_13)_ 0.086244134817655582
     SitePower_W(5) c_u_Thermal(PC_logic_5_14)_ 0.088821117016806103
     SitePower_W(5) c_u_Thermal(PC_logic_5_15)_ 0.079849910579454009
     SitePower_W(5) c_u_Thermal(PC_logic_6_0)_ 4.1259395263000896e-06
     SitePower_W(5) c_u_Thermal(PC_logic_6_1)_ 9.694196443823428e-06
     SitePower_W(5) c_u_Thermal(PC_logic_6_2)_ 2.799064612186169e-05
     SitePower_W(5) c_u_Thermal(PC_logic_6_3)_ 8.3209186149690696e-05
     SitePower_W(5) c_u_Thermal(PC_logic_6_4)_ 2.8974372870058456e-06
     SitePower_W(5) c_u_Thermal(PC_logic_6_5)_ 6.4861751837202865e-06
     SitePower_W(5) c_u_Thermal(PC_logic_6_6)_ 1.7714715014002159e-05
     SitePower_W(5) c_u_Thermal(PC_logic_6_7)_ 4.9469499897240732e-05
     SitePower_W(5) c_u_Thermal(PC_logic_6_8)_ 4.1472625017098266e-06
     SitePower_W(5) c_u_Thermal(PC_logic_6_9)_ 1.0628144781223527e-05
     SitePower_W(5) c_u_Thermal(PC_logic_6_10)_ 2.7652555707566076e-05
     SitePower_W(5) c_u_Thermal(PC_logic_6_11)_ 7.1209957142952931e-06
     SitePower_W(5) c_u_Thermal(PC_logic_6_12)_ 1.7409557079927011e-05
     SitePower_W(5) c_u_Thermal(PC_logic_7_0)_ 0.00024703314427217203
     SitePower_W(5) c_u_Thermal(PC_logic_7_1)_ 0.00071733608974178069
     SitePower_W(5) c_u_Thermal(PC_logic_7_2)_ 0.0020067345200225472
     SitePower_W(5) c_u_Thermal(PC_logic_7_3)_ 0.0053351979103840978
     SitePower_W(5) c_u_Thermal(PC_logic_7_4)_ 0.00013637292788226563
     SitePower_W(5) c_u_Thermal(PC_logic_7_5)_ 0.00036098544133514695
     SitePower_W(5) c_u_Thermal(PC_logic_7_6)_ 0.00089568398015424941
     SitePower_W(5) c_u_Thermal(PC_logic_7_7)_ 0.002035010132954638
     SitePower_W(5) c_u_Thermal(PC_logic_7_8)_ 7.0372230175356012e-05
     SitePower_W(5) c_u_Thermal(PC_logic_7_9)_ 0.00016996951081567336
     SitePower_W(5) c_u_Thermal(PC_logic_7_10)_ 0.00037869486344493426
     SitePower_W(5) c_u_Thermal(PC_logic_7_11)_ 0.0007613244633916952
     SitePower_W(5) c_u_Thermal(PC_logic_7_12)_ 4.1238570954978643e-05
     SitePower_W(5) c_u_Thermal(PC_logic_7_13)_ 9.1878830087232597e-05
     SitePower_W(5) c_u_Thermal(PC_logic_7_14)_ 0.00018713031455253431
     SitePower_W(5) c_u_Thermal(PC_logic_7_15)_ 0.00034206817325083518
     SitePower_W(5) c_u_Thermal(PC_logic_8_0)_ 0.01274441465345175
     SitePower_W(5) c_u_Thermal(PC_logic_8_1)_ 0.017339042455018817
     SitePower_W(5) c_u_Thermal(PC_logic_8_2)_ 0.018610144435621648
     SitePower_W(5) c_u_Thermal(PC_logic_8_3)_ 0.017753496172937998
     SitePower_W(5) c_u_Thermal(PC_logic_8_4)_ 0.0039238681301352876
     SitePower_W(5) c_u_Thermal(PC_logic_8_5)_ 0.0053160043565098555
     SitePower_W(5) c_u_Thermal(PC_logic_8_6)_ 0.0058394743554982817
     SitePower_W(5) c_u_Thermal(PC_logic_8_7)_ 0.0057759332725963982
     SitePower_W(5) c_u_Thermal(PC_logic_8_8)_ 0.0013080667685387165
     SitePower_W(5) c_u_Thermal(PC_logic_8_9)_ 0.001750078425035034
     SitePower_W(5) c_u_Thermal(PC_logic_8_10)_ 0.0019523228953847423
     SitePower_W(5) c_u_Thermal(PC_logic_8_11)_ 0.00054288736164268751
     SitePower_W(5) c_u_Thermal(PC_logic_8_12)_ 0.00071480045156454002
     SitePower_W(5) c_u_Leakage(DC_0)_ 6.7779397920187011e-06
     SitePower_W(5) c_u_Leakage(DC_1)_ 0.00031987401428291463
     SitePower_W(5) c_u_Leakage(DC_2)_ 0.0022867293103763192
     SitePower_W(5) c_u_Leakage(DC_3)_ 1.946450516879202e-05
     SitePower_W(5) c_u_Leakage(DC_4)_ 0.0019736332358855128
     SitePower_W(5) c_u_Leakage(DC_5)_ 0.037958772478047367
     SitePower_W(5) c_u_Leakage(DC_6)_ 6.777939792019477e-06
     SitePower_W(5) c_u_Leakage(DC_7)_ 0.00031987401428293686
     SitePower_W(5) c_u_Leakage(DC_8)_ 0.002286729310376327
     SitePower_W(5) c_u_Leakage(PC_0)_ 1.867913796831394e-06
     SitePower_W(5) c_u_Leakage(PC_1)_ 9.242231298315757e-05
     SitePower_W(5) c_u_Leakage(PC_2)_ 0.00067040909865955553
     SitePower_W(5) c_u_Leakage(PC_3)_ 5.5183144172448639e-06
     SitePower_W(5) c_u_Leakage(PC_4)_ 0.00057985469947327876
     SitePower_W(5) c_u_Leakage(PC_5)_ 0.010766137848554819
     SitePower_W(5) c_u_Leakage(PC_6)_ 1.8679137968313694e-06
     SitePower_W(5) c_u_Leakage(PC_7)_ 9.2422312983155374e-05
     SitePower_W(5) c_u_Leakage(PC_8)_ 0.00067040909865956886
     SitePower_W(6) c_e_SitePowerDef(6)_ 1
     SitePower_W(6) c_u_Thermal(DC_dram_0_0)_ 9.4096669610206233e-06
     SitePower_W(6) c_u_Thermal(DC_dram_0_1)_ 7.5055522066075846e-06
     SitePower_W(6) c_u_Thermal(DC_dram_0_2)_ 2.521947532341125e-05
     SitePower_W(6) c_u_Thermal(DC_dram_0_3)_ 2.2213067090098226e-05
     SitePower_W(6) c_u_Thermal(DC_dram_0_4)_ 1.752019605881554e-05
     SitePower_W(6) c_u_Thermal(DC_dram_0_5)_ 7.6695420247509165e-05
     SitePower_W(6) c_u_Thermal(DC_dram_0_6)_ 7.3503606162155698e-05
     SitePower_W(6) c_u_Thermal(DC_dram_0_7)_ 6.4735697285286093e-05
     SitePower_W(6) c_u_Thermal(DC_dram_0_8)_ 5.05115047197549e-05
     SitePower_W(6) c_u_Thermal(DC_dram_0_9)_ 0.00023123066906538488
     SitePower_W(6) c_u_Thermal(DC_dram_0_10)_ 0.00022273608562566456
     SitePower_W(6) c_u_Thermal(DC_dram_0_11)_ 0.0001965782576623871
     SitePower_W(6) c_u_Thermal(DC_dram_0_12)_ 0.00015156233778867507
     SitePower_W(6) c_u_Thermal(DC_dram_1_0)_ 5.4513474386698584e-06
     SitePower_W(6) c_u_Thermal(DC_dram_1_1)_ 3.6372585346923419e-06
     SitePower_W(6) c_u_Thermal(DC_dram_1_2)_ 2.2189244711048343e-06
     SitePower_W(6) c_u_Thermal(DC_dram_1_3)_ 1.2382835476590585e-06
     SitePower_W(6) c_u_Thermal(DC_dram_1_4)_ 1.239397978632857e-05
     SitePower_W(6) c_u_Thermal(DC_dram_1_5)_ 7.9599582092957902e-06
     SitePower_W(6) c_u_Thermal(DC_dram_1_6)_ 4.6477712836661286e-06
     SitePower_W(6) c_u_Thermal(DC_dram_1_7)_ 2.4758575006614517e-06
     SitePower_W(6) c_u_Thermal(DC_dram_1_8)_ 3.4650945737200909e-05
     SitePower_W(6) c_u_Thermal(DC_dram_1_9)_ 2.1266802607808081e-05
     SitePower_W(6) c_u_Thermal(DC_dram_1_10)_ 1.180306832799916e-05
     SitePower_W(6) c_u_Thermal(DC_dram_1_11)_ 5.9703032019239049e-06
     SitePower_W(6) c_u_Thermal(DC_dram_1_12)_ 0.00010010844796826864
     SitePower_W(6) c_u_Thermal(DC_dram_1_13)_ 5.8249750330188895e-05
     SitePower_W(6) c_u_Thermal(DC_dram_1_14)_ 3.050217874054486e-05
     SitePower_W(6) c_u_Thermal(DC_dram_1_15)_ 1.4567789045199106e-05
     SitePower_W(6) c_u_Thermal(DC_dram_2_0)_ 6.4797658181844013e-07
     SitePower_W(6) c_u_Thermal(DC_dram_2_1)_ 3.279410485280531e-07
     SitePower_W(6) c_u_Thermal(DC_dram_2_2)_ 1.2349244296737059e-06
     SitePower_W(6) c_u_Thermal(DC_dram_2_3)_ 5.9573082892327172e-07
     SitePower_W(6) c_u_Thermal(DC_dram_2_4)_ 2.8995213660942934e-07
     SitePower_W(6) c_u_Thermal(DC_dram_2_5)_ 2.8246680560291011e-06
     SitePower_W(6) c_u_Thermal(DC_dram_2_6)_ 1.2915562318546965e-06
     SitePower_W(6) c_u_Thermal(DC_dram_2_7)_ 5.9573082892323604e-07
     SitePower_W(6) c_u_Thermal(DC_dram_2_8)_ 3.279410485280648e-07
     SitePower_W(6) c_u_Thermal(DC_dram_2_9)_ 6.5203042281165947e-06
     SitePower_W(6) c_u_Thermal(DC_dram_2_10)_ 2.8246680560291638e-06
     SitePower_W(6) c_u_Thermal(DC_dram_2_11)_ 1.234924429673657e-06
     SitePower_W(6) c_u_Thermal(DC_dram_2_12)_ 6.479765818184217e-07
     SitePower_W(6) c_u_Thermal(DC_dram_3_0)_ 0.00070293196894384536
     SitePower_W(6) c_u_Thermal(DC_dram_3_1)_ 0.00068284640671306489
     SitePower_W(6) c_u_Thermal(DC_dram_3_2)_ 0.00060575438615358536
     SitePower_W(6) c_u_Thermal(DC_dram_3_3)_ 0.00046114567824038003
     SitePower_W(6) c_u_Thermal(DC_dram_3_4)_ 0.0021157783509717656
     SitePower_W(6) c_u_Thermal(DC_dram_3_5)_ 0.0020789092156864131
     SitePower_W(6) c_u_Thermal(DC_dram_3_6)_ 0.0018610371327731786
     SitePower_W(6) c_u_Thermal(DC_dram_3_7)_ 0.0014010906897176613
     SitePower_W(6) c_u_Thermal(DC_dram_3_8)_ 0.0063149828881171764
     SitePower_W(6) c_u_Thermal(DC_dram_3_9)_ 0.0063092419959491315
     SitePower_W(6) c_u_Thermal(DC_dram_3_10)_ 0.0057316291852729361
     SitePower_W(6) c_u_Thermal(DC_dram_3_11)_ 0.0042848238782049238
     SitePower_W(6) c_u_Thermal(DC_dram_3_12)_ 0.019766153268178998
     SitePower_W(6) c_u_Thermal(DC_dram_3_13)_ 0.020316705554954927
     SitePower_W(6) c_u_Thermal(DC_dram_3_14)_ 0.018916575468459786
     SitePower_W(6) c_u_Thermal(DC_dram_3_15)_ 0.0142705920542021
     SitePower_W(6) c_u_Thermal(DC_dram_4_0)_ 0.00028968283581522712
     SitePower_W(6) c_u_Thermal(DC_dram_4_1)_ 0.0001578011952554256
     SitePower_W(6) c_u_Thermal(DC_dram_4_2)_ 7.7214728994601362e-05
     SitePower_W(6) c_u_Thermal(DC_dram_4_3)_ 3.4567039614066242e-05
     SitePower_W(6) c_u_Thermal(DC_dram_4_4)_ 0.00082018564451861867
     SitePower_W(6) c_u_Thermal(DC_dram_4_5)_ 0.00041035836358360283
     SitePower_W(6) c_u_Thermal(DC_dram_4_6)_ 0.00018533098362587388
     SitePower_W(6) c_u_Thermal(DC_dram_4_7)_ 7.7214728994602486e-05
     SitePower_W(6) c_u_Thermal(DC_dram_4_8)_ 0.0022425726969647433
     SitePower_W(6) c_u_Thermal(DC_dram_4_9)_ 0.0010012780186588334
     SitePower_W(6) c_u_Thermal(DC_dram_4_10)_ 0.00041035836358358565
     SitePower_W(6) c_u_Thermal(DC_dram_4_11)_ 0.00015780119525541617
     SitePower_W(6) c_u_Thermal(DC_dram_4_12)_ 0.0058799011503251359
     SitePower_W(6) c_u_Thermal(DC_dram_4_13)_ 0.0022425726969648365
     SitePower_W(6) c_u_Thermal(DC_dram_4_14)_ 0.00082018564451866779
     SitePower_W(6) c_u_Thermal(DC_dram_4_15)_ 0.0002896828358152629
     SitePower_W(6) c_u_Thermal(DC_dram_5_0)_ 1.4567789045199777e-05
     SitePower_W(6) c_u_Thermal(DC_dram_5_1)_ 5.9703032019246562e-06
     SitePower_W(6) c_u_Thermal(DC_dram_5_2)_ 2.4758575006615419e-06
     SitePower_W(6) c_u_Thermal(DC_dram_5_3)_ 1.238283547659113e-06
     SitePower_W(6) c_u_Thermal(DC_dram_5_4)_ 3.0502178740547676e-05
     SitePower_W(6) c_u_Thermal(DC_dram_5_5)_ 1.1803068327999636e-05
     SitePower_W(6) c_u_Thermal(DC_dram_5_6)_ 4.6477712836662633e-06
     SitePower_W(6) c_u_Thermal(DC_dram_5_7)_ 2.2189244711051452e-06
     SitePower_W(6) c_u_Thermal(DC_dram_5_8)_ 5.8249750330187066e-05
     SitePower_W(6) c_u_Thermal(DC_dram_5_9)_ 2.1266802607807129e-05
     SitePower_W(6) c_u_Thermal(DC_dram_5_10)_ 7.9599582092957665e-06
     SitePower_W(6) c_u_Thermal(DC_dram_5_11)_ 3.6372585346923978e-06
     SitePower_W(6) c_u_Thermal(DC_dram_5_12)_ 0.00010010844796827945
     SitePower_W(6) c_u_Thermal(DC_dram_5_13)_ 3.4650945737203403e-05
     SitePower_W(6) c_u_Thermal(DC_dram_5_14)_ 1.2393979786328333e-05
     SitePower_W(6) c_u_Thermal(DC_dram_5_15)_ 5.451347438670126e-06
     SitePower_W(6) c_u_Thermal(DC_dram_6_0)_ 0.093109143661288959
     SitePower_W(6) c_u_Thermal(DC_dram_6_1)_ 0.09925137841245979
     SitePower_W(6) c_u_Thermal(DC_dram_6_2)_ 0.096400636532636391
     SitePower_W(6) c_u_Thermal(DC_dram_6_3)_ 0.079443754070917083
     SitePower_W(6) c_u_Thermal(DC_dram_6_4)_ 0.11452428902422972
     SitePower_W(6) c_u_Thermal(DC_dram_6_5)_ 0.12175320616448333
     SitePower_W(6) c_u_Thermal(DC_dram_6_6)_ 0.11792513674218347
     SitePower_W(6) c_u_Thermal(DC_dram_6_7)_ 0.096400636532636086
     SitePower_W(6) c_u_Thermal(DC_dram_6_8)_ 0.12593525481390874
     SitePower_W(6) c_u_Thermal(DC_dram_6_9)_ 0.12175320616448876
     SitePower_W(6) c_u_Thermal(DC_dram_6_10)_ 0.099251378412458804
     SitePower_W(6) c_u_Thermal(DC_dram_6_11)_ 0.11452428902423177
     SitePower_W(6) c_u_Thermal(DC_dram_6_12)_ 0.093109143661284824
     SitePower_W(6) c_u_Thermal(DC_dram_7_0)_ 0.014270592054201867
     SitePower_W(6) c_u_Thermal(DC_dram_7_1)_ 0.0042848238782052083
     SitePower_W(6) c_u_Thermal(DC_dram_7_2)_ 0.0014010906897178113
     SitePower_W(6) c_u_Thermal(DC_dram_7_3)_ 0.00046114567824043039
     SitePower_W(6) c_u_Thermal(DC_dram_7_4)_ 0.018916575468460317
     SitePower_W(6) c_u_Thermal(DC_dram_7_5)_ 0.0057316291852732891
     SitePower_W(6) c_u_Thermal(DC_dram_7_6)_ 0.0018610371327733588
     SitePower_W(6) c_u_Thermal(DC_dram_7_7)_ 0.00060575438615360433
     SitePower_W(6) c_u_Thermal(DC_dram_7_8)_ 0.020316705554955079
     SitePower_W(6) c_u_Thermal(DC_dram_7_9)_ 0.0063092419959495287
     SitePower_W(6) c_u_Thermal(DC_dram_7_10)_ 0.0020789092156865948
     SitePower_W(6) c_u_Thermal(DC_dram_7_11)_ 0.00068284640671306988
     SitePower_W(6) c_u_Thermal(DC_dram_7_12)_ 0.019766153268177926
     SitePower_W(6) c_u_Thermal(DC_dram_7_13)_ 0.006314982888117728
     SitePower_W(6) c_u_Thermal(DC_dram_7_14)_ 0.002115778350971864
     SitePower_W(6) c_u_Thermal(DC_dram_7_15)_ 0.00070293196894384146
     SitePower_W(6) c_u_Thermal(DC_dram_8_0)_ 0.00015156233778868667
     SitePower_W(6) c_u_Thermal(DC_dram_8_1)_ 5.0511504719762252e-05
     SitePower_W(6) c_u_Thermal(DC_dram_8_2)_ 1.7520196058817356e-05
     SitePower_W(6) c_u_Thermal(DC_dram_8_3)_ 7.5055522066085231e-06
     SitePower_W(6) c_u_Thermal(DC_dram_8_4)_ 0.00019657825766240803
     SitePower_W(6) c_u_Thermal(DC_dram_8_5)_ 6.473569728529333e-05
     SitePower_W(6) c_u_Thermal(DC_dram_8_6)_ 2.22130670901003e-05
     SitePower_W(6) c_u_Thermal(DC_dram_8_7)_ 9.4096669610222751e-06
     SitePower_W(6) c_u_Thermal(DC_dram_8_8)_ 0.00022273608562568221
     SitePower_W(6) c_u_Thermal(DC_dram_8_9)_ 7.3503606162162474e-05
     SitePower_W(6) c_u_Thermal(DC_dram_8_10)_ 2.5219475323414872e-05
     SitePower_W(6) c_u_Thermal(DC_dram_8_11)_ 0.00023123066906540409
     SitePower_W(6) c_u_Thermal(DC_dram_8_12)_ 7.669542024751582e-05
     SitePower_W(6) c_u_Thermal(DC_logic_0_0)_ 9.4164152415231401e-06
     SitePower_W(6) c_u_Thermal(DC_logic_0_1)_ 7.5104228696151144e-06
     SitePower_W(6) c_u_Thermal(DC_logic_0_2)_ 2.5237327376696772e-05
     SitePower_W(6) c_u_Thermal(DC_logic_0_3)_ 2.2229088852964357e-05
     SitePower_W(6) c_u_Thermal(DC_logic_0_4)_ 1.7531797465942408e-05
     SitePower_W(6) c_u_Thermal(DC_logic_0_5)_ 7.6736601175421055e-05
     SitePower_W(6) c_u_Thermal(DC_logic_0_6)_ 7.3547372193307891e-05
     SitePower_W(6) c_u_Thermal(DC_logic_0_7)_ 6.4775107695761938e-05
     SitePower_W(6) c_u_Thermal(DC_logic_0_8)_ 5.053949662650412e-05
     SitePower_W(6) c_u_Thermal(DC_logic_0_9)_ 0.00023135847896636299
     SitePower_W(6) c_u_Thermal(DC_logic_0_10)_ 0.00022287415341881711
     SitePower_W(6) c_u_Thermal(DC_logic_0_11)_ 0.00019670282850857968
     SitePower_W(6) c_u_Thermal(DC_logic_0_12)_ 0.00015164867779948364
     SitePower_W(6) c_u_Thermal(DC_logic_1_0)_ 5.4547112637542044e-06
     SitePower_W(6) c_u_Thermal(DC_logic_1_1)_ 3.639703556885347e-06
     SitePower_W(6) c_u_Thermal(DC_logic_1_2)_ 2.2205116109736904e-06
     SitePower_W(6) c_u_Thermal(DC_logic_1_3)_ 1.239102788241097e-06
     SitePower_W(6) c_u_Thermal(DC_logic_1_4)_ 1.2401800835088843e-05
     SitePower_W(6) c_u_Thermal(DC_logic_1_5)_ 7.9653851686249498e-06
     SitePower_W(6) c_u_Thermal(DC_logic_1_6)_ 4.6511880795298836e-06
     SitePower_W(6) c_u_Thermal(DC_logic_1_7)_ 2.4775842366426907e-06
     SitePower_W(6) c_u_Thermal(DC_logic_1_8)_ 3.4669143140520293e-05
     SitePower_W(6) c_u_Thermal(DC_logic_1_9)_ 2.1279053854306296e-05
     SitePower_W(6) c_u_Thermal(DC_logic_1_10)_ 1.1810614196730463e-05
     SitePower_W(6) c_u_Thermal(DC_logic_1_11)_ 5.9739691615842479e-06
     SitePower_W(6) c_u_Thermal(DC_logic_1_12)_ 0.00010016176267157621
     SitePower_W(6) c_u_Thermal(DC_logic_1_13)_ 5.8283503271548619e-05
     SitePower_W(6) c_u_Thermal(DC_logic_1_14)_ 3.0521663864243574e-05
     SitePower_W(6) c_u_Thermal(DC_logic_1_15)_ 1.4576580966898381e-05
     SitePower_W(6) c_u_Thermal(DC_logic_2_0)_ 6.4836273804425964e-07
     SitePower_W(6) c_u_Thermal(DC_logic_2_1)_ 3.2814760114668648e-07
     SitePower_W(6) c_u_Thermal(DC_logic_2_2)_ 1.2357025340874714e-06
     SitePower_W(6) c_u_Thermal(DC_logic_2_3)_ 5.9612209642240083e-07
     SitePower_W(6) c_u_Thermal(DC_logic_2_4)_ 2.9016353106253549e-07
     SitePower_W(6) c_u_Thermal(DC_logic_2_5)_ 2.8262170311441987e-06
     SitePower_W(6) c_u_Thermal(DC_logic_2_6)_ 1.2922972564444656e-06
     SitePower_W(6) c_u_Thermal(DC_logic_2_7)_ 5.9612209642236409e-07
     SitePower_W(6) c_u_Thermal(DC_logic_2_8)_ 3.2814760114669834e-07
     SitePower_W(6) c_u_Thermal(DC_logic_2_9)_ 6.5237432757810146e-06
     SitePower_W(6) c_u_Thermal(DC_logic_2_10)_ 2.8262170311442643e-06
     SitePower_W(6) c_u_Thermal(DC_logic_2_11)_ 1.2357025340874214e-06
     SitePower_W(6) c_u_Thermal(DC_logic_2_12)_ 6.4836273804424122e-07
     SitePower_W(6) c_u_Thermal(DC_logic_3_0)_ 0.00070339918269873044
     SitePower_W(6) c_u_Thermal(DC_logic_3_1)_ 0.00068334948743220092
     SitePower_W(6) c_u_Thermal(DC_logic_3_2)_ 0.00060620982231973544
     SitePower_W(6) c_u_Thermal(DC_logic_3_3)_ 0.00046146087019670079
     SitePower_W(6) c_u_Thermal(DC_logic_3_4)_ 0.0021172060054492057
     SitePower_W(6) c_u_Thermal(DC_logic_3_5)_ 0.002080445494000637
     SitePower_W(6) c_u_Thermal(DC_logic_3_6)_ 0.0018624421180560285
     SitePower_W(6) c_u_Thermal(DC_logic_3_7)_ 0.0014020710348573702
     SitePower_W(6) c_u_Thermal(DC_logic_3_8)_ 0.0063201291277388254
     SitePower_W(6) c_u_Thermal(DC_logic_3_9)_ 0.0063148448954125436
     SitePower_W(6) c_u_Thermal(DC_logic_3_10)_ 0.0057369402725909163
     SitePower_W(6) c_u_Thermal(DC_logic_3_11)_ 0.0042888009681170012
     SitePower_W(6) c_u_Thermal(DC_logic_3_12)_ 0.019847126326393953
     SitePower_W(6) c_u_Thermal(DC_logic_3_13)_ 0.020402049984126893
     SitePower_W(6) c_u_Thermal(DC_logic_3_14)_ 0.019001145439902462
     SitePower_W(6) c_u_Thermal(DC_logic_3_15)_ 0.014345460585439455
     SitePower_W(6) c_u_Thermal(DC_logic_4_0)_ 0.00028986679997032637
     SitePower_W(6) c_u_Thermal(DC_logic_4_1)_ 0.0001579072699594143
     SitePower_W(6) c_u_Thermal(DC_logic_4_2)_ 7.7271219921925207e-05
     SitePower_W(6) c_u_Thermal(DC_logic_4_3)_ 3.4591009289485347e-05
     SitePower_W(6) c_u_Thermal(DC_logic_4_4)_ 0.00082070734276750519
     SitePower_W(6) c_u_Thermal(DC_logic_4_5)_ 0.00041063199450142067
     SitePower_W(6) c_u_Thermal(DC_logic_4_6)_ 0.00018546919243944883
     SitePower_W(6) c_u_Thermal(DC_logic_4_7)_ 7.7271219921926467e-05
     SitePower_W(6) c_u_Thermal(DC_logic_4_8)_ 0.0022438792292974689
     SitePower_W(6) c_u_Thermal(DC_logic_4_9)_ 0.0010018502860092574
     SitePower_W(6) c_u_Thermal(DC_logic_4_10)_ 0.00041063199450140387
     SitePower_W(6) c_u_Thermal(DC_logic_4_11)_ 0.00015790726995940481
     SitePower_W(6) c_u_Thermal(DC_logic_4_12)_ 0.0058862395923360506
     SitePower_W(6) c_u_Thermal(DC_logic_4_13)_ 0.0022438792292975634
     SitePower_W(6) c_u_Thermal(DC_logic_4_14)_ 0.00082070734276755474
     SitePower_W(6) c_u_Thermal(DC_logic_4_15)_ 0.00028986679997036275
     SitePower_W(6) c_u_Thermal(DC_logic_5_0)_ 1.4576580966899037e-05
     SitePower_W(6) c_u_Thermal(DC_logic_5_1)_ 5.9739691615850026e-06
     SitePower_W(6) c_u_Thermal(DC_logic_5_2)_ 2.4775842366427813e-06
     SitePower_W(6) c_u_Thermal(DC_logic_5_3)_ 1.2391027882411546e-06
     SitePower_W(6) c_u_Thermal(DC_logic_5_4)_ 3.05216638642464e-05
     SitePower_W(6) c_u_Thermal(DC_logic_5_5)_ 1.1810614196730951e-05
     SitePower_W(6) c_u_Thermal(DC_logic_5_6)_ 4.6511880795300242e-06
     SitePower_W(6) c_u_Thermal(DC_logic_5_7)_ 2.2205116109740038e-06
     SitePower_W(6) c_u_Thermal(DC_logic_5_8)_ 5.8283503271546749e-05
     SitePower_W(6) c_u_Thermal(DC_logic_5_9)_ 2.1279053854305375e-05
     SitePower_W(6) c_u_Thermal(DC_logic_5_10)_ 7.9653851686249176e-06
     SitePower_W(6) c_u_Thermal(DC_logic_5_11)_ 3.6397035568854076e-06
     SitePower_W(6) c_u_Thermal(DC_logic_5_12)_ 0.00010016176267158708
     SitePower_W(6) c_u_Thermal(DC_logic_5_13)_ 3.4669143140522807e-05
     SitePower_W(6) c_u_Thermal(DC_logic_5_14)_ 1.2401800835088597e-05
     SitePower_W(6) c_u_Thermal(DC_logic_5_15)_ 5.4547112637544839e-06
     SitePower_W(6) c_u_Thermal(DC_logic_6_0)_ 0.097526061333989486
     SitePower_W(6) c_u_Thermal(DC_logic_6_1)_ 0.10393593179268454
     SitePower_W(6) c_u_Thermal(DC_logic_6_2)_ 0.10108220955858808
     SitePower_W(6) c_u_Thermal(DC_logic_6_3)_ 0.083786199873684228
     SitePower_W(6) c_u_Thermal(DC_logic_6_4)_ 0.11928985876289246
     SitePower_W(6) c_u_Thermal(DC_logic_6_5)_ 0.12678701219337118
     SitePower_W(6) c_u_Thermal(DC_logic_6_6)_ 0.12295506005768395
     SitePower_W(6) c_u_Thermal(DC_logic_6_7)_ 0.10108220955858795
     SitePower_W(6) c_u_Thermal(DC_logic_6_8)_ 0.130973101549968
     SitePower_W(6) c_u_Thermal(DC_logic_6_9)_ 0.12678701219337657
     SitePower_W(6) c_u_Thermal(DC_logic_6_10)_ 0.10393593179268348
     SitePower_W(6) c_u_Thermal(DC_logic_6_11)_ 0.11928985876289472
     SitePower_W(6) c_u_Thermal(DC_logic_6_12)_ 0.097526061333985448
     SitePower_W(6) c_u_Thermal(DC_logic_7_0)_ 0.014345460585439195
     SitePower_W(6) c_u_Thermal(DC_logic_7_1)_ 0.004288800968117284
     SitePower_W(6) c_u_Thermal(DC_logic_7_2)_ 0.0014020710348575207
     SitePower_W(6) c_u_Thermal(DC_logic_7_3)_ 0.00046146087019675235
     SitePower_W(6) c_u_Thermal(DC_logic_7_4)_ 0.01900114543990299
     SitePower_W(6) c_u_Thermal(DC_logic_7_5)_ 0.005736940272591271
     SitePower_W(6) c_u_Thermal(DC_logic_7_6)_ 0.0018624421180562117
     SitePower_W(6) c_u_Thermal(DC_logic_7_7)_ 0.00060620982231975474
     SitePower_W(6) c_u_Thermal(DC_logic_7_8)_ 0.020402049984127046
     SitePower_W(6) c_u_Thermal(DC_logic_7_9)_ 0.0063148448954129513
     SitePower_W(6) c_u_Thermal(DC_logic_7_10)_ 0.0020804454940008175
     SitePower_W(6) c_u_Thermal(DC_logic_7_11)_ 0.00068334948743220558
     SitePower_W(6) c_u_Thermal(DC_logic_7_12)_ 0.019847126326392881
     SitePower_W(6) c_u_Thermal(DC_logic_7_13)_ 0.006320129127739384
     SitePower_W(6) c_u_Thermal(DC_logic_7_14)_ 0.0021172060054493059
     SitePower_W(6) c_u_Thermal(DC_logic_7_15)_ 0.00070339918269872665
     SitePower_W(6) c_u_Thermal(DC_logic_8_0)_ 0.00015164867779949521
     SitePower_W(6) c_u_Thermal(DC_logic_8_1)_ 5.0539496626511513e-05
     SitePower_W(6) c_u_Thermal(DC_logic_8_2)_ 1.7531797465944214e-05
     SitePower_W(6) c_u_Thermal(DC_logic_8_3)_ 7.510422869616053e-06
     SitePower_W(6) c_u_Thermal(DC_logic_8_4)_ 0.00019670282850860066
     SitePower_W(6) c_u_Thermal(DC_logic_8_5)_ 6.4775107695769284e-05
     SitePower_W(6) c_u_Thermal(DC_logic_8_6)_ 2.2229088852966438e-05
     SitePower_W(6) c_u_Thermal(DC_logic_8_7)_ 9.4164152415247817e-06
     SitePower_W(6) c_u_Thermal(DC_logic_8_8)_ 0.00022287415341883452
     SitePower_W(6) c_u_Thermal(DC_logic_8_9)_ 7.3547372193314735e-05
     SitePower_W(6) c_u_Thermal(DC_logic_8_10)_ 2.5237327376700387e-05
     SitePower_W(6) c_u_Thermal(DC_logic_8_11)_ 0.00023135847896638256
     SitePower_W(6) c_u_Thermal(DC_logic_8_12)_ 7.6736601175427722e-05
     SitePower_W(6) c_u_Thermal(PC_dram_0_0)_ 7.9383752538935181e-06
     SitePower_W(6) c_u_Thermal(PC_dram_0_1)_ 6.3191604706334065e-06
     SitePower_W(6) c_u_Thermal(PC_dram_0_2)_ 2.168174756561295e-05
     SitePower_W(6) c_u_Thermal(PC_dram_0_3)_ 1.9093125665244098e-05
     SitePower_W(6) c_u_Thermal(PC_dram_0_4)_ 1.5019978310812094e-05
     SitePower_W(6) c_u_Thermal(PC_dram_0_5)_ 6.704864586652904e-05
     SitePower_W(6) c_u_Thermal(PC_dram_0_6)_ 6.4331850524566511e-05
     SitePower_W(6) c_u_Thermal(PC_dram_0_7)_ 5.6668812670515253e-05
     SitePower_W(6) c_u_Thermal(PC_dram_0_8)_ 4.4097270512070136e-05
     SitePower_W(6) c_u_Thermal(PC_dram_0_9)_ 0.00020512314217642597
     SitePower_W(6) c_u_Thermal(PC_dram_0_10)_ 0.0001980369678706193
     SitePower_W(6) c_u_Thermal(PC_dram_0_11)_ 0.0001748902487189471
     SitePower_W(6) c_u_Thermal(PC_dram_0_12)_ 0.00013437577672332796
     SitePower_W(6) c_u_Thermal(PC_dram_1_0)_ 4.568960201348558e-06
     SitePower_W(6) c_u_Thermal(PC_dram_1_1)_ 3.0254856277531429e-06
     SitePower_W(6) c_u_Thermal(PC_dram_1_2)_ 1.828962023253699e-06
     SitePower_W(6) c_u_Thermal(PC_dram_1_3)_ 1.0112504429535107e-06
     SitePower_W(6) c_u_Thermal(PC_dram_1_4)_ 1.0568975854349872e-05
     SitePower_W(6) c_u_Thermal(PC_dram_1_5)_ 6.7324463183273518e-06
     SitePower_W(6) c_u_Thermal(PC_dram_1_6)_ 3.8926071320876457e-06
     SitePower_W(6) c_u_Thermal(PC_dram_1_7)_ 2.0522905459320443e-06
     SitePower_W(6) c_u_Thermal(PC_dram_1_8)_ 3.0068189132663829e-05
     SitePower_W(6) c_u_Thermal(PC_dram_1_9)_ 1.8284146506612414e-05
     SitePower_W(6) c_u_Thermal(PC_dram_1_10)_ 1.0041550650342512e-05
     SitePower_W(6) c_u_Thermal(PC_dram_1_11)_ 5.0258985441290652e-06
     SitePower_W(6) c_u_Thermal(PC_dram_1_12)_ 8.8147359231825312e-05
     SitePower_W(6) c_u_Thermal(PC_dram_1_13)_ 5.0781378376210871e-05
     SitePower_W(6) c_u_Thermal(PC_dram_1_14)_ 2.6294831342595336e-05
     SitePower_W(6) c_u_Thermal(PC_dram_1_15)_ 1.2422380602455946e-05
     SitePower_W(6) c_u_Thermal(PC_dram_2_0)_ 5.2420437018809528e-07
     SitePower_W(6) c_u_Thermal(PC_dram_2_1)_ 2.6219075371606654e-07
     SitePower_W(6) c_u_Thermal(PC_dram_2_2)_ 1.0132781058336659e-06
     SitePower_W(6) c_u_Thermal(PC_dram_2_3)_ 4.8292636219714785e-07
     SitePower_W(6) c_u_Thermal(PC_dram_2_4)_ 2.3170907632799565e-07
     SitePower_W(6) c_u_Thermal(PC_dram_2_5)_ 2.3531059877725938e-06
     SitePower_W(6) c_u_Thermal(PC_dram_2_6)_ 1.0624843644123657e-06
     SitePower_W(6) c_u_Thermal(PC_dram_2_7)_ 4.829263621971144e-07
     SitePower_W(6) c_u_Thermal(PC_dram_2_8)_ 2.6219075371604473e-07
     SitePower_W(6) c_u_Thermal(PC_dram_2_9)_ 5.501817546412707e-06
     SitePower_W(6) c_u_Thermal(PC_dram_2_10)_ 2.35310598777259e-06
     SitePower_W(6) c_u_Thermal(PC_dram_2_11)_ 1.0132781058336621e-06
     SitePower_W(6) c_u_Thermal(PC_dram_2_12)_ 5.2420437018808173e-07
     SitePower_W(6) c_u_Thermal(PC_dram_3_0)_ 0.00063154005413696454
     SitePower_W(6) c_u_Thermal(PC_dram_3_1)_ 0.0006162099099830873
     SitePower_W(6) c_u_Thermal(PC_dram_3_2)_ 0.00054727788050751107
     SitePower_W(6) c_u_Thermal(PC_dram_3_3)_ 0.00041446591375613031
     SitePower_W(6) c_u_Thermal(PC_dram_3_4)_ 0.0019275546988390601
     SitePower_W(6) c_u_Thermal(PC_dram_3_5)_ 0.0019080879366642834
     SitePower_W(6) c_u_Thermal(PC_dram_3_6)_ 0.0017110422082019065
     SitePower_W(6) c_u_Thermal(PC_dram_3_7)_ 0.0012780363930377991
     SitePower_W(6) c_u_Thermal(PC_dram_3_8)_ 0.0058166997428756697
     SitePower_W(6) c_u_Thermal(PC_dram_3_9)_ 0.0058778284711048807
     SitePower_W(6) c_u_Thermal(PC_dram_3_10)_ 0.0053495143559714351
     SitePower_W(6) c_u_Thermal(PC_dram_3_11)_ 0.0039502181058255065
     SitePower_W(6) c_u_Thermal(PC_dram_3_12)_ 0.017890182651583739
     SitePower_W(6) c_u_Thermal(PC_dram_3_13)_ 0.018733129197645866
     SitePower_W(6) c_u_Thermal(PC_dram_3_14)_ 0.017440469418773391
     SitePower_W(6) c_u_Thermal(PC_dram_3_15)_ 0.012817133639623704
     SitePower_W(6) c_u_Thermal(PC_dram_4_0)_ 0.00025828426508087404
     SitePower_W(6) c_u_Thermal(PC_dram_4_1)_ 0.0001392475849607081
     SitePower_W(6) c_u_Thermal(PC_dram_4_2)_ 6.7341947486922272e-05
     SitePower_W(6) c_u_Thermal(PC_dram_4_3)_ 2.9798994540439984e-05
     SitePower_W(6) c_u_Thermal(PC_dram_4_4)_ 0.00074132612260790402
     SitePower_W(6) c_u_Thermal(PC_dram_4_5)_ 0.0003668708227468774
     SitePower_W(6) c_u_Thermal(PC_dram_4_6)_ 0.00016367615076609923
     SitePower_W(6) c_u_Thermal(PC_dram_4_7)_ 6.7341947486916471e-05
     SitePower_W(6) c_u_Thermal(PC_dram_4_8)_ 0.0020534851147603088
     SitePower_W(6) c_u_Thermal(PC_dram_4_9)_ 0.00090673663806912358
     SitePower_W(6) c_u_Thermal(PC_dram_4_10)_ 0.00036687082274688374
     SitePower_W(6) c_u_Thermal(PC_dram_4_11)_ 0.00013924758496070301
     SitePower_W(6) c_u_Thermal(PC_dram_4_12)_ 0.0054149116760747766
     SitePower_W(6) c_u_Thermal(PC_dram_4_13)_ 0.0020534851147604072
     SitePower_W(6) c_u_Thermal(PC_dram_4_14)_ 0.00074132612260797005
     SitePower_W(6) c_u_Thermal(PC_dram_4_15)_ 0.00025828426508090016
     SitePower_W(6) c_u_Thermal(PC_dram_5_0)_ 1.2422380602455819e-05
     SitePower_W(6) c_u_Thermal(PC_dram_5_1)_ 5.0258985441290593e-06
     SitePower_W(6) c_u_Thermal(PC_dram_5_2)_ 2.05229054593204e-06
     SitePower_W(6) c_u_Thermal(PC_dram_5_3)_ 1.011250442953534e-06
     SitePower_W(6) c_u_Thermal(PC_dram_5_4)_ 2.6294831342594262e-05
     SitePower_W(6) c_u_Thermal(PC_dram_5_5)_ 1.0041550650342243e-05
     SitePower_W(6) c_u_Thermal(PC_dram_5_6)_ 3.8926071320875254e-06
     SitePower_W(6) c_u_Thermal(PC_dram_5_7)_ 1.8289620232537196e-06
     SitePower_W(6) c_u_Thermal(PC_dram_5_8)_ 5.0781378376211887e-05
     SitePower_W(6) c_u_Thermal(PC_dram_5_9)_ 1.8284146506612153e-05
     SitePower_W(6) c_u_Thermal(PC_dram_5_10)_ 6.7324463183277253e-06
     SitePower_W(6) c_u_Thermal(PC_dram_5_11)_ 3.0254856277533462e-06
     SitePower_W(6) c_u_Thermal(PC_dram_5_12)_ 8.8147359231833389e-05
     SitePower_W(6) c_u_Thermal(PC_dram_5_13)_ 3.0068189132666001e-05
     SitePower_W(6) c_u_Thermal(PC_dram_5_14)_ 1.0568975854350509e-05
     SitePower_W(6) c_u_Thermal(PC_dram_5_15)_ 4.5689602013488231e-06
     SitePower_W(6) c_u_Thermal(PC_dram_6_0)_ 0.075984929826550807
     SitePower_W(6) c_u_Thermal(PC_dram_6_1)_ 0.084511631444244562
     SitePower_W(6) c_u_Thermal(PC_dram_6_2)_ 0.081868527023661194
     SitePower_W(6) c_u_Thermal(PC_dram_6_3)_ 0.063710318716941938
     SitePower_W(6) c_u_Thermal(PC_dram_6_4)_ 0.098594766688451504
     SitePower_W(6) c_u_Thermal(PC_dram_6_5)_ 0.10935111806777648
     SitePower_W(6) c_u_Thermal(PC_dram_6_6)_ 0.10575022160701351
     SitePower_W(6) c_u_Thermal(PC_dram_6_7)_ 0.081868527023660972
     SitePower_W(6) c_u_Thermal(PC_dram_6_8)_ 0.11327820849925829
     SitePower_W(6) c_u_Thermal(PC_dram_6_9)_ 0.109351118067776
     SitePower_W(6) c_u_Thermal(PC_dram_6_10)_ 0.084511631444246504
     SitePower_W(6) c_u_Thermal(PC_dram_6_11)_ 0.098594766688454225
     SitePower_W(6) c_u_Thermal(PC_dram_6_12)_ 0.075984929826548184
     SitePower_W(6) c_u_Thermal(PC_dram_7_0)_ 0.01281713363962405
     SitePower_W(6) c_u_Thermal(PC_dram_7_1)_ 0.0039502181058257623
     SitePower_W(6) c_u_Thermal(PC_dram_7_2)_ 0.0012780363930379349
     SitePower_W(6) c_u_Thermal(PC_dram_7_3)_ 0.00041446591375616696
     SitePower_W(6) c_u_Thermal(PC_dram_7_4)_ 0.017440469418772673
     SitePower_W(6) c_u_Thermal(PC_dram_7_5)_ 0.0053495143559712322
     SitePower_W(6) c_u_Thermal(PC_dram_7_6)_ 0.0017110422082019117
     SitePower_W(6) c_u_Thermal(PC_dram_7_7)_ 0.00054727788050755357
     SitePower_W(6) c_u_Thermal(PC_dram_7_8)_ 0.018733129197645925
     SitePower_W(6) c_u_Thermal(PC_dram_7_9)_ 0.0058778284711048772
     SitePower_W(6) c_u_Thermal(PC_dram_7_10)_ 0.0019080879366643094
     SitePower_W(6) c_u_Thermal(PC_dram_7_11)_ 0.00061620990998309576
     SitePower_W(6) c_u_Thermal(PC_dram_7_12)_ 0.017890182651584447
     SitePower_W(6) c_u_Thermal(PC_dram_7_13)_ 0.0058166997428755057
     SitePower_W(6) c_u_Thermal(PC_dram_7_14)_ 0.0019275546988391052
     SitePower_W(6) c_u_Thermal(PC_dram_7_15)_ 0.00063154005413696313
     SitePower_W(6) c_u_Thermal(PC_dram_8_0)_ 0.00013437577672333696
     SitePower_W(6) c_u_Thermal(PC_dram_8_1)_ 4.4097270512073192e-05
     SitePower_W(6) c_u_Thermal(PC_dram_8_2)_ 1.5019978310813117e-05
     SitePower_W(6) c_u_Thermal(PC_dram_8_3)_ 6.3191604706335336e-06
     SitePower_W(6) c_u_Thermal(PC_dram_8_4)_ 0.00017489024871896678
     SitePower_W(6) c_u_Thermal(PC_dram_8_5)_ 5.6668812670523798e-05
     SitePower_W(6) c_u_Thermal(PC_dram_8_6)_ 1.9093125665245935e-05
     SitePower_W(6) c_u_Thermal(PC_dram_8_7)_ 7.9383752538943364e-06
     SitePower_W(6) c_u_Thermal(PC_dram_8_8)_ 0.00019803696787062646
     SitePower_W(6) c_u_Thermal(PC_dram_8_9)_ 6.4331850524570225e-05
     SitePower_W(6) c_u_Thermal(PC_dram_8_10)_ 2.1681747565615054e-05
     SitePower_W(6) c_u_Thermal(PC_dram_8_11)_ 0.0002051231421764351
     SitePower_W(6) c_u_Thermal(PC_dram_8_12)_ 6.7048645866537389e-05
     SitePower_W(6) c_u_Thermal(PC_logic_0_0)_ 7.944664930877593e-06
     SitePower_W(6) c_u_Thermal(PC_logic_0_1)_ 6.3233642536095691e-06
     SitePower_W(6) c_u_Thermal(PC_logic_0_2)_ 2.1699140379524598e-05
     SitePower_W(6) c_u_Thermal(PC_logic_0_3)_ 1.9108860822522541e-05
     SitePower_W(6) c_u_Thermal(PC_logic_0_4)_ 1.5030729867548986e-05
     SitePower_W(6) c_u_Thermal(PC_logic_0_5)_ 6.7082014184652888e-05
     SitePower_W(6) c_u_Thermal(PC_logic_0_6)_ 6.4370215263271708e-05
     SitePower_W(6) c_u_Thermal(PC_logic_0_7)_ 5.6703828700932619e-05
     SitePower_W(6) c_u_Thermal(PC_logic_0_8)_ 4.4120405584142237e-05
     SitePower_W(6) c_u_Thermal(PC_logic_0_9)_ 0.00020522625990137896
     SitePower_W(6) c_u_Thermal(PC_logic_0_10)_ 0.00019815983959836736
     SitePower_W(6) c_u_Thermal(PC_logic_0_11)_ 0.00017500251735605275
     SitePower_W(6) c_u_Thermal(PC_logic_0_12)_ 0.00013444675326934385
     SitePower_W(6) c_u_Thermal(PC_logic_1_0)_ 4.5717734528192476e-06
     SitePower_W(6) c_u_Thermal(PC_logic_1_1)_ 3.0276638536800149e-06
     SitePower_W(6) c_u_Thermal(PC_logic_1_2)_ 1.83040516895004e-06
     SitePower_W(6) c_u_Thermal(PC_logic_1_3)_ 1.011940798083239e-06
     SitePower_W(6) c_u_Thermal(PC_logic_1_4)_ 1.0576003150817081e-05
     SitePower_W(6) c_u_Thermal(PC_logic_1_5)_ 6.7375420587138626e-06
     SitePower_W(6) c_u_Thermal(PC_logic_1_6)_ 3.8958956267164436e-06
     SitePower_W(6) c_u_Thermal(PC_logic_1_7)_ 2.0538649472474064e-06
     SitePower_W(6) c_u_Thermal(PC_logic_1_8)_ 3.0082604314826541e-05
     SitePower_W(6) c_u_Thermal(PC_logic_1_9)_ 1.829453134356664e-05
     SitePower_W(6) c_u_Thermal(PC_logic_1_10)_ 1.0048328451659399e-05
     SitePower_W(6) c_u_Thermal(PC_logic_1_11)_ 5.0290375213284189e-06
     SitePower_W(6) c_u_Thermal(PC_logic_1_12)_ 8.8189063712011746e-05
     SitePower_W(6) c_u_Thermal(PC_logic_1_13)_ 5.0809877949885719e-05
     SitePower_W(6) c_u_Thermal(PC_logic_1_14)_ 2.631217765491882e-05
     SitePower_W(6) c_u_Thermal(PC_logic_1_15)_ 1.2429679517598622e-05
     SitePower_W(6) c_u_Thermal(PC_logic_2_0)_ 5.2450776429333272e-07
     SitePower_W(6) c_u_Thermal(PC_logic_2_1)_ 2.6236129563029555e-07
     SitePower_W(6) c_u_Thermal(PC_logic_2_2)_ 1.013941435950336e-06
     SitePower_W(6) c_u_Thermal(PC_logic_2_3)_ 4.8326920102672354e-07
     SitePower_W(6) c_u_Thermal(PC_logic_2_4)_ 2.3190232603303868e-07
     SitePower_W(6) c_u_Thermal(PC_logic_2_5)_ 2.3543194885983801e-06
     SitePower_W(6) c_u_Thermal(PC_logic_2_6)_ 1.0630855305915211e-06
     SitePower_W(6) c_u_Thermal(PC_logic_2_7)_ 4.8326920102669062e-07
     SitePower_W(6) c_u_Thermal(PC_logic_2_8)_ 2.6236129563027379e-07
     SitePower_W(6) c_u_Thermal(PC_logic_2_9)_ 5.5043853266247305e-06
     SitePower_W(6) c_u_Thermal(PC_logic_2_10)_ 2.3543194885983759e-06
     SitePower_W(6) c_u_Thermal(PC_logic_2_11)_ 1.0139414359503307e-06
     SitePower_W(6) c_u_Thermal(PC_logic_2_12)_ 5.2450776429331895e-07
     SitePower_W(6) c_u_Thermal(PC_logic_3_0)_ 0.00063197628466354742
     SitePower_W(6) c_u_Thermal(PC_logic_3_1)_ 0.00061671846942032698
     SitePower_W(6) c_u_Thermal(PC_logic_3_2)_ 0.00054774259913935959
     SitePower_W(6) c_u_Thermal(PC_logic_3_3)_ 0.00041476397262697274
     SitePower_W(6) c_u_Thermal(PC_logic_3_4)_ 0.001928916124962184
     SitePower_W(6) c_u_Thermal(PC_logic_3_5)_ 0.0019096518205009511
     SitePower_W(6) c_u_Thermal(PC_logic_3_6)_ 0.0017124834571566991
     SitePower_W(6) c_u_Thermal(PC_logic_3_7)_ 0.0012789770928221347
     SitePower_W(6) c_u_Thermal(PC_logic_3_8)_ 0.0058203442254168951
     SitePower_W(6) c_u_Thermal(PC_logic_3_9)_ 0.0058821454303819402
     SitePower_W(6) c_u_Thermal(PC_logic_3_10)_ 0.0053535993243883301
     SitePower_W(6) c_u_Thermal(PC_logic_3_11)_ 0.0039529578058518445
     SitePower_W(6) c_u_Thermal(PC_logic_3_12)_ 0.017949285069856543
     SitePower_W(6) c_u_Thermal(PC_logic_3_13)_ 0.018799292578169566
     SitePower_W(6) c_u_Thermal(PC_logic_3_14)_ 0.017506100307444299
     SitePower_W(6) c_u_Thermal(PC_logic_3_15)_ 0.012872538042467378
     SitePower_W(6) c_u_Thermal(PC_logic_4_0)_ 0.00025845088299165464
     SitePower_W(6) c_u_Thermal(PC_logic_4_1)_ 0.00013934810045634021
     SitePower_W(6) c_u_Thermal(PC_logic_4_2)_ 6.7397057601279207e-05
     SitePower_W(6) c_u_Thermal(PC_logic_4_3)_ 2.9820832235467897e-05
     SitePower_W(6) c_u_Thermal(PC_logic_4_4)_ 0.00074181786222767725
     SitePower_W(6) c_u_Thermal(PC_logic_4_5)_ 0.00036713787416006304
     SitePower_W(6) c_u_Thermal(PC_logic_4_6)_ 0.00016381707799072268
     SitePower_W(6) c_u_Thermal(PC_logic_4_7)_ 6.7397057601273257e-05
     SitePower_W(6) c_u_Thermal(PC_logic_4_8)_ 0.0020545167341185747
     SitePower_W(6) c_u_Thermal(PC_logic_4_9)_ 0.00090724096943903558
     SitePower_W(6) c_u_Thermal(PC_logic_4_10)_ 0.00036713787416006944
     SitePower_W(6) c_u_Thermal(PC_logic_4_11)_ 0.00013934810045633503
     SitePower_W(6) c_u_Thermal(PC_logic_4_12)_ 0.0054188152006433956
     SitePower_W(6) c_u_Thermal(PC_logic_4_13)_ 0.0020545167341186727
     SitePower_W(6) c_u_Thermal(PC_logic_4_14)_ 0.00074181786222774447
     SitePower_W(6) c_u_Thermal(PC_logic_4_15)_ 0.00025845088299168066
     SitePower_W(6) c_u_Thermal(PC_logic_5_0)_ 1.2429679517598496e-05
     SitePower_W(6) c_u_Thermal(PC_logic_5_1)_ 5.0290375213284164e-06
     SitePower_W(6) c_u_Thermal(PC_logic_5_2)_ 2.0538649472474017e-06
     SitePower_W(6) c_u_Thermal(PC_logic_5_3)_ 1.0119407980832623e-06
     SitePower_W(6) c_u_Thermal(PC_logic_5_4)_ 2.6312177654917708e-05
     SitePower_W(6) c_u_Thermal(PC_logic_5_5)_ 1.0048328451659126e-05
     SitePower_W(6) c_u_Thermal(PC_logic_5_6)_ 3.8958956267163166e-06
     SitePower_W(6) c_u_Thermal(PC_logic_5_7)_ 1.8304051689500588e-06
     SitePower_W(6) c_u_Thermal(PC_logic_5_8)_ 5.080987794988685e-05
     SitePower_W(6) c_u_Thermal(PC_logic_5_9)_ 1.8294531343566403e-05
     SitePower_W(6) c_u_Thermal(PC_logic_5_10)_ 6.7375420587142361e-06
     SitePower_W(6) c_u_Thermal(PC_logic_5_11)_ 3.0276638536802169e-06
     SitePower_W(6) c_u_Thermal(PC_logic_5_12)_ 8.8189063712019986e-05
     SitePower_W(6) c_u_Thermal(PC_logic_5_13)_ 3.0082604314828702e-05
     SitePower_W(6) c_u_Thermal(PC_logic_5_14)_ 1.0576003150817704e-05
     SitePower_W(6) c_u_Thermal(PC_logic_5_15)_ 4.5717734528195101e-06
     SitePower_W(6) c_u_Thermal(PC_logic_6_0)_ 0.080472449501135801
     SitePower_W(6) c_u_Thermal(PC_logic_6_1)_ 0.089428823789172829
     SitePower_W(6) c_u_Thermal(PC_logic_6_2)_ 0.086783932751862816
     SitePower_W(6) c_u_Thermal(PC_logic_6_3)_ 0.068142798820317027
     SitePower_W(6) c_u_Thermal(PC_logic_6_4)_ 0.10357523260773201
     SitePower_W(6) c_u_Thermal(PC_logic_6_5)_ 0.1147616243330615
     SitePower_W(6) c_u_Thermal(PC_logic_6_6)_ 0.11115810343370956
     SitePower_W(6) c_u_Thermal(PC_logic_6_7)_ 0.086783932751862553
     SitePower_W(6) c_u_Thermal(PC_logic_6_8)_ 0.11869144686805903
     SitePower_W(6) c_u_Thermal(PC_logic_6_9)_ 0.11476162433306127
     SitePower_W(6) c_u_Thermal(PC_logic_6_10)_ 0.089428823789174716
     SitePower_W(6) c_u_Thermal(PC_logic_6_11)_ 0.10357523260773488
     SitePower_W(6) c_u_Thermal(PC_logic_6_12)_ 0.080472449501133095
     SitePower_W(6) c_u_Thermal(PC_logic_7_0)_ 0.01287253804246773
     SitePower_W(6) c_u_Thermal(PC_logic_7_1)_ 0.0039529578058521038
     SitePower_W(6) c_u_Thermal(PC_logic_7_2)_ 0.0012789770928222717
     SitePower_W(6) c_u_Thermal(PC_logic_7_3)_ 0.00041476397262700971
     SitePower_W(6) c_u_Thermal(PC_logic_7_4)_ 0.017506100307443571
     SitePower_W(6) c_u_Thermal(PC_logic_7_5)_ 0.0053535993243881272
     SitePower_W(6) c_u_Thermal(PC_logic_7_6)_ 0.0017124834571567073
     SitePower_W(6) c_u_Thermal(PC_logic_7_7)_ 0.00054774259913940176
     SitePower_W(6) c_u_Thermal(PC_logic_7_8)_ 0.018799292578169636
     SitePower_W(6) c_u_Thermal(PC_logic_7_9)_ 0.0058821454303819238
     SitePower_W(6) c_u_Thermal(PC_logic_7_10)_ 0.0019096518205009782
     SitePower_W(6) c_u_Thermal(PC_logic_7_11)_ 0.00061671846942033478
     SitePower_W(6) c_u_Thermal(PC_logic_7_12)_ 0.017949285069857254
     SitePower_W(6) c_u_Thermal(PC_logic_7_13)_ 0.0058203442254167312
     SitePower_W(6) c_u_Thermal(PC_logic_7_14)_ 0.0019289161249622306
     SitePower_W(6) c_u_Thermal(PC_logic_7_15)_ 0.00063197628466354536
     SitePower_W(6) c_u_Thermal(PC_logic_8_0)_ 0.00013444675326935299
     SitePower_W(6) c_u_Thermal(PC_logic_8_1)_ 4.412040558414526e-05
     SitePower_W(6) c_u_Thermal(PC_logic_8_2)_ 1.5030729867550029e-05
     SitePower_W(6) c_u_Thermal(PC_logic_8_3)_ 6.3233642536097071e-06
     SitePower_W(6) c_u_Thermal(PC_logic_8_4)_ 0.0001750025173560724
     SitePower_W(6) c_u_Thermal(PC_logic_8_5)_ 5.6703828700941123e-05
     SitePower_W(6) c_u_Thermal(PC_logic_8_6)_ 1.9108860822524364e-05
     SitePower_W(6) c_u_Thermal(PC_logic_8_7)_ 7.944664930878413e-06
     SitePower_W(6) c_u_Thermal(PC_logic_8_8)_ 0.0001981598395983746
     SitePower_W(6) c_u_Thermal(PC_logic_8_9)_ 6.4370215263275259e-05
     SitePower_W(6) c_u_Thermal(PC_logic_8_10)_ 2.1699140379526698e-05
     SitePower_W(6) c_u_Thermal(PC_logic_8_11)_ 0.00020522625990138817
     SitePower_W(6) c_u_Thermal(PC_logic_8_12)_ 6.7082014184661264e-05
     SitePower_W(6) c_u_Leakage(DC_0)_ 2.5820623786450784e-05
     SitePower_W(6) c_u_Leakage(DC_1)_ 6.7779397920191644e-06
     SitePower_W(6) c_u_Leakage(DC_2)_ 4.2182117435711362e-07
     SitePower_W(6) c_u_Leakage(DC_3)_ 0.0022867293103764033
     SitePower_W(6) c_u_Leakage(DC_4)_ 0.00031987401428295508
     SitePower_W(6) c_u_Leakage(DC_5)_ 6.7779397920194795e-06
     SitePower_W(6) c_u_Leakage(DC_6)_ 0.040219681164636652
     SitePower_W(6) c_u_Leakage(DC_7)_ 0.0022867293103764476
     SitePower_W(6) c_u_Leakage(DC_8)_ 2.5820623786453233e-05
     SitePower_W(6) c_u_Leakage(PC_0)_ 7.2751972351876098e-06
     SitePower_W(6) c_u_Leakage(PC_1)_ 1.8679137968313033e-06
     SitePower_W(6) c_u_Leakage(PC_2)_ 1.1103097888721846e-07
     SitePower_W(6) c_u_Leakage(PC_3)_ 0.00067040909865955357
     SitePower_W(6) c_u_Leakage(PC_4)_ 9.2422312983153911e-05
     SitePower_W(6) c_u_Leakage(PC_5)_ 1.8679137968313698e-06
     SitePower_W(6) c_u_Leakage(PC_6)_ 0.011429271749978615
     SitePower_W(6) c_u_Leakage(PC_7)_ 0.00067040909865955585
     SitePower_W(6) c_u_Leakage(PC_8)_ 7.2751972351881773e-06
     SitePower_W(7) c_e_SitePowerDef(7)_ 1
     SitePower_W(7) c_u_Thermal(DC_dram_0_0)_ 3.4767745645541395e-06
     SitePower_W(7) c_u_Thermal(DC_dram_0_1)_ 4.9043137253141954e-06
     SitePower_W(7) c_u_Thermal(DC_dram_0_2)_ 4.9535499759798119e-06
     SitePower_W(7) c_u_Thermal(DC_dram_0_3)_ 7.6541795169820408e-06
     SitePower_W(7) c_u_Thermal(DC_dram_0_4)_ 1.1326512435045009e-05
     SitePower_W(7) c_u_Thermal(DC_dram_0_5)_ 8.467030209424318e-06
     SitePower_W(7) c_u_Thermal(DC_dram_0_6)_ 1.2498893730930293e-05
     SitePower_W(7) c_u_Thermal(DC_dram_0_7)_ 2.0570977204876494e-05
     SitePower_W(7) c_u_Thermal(DC_dram_0_8)_ 3.2154218729699166e-05
     SitePower_W(7) c_u_Thermal(DC_dram_0_9)_ 2.0440116691494965e-05
     SitePower_W(7) c_u_Thermal(DC_dram_0_10)_ 3.20919223669007e-05
     SitePower_W(7) c_u_Thermal(DC_dram_0_11)_ 5.6660006703830507e-05
     SitePower_W(7) c_u_Thermal(DC_dram_0_12)_ 9.4236120321974684e-05
     SitePower_W(7) c_u_Thermal(DC_dram_1_0)_ 6.3682115274119082e-06
     SitePower_W(7) c_u_Thermal(DC_dram_1_1)_ 7.3581995683071208e-06
     SitePower_W(7) c_u_Thermal(DC_dram_1_2)_ 7.3581995683066042e-06
     SitePower_W(7) c_u_Thermal(DC_dram_1_3)_ 6.3682115274119734e-06
     SitePower_W(7) c_u_Thermal(DC_dram_1_4)_ 1.5211795636545633e-05
     SitePower_W(7) c_u_Thermal(DC_dram_1_5)_ 1.7855247943044064e-05
     SitePower_W(7) c_u_Thermal(DC_dram_1_6)_ 1.7855247943043268e-05
     SitePower_W(7) c_u_Thermal(DC_dram_1_7)_ 1.5211795636544915e-05
     SitePower_W(7) c_u_Thermal(DC_dram_1_8)_ 4.4869142566363744e-05
     SitePower_W(7) c_u_Thermal(DC_dram_1_9)_ 5.35283597862174e-05
     SitePower_W(7) c_u_Thermal(DC_dram_1_10)_ 5.3528359786214384e-05
     SitePower_W(7) c_u_Thermal(DC_dram_1_11)_ 4.4869142566356304e-05
     SitePower_W(7) c_u_Thermal(DC_dram_1_12)_ 0.00013764252532529647
     SitePower_W(7) c_u_Thermal(DC_dram_1_13)_ 0.00016731100335154347
     SitePower_W(7) c_u_Thermal(DC_dram_1_14)_ 0.00016731100335153209
     SitePower_W(7) c_u_Thermal(DC_dram_1_15)_ 0.00013764252532529132
     SitePower_W(7) c_u_Thermal(DC_dram_2_0)_ 4.904313725314031e-06
     SitePower_W(7) c_u_Thermal(DC_dram_2_1)_ 3.4767745645540967e-06
     SitePower_W(7) c_u_Thermal(DC_dram_2_2)_ 1.1326512435044596e-05
     SitePower_W(7) c_u_Thermal(DC_dram_2_3)_ 7.6541795169820205e-06
     SitePower_W(7) c_u_Thermal(DC_dram_2_4)_ 4.9535499759797416e-06
     SitePower_W(7) c_u_Thermal(DC_dram_2_5)_ 3.2154218729699125e-05
     SitePower_W(7) c_u_Thermal(DC_dram_2_6)_ 2.0570977204875397e-05
     SitePower_W(7) c_u_Thermal(DC_dram_2_7)_ 1.2498893730929554e-05
     SitePower_W(7) c_u_Thermal(DC_dram_2_8)_ 8.4670302094239487e-06
     SitePower_W(7) c_u_Thermal(DC_dram_2_9)_ 9.4236120321969792e-05
     SitePower_W(7) c_u_Thermal(DC_dram_2_10)_ 5.6660006703832215e-05
     SitePower_W(7) c_u_Thermal(DC_dram_2_11)_ 3.2091922366898213e-05
     SitePower_W(7) c_u_Thermal(DC_dram_2_12)_ 2.0440116691493007e-05
     SitePower_W(7) c_u_Thermal(DC_dram_3_0)_ 4.7896545111602175e-05
     SitePower_W(7) c_u_Thermal(DC_dram_3_1)_ 8.0709174695859547e-05
     SitePower_W(7) c_u_Thermal(DC_dram_3_2)_ 0.00015430674955416382
     SitePower_W(7) c_u_Thermal(DC_dram_3_3)_ 0.000276353330317701
     SitePower_W(7) c_u_Thermal(DC_dram_3_4)_ 0.00010549798326403012
     SitePower_W(7) c_u_Thermal(DC_dram_3_5)_ 0.00019248628067019421
     SitePower_W(7) c_u_Thermal(DC_dram_3_6)_ 0.00040320306653924437
     SitePower_W(7) c_u_Thermal(DC_dram_3_7)_ 0.00079190239024918988
     SitePower_W(7) c_u_Thermal(DC_dram_3_8)_ 0.00021241368705089429
     SitePower_W(7) c_u_Thermal(DC_dram_3_9)_ 0.00042366520798210245
     SitePower_W(7) c_u_Thermal(DC_dram_3_10)_ 0.00098797117426035054
     SitePower_W(7) c_u_Thermal(DC_dram_3_11)_ 0.0021879602051691942
     SitePower_W(7) c_u_Thermal(DC_dram_3_12)_ 0.00038433993634484257
     SitePower_W(7) c_u_Thermal(DC_dram_3_13)_ 0.00084244261046959067
     SitePower_W(7) c_u_Thermal(DC_dram_3_14)_ 0.0022203157310139564
     SitePower_W(7) c_u_Thermal(DC_dram_3_15)_ 0.0057852440497957111
     SitePower_W(7) c_u_Thermal(DC_dram_4_0)_ 0.00042781692217396493
     SitePower_W(7) c_u_Thermal(DC_dram_4_1)_ 0.00053101551465968924
     SitePower_W(7) c_u_Thermal(DC_dram_4_2)_ 0.00053101551465968035
     SitePower_W(7) c_u_Thermal(DC_dram_4_3)_ 0.00042781692217396536
     SitePower_W(7) c_u_Thermal(DC_dram_4_4)_ 0.0013260948851941672
     SitePower_W(7) c_u_Thermal(DC_dram_4_5)_ 0.0016803539204311773
     SitePower_W(7) c_u_Thermal(DC_dram_4_6)_ 0.0016803539204311327
     SitePower_W(7) c_u_Thermal(DC_dram_4_7)_ 0.0013260948851941958
     SitePower_W(7) c_u_Thermal(DC_dram_4_8)_ 0.0041306599414842621
     SitePower_W(7) c_u_Thermal(DC_dram_4_9)_ 0.0053292307798986508
     SitePower_W(7) c_u_Thermal(DC_dram_4_10)_ 0.0053292307798986013
     SitePower_W(7) c_u_Thermal(DC_dram_4_11)_ 0.0041306599414839655
     SitePower_W(7) c_u_Thermal(DC_dram_4_12)_ 0.013986360565825012
     SitePower_W(7) c_u_Thermal(DC_dram_4_13)_ 0.018108783803727872
     SitePower_W(7) c_u_Thermal(DC_dram_4_14)_ 0.018108783803727529
     SitePower_W(7) c_u_Thermal(DC_dram_4_15)_ 0.013986360565825246
     SitePower_W(7) c_u_Thermal(DC_dram_5_0)_ 0.00027635333031768891
     SitePower_W(7) c_u_Thermal(DC_dram_5_1)_ 0.00015430674955415385
     SitePower_W(7) c_u_Thermal(DC_dram_5_2)_ 8.0709174695860523e-05
     SitePower_W(7) c_u_Thermal(DC_dram_5_3)_ 4.7896545111601186e-05
     SitePower_W(7) c_u_Thermal(DC_dram_5_4)_ 0.00079190239024919042
     SitePower_W(7) c_u_Thermal(DC_dram_5_5)_ 0.00040320306653923764
     SitePower_W(7) c_u_Thermal(DC_dram_5_6)_ 0.00019248628067018632
     SitePower_W(7) c_u_Thermal(DC_dram_5_7)_ 0.00010549798326402877
     SitePower_W(7) c_u_Thermal(DC_dram_5_8)_ 0.0021879602051690684
     SitePower_W(7) c_u_Thermal(DC_dram_5_9)_ 0.00098797117426024017
     SitePower_W(7) c_u_Thermal(DC_dram_5_10)_ 0.00042366520798206862
     SitePower_W(7) c_u_Thermal(DC_dram_5_11)_ 0.00021241368705088423
     SitePower_W(7) c_u_Thermal(DC_dram_5_12)_ 0.005785244049795313
     SitePower_W(7) c_u_Thermal(DC_dram_5_13)_ 0.0022203157310138918
     SitePower_W(7) c_u_Thermal(DC_dram_5_14)_ 0.00084244261046944951
     SitePower_W(7) c_u_Thermal(DC_dram_5_15)_ 0.00038433993634478814
     SitePower_W(7) c_u_Thermal(DC_dram_6_0)_ 0.00060520246382242296
     SitePower_W(7) c_u_Thermal(DC_dram_6_1)_ 0.0014340819983787163
     SitePower_W(7) c_u_Thermal(DC_dram_6_2)_ 0.0042518325695444252
     SitePower_W(7) c_u_Thermal(DC_dram_6_3)_ 0.014126535268619927
     SitePower_W(7) c_u_Thermal(DC_dram_6_4)_ 0.00079292297685491602
     SitePower_W(7) c_u_Thermal(DC_dram_6_5)_ 0.0019035597629685152
     SitePower_W(7) c_u_Thermal(DC_dram_6_6)_ 0.0056891065550780644
     SitePower_W(7) c_u_Thermal(DC_dram_6_7)_ 0.018729406877759425
     SitePower_W(7) c_u_Thermal(DC_dram_6_8)_ 0.0021271933465253235
     SitePower_W(7) c_u_Thermal(DC_dram_6_9)_ 0.0062609578651109041
     SitePower_W(7) c_u_Thermal(DC_dram_6_10)_ 0.020104636986383571
     SitePower_W(7) c_u_Thermal(DC_dram_6_11)_ 0.0062646583188631392
     SitePower_W(7) c_u_Thermal(DC_dram_6_12)_ 0.01954609418149672
     SitePower_W(7) c_u_Thermal(DC_dram_7_0)_ 0.078990113944882867
     SitePower_W(7) c_u_Thermal(DC_dram_7_1)_ 0.095017066038975834
     SitePower_W(7) c_u_Thermal(DC_dram_7_2)_ 0.095017066038978568
     SitePower_W(7) c_u_Thermal(DC_dram_7_3)_ 0.078990113944885268
     SitePower_W(7) c_u_Thermal(DC_dram_7_4)_ 0.095804291813442716
     SitePower_W(7) c_u_Thermal(DC_dram_7_5)_ 0.11608631267650252
     SitePower_W(7) c_u_Thermal(DC_dram_7_6)_ 0.11608631267650059
     SitePower_W(7) c_u_Thermal(DC_dram_7_7)_ 0.095804291813442244
     SitePower_W(7) c_u_Thermal(DC_dram_7_8)_ 0.098579199522807068
     SitePower_W(7) c_u_Thermal(DC_dram_7_9)_ 0.11969951642412498
     SitePower_W(7) c_u_Thermal(DC_dram_7_10)_ 0.11969951642412267
     SitePower_W(7) c_u_Thermal(DC_dram_7_11)_ 0.098579199522795105
     SitePower_W(7) c_u_Thermal(DC_dram_7_12)_ 0.092417383274733145
     SitePower_W(7) c_u_Thermal(DC_dram_7_13)_ 0.11243488152425957
     SitePower_W(7) c_u_Thermal(DC_dram_7_14)_ 0.11243488152425499
     SitePower_W(7) c_u_Thermal(DC_dram_7_15)_ 0.092417383274727705
     SitePower_W(7) c_u_Thermal(DC_dram_8_0)_ 0.01412653526861901
     SitePower_W(7) c_u_Thermal(DC_dram_8_1)_ 0.0042518325695441476
     SitePower_W(7) c_u_Thermal(DC_dram_8_2)_ 0.0014340819983786398
     SitePower_W(7) c_u_Thermal(DC_dram_8_3)_ 0.00060520246382239748
     SitePower_W(7) c_u_Thermal(DC_dram_8_4)_ 0.018729406877757735
     SitePower_W(7) c_u_Thermal(DC_dram_8_5)_ 0.0056891065550778042
     SitePower_W(7) c_u_Thermal(DC_dram_8_6)_ 0.001903559762968423
     SitePower_W(7) c_u_Thermal(DC_dram_8_7)_ 0.00079292297685492317
     SitePower_W(7) c_u_Thermal(DC_dram_8_8)_ 0.020104636986382741
     SitePower_W(7) c_u_Thermal(DC_dram_8_9)_ 0.006260957865110532
     SitePower_W(7) c_u_Thermal(DC_dram_8_10)_ 0.0021271933465253343
     SitePower_W(7) c_u_Thermal(DC_dram_8_11)_ 0.019546094181497466
     SitePower_W(7) c_u_Thermal(DC_dram_8_12)_ 0.0062646583188633517
     SitePower_W(7) c_u_Thermal(DC_logic_0_0)_ 3.4791287828051513e-06
     SitePower_W(7) c_u_Thermal(DC_logic_0_1)_ 4.907355973668581e-06
     SitePower_W(7) c_u_Thermal(DC_logic_0_2)_ 4.9571466448895902e-06
     SitePower_W(7) c_u_Thermal(DC_logic_0_3)_ 7.6594266032651788e-06
     SitePower_W(7) c_u_Thermal(DC_logic_0_4)_ 1.1333671128068123e-05
     SitePower_W(7) c_u_Thermal(DC_logic_0_5)_ 8.472038591581136e-06
     SitePower_W(7) c_u_Thermal(DC_logic_0_6)_ 1.2506789356752244e-05
     SitePower_W(7) c_u_Thermal(DC_logic_0_7)_ 2.0582878694284029e-05
     SitePower_W(7) c_u_Thermal(DC_logic_0_8)_ 3.2171073710522096e-05
     SitePower_W(7) c_u_Thermal(DC_logic_0_9)_ 2.0451961504632821e-05
     SitePower_W(7) c_u_Thermal(DC_logic_0_10)_ 3.2112178361300752e-05
     SitePower_W(7) c_u_Thermal(DC_logic_0_11)_ 5.669298877448888e-05
     SitePower_W(7) c_u_Thermal(DC_logic_0_12)_ 9.428638213384365e-05
     SitePower_W(7) c_u_Thermal(DC_logic_1_0)_ 6.3723275293332475e-06
     SitePower_W(7) c_u_Thermal(DC_logic_1_1)_ 7.363476457617384e-06
     SitePower_W(7) c_u_Thermal(DC_logic_1_2)_ 7.3634764576168682e-06
     SitePower_W(7) c_u_Thermal(DC_logic_1_3)_ 6.372327529333317e-06
     SitePower_W(7) c_u_Thermal(DC_logic_1_4)_ 1.5221786056367921e-05
     SitePower_W(7) c_u_Thermal(DC_logic_1_5)_ 1.7868064304499546e-05
     SitePower_W(7) c_u_Thermal(DC_logic_1_6)_ 1.7868064304498743e-05
     SitePower_W(7) c_u_Thermal(DC_logic_1_7)_ 1.5221786056367182e-05
     SitePower_W(7) c_u_Thermal(DC_logic_1_8)_ 4.4893675066071252e-05
     SitePower_W(7) c_u_Thermal(DC_logic_1_9)_ 5.3560615595461171e-05
     SitePower_W(7) c_u_Thermal(DC_logic_1_10)_ 5.356061559545819e-05
     SitePower_W(7) c_u_Thermal(DC_logic_1_11)_ 4.4893675066063825e-05
     SitePower_W(7) c_u_Thermal(DC_logic_1_12)_ 0.00013772045957063161
     SitePower_W(7) c_u_Thermal(DC_logic_1_13)_ 0.00016741686717845126
     SitePower_W(7) c_u_Thermal(DC_logic_1_14)_ 0.00016741686717843993
     SitePower_W(7) c_u_Thermal(DC_logic_1_15)_ 0.00013772045957062638
     SitePower_W(7) c_u_Thermal(DC_logic_2_0)_ 4.9073559736684124e-06
     SitePower_W(7) c_u_Thermal(DC_logic_2_1)_ 3.4791287828050992e-06
     SitePower_W(7) c_u_Thermal(DC_logic_2_2)_ 1.1333671128067723e-05
     SitePower_W(7) c_u_Thermal(DC_logic_2_3)_ 7.659426603265167e-06
     SitePower_W(7) c_u_Thermal(DC_logic_2_4)_ 4.9571466448895199e-06
     SitePower_W(7) c_u_Thermal(DC_logic_2_5)_ 3.2171073710522055e-05
     SitePower_W(7) c_u_Thermal(DC_logic_2_6)_ 2.0582878694282985e-05
     SitePower_W(7) c_u_Thermal(DC_logic_2_7)_ 1.2506789356751487e-05
     SitePower_W(7) c_u_Thermal(DC_logic_2_8)_ 8.47203859158076e-06
     SitePower_W(7) c_u_Thermal(DC_logic_2_9)_ 9.4286382133838717e-05
     SitePower_W(7) c_u_Thermal(DC_logic_2_10)_ 5.6692988774490628e-05
     SitePower_W(7) c_u_Thermal(DC_logic_2_11)_ 3.2112178361298245e-05
     SitePower_W(7) c_u_Thermal(DC_logic_2_12)_ 2.045196150463088e-05
     SitePower_W(7) c_u_Thermal(DC_logic_3_0)_ 4.792848746813852e-05
     SitePower_W(7) c_u_Thermal(DC_logic_3_1)_ 8.0767604846862585e-05
     SitePower_W(7) c_u_Thermal(DC_logic_3_2)_ 0.00015441088503447342
     SitePower_W(7) c_u_Thermal(DC_logic_3_3)_ 0.00027652932179168333
     SitePower_W(7) c_u_Thermal(DC_logic_3_4)_ 0.00010557237217518372
     SitePower_W(7) c_u_Thermal(DC_logic_3_5)_ 0.00019262861855663639
     SitePower_W(7) c_u_Thermal(DC_logic_3_6)_ 0.000403472568384195
     SitePower_W(7) c_u_Thermal(DC_logic_3_7)_ 0.00079240619051424625
     SitePower_W(7) c_u_Thermal(DC_logic_3_8)_ 0.00021255106967404941
     SitePower_W(7) c_u_Thermal(DC_logic_3_9)_ 0.00042394566318708989
     SitePower_W(7) c_u_Thermal(DC_logic_3_10)_ 0.00098853661732360427
     SitePower_W(7) c_u_Thermal(DC_logic_3_11)_ 0.0021892354295827534
     SitePower_W(7) c_u_Thermal(DC_logic_3_12)_ 0.00038457385137816581
     SitePower_W(7) c_u_Thermal(DC_logic_3_13)_ 0.00084297468507303663
     SitePower_W(7) c_u_Thermal(DC_logic_3_14)_ 0.0022216118869921257
     SitePower_W(7) c_u_Thermal(DC_logic_3_15)_ 0.0057915325409283978
     SitePower_W(7) c_u_Thermal(DC_logic_4_0)_ 0.00042810896369544789
     SitePower_W(7) c_u_Thermal(DC_logic_4_1)_ 0.00053141618663449675
     SitePower_W(7) c_u_Thermal(DC_logic_4_2)_ 0.00053141618663448754
     SitePower_W(7) c_u_Thermal(DC_logic_4_3)_ 0.00042810896369544957
     SitePower_W(7) c_u_Thermal(DC_logic_4_4)_ 0.0013270203265464218
     SitePower_W(7) c_u_Thermal(DC_logic_4_5)_ 0.0016816241136963144
     SitePower_W(7) c_u_Thermal(DC_logic_4_6)_ 0.0016816241136962721
     SitePower_W(7) c_u_Thermal(DC_logic_4_7)_ 0.001327020326546453
     SitePower_W(7) c_u_Thermal(DC_logic_4_8)_ 0.0041345334017145428
     SitePower_W(7) c_u_Thermal(DC_logic_4_9)_ 0.0053342736632581537
     SitePower_W(7) c_u_Thermal(DC_logic_4_10)_ 0.0053342736632580965
     SitePower_W(7) c_u_Thermal(DC_logic_4_11)_ 0.004134533401714254
     SitePower_W(7) c_u_Thermal(DC_logic_4_12)_ 0.014061048496732358
     SitePower_W(7) c_u_Thermal(DC_logic_4_13)_ 0.018192839897970426
     SitePower_W(7) c_u_Thermal(DC_logic_4_14)_ 0.018192839897970093
     SitePower_W(7) c_u_Thermal(DC_logic_4_15)_ 0.014061048496732589
     SitePower_W(7) c_u_Thermal(DC_logic_5_0)_ 0.00027652932179167119
     SitePower_W(7) c_u_Thermal(DC_logic_5_1)_ 0.00015441088503446339
     SitePower_W(7) c_u_Thermal(DC_logic_5_2)_ 8.0767604846863547e-05
     SitePower_W(7) c_u_Thermal(DC_logic_5_3)_ 4.7928487468137652e-05
     SitePower_W(7) c_u_Thermal(DC_logic_5_4)_ 0.00079240619051424755
     SitePower_W(7) c_u_Thermal(DC_logic_5_5)_ 0.00040347256838418845
     SitePower_W(7) c_u_Thermal(DC_logic_5_6)_ 0.00019262861855662874
     SitePower_W(7) c_u_Thermal(DC_logic_5_7)_ 0.00010557237217518253
     SitePower_W(7) c_u_Thermal(DC_logic_5_8)_ 0.002189235429582628
     SitePower_W(7) c_u_Thermal(DC_logic_5_9)_ 0.00098853661732349542
     SitePower_W(7) c_u_Thermal(DC_logic_5_10)_ 0.00042394566318705514
     SitePower_W(7) c_u_Thermal(DC_logic_5_11)_ 0.00021255106967403971
     SitePower_W(7) c_u_Thermal(DC_logic_5_12)_ 0.0057915325409280023
     SitePower_W(7) c_u_Thermal(DC_logic_5_13)_ 0.0022216118869920589
     SitePower_W(7) c_u_Thermal(DC_logic_5_14)_ 0.00084297468507289525
     SitePower_W(7) c_u_Thermal(DC_logic_5_15)_ 0.00038457385137811192
     SitePower_W(7) c_u_Thermal(DC_logic_6_0)_ 0.00060559912512654548
     SitePower_W(7) c_u_Thermal(DC_logic_6_1)_ 0.0014350787340180493
     SitePower_W(7) c_u_Thermal(DC_logic_6_2)_ 0.0042557932689568749
     SitePower_W(7) c_u_Thermal(DC_logic_6_3)_ 0.014201322330509459
     SitePower_W(7) c_u_Thermal(DC_logic_6_4)_ 0.00079349623558675635
     SitePower_W(7) c_u_Thermal(DC_logic_6_5)_ 0.0019049881368989737
     SitePower_W(7) c_u_Thermal(DC_logic_6_6)_ 0.0056943942537484435
     SitePower_W(7) c_u_Thermal(DC_logic_6_7)_ 0.018813859026636407
     SitePower_W(7) c_u_Thermal(DC_logic_6_8)_ 0.0021287555388174169
     SitePower_W(7) c_u_Thermal(DC_logic_6_9)_ 0.0062665348505964516
     SitePower_W(7) c_u_Thermal(DC_logic_6_10)_ 0.020189850863121282
     SitePower_W(7) c_u_Thermal(DC_logic_6_11)_ 0.0062697804109210636
     SitePower_W(7) c_u_Thermal(DC_logic_6_12)_ 0.019626946523481504
     SitePower_W(7) c_u_Thermal(DC_logic_7_0)_ 0.083332249426356655
     SitePower_W(7) c_u_Thermal(DC_logic_7_1)_ 0.099697670321194989
     SitePower_W(7) c_u_Thermal(DC_logic_7_2)_ 0.09969767032119789
     SitePower_W(7) c_u_Thermal(DC_logic_7_3)_ 0.083332249426359403
     SitePower_W(7) c_u_Thermal(DC_logic_7_4)_ 0.10048541615150888
     SitePower_W(7) c_u_Thermal(DC_logic_7_5)_ 0.12111484702848288
     SitePower_W(7) c_u_Thermal(DC_logic_7_6)_ 0.1211148470284812
     SitePower_W(7) c_u_Thermal(DC_logic_7_7)_ 0.10048541615150854
     SitePower_W(7) c_u_Thermal(DC_logic_7_8)_ 0.10326325733767151
     SitePower_W(7) c_u_Thermal(DC_logic_7_9)_ 0.12473180402675195
     SitePower_W(7) c_u_Thermal(DC_logic_7_10)_ 0.12473180402674949
     SitePower_W(7) c_u_Thermal(DC_logic_7_11)_ 0.10326325733765949
     SitePower_W(7) c_u_Thermal(DC_logic_7_12)_ 0.096833840827349596
     SitePower_W(7) c_u_Thermal(DC_logic_7_13)_ 0.1171990406418091
     SitePower_W(7) c_u_Thermal(DC_logic_7_14)_ 0.11719904064180441
     SitePower_W(7) c_u_Thermal(DC_logic_7_15)_ 0.096833840827344156
     SitePower_W(7) c_u_Thermal(DC_logic_8_0)_ 0.014201322330508574
     SitePower_W(7) c_u_Thermal(DC_logic_8_1)_ 0.0042557932689566112
     SitePower_W(7) c_u_Thermal(DC_logic_8_2)_ 0.0014350787340179705
     SitePower_W(7) c_u_Thermal(DC_logic_8_3)_ 0.00060559912512651978
     SitePower_W(7) c_u_Thermal(DC_logic_8_4)_ 0.018813859026634731
     SitePower_W(7) c_u_Thermal(DC_logic_8_5)_ 0.0056943942537481789
     SitePower_W(7) c_u_Thermal(DC_logic_8_6)_ 0.0019049881368988827
     SitePower_W(7) c_u_Thermal(DC_logic_8_7)_ 0.00079349623558676351
     SitePower_W(7) c_u_Thermal(DC_logic_8_8)_ 0.020189850863120421
     SitePower_W(7) c_u_Thermal(DC_logic_8_9)_ 0.0062665348505960899
     SitePower_W(7) c_u_Thermal(DC_logic_8_10)_ 0.0021287555388174255
     SitePower_W(7) c_u_Thermal(DC_logic_8_11)_ 0.019626946523482236
     SitePower_W(7) c_u_Thermal(DC_logic_8_12)_ 0.0062697804109212692
     SitePower_W(7) c_u_Thermal(PC_dram_0_0)_ 2.8953302121673034e-06
     SitePower_W(7) c_u_Thermal(PC_dram_0_1)_ 4.1233787401399821e-06
     SitePower_W(7) c_u_Thermal(PC_dram_0_2)_ 4.14382441795624e-06
     SitePower_W(7) c_u_Thermal(PC_dram_0_3)_ 6.4812290324579993e-06
     SitePower_W(7) c_u_Thermal(PC_dram_0_4)_ 9.6877330866473241e-06
     SitePower_W(7) c_u_Thermal(PC_dram_0_5)_ 7.1168137781837375e-06
     SitePower_W(7) c_u_Thermal(PC_dram_0_6)_ 1.0621108652556284e-05
     SitePower_W(7) c_u_Thermal(PC_dram_0_7)_ 1.7704588504395476e-05
     SitePower_W(7) c_u_Thermal(PC_dram_0_8)_ 2.7977273898609295e-05
     SitePower_W(7) c_u_Thermal(PC_dram_0_9)_ 1.7399993778676992e-05
     SitePower_W(7) c_u_Thermal(PC_dram_0_10)_ 2.763465922453129e-05
     SitePower_W(7) c_u_Thermal(PC_dram_0_11)_ 4.9441550494268249e-05
     SitePower_W(7) c_u_Thermal(PC_dram_0_12)_ 8.3169746055605277e-05
     SitePower_W(7) c_u_Thermal(PC_dram_1_0)_ 5.386532936659566e-06
     SitePower_W(7) c_u_Thermal(PC_dram_1_1)_ 6.2414485687722341e-06
     SitePower_W(7) c_u_Thermal(PC_dram_1_2)_ 6.2414485687722222e-06
     SitePower_W(7) c_u_Thermal(PC_dram_1_3)_ 5.3865329366595473e-06
     SitePower_W(7) c_u_Thermal(PC_dram_1_4)_ 1.3099723103012209e-05
     SitePower_W(7) c_u_Thermal(PC_dram_1_5)_ 1.543222760948945e-05
     SitePower_W(7) c_u_Thermal(PC_dram_1_6)_ 1.5432227609489752e-05
     SitePower_W(7) c_u_Thermal(PC_dram_1_7)_ 1.3099723103012139e-05
     SitePower_W(7) c_u_Thermal(PC_dram_1_8)_ 3.933356272166201e-05
     SitePower_W(7) c_u_Thermal(PC_dram_1_9)_ 4.7110188382385315e-05
     SitePower_W(7) c_u_Thermal(PC_dram_1_10)_ 4.7110188382385538e-05
     SitePower_W(7) c_u_Thermal(PC_dram_1_11)_ 3.933356272166285e-05
     SitePower_W(7) c_u_Thermal(PC_dram_1_12)_ 0.00012247760049106951
     SitePower_W(7) c_u_Thermal(PC_dram_1_13)_ 0.00014960869548222299
     SitePower_W(7) c_u_Thermal(PC_dram_1_14)_ 0.00014960869548222798
     SitePower_W(7) c_u_Thermal(PC_dram_1_15)_ 0.00012247760049107468
     SitePower_W(7) c_u_Thermal(PC_dram_2_0)_ 4.1233787401400185e-06
     SitePower_W(7) c_u_Thermal(PC_dram_2_1)_ 2.8953302121676049e-06
     SitePower_W(7) c_u_Thermal(PC_dram_2_2)_ 9.6877330866473953e-06
     SitePower_W(7) c_u_Thermal(PC_dram_2_3)_ 6.481229032458627e-06
     SitePower_W(7) c_u_Thermal(PC_dram_2_4)_ 4.1438244179563688e-06
     SitePower_W(7) c_u_Thermal(PC_dram_2_5)_ 2.7977273898610701e-05
     SitePower_W(7) c_u_Thermal(PC_dram_2_6)_ 1.7704588504397566e-05
     SitePower_W(7) c_u_Thermal(PC_dram_2_7)_ 1.0621108652556821e-05
     SitePower_W(7) c_u_Thermal(PC_dram_2_8)_ 7.1168137781840806e-06
     SitePower_W(7) c_u_Thermal(PC_dram_2_9)_ 8.3169746055611525e-05
     SitePower_W(7) c_u_Thermal(PC_dram_2_10)_ 4.944155049427388e-05
     SitePower_W(7) c_u_Thermal(PC_dram_2_11)_ 2.7634659224532709e-05
     SitePower_W(7) c_u_Thermal(PC_dram_2_12)_ 1.7399993778677297e-05
     SitePower_W(7) c_u_Thermal(PC_dram_3_0)_ 4.121012469993749e-05
     SitePower_W(7) c_u_Thermal(PC_dram_3_1)_ 7.0315555485113548e-05
     SitePower_W(7) c_u_Thermal(PC_dram_3_2)_ 0.00013627397696250535
     SitePower_W(7) c_u_Thermal(PC_dram_3_3)_ 0.00024687313492138092
     SitePower_W(7) c_u_Thermal(PC_dram_3_4)_ 9.1807816806249818e-05
     SitePower_W(7) c_u_Thermal(PC_dram_3_5)_ 0.00016982509428436116
     SitePower_W(7) c_u_Thermal(PC_dram_3_6)_ 0.00036072187922864556
     SitePower_W(7) c_u_Thermal(PC_dram_3_7)_ 0.00071686025328857549
     SitePower_W(7) c_u_Thermal(PC_dram_3_8)_ 0.00018700347770915404
     SitePower_W(7) c_u_Thermal(PC_dram_3_9)_ 0.0003784225229351842
     SitePower_W(7) c_u_Thermal(PC_dram_3_10)_ 0.00089518493788092433
     SitePower_W(7) c_u_Thermal(PC_dram_3_11)_ 0.0020057292220119218
     SitePower_W(7) c_u_Thermal(PC_dram_3_12)_ 0.00034186266411132747
     SitePower_W(7) c_u_Thermal(PC_dram_3_13)_ 0.00076082533588624332
     SitePower_W(7) c_u_Thermal(PC_dram_3_14)_ 0.0020339859014821913
     SitePower_W(7) c_u_Thermal(PC_dram_3_15)_ 0.0053313332770443568
     SitePower_W(7) c_u_Thermal(PC_dram_4_0)_ 0.00038567816965865895
     SitePower_W(7) c_u_Thermal(PC_dram_4_1)_ 0.0004819882235666013
     SitePower_W(7) c_u_Thermal(PC_dram_4_2)_ 0.00048198822356663101
     SitePower_W(7) c_u_Thermal(PC_dram_4_3)_ 0.00038567816965868047
     SitePower_W(7) c_u_Thermal(PC_dram_4_4)_ 0.0012125234075741501
     SitePower_W(7) c_u_Thermal(PC_dram_4_5)_ 0.0015512586645679202
     SitePower_W(7) c_u_Thermal(PC_dram_4_6)_ 0.0015512586645679382
     SitePower_W(7) c_u_Thermal(PC_dram_4_7)_ 0.0012125234075741561
     SitePower_W(7) c_u_Thermal(PC_dram_4_8)_ 0.0038139960064924898
     SitePower_W(7) c_u_Thermal(PC_dram_4_9)_ 0.0049893759795428313
     SitePower_W(7) c_u_Thermal(PC_dram_4_10)_ 0.004989375979542938
     SitePower_W(7) c_u_Thermal(PC_dram_4_11)_ 0.0038139960064924468
     SitePower_W(7) c_u_Thermal(PC_dram_4_12)_ 0.012563418334744456
     SitePower_W(7) c_u_Thermal(PC_dram_4_13)_ 0.016709712272020262
     SitePower_W(7) c_u_Thermal(PC_dram_4_14)_ 0.016709712272020907
     SitePower_W(7) c_u_Thermal(PC_dram_4_15)_ 0.012563418334744277
     SitePower_W(7) c_u_Thermal(PC_dram_5_0)_ 0.00024687313492139751
     SitePower_W(7) c_u_Thermal(PC_dram_5_1)_ 0.00013627397696251446
     SitePower_W(7) c_u_Thermal(PC_dram_5_2)_ 7.0315555485113643e-05
     SitePower_W(7) c_u_Thermal(PC_dram_5_3)_ 4.1210124699936331e-05
     SitePower_W(7) c_u_Thermal(PC_dram_5_4)_ 0.00071686025328859316
     SitePower_W(7) c_u_Thermal(PC_dram_5_5)_ 0.00036072187922863325
     SitePower_W(7) c_u_Thermal(PC_dram_5_6)_ 0.00016982509428435476
     SitePower_W(7) c_u_Thermal(PC_dram_5_7)_ 9.1807816806248219e-05
     SitePower_W(7) c_u_Thermal(PC_dram_5_8)_ 0.0020057292220119747
     SitePower_W(7) c_u_Thermal(PC_dram_5_9)_ 0.00089518493788085874
     SitePower_W(7) c_u_Thermal(PC_dram_5_10)_ 0.00037842252293518523
     SitePower_W(7) c_u_Thermal(PC_dram_5_11)_ 0.00018700347770915436
     SitePower_W(7) c_u_Thermal(PC_dram_5_12)_ 0.0053313332770443984
     SitePower_W(7) c_u_Thermal(PC_dram_5_13)_ 0.0020339859014820803
     SitePower_W(7) c_u_Thermal(PC_dram_5_14)_ 0.00076082533588624581
     SitePower_W(7) c_u_Thermal(PC_dram_5_15)_ 0.00034186266411133609
     SitePower_W(7) c_u_Thermal(PC_dram_6_0)_ 0.00054252253000879633
     SitePower_W(7) c_u_Thermal(PC_dram_6_1)_ 0.0013071136852390558
     SitePower_W(7) c_u_Thermal(PC_dram_6_2)_ 0.0039211408136244161
     SitePower_W(7) c_u_Thermal(PC_dram_6_3)_ 0.012689077023371678
     SitePower_W(7) c_u_Thermal(PC_dram_6_4)_ 0.00071422975397249645
     SitePower_W(7) c_u_Thermal(PC_dram_6_5)_ 0.0017486178952070674
     SitePower_W(7) c_u_Thermal(PC_dram_6_6)_ 0.0053119386689658371
     SitePower_W(7) c_u_Thermal(PC_dram_6_7)_ 0.017273517545308072
     SitePower_W(7) c_u_Thermal(PC_dram_6_8)_ 0.0019507380396231596
     SitePower_W(7) c_u_Thermal(PC_dram_6_9)_ 0.0058351783681457161
     SitePower_W(7) c_u_Thermal(PC_dram_6_10)_ 0.018544096973218703
     SitePower_W(7) c_u_Thermal(PC_dram_6_11)_ 0.0057723065178606203
     SitePower_W(7) c_u_Thermal(PC_dram_6_12)_ 0.017694490798175772
     SitePower_W(7) c_u_Thermal(PC_dram_7_0)_ 0.063302171963655895
     SitePower_W(7) c_u_Thermal(PC_dram_7_1)_ 0.080605510608938141
     SitePower_W(7) c_u_Thermal(PC_dram_7_2)_ 0.080605510608938641
     SitePower_W(7) c_u_Thermal(PC_dram_7_3)_ 0.063302171963654619
     SitePower_W(7) c_u_Thermal(PC_dram_7_4)_ 0.081329187518407078
     SitePower_W(7) c_u_Thermal(PC_dram_7_5)_ 0.1040582725244819
     SitePower_W(7) c_u_Thermal(PC_dram_7_6)_ 0.10405827252448371
     SitePower_W(7) c_u_Thermal(PC_dram_7_7)_ 0.081329187518408674
     SitePower_W(7) c_u_Thermal(PC_dram_7_8)_ 0.083904426277705918
     SitePower_W(7) c_u_Thermal(PC_dram_7_9)_ 0.10746471187868285
     SitePower_W(7) c_u_Thermal(PC_dram_7_10)_ 0.10746471187868462
     SitePower_W(7) c_u_Thermal(PC_dram_7_11)_ 0.083904426277706889
     SitePower_W(7) c_u_Thermal(PC_dram_7_12)_ 0.07536282106118207
     SitePower_W(7) c_u_Thermal(PC_dram_7_13)_ 0.096689867410467339
     SitePower_W(7) c_u_Thermal(PC_dram_7_14)_ 0.096689867410470781
     SitePower_W(7) c_u_Thermal(PC_dram_7_15)_ 0.075362821061182
     SitePower_W(7) c_u_Thermal(PC_dram_8_0)_ 0.01268907702337092
     SitePower_W(7) c_u_Thermal(PC_dram_8_1)_ 0.0039211408136242236
     SitePower_W(7) c_u_Thermal(PC_dram_8_2)_ 0.001307113685239085
     SitePower_W(7) c_u_Thermal(PC_dram_8_3)_ 0.00054252253000878668
     SitePower_W(7) c_u_Thermal(PC_dram_8_4)_ 0.017273517545307978
     SitePower_W(7) c_u_Thermal(PC_dram_8_5)_ 0.0053119386689660384
     SitePower_W(7) c_u_Thermal(PC_dram_8_6)_ 0.0017486178952071053
     SitePower_W(7) c_u_Thermal(PC_dram_8_7)_ 0.0007142297539725357
     SitePower_W(7) c_u_Thermal(PC_dram_8_8)_ 0.018544096973218727
     SitePower_W(7) c_u_Thermal(PC_dram_8_9)_ 0.005835178368145854
     SitePower_W(7) c_u_Thermal(PC_dram_8_10)_ 0.0019507380396232563
     SitePower_W(7) c_u_Thermal(PC_dram_8_11)_ 0.017694490798176497
     SitePower_W(7) c_u_Thermal(PC_dram_8_12)_ 0.0057723065178610202
     SitePower_W(7) c_u_Thermal(PC_logic_0_0)_ 2.8974372870058456e-06
     SitePower_W(7) c_u_Thermal(PC_logic_0_1)_ 4.1259395263002649e-06
     SitePower_W(7) c_u_Thermal(PC_logic_0_2)_ 4.1472625017095708e-06
     SitePower_W(7) c_u_Thermal(PC_logic_0_3)_ 6.4861751837199714e-06
     SitePower_W(7) c_u_Thermal(PC_logic_0_4)_ 9.6941964438237414e-06
     SitePower_W(7) c_u_Thermal(PC_logic_0_5)_ 7.1209957142946518e-06
     SitePower_W(7) c_u_Thermal(PC_logic_0_6)_ 1.0628144781222764e-05
     SitePower_W(7) c_u_Thermal(PC_logic_0_7)_ 1.771471501400016e-05
     SitePower_W(7) c_u_Thermal(PC_logic_0_8)_ 2.7990646121860426e-05
     SitePower_W(7) c_u_Thermal(PC_logic_0_9)_ 1.7409557079926435e-05
     SitePower_W(7) c_u_Thermal(PC_logic_0_10)_ 2.7652555707563894e-05
     SitePower_W(7) c_u_Thermal(PC_logic_0_11)_ 4.9469499897233976e-05
     SitePower_W(7) c_u_Thermal(PC_logic_0_12)_ 8.3209186149684841e-05
     SitePower_W(7) c_u_Thermal(PC_logic_1_0)_ 5.3900972933008446e-06
     SitePower_W(7) c_u_Thermal(PC_logic_1_1)_ 6.246394490885873e-06
     SitePower_W(7) c_u_Thermal(PC_logic_1_2)_ 6.2463944908858645e-06
     SitePower_W(7) c_u_Thermal(PC_logic_1_3)_ 5.3900972933008285e-06
     SitePower_W(7) c_u_Thermal(PC_logic_1_4)_ 1.3108999649259663e-05
     SitePower_W(7) c_u_Thermal(PC_logic_1_5)_ 1.5444867521844149e-05
     SitePower_W(7) c_u_Thermal(PC_logic_1_6)_ 1.5444867521844471e-05
     SitePower_W(7) c_u_Thermal(PC_logic_1_7)_ 1.3108999649259582e-05
     SitePower_W(7) c_u_Thermal(PC_logic_1_8)_ 3.9353729358449017e-05
     SitePower_W(7) c_u_Thermal(PC_logic_1_9)_ 4.7138769450315273e-05
     SitePower_W(7) c_u_Thermal(PC_logic_1_10)_ 4.7138769450315571e-05
     SitePower_W(7) c_u_Thermal(PC_logic_1_11)_ 3.9353729358449796e-05
     SitePower_W(7) c_u_Thermal(PC_logic_1_12)_ 0.00012254158151604806
     SitePower_W(7) c_u_Thermal(PC_logic_1_13)_ 0.00014970428113712184
     SitePower_W(7) c_u_Thermal(PC_logic_1_14)_ 0.00014970428113712691
     SitePower_W(7) c_u_Thermal(PC_logic_1_15)_ 0.00012254158151605332
     SitePower_W(7) c_u_Thermal(PC_logic_2_0)_ 4.1259395263003149e-06
     SitePower_W(7) c_u_Thermal(PC_logic_2_1)_ 2.8974372870061497e-06
     SitePower_W(7) c_u_Thermal(PC_logic_2_2)_ 9.6941964438238194e-06
     SitePower_W(7) c_u_Thermal(PC_logic_2_3)_ 6.4861751837206032e-06
     SitePower_W(7) c_u_Thermal(PC_logic_2_4)_ 4.147262501709692e-06
     SitePower_W(7) c_u_Thermal(PC_logic_2_5)_ 2.7990646121861866e-05
     SitePower_W(7) c_u_Thermal(PC_logic_2_6)_ 1.7714715014002226e-05
     SitePower_W(7) c_u_Thermal(PC_logic_2_7)_ 1.0628144781223301e-05
     SitePower_W(7) c_u_Thermal(PC_logic_2_8)_ 7.1209957142950051e-06
     SitePower_W(7) c_u_Thermal(PC_logic_2_9)_ 8.3209186149691279e-05
     SitePower_W(7) c_u_Thermal(PC_logic_2_10)_ 4.9469499897239695e-05
     SitePower_W(7) c_u_Thermal(PC_logic_2_11)_ 2.7652555707565236e-05
     SitePower_W(7) c_u_Thermal(PC_logic_2_12)_ 1.740955707992678e-05
     SitePower_W(7) c_u_Thermal(PC_logic_3_0)_ 4.1238570954978379e-05
     SitePower_W(7) c_u_Thermal(PC_logic_3_1)_ 7.0372230175354332e-05
     SitePower_W(7) c_u_Thermal(PC_logic_3_2)_ 0.00013637292788225348
     SitePower_W(7) c_u_Thermal(PC_logic_3_3)_ 0.00024703314427214872
     SitePower_W(7) c_u_Thermal(PC_logic_3_4)_ 9.1878830087233681e-05
     SitePower_W(7) c_u_Thermal(PC_logic_3_5)_ 0.00016996951081567279
     SitePower_W(7) c_u_Thermal(PC_logic_3_6)_ 0.00036098544133514305
     SitePower_W(7) c_u_Thermal(PC_logic_3_7)_ 0.00071733608974172225
     SitePower_W(7) c_u_Thermal(PC_logic_3_8)_ 0.00018713031455253425
     SitePower_W(7) c_u_Thermal(PC_logic_3_9)_ 0.00037869486344493806
     SitePower_W(7) c_u_Thermal(PC_logic_3_10)_ 0.00089568398015426784
     SitePower_W(7) c_u_Thermal(PC_logic_3_11)_ 0.0020067345200224327
     SitePower_W(7) c_u_Thermal(PC_logic_3_12)_ 0.00034206817325082401
     SitePower_W(7) c_u_Thermal(PC_logic_3_13)_ 0.00076132446339171223
     SitePower_W(7) c_u_Thermal(PC_logic_3_14)_ 0.0020350101329547556
     SitePower_W(7) c_u_Thermal(PC_logic_3_15)_ 0.0053351979103842548
     SitePower_W(7) c_u_Thermal(PC_logic_4_0)_ 0.000385955081189603
     SitePower_W(7) c_u_Thermal(PC_logic_4_1)_ 0.00048239940648540805
     SitePower_W(7) c_u_Thermal(PC_logic_4_2)_ 0.000482399406485439
     SitePower_W(7) c_u_Thermal(PC_logic_4_3)_ 0.00038595508118962485
     SitePower_W(7) c_u_Thermal(PC_logic_4_4)_ 0.0012134104403898243
     SitePower_W(7) c_u_Thermal(PC_logic_4_5)_ 0.0015525622747927191
     SitePower_W(7) c_u_Thermal(PC_logic_4_6)_ 0.0015525622747927369
     SitePower_W(7) c_u_Thermal(PC_logic_4_7)_ 0.0012134104403898319
     SitePower_W(7) c_u_Thermal(PC_logic_4_8)_ 0.0038166373692491338
     SitePower_W(7) c_u_Thermal(PC_logic_4_9)_ 0.0049931989922869244
     SitePower_W(7) c_u_Thermal(PC_logic_4_10)_ 0.0049931989922870311
     SitePower_W(7) c_u_Thermal(PC_logic_4_11)_ 0.0038166373692490856
     SitePower_W(7) c_u_Thermal(PC_logic_4_12)_ 0.012618658932928838
     SitePower_W(7) c_u_Thermal(PC_logic_4_13)_ 0.016774858448367902
     SitePower_W(7) c_u_Thermal(PC_logic_4_14)_ 0.016774858448368533
     SitePower_W(7) c_u_Thermal(PC_logic_4_15)_ 0.012618658932928656
     SitePower_W(7) c_u_Thermal(PC_logic_5_0)_ 0.00024703314427216514
     SitePower_W(7) c_u_Thermal(PC_logic_5_1)_ 0.00013637292788226251
     SitePower_W(7) c_u_Thermal(PC_logic_5_2)_ 7.0372230175354413e-05
     SitePower_W(7) c_u_Thermal(PC_logic_5_3)_ 4.12385709549772e-05
     SitePower_W(7) c_u_Thermal(PC_logic_5_4)_ 0.00071733608974173938
     SitePower_W(7) c_u_Thermal(PC_logic_5_5)_ 0.00036098544133513096
     SitePower_W(7) c_u_Thermal(PC_logic_5_6)_ 0.0001699695108156662
     SitePower_W(7) c_u_Thermal(PC_logic_5_7)_ 9.1878830087232122e-05
     SitePower_W(7) c_u_Thermal(PC_logic_5_8)_ 0.0020067345200224917
     SitePower_W(7) c_u_Thermal(PC_logic_5_9)_ 0.00089568398015420247
     SitePower_W(7) c_u_Thermal(PC_logic_5_10)_ 0.00037869486344493882
     SitePower_W(7) c_u_Thermal(PC_logic_5_11)_ 0.00018713031455253442
     SitePower_W(7) c_u_Thermal(PC_logic_5_12)_ 0.0053351979103843086
     SitePower_W(7) c_u_Thermal(PC_logic_5_13)_ 0.002035010132954648
     SitePower_W(7) c_u_Thermal(PC_logic_5_14)_ 0.00076132446339171505
     SitePower_W(7) c_u_Thermal(PC_logic_5_15)_ 0.00034206817325083258
     SitePower_W(7) c_u_Thermal(PC_logic_6_0)_ 0.00054288736164267971
     SitePower_W(7) c_u_Thermal(PC_logic_6_1)_ 0.0013080667685387262
     SitePower_W(7) c_u_Thermal(PC_logic_6_2)_ 0.0039238681301354255
     SitePower_W(7) c_u_Thermal(PC_logic_6_3)_ 0.012744414653452335
     SitePower_W(7) c_u_Thermal(PC_logic_6_4)_ 0.00071480045156446575
     SitePower_W(7) c_u_Thermal(PC_logic_6_5)_ 0.0017500784250349998
     SitePower_W(7) c_u_Thermal(PC_logic_6_6)_ 0.0053160043565095884
     SitePower_W(7) c_u_Thermal(PC_logic_6_7)_ 0.017339042455018872
     SitePower_W(7) c_u_Thermal(PC_logic_6_8)_ 0.0019523228953846235
     SitePower_W(7) c_u_Thermal(PC_logic_6_9)_ 0.0058394743554979851
     SitePower_W(7) c_u_Thermal(PC_logic_6_10)_ 0.018610144435620785
     SitePower_W(7) c_u_Thermal(PC_logic_6_11)_ 0.0057759332725963227
     SitePower_W(7) c_u_Thermal(PC_logic_6_12)_ 0.01775349617293764
     SitePower_W(7) c_u_Thermal(PC_logic_7_0)_ 0.067734358211943041
     SitePower_W(7) c_u_Thermal(PC_logic_7_1)_ 0.085519986388912145
     SitePower_W(7) c_u_Thermal(PC_logic_7_2)_ 0.085519986388912742
     SitePower_W(7) c_u_Thermal(PC_logic_7_3)_ 0.067734358211941847
     SitePower_W(7) c_u_Thermal(PC_logic_7_4)_ 0.086244134817653695
     SitePower_W(7) c_u_Thermal(PC_logic_7_5)_ 0.10946472883738051
     SitePower_W(7) c_u_Thermal(PC_logic_7_6)_ 0.10946472883738231
     SitePower_W(7) c_u_Thermal(PC_logic_7_7)_ 0.086244134817655402
     SitePower_W(7) c_u_Thermal(PC_logic_7_8)_ 0.088821117016803078
     SitePower_W(7) c_u_Thermal(PC_logic_7_9)_ 0.11287367165294508
     SitePower_W(7) c_u_Thermal(PC_logic_7_10)_ 0.11287367165294691
     SitePower_W(7) c_u_Thermal(PC_logic_7_11)_ 0.08882111701680398
     SitePower_W(7) c_u_Thermal(PC_logic_7_12)_ 0.079849910579454356
     SitePower_W(7) c_u_Thermal(PC_logic_7_13)_ 0.10166898754413739
     SitePower_W(7) c_u_Thermal(PC_logic_7_14)_ 0.1016689875441408
     SitePower_W(7) c_u_Thermal(PC_logic_7_15)_ 0.0798499105794543
     SitePower_W(7) c_u_Thermal(PC_logic_8_0)_ 0.012744414653451561
     SitePower_W(7) c_u_Thermal(PC_logic_8_1)_ 0.003923868130135226
     SitePower_W(7) c_u_Thermal(PC_logic_8_2)_ 0.0013080667685387568
     SitePower_W(7) c_u_Thermal(PC_logic_8_3)_ 0.0005428873616426693
     SitePower_W(7) c_u_Thermal(PC_logic_8_4)_ 0.017339042455018775
     SitePower_W(7) c_u_Thermal(PC_logic_8_5)_ 0.0053160043565097922
     SitePower_W(7) c_u_Thermal(PC_logic_8_6)_ 0.0017500784250350369
     SitePower_W(7) c_u_Thermal(PC_logic_8_7)_ 0.00071480045156450554
     SitePower_W(7) c_u_Thermal(PC_logic_8_8)_ 0.01861014443562084
     SitePower_W(7) c_u_Thermal(PC_logic_8_9)_ 0.00583947435549811
     SitePower_W(7) c_u_Thermal(PC_logic_8_10)_ 0.0019523228953847193
     SitePower_W(7) c_u_Thermal(PC_logic_8_11)_ 0.017753496172938362
     SitePower_W(7) c_u_Thermal(PC_logic_8_12)_ 0.0057759332725967156
     SitePower_W(7) c_u_Leakage(DC_0)_ 6.7779397920190916e-06
     SitePower_W(7) c_u_Leakage(DC_1)_ 1.9464505168792657e-05
     SitePower_W(7) c_u_Leakage(DC_2)_ 6.7779397920188671e-06
     SitePower_W(7) c_u_Leakage(DC_3)_ 0.00031987401428295719
     SitePower_W(7) c_u_Leakage(DC_4)_ 0.0019736332358856069
     SitePower_W(7) c_u_Leakage(DC_5)_ 0.00031987401428293675
     SitePower_W(7) c_u_Leakage(DC_6)_ 0.0022867293103764467
     SitePower_W(7) c_u_Leakage(DC_7)_ 0.037958772478047818
     SitePower_W(7) c_u_Leakage(DC_8)_ 0.0022867293103763678
     SitePower_W(7) c_u_Leakage(PC_0)_ 1.8679137968312273e-06
     SitePower_W(7) c_u_Leakage(PC_1)_ 5.5183144172452959e-06
     SitePower_W(7) c_u_Leakage(PC_2)_ 1.8679137968313633e-06
     SitePower_W(7) c_u_Leakage(PC_3)_ 9.2422312983155849e-05
     SitePower_W(7) c_u_Leakage(PC_4)_ 0.00057985469947329383
     SitePower_W(7) c_u_Leakage(PC_5)_ 9.2422312983155388e-05
     SitePower_W(7) c_u_Leakage(PC_6)_ 0.00067040909865955618
     SitePower_W(7) c_u_Leakage(PC_7)_ 0.010766137848554831
     SitePower_W(7) c_u_Leakage(PC_8)_ 0.00067040909865956366
     SitePower_W(8) c_e_SitePowerDef(8)_ 1
     SitePower_W(8) c_u_Thermal(DC_dram_0_0)_ 3.2794104852803092e-07
     SitePower_W(8) c_u_Thermal(DC_dram_0_1)_ 6.4797658181840328e-07
     SitePower_W(8) c_u_Thermal(DC_dram_0_2)_ 2.8995213660940775e-07
     SitePower_W(8) c_u_Thermal(DC_dram_0_3)_ 5.9573082892322789e-07
     SitePower_W(8) c_u_Thermal(DC_dram_0_4)_ 1.2349244296736549e-06
     SitePower_W(8) c_u_Thermal(DC_dram_0_5)_ 3.279410485280513e-07
     SitePower_W(8) c_u_Thermal(DC_dram_0_6)_ 5.9573082892322143e-07
     SitePower_W(8) c_u_Thermal(DC_dram_0_7)_ 1.2915562318546672e-06
     SitePower_W(8) c_u_Thermal(DC_dram_0_8)_ 2.8246680560289152e-06
     SitePower_W(8) c_u_Thermal(DC_dram_0_9)_ 6.4797658181843134e-07
     SitePower_W(8) c_u_Thermal(DC_dram_0_10)_ 1.2349244296736477e-06
     SitePower_W(8) c_u_Thermal(DC_dram_0_11)_ 2.8246680560288559e-06
     SitePower_W(8) c_u_Thermal(DC_dram_0_12)_ 6.5203042281164862e-06
     SitePower_W(8) c_u_Thermal(DC_dram_1_0)_ 1.238283547658923e-06
     SitePower_W(8) c_u_Thermal(DC_dram_1_1)_ 2.2189244711047648e-06
     SitePower_W(8) c_u_Thermal(DC_dram_1_2)_ 3.6372585346918904e-06
     SitePower_W(8) c_u_Thermal(DC_dram_1_3)_ 5.4513474386698905e-06
     SitePower_W(8) c_u_Thermal(DC_dram_1_4)_ 2.4758575006613213e-06
     SitePower_W(8) c_u_Thermal(DC_dram_1_5)_ 4.6477712836658271e-06
     SitePower_W(8) c_u_Thermal(DC_dram_1_6)_ 7.959958209294933e-06
     SitePower_W(8) c_u_Thermal(DC_dram_1_7)_ 1.23939797863279e-05
     SitePower_W(8) c_u_Thermal(DC_dram_1_8)_ 5.9703032019243945e-06
     SitePower_W(8) c_u_Thermal(DC_dram_1_9)_ 1.180306832799853e-05
     SitePower_W(8) c_u_Thermal(DC_dram_1_10)_ 2.1266802607805354e-05
     SitePower_W(8) c_u_Thermal(DC_dram_1_11)_ 3.4650945737194729e-05
     SitePower_W(8) c_u_Thermal(DC_dram_1_12)_ 1.4567789045198659e-05
     SitePower_W(8) c_u_Thermal(DC_dram_1_13)_ 3.0502178740544257e-05
     SitePower_W(8) c_u_Thermal(DC_dram_1_14)_ 5.8249750330181069e-05
     SitePower_W(8) c_u_Thermal(DC_dram_1_15)_ 0.0001001084479682624
     SitePower_W(8) c_u_Thermal(DC_dram_2_0)_ 7.5055522066074635e-06
     SitePower_W(8) c_u_Thermal(DC_dram_2_1)_ 9.4096669610206894e-06
     SitePower_W(8) c_u_Thermal(DC_dram_2_2)_ 1.7520196058815245e-05
     SitePower_W(8) c_u_Thermal(DC_dram_2_3)_ 2.2213067090098592e-05
     SitePower_W(8) c_u_Thermal(DC_dram_2_4)_ 2.5219475323411416e-05
     SitePower_W(8) c_u_Thermal(DC_dram_2_5)_ 5.0511504719755666e-05
     SitePower_W(8) c_u_Thermal(DC_dram_2_6)_ 6.4735697285283844e-05
     SitePower_W(8) c_u_Thermal(DC_dram_2_7)_ 7.3503606162153584e-05
     SitePower_W(8) c_u_Thermal(DC_dram_2_8)_ 7.6695420247509572e-05
     SitePower_W(8) c_u_Thermal(DC_dram_2_9)_ 0.00015156233778866737
     SitePower_W(8) c_u_Thermal(DC_dram_2_10)_ 0.00019657825766239732
     SitePower_W(8) c_u_Thermal(DC_dram_2_11)_ 0.00022273608562565621
     SitePower_W(8) c_u_Thermal(DC_dram_2_12)_ 0.00023123066906537506
     SitePower_W(8) c_u_Thermal(DC_dram_3_0)_ 1.2382835476590314e-06
     SitePower_W(8) c_u_Thermal(DC_dram_3_1)_ 2.4758575006612912e-06
     SitePower_W(8) c_u_Thermal(DC_dram_3_2)_ 5.9703032019245054e-06
     SitePower_W(8) c_u_Thermal(DC_dram_3_3)_ 1.4567789045199199e-05
     SitePower_W(8) c_u_Thermal(DC_dram_3_4)_ 2.2189244711049935e-06
     SitePower_W(8) c_u_Thermal(DC_dram_3_5)_ 4.6477712836660456e-06
     SitePower_W(8) c_u_Thermal(DC_dram_3_6)_ 1.1803068327998699e-05
     SitePower_W(8) c_u_Thermal(DC_dram_3_7)_ 3.050217874054487e-05
     SitePower_W(8) c_u_Thermal(DC_dram_3_8)_ 3.6372585346923309e-06
     SitePower_W(8) c_u_Thermal(DC_dram_3_9)_ 7.9599582092958563e-06
     SitePower_W(8) c_u_Thermal(DC_dram_3_10)_ 2.1266802607808e-05
     SitePower_W(8) c_u_Thermal(DC_dram_3_11)_ 5.8249750330186083e-05
     SitePower_W(8) c_u_Thermal(DC_dram_3_12)_ 5.4513474386706503e-06
     SitePower_W(8) c_u_Thermal(DC_dram_3_13)_ 1.2393979786329778e-05
     SitePower_W(8) c_u_Thermal(DC_dram_3_14)_ 3.4650945737202529e-05
     SitePower_W(8) c_u_Thermal(DC_dram_3_15)_ 0.00010010844796828055
     SitePower_W(8) c_u_Thermal(DC_dram_4_0)_ 3.4567039614063802e-05
     SitePower_W(8) c_u_Thermal(DC_dram_4_1)_ 7.7214728994597391e-05
     SitePower_W(8) c_u_Thermal(DC_dram_4_2)_ 0.00015780119525541503
     SitePower_W(8) c_u_Thermal(DC_dram_4_3)_ 0.00028968283581521715
     SitePower_W(8) c_u_Thermal(DC_dram_4_4)_ 7.721472899459487e-05
     SitePower_W(8) c_u_Thermal(DC_dram_4_5)_ 0.0001853309836258657
     SitePower_W(8) c_u_Thermal(DC_dram_4_6)_ 0.00041035836358356819
     SitePower_W(8) c_u_Thermal(DC_dram_4_7)_ 0.00082018564451860501
     SitePower_W(8) c_u_Thermal(DC_dram_4_8)_ 0.00015780119525541598
     SitePower_W(8) c_u_Thermal(DC_dram_4_9)_ 0.00041035836358355881
     SitePower_W(8) c_u_Thermal(DC_dram_4_10)_ 0.0010012780186587523
     SitePower_W(8) c_u_Thermal(DC_dram_4_11)_ 0.0022425726969644687
     SitePower_W(8) c_u_Thermal(DC_dram_4_12)_ 0.00028968283581524442
     SitePower_W(8) c_u_Thermal(DC_dram_4_13)_ 0.00082018564451863027
     SitePower_W(8) c_u_Thermal(DC_dram_4_14)_ 0.0022425726969646331
     SitePower_W(8) c_u_Thermal(DC_dram_4_15)_ 0.0058799011503249433
     SitePower_W(8) c_u_Thermal(DC_dram_5_0)_ 0.00046114567824035292
     SitePower_W(8) c_u_Thermal(DC_dram_5_1)_ 0.00060575438615355869
     SitePower_W(8) c_u_Thermal(DC_dram_5_2)_ 0.00068284640671310533
     SitePower_W(8) c_u_Thermal(DC_dram_5_3)_ 0.00070293196894386921
     SitePower_W(8) c_u_Thermal(DC_dram_5_4)_ 0.0014010906897176411
     SitePower_W(8) c_u_Thermal(DC_dram_5_5)_ 0.0018610371327731938
     SitePower_W(8) c_u_Thermal(DC_dram_5_6)_ 0.0020789092156864334
     SitePower_W(8) c_u_Thermal(DC_dram_5_7)_ 0.0021157783509718735
     SitePower_W(8) c_u_Thermal(DC_dram_5_8)_ 0.0042848238782046523
     SitePower_W(8) c_u_Thermal(DC_dram_5_9)_ 0.0057316291852725449
     SitePower_W(8) c_u_Thermal(DC_dram_5_10)_ 0.0063092419959490517
     SitePower_W(8) c_u_Thermal(DC_dram_5_11)_ 0.0063149828881173542
     SitePower_W(8) c_u_Thermal(DC_dram_5_12)_ 0.014270592054201196
     SitePower_W(8) c_u_Thermal(DC_dram_5_13)_ 0.018916575468460269
     SitePower_W(8) c_u_Thermal(DC_dram_5_14)_ 0.020316705554953081
     SitePower_W(8) c_u_Thermal(DC_dram_5_15)_ 0.019766153268178058
     SitePower_W(8) c_u_Thermal(DC_dram_6_0)_ 7.5055522066085689e-06
     SitePower_W(8) c_u_Thermal(DC_dram_6_1)_ 1.752019605881763e-05
     SitePower_W(8) c_u_Thermal(DC_dram_6_2)_ 5.0511504719763642e-05
     SitePower_W(8) c_u_Thermal(DC_dram_6_3)_ 0.00015156233778869211
     SitePower_W(8) c_u_Thermal(DC_dram_6_4)_ 9.4096669610218329e-06
     SitePower_W(8) c_u_Thermal(DC_dram_6_5)_ 2.2213067090100543e-05
     SitePower_W(8) c_u_Thermal(DC_dram_6_6)_ 6.4735697285293872e-05
     SitePower_W(8) c_u_Thermal(DC_dram_6_7)_ 0.00019657825766242039
     SitePower_W(8) c_u_Thermal(DC_dram_6_8)_ 2.5219475323413808e-05
     SitePower_W(8) c_u_Thermal(DC_dram_6_9)_ 7.3503606162163924e-05
     SitePower_W(8) c_u_Thermal(DC_dram_6_10)_ 0.00022273608562568164
     SitePower_W(8) c_u_Thermal(DC_dram_6_11)_ 7.6695420247510981e-05
     SitePower_W(8) c_u_Thermal(DC_dram_6_12)_ 0.00023123066906538929
     SitePower_W(8) c_u_Thermal(DC_dram_7_0)_ 0.00046114567824040063
     SitePower_W(8) c_u_Thermal(DC_dram_7_1)_ 0.0014010906897176897
     SitePower_W(8) c_u_Thermal(DC_dram_7_2)_ 0.0042848238782050643
     SitePower_W(8) c_u_Thermal(DC_dram_7_3)_ 0.01427059205420156
     SitePower_W(8) c_u_Thermal(DC_dram_7_4)_ 0.0006057543861536026
     SitePower_W(8) c_u_Thermal(DC_dram_7_5)_ 0.0018610371327732814
     SitePower_W(8) c_u_Thermal(DC_dram_7_6)_ 0.0057316291852727705
     SitePower_W(8) c_u_Thermal(DC_dram_7_7)_ 0.01891657546845953
     SitePower_W(8) c_u_Thermal(DC_dram_7_8)_ 0.00068284640671315315
     SitePower_W(8) c_u_Thermal(DC_dram_7_9)_ 0.0020789092156865518
     SitePower_W(8) c_u_Thermal(DC_dram_7_10)_ 0.0063092419959492356
     SitePower_W(8) c_u_Thermal(DC_dram_7_11)_ 0.02031670555495322
     SitePower_W(8) c_u_Thermal(DC_dram_7_12)_ 0.00070293196894388743
     SitePower_W(8) c_u_Thermal(DC_dram_7_13)_ 0.0021157783509719516
     SitePower_W(8) c_u_Thermal(DC_dram_7_14)_ 0.0063149828881176465
     SitePower_W(8) c_u_Thermal(DC_dram_7_15)_ 0.019766153268178467
     SitePower_W(8) c_u_Thermal(DC_dram_8_0)_ 0.079443754070915154
     SitePower_W(8) c_u_Thermal(DC_dram_8_1)_ 0.096400636532637946
     SitePower_W(8) c_u_Thermal(DC_dram_8_2)_ 0.099251378412460997
     SitePower_W(8) c_u_Thermal(DC_dram_8_3)_ 0.093109143661290056
     SitePower_W(8) c_u_Thermal(DC_dram_8_4)_ 0.096400636532634129
     SitePower_W(8) c_u_Thermal(DC_dram_8_5)_ 0.11792513674218608
     SitePower_W(8) c_u_Thermal(DC_dram_8_6)_ 0.12175320616448382
     SitePower_W(8) c_u_Thermal(DC_dram_8_7)_ 0.11452428902423568
     SitePower_W(8) c_u_Thermal(DC_dram_8_8)_ 0.09925137841246276
     SitePower_W(8) c_u_Thermal(DC_dram_8_9)_ 0.12175320616448825
     SitePower_W(8) c_u_Thermal(DC_dram_8_10)_ 0.1259352548139141
     SitePower_W(8) c_u_Thermal(DC_dram_8_11)_ 0.093109143661293803
     SitePower_W(8) c_u_Thermal(DC_dram_8_12)_ 0.11452428902423818
     SitePower_W(8) c_u_Thermal(DC_logic_0_0)_ 3.2814760114666509e-07
     SitePower_W(8) c_u_Thermal(DC_logic_0_1)_ 6.4836273804422332e-07
     SitePower_W(8) c_u_Thermal(DC_logic_0_2)_ 2.9016353106251394e-07
     SitePower_W(8) c_u_Thermal(DC_logic_0_3)_ 5.9612209642235625e-07
     SitePower_W(8) c_u_Thermal(DC_logic_0_4)_ 1.2357025340874186e-06
     SitePower_W(8) c_u_Thermal(DC_logic_0_5)_ 3.2814760114668505e-07
     SitePower_W(8) c_u_Thermal(DC_logic_0_6)_ 5.9612209642234969e-07
     SitePower_W(8) c_u_Thermal(DC_logic_0_7)_ 1.2922972564444336e-06
     SitePower_W(8) c_u_Thermal(DC_logic_0_8)_ 2.8262170311440149e-06
     SitePower_W(8) c_u_Thermal(DC_logic_0_9)_ 6.4836273804425043e-07
     SitePower_W(8) c_u_Thermal(DC_logic_0_10)_ 1.2357025340874125e-06
     SitePower_W(8) c_u_Thermal(DC_logic_0_11)_ 2.8262170311439547e-06
     SitePower_W(8) c_u_Thermal(DC_logic_0_12)_ 6.5237432757809071e-06
     SitePower_W(8) c_u_Thermal(DC_logic_1_0)_ 1.2391027882409608e-06
     SitePower_W(8) c_u_Thermal(DC_logic_1_1)_ 2.2205116109736209e-06
     SitePower_W(8) c_u_Thermal(DC_logic_1_2)_ 3.6397035568848943e-06
     SitePower_W(8) c_u_Thermal(DC_logic_1_3)_ 5.4547112637542383e-06
     SitePower_W(8) c_u_Thermal(DC_logic_1_4)_ 2.4775842366425619e-06
     SitePower_W(8) c_u_Thermal(DC_logic_1_5)_ 4.6511880795295829e-06
     SitePower_W(8) c_u_Thermal(DC_logic_1_6)_ 7.9653851686240909e-06
     SitePower_W(8) c_u_Thermal(DC_logic_1_7)_ 1.2401800835088152e-05
     SitePower_W(8) c_u_Thermal(DC_logic_1_8)_ 5.9739691615847349e-06
     SitePower_W(8) c_u_Thermal(DC_logic_1_9)_ 1.1810614196729834e-05
     SitePower_W(8) c_u_Thermal(DC_logic_1_10)_ 2.1279053854303569e-05
     SitePower_W(8) c_u_Thermal(DC_logic_1_11)_ 3.4669143140514134e-05
     SitePower_W(8) c_u_Thermal(DC_logic_1_12)_ 1.457658096689793e-05
     SitePower_W(8) c_u_Thermal(DC_logic_1_13)_ 3.0521663864242951e-05
     SitePower_W(8) c_u_Thermal(DC_logic_1_14)_ 5.8283503271540813e-05
     SitePower_W(8) c_u_Thermal(DC_logic_1_15)_ 0.00010016176267156995
     SitePower_W(8) c_u_Thermal(DC_logic_2_0)_ 7.5104228696149882e-06
     SitePower_W(8) c_u_Thermal(DC_logic_2_1)_ 9.4164152415231808e-06
     SitePower_W(8) c_u_Thermal(DC_logic_2_2)_ 1.7531797465942134e-05
     SitePower_W(8) c_u_Thermal(DC_logic_2_3)_ 2.2229088852964757e-05
     SitePower_W(8) c_u_Thermal(DC_logic_2_4)_ 2.5237327376696924e-05
     SitePower_W(8) c_u_Thermal(DC_logic_2_5)_ 5.0539496626504859e-05
     SitePower_W(8) c_u_Thermal(DC_logic_2_6)_ 6.4775107695759837e-05
     SitePower_W(8) c_u_Thermal(DC_logic_2_7)_ 7.3547372193305736e-05
     SitePower_W(8) c_u_Thermal(DC_logic_2_8)_ 7.673660117542142e-05
     SitePower_W(8) c_u_Thermal(DC_logic_2_9)_ 0.00015164867779947588
     SitePower_W(8) c_u_Thermal(DC_logic_2_10)_ 0.00019670282850859006
     SitePower_W(8) c_u_Thermal(DC_logic_2_11)_ 0.00022287415341880863
     SitePower_W(8) c_u_Thermal(DC_logic_2_12)_ 0.00023135847896635334
     SitePower_W(8) c_u_Thermal(DC_logic_3_0)_ 1.2391027882410699e-06
     SitePower_W(8) c_u_Thermal(DC_logic_3_1)_ 2.4775842366425319e-06
     SitePower_W(8) c_u_Thermal(DC_logic_3_2)_ 5.9739691615848518e-06
     SitePower_W(8) c_u_Thermal(DC_logic_3_3)_ 1.4576580966898462e-05
     SitePower_W(8) c_u_Thermal(DC_logic_3_4)_ 2.2205116109738483e-06
     SitePower_W(8) c_u_Thermal(DC_logic_3_5)_ 4.6511880795297997e-06
     SitePower_W(8) c_u_Thermal(DC_logic_3_6)_ 1.1810614196730009e-05
     SitePower_W(8) c_u_Thermal(DC_logic_3_7)_ 3.052166386424354e-05
     SitePower_W(8) c_u_Thermal(DC_logic_3_8)_ 3.6397035568853335e-06
     SitePower_W(8) c_u_Thermal(DC_logic_3_9)_ 7.9653851686250142e-06
     SitePower_W(8) c_u_Thermal(DC_logic_3_10)_ 2.1279053854306205e-05
     SitePower_W(8) c_u_Thermal(DC_logic_3_11)_ 5.82835032715458e-05
     SitePower_W(8) c_u_Thermal(DC_logic_3_12)_ 5.4547112637550006e-06
     SitePower_W(8) c_u_Thermal(DC_logic_3_13)_ 1.2401800835090037e-05
     SitePower_W(8) c_u_Thermal(DC_logic_3_14)_ 3.4669143140521947e-05
     SitePower_W(8) c_u_Thermal(DC_logic_3_15)_ 0.00010016176267158809
     SitePower_W(8) c_u_Thermal(DC_logic_4_0)_ 3.4591009289482826e-05
     SitePower_W(8) c_u_Thermal(DC_logic_4_1)_ 7.7271219921921317e-05
     SitePower_W(8) c_u_Thermal(DC_logic_4_2)_ 0.00015790726995940367
     SitePower_W(8) c_u_Thermal(DC_logic_4_3)_ 0.00028986679997031715
     SitePower_W(8) c_u_Thermal(DC_logic_4_4)_ 7.7271219921918715e-05
     SitePower_W(8) c_u_Thermal(DC_logic_4_5)_ 0.00018546919243944031
     SitePower_W(8) c_u_Thermal(DC_logic_4_6)_ 0.00041063199450138685
     SitePower_W(8) c_u_Thermal(DC_logic_4_7)_ 0.00082070734276749294
     SitePower_W(8) c_u_Thermal(DC_logic_4_8)_ 0.00015790726995940449
     SitePower_W(8) c_u_Thermal(DC_logic_4_9)_ 0.00041063199450137763
     SitePower_W(8) c_u_Thermal(DC_logic_4_10)_ 0.0010018502860091748
     SitePower_W(8) c_u_Thermal(DC_logic_4_11)_ 0.0022438792292971974
     SitePower_W(8) c_u_Thermal(DC_logic_4_12)_ 0.00028986679997034437
     SitePower_W(8) c_u_Thermal(DC_logic_4_13)_ 0.00082070734276751701
     SitePower_W(8) c_u_Thermal(DC_logic_4_14)_ 0.0022438792292973609
     SitePower_W(8) c_u_Thermal(DC_logic_4_15)_ 0.0058862395923358511
     SitePower_W(8) c_u_Thermal(DC_logic_5_0)_ 0.00046146087019667342
     SitePower_W(8) c_u_Thermal(DC_logic_5_1)_ 0.00060620982231970877
     SitePower_W(8) c_u_Thermal(DC_logic_5_2)_ 0.00068334948743224092
     SitePower_W(8) c_u_Thermal(DC_logic_5_3)_ 0.0007033991826987556
     SitePower_W(8) c_u_Thermal(DC_logic_5_4)_ 0.0014020710348573518
     SitePower_W(8) c_u_Thermal(DC_logic_5_5)_ 0.0018624421180560439
     SitePower_W(8) c_u_Thermal(DC_logic_5_6)_ 0.0020804454940006592
     SitePower_W(8) c_u_Thermal(DC_logic_5_7)_ 0.0021172060054493167
     SitePower_W(8) c_u_Thermal(DC_logic_5_8)_ 0.0042888009681167349
     SitePower_W(8) c_u_Thermal(DC_logic_5_9)_ 0.005736940272590539
     SitePower_W(8) c_u_Thermal(DC_logic_5_10)_ 0.006314844895412456
     SitePower_W(8) c_u_Thermal(DC_logic_5_11)_ 0.0063201291277390128
     SitePower_W(8) c_u_Thermal(DC_logic_5_12)_ 0.014345460585438567
     SitePower_W(8) c_u_Thermal(DC_logic_5_13)_ 0.019001145439902944
     SitePower_W(8) c_u_Thermal(DC_logic_5_14)_ 0.020402049984125044
     SitePower_W(8) c_u_Thermal(DC_logic_5_15)_ 0.019847126326393037
     SitePower_W(8) c_u_Thermal(DC_logic_6_0)_ 7.5104228696161038e-06
     SitePower_W(8) c_u_Thermal(DC_logic_6_1)_ 1.7531797465944515e-05
     SitePower_W(8) c_u_Thermal(DC_logic_6_2)_ 5.0539496626512773e-05
     SitePower_W(8) c_u_Thermal(DC_logic_6_3)_ 0.00015164867779950044
     SitePower_W(8) c_u_Thermal(DC_logic_6_4)_ 9.4164152415243311e-06
     SitePower_W(8) c_u_Thermal(DC_logic_6_5)_ 2.2229088852966675e-05
     SitePower_W(8) c_u_Thermal(DC_logic_6_6)_ 6.4775107695769866e-05
     SitePower_W(8) c_u_Thermal(DC_logic_6_7)_ 0.00019670282850861302
     SitePower_W(8) c_u_Thermal(DC_logic_6_8)_ 2.523732737669934e-05
     SitePower_W(8) c_u_Thermal(DC_logic_6_9)_ 7.3547372193316131e-05
     SitePower_W(8) c_u_Thermal(DC_logic_6_10)_ 0.00022287415341883408
     SitePower_W(8) c_u_Thermal(DC_logic_6_11)_ 7.6736601175422938e-05
     SitePower_W(8) c_u_Thermal(DC_logic_6_12)_ 0.00023135847896636785
     SitePower_W(8) c_u_Thermal(DC_logic_7_0)_ 0.00046146087019672085
     SitePower_W(8) c_u_Thermal(DC_logic_7_1)_ 0.0014020710348573975
     SitePower_W(8) c_u_Thermal(DC_logic_7_2)_ 0.0042888009681171469
     SitePower_W(8) c_u_Thermal(DC_logic_7_3)_ 0.014345460585438945
     SitePower_W(8) c_u_Thermal(DC_logic_7_4)_ 0.00060620982231975192
     SitePower_W(8) c_u_Thermal(DC_logic_7_5)_ 0.0018624421180561304
     SitePower_W(8) c_u_Thermal(DC_logic_7_6)_ 0.0057369402725907636
     SitePower_W(8) c_u_Thermal(DC_logic_7_7)_ 0.019001145439902223
     SitePower_W(8) c_u_Thermal(DC_logic_7_8)_ 0.00068334948743228885
     SitePower_W(8) c_u_Thermal(DC_logic_7_9)_ 0.0020804454940007771
     SitePower_W(8) c_u_Thermal(DC_logic_7_10)_ 0.0063148448954126442
     SitePower_W(8) c_u_Thermal(DC_logic_7_11)_ 0.02040204998412519
     SitePower_W(8) c_u_Thermal(DC_logic_7_12)_ 0.00070339918269877251
     SitePower_W(8) c_u_Thermal(DC_logic_7_13)_ 0.0021172060054493948
     SitePower_W(8) c_u_Thermal(DC_logic_7_14)_ 0.006320129127739299
     SitePower_W(8) c_u_Thermal(DC_logic_7_15)_ 0.019847126326393433
     SitePower_W(8) c_u_Thermal(DC_logic_8_0)_ 0.08378619987368241
     SitePower_W(8) c_u_Thermal(DC_logic_8_1)_ 0.10108220955858992
     SitePower_W(8) c_u_Thermal(DC_logic_8_2)_ 0.10393593179268555
     SitePower_W(8) c_u_Thermal(DC_logic_8_3)_ 0.097526061333990596
     SitePower_W(8) c_u_Thermal(DC_logic_8_4)_ 0.101082209558586
     SitePower_W(8) c_u_Thermal(DC_logic_8_5)_ 0.12295506005768646
     SitePower_W(8) c_u_Thermal(DC_logic_8_6)_ 0.12678701219337171
     SitePower_W(8) c_u_Thermal(DC_logic_8_7)_ 0.11928985876289848
     SitePower_W(8) c_u_Thermal(DC_logic_8_8)_ 0.10393593179268733
     SitePower_W(8) c_u_Thermal(DC_logic_8_9)_ 0.12678701219337624
     SitePower_W(8) c_u_Thermal(DC_logic_8_10)_ 0.13097310154997327
     SitePower_W(8) c_u_Thermal(DC_logic_8_11)_ 0.097526061333994385
     SitePower_W(8) c_u_Thermal(DC_logic_8_12)_ 0.11928985876290099
     SitePower_W(8) c_u_Thermal(PC_dram_0_0)_ 2.6219075371605172e-07
     SitePower_W(8) c_u_Thermal(PC_dram_0_1)_ 5.2420437018811402e-07
     SitePower_W(8) c_u_Thermal(PC_dram_0_2)_ 2.317090763279884e-07
     SitePower_W(8) c_u_Thermal(PC_dram_0_3)_ 4.8292636219711821e-07
     SitePower_W(8) c_u_Thermal(PC_dram_0_4)_ 1.0132781058337002e-06
     SitePower_W(8) c_u_Thermal(PC_dram_0_5)_ 2.621907537160218e-07
     SitePower_W(8) c_u_Thermal(PC_dram_0_6)_ 4.8292636219707755e-07
     SitePower_W(8) c_u_Thermal(PC_dram_0_7)_ 1.0624843644122499e-06
     SitePower_W(8) c_u_Thermal(PC_dram_0_8)_ 2.3531059877725421e-06
     SitePower_W(8) c_u_Thermal(PC_dram_0_9)_ 5.2420437018804467e-07
     SitePower_W(8) c_u_Thermal(PC_dram_0_10)_ 1.0132781058335636e-06
     SitePower_W(8) c_u_Thermal(PC_dram_0_11)_ 2.3531059877722723e-06
     SitePower_W(8) c_u_Thermal(PC_dram_0_12)_ 5.5018175464123241e-06
     SitePower_W(8) c_u_Thermal(PC_dram_1_0)_ 1.0112504429535484e-06
     SitePower_W(8) c_u_Thermal(PC_dram_1_1)_ 1.8289620232537547e-06
     SitePower_W(8) c_u_Thermal(PC_dram_1_2)_ 3.0254856277532166e-06
     SitePower_W(8) c_u_Thermal(PC_dram_1_3)_ 4.5689602013486859e-06
     SitePower_W(8) c_u_Thermal(PC_dram_1_4)_ 2.0522905459321226e-06
     SitePower_W(8) c_u_Thermal(PC_dram_1_5)_ 3.8926071320876906e-06
     SitePower_W(8) c_u_Thermal(PC_dram_1_6)_ 6.7324463183276719e-06
     SitePower_W(8) c_u_Thermal(PC_dram_1_7)_ 1.0568975854350107e-05
     SitePower_W(8) c_u_Thermal(PC_dram_1_8)_ 5.0258985441291186e-06
     SitePower_W(8) c_u_Thermal(PC_dram_1_9)_ 1.0041550650342797e-05
     SitePower_W(8) c_u_Thermal(PC_dram_1_10)_ 1.8284146506612892e-05
     SitePower_W(8) c_u_Thermal(PC_dram_1_11)_ 3.006818913266533e-05
     SitePower_W(8) c_u_Thermal(PC_dram_1_12)_ 1.2422380602455648e-05
     SitePower_W(8) c_u_Thermal(PC_dram_1_13)_ 2.629483134259535e-05
     SitePower_W(8) c_u_Thermal(PC_dram_1_14)_ 5.0781378376213357e-05
     SitePower_W(8) c_u_Thermal(PC_dram_1_15)_ 8.8147359231830014e-05
     SitePower_W(8) c_u_Thermal(PC_dram_2_0)_ 6.3191604706337318e-06
     SitePower_W(8) c_u_Thermal(PC_dram_2_1)_ 7.9383752538945651e-06
     SitePower_W(8) c_u_Thermal(PC_dram_2_2)_ 1.5019978310812689e-05
     SitePower_W(8) c_u_Thermal(PC_dram_2_3)_ 1.9093125665246206e-05
     SitePower_W(8) c_u_Thermal(PC_dram_2_4)_ 2.1681747565613513e-05
     SitePower_W(8) c_u_Thermal(PC_dram_2_5)_ 4.4097270512073375e-05
     SitePower_W(8) c_u_Thermal(PC_dram_2_6)_ 5.666881267052186e-05
     SitePower_W(8) c_u_Thermal(PC_dram_2_7)_ 6.4331850524569344e-05
     SitePower_W(8) c_u_Thermal(PC_dram_2_8)_ 6.7048645866532686e-05
     SitePower_W(8) c_u_Thermal(PC_dram_2_9)_ 0.00013437577672333913
     SitePower_W(8) c_u_Thermal(PC_dram_2_10)_ 0.00017489024871896643
     SitePower_W(8) c_u_Thermal(PC_dram_2_11)_ 0.00019803696787062925
     SitePower_W(8) c_u_Thermal(PC_dram_2_12)_ 0.00020512314217643261
     SitePower_W(8) c_u_Thermal(PC_dram_3_0)_ 1.0112504429535149e-06
     SitePower_W(8) c_u_Thermal(PC_dram_3_1)_ 2.0522905459319287e-06
     SitePower_W(8) c_u_Thermal(PC_dram_3_2)_ 5.025898544128485e-06
     SitePower_W(8) c_u_Thermal(PC_dram_3_3)_ 1.2422380602454715e-05
     SitePower_W(8) c_u_Thermal(PC_dram_3_4)_ 1.8289620232537016e-06
     SitePower_W(8) c_u_Thermal(PC_dram_3_5)_ 3.8926071320875339e-06
     SitePower_W(8) c_u_Thermal(PC_dram_3_6)_ 1.0041550650342119e-05
     SitePower_W(8) c_u_Thermal(PC_dram_3_7)_ 2.62948313425929e-05
     SitePower_W(8) c_u_Thermal(PC_dram_3_8)_ 3.0254856277532831e-06
     SitePower_W(8) c_u_Thermal(PC_dram_3_9)_ 6.732446318327561e-06
     SitePower_W(8) c_u_Thermal(PC_dram_3_10)_ 1.8284146506612817e-05
     SitePower_W(8) c_u_Thermal(PC_dram_3_11)_ 5.0781378376209061e-05
     SitePower_W(8) c_u_Thermal(PC_dram_3_12)_ 4.5689602013486453e-06
     SitePower_W(8) c_u_Thermal(PC_dram_3_13)_ 1.0568975854350268e-05
     SitePower_W(8) c_u_Thermal(PC_dram_3_14)_ 3.0068189132666662e-05
     SitePower_W(8) c_u_Thermal(PC_dram_3_15)_ 8.8147359231829445e-05
     SitePower_W(8) c_u_Thermal(PC_dram_4_0)_ 2.9798994540438067e-05
     SitePower_W(8) c_u_Thermal(PC_dram_4_1)_ 6.7341947486919629e-05
     SitePower_W(8) c_u_Thermal(PC_dram_4_2)_ 0.00013924758496071802
     SitePower_W(8) c_u_Thermal(PC_dram_4_3)_ 0.00025828426508088824
     SitePower_W(8) c_u_Thermal(PC_dram_4_4)_ 6.7341947486914859e-05
     SitePower_W(8) c_u_Thermal(PC_dram_4_5)_ 0.00016367615076609744
     SitePower_W(8) c_u_Thermal(PC_dram_4_6)_ 0.00036687082274687637
     SitePower_W(8) c_u_Thermal(PC_dram_4_7)_ 0.00074132612260790207
     SitePower_W(8) c_u_Thermal(PC_dram_4_8)_ 0.00013924758496070127
     SitePower_W(8) c_u_Thermal(PC_dram_4_9)_ 0.0003668708227468748
     SitePower_W(8) c_u_Thermal(PC_dram_4_10)_ 0.00090673663806912358
     SitePower_W(8) c_u_Thermal(PC_dram_4_11)_ 0.002053485114760255
     SitePower_W(8) c_u_Thermal(PC_dram_4_12)_ 0.00025828426508089409
     SitePower_W(8) c_u_Thermal(PC_dram_4_13)_ 0.00074132612260793232
     SitePower_W(8) c_u_Thermal(PC_dram_4_14)_ 0.0020534851147604406
     SitePower_W(8) c_u_Thermal(PC_dram_4_15)_ 0.0054149116760746335
     SitePower_W(8) c_u_Thermal(PC_dram_5_0)_ 0.00041446591375615514
     SitePower_W(8) c_u_Thermal(PC_dram_5_1)_ 0.00054727788050754154
     SitePower_W(8) c_u_Thermal(PC_dram_5_2)_ 0.00061620990998310346
     SitePower_W(8) c_u_Thermal(PC_dram_5_3)_ 0.00063154005413697104
     SitePower_W(8) c_u_Thermal(PC_dram_5_4)_ 0.0012780363930378175
     SitePower_W(8) c_u_Thermal(PC_dram_5_5)_ 0.0017110422082018608
     SitePower_W(8) c_u_Thermal(PC_dram_5_6)_ 0.0019080879366643291
     SitePower_W(8) c_u_Thermal(PC_dram_5_7)_ 0.0019275546988391297
     SitePower_W(8) c_u_Thermal(PC_dram_5_8)_ 0.0039502181058255854
     SitePower_W(8) c_u_Thermal(PC_dram_5_9)_ 0.0053495143559711706
     SitePower_W(8) c_u_Thermal(PC_dram_5_10)_ 0.0058778284711053005
     SitePower_W(8) c_u_Thermal(PC_dram_5_11)_ 0.0058166997428759238
     SitePower_W(8) c_u_Thermal(PC_dram_5_12)_ 0.012817133639623824
     SitePower_W(8) c_u_Thermal(PC_dram_5_13)_ 0.017440469418773016
     SitePower_W(8) c_u_Thermal(PC_dram_5_14)_ 0.018733129197646983
     SitePower_W(8) c_u_Thermal(PC_dram_5_15)_ 0.017890182651584444
     SitePower_W(8) c_u_Thermal(PC_dram_6_0)_ 6.3191604706336064e-06
     SitePower_W(8) c_u_Thermal(PC_dram_6_1)_ 1.5019978310812702e-05
     SitePower_W(8) c_u_Thermal(PC_dram_6_2)_ 4.4097270512074941e-05
     SitePower_W(8) c_u_Thermal(PC_dram_6_3)_ 0.00013437577672334349
     SitePower_W(8) c_u_Thermal(PC_dram_6_4)_ 7.9383752538939552e-06
     SitePower_W(8) c_u_Thermal(PC_dram_6_5)_ 1.9093125665245667e-05
     SitePower_W(8) c_u_Thermal(PC_dram_6_6)_ 5.6668812670522077e-05
     SitePower_W(8) c_u_Thermal(PC_dram_6_7)_ 0.00017489024871896933
     SitePower_W(8) c_u_Thermal(PC_dram_6_8)_ 2.1681747565614319e-05
     SitePower_W(8) c_u_Thermal(PC_dram_6_9)_ 6.4331850524569777e-05
     SitePower_W(8) c_u_Thermal(PC_dram_6_10)_ 0.00019803696787062995
     SitePower_W(8) c_u_Thermal(PC_dram_6_11)_ 6.7048645866534231e-05
     SitePower_W(8) c_u_Thermal(PC_dram_6_12)_ 0.00020512314217643166
     SitePower_W(8) c_u_Thermal(PC_dram_7_0)_ 0.00041446591375617601
     SitePower_W(8) c_u_Thermal(PC_dram_7_1)_ 0.0012780363930378939
     SitePower_W(8) c_u_Thermal(PC_dram_7_2)_ 0.0039502181058256444
     SitePower_W(8) c_u_Thermal(PC_dram_7_3)_ 0.012817133639623274
     SitePower_W(8) c_u_Thermal(PC_dram_7_4)_ 0.00054727788050754544
     SitePower_W(8) c_u_Thermal(PC_dram_7_5)_ 0.0017110422082018896
     SitePower_W(8) c_u_Thermal(PC_dram_7_6)_ 0.0053495143559713137
     SitePower_W(8) c_u_Thermal(PC_dram_7_7)_ 0.01744046941877285
     SitePower_W(8) c_u_Thermal(PC_dram_7_8)_ 0.00061620990998309804
     SitePower_W(8) c_u_Thermal(PC_dram_7_9)_ 0.0019080879366643326
     SitePower_W(8) c_u_Thermal(PC_dram_7_10)_ 0.0058778284711050533
     SitePower_W(8) c_u_Thermal(PC_dram_7_11)_ 0.018733129197646341
     SitePower_W(8) c_u_Thermal(PC_dram_7_12)_ 0.00063154005413697918
     SitePower_W(8) c_u_Thermal(PC_dram_7_13)_ 0.00192755469883911
     SitePower_W(8) c_u_Thermal(PC_dram_7_14)_ 0.0058166997428759585
     SitePower_W(8) c_u_Thermal(PC_dram_7_15)_ 0.017890182651584888
     SitePower_W(8) c_u_Thermal(PC_dram_8_0)_ 0.063710318716939676
     SitePower_W(8) c_u_Thermal(PC_dram_8_1)_ 0.081868527023661264
     SitePower_W(8) c_u_Thermal(PC_dram_8_2)_ 0.08451163144424842
     SitePower_W(8) c_u_Thermal(PC_dram_8_3)_ 0.075984929826549336
     SitePower_W(8) c_u_Thermal(PC_dram_8_4)_ 0.081868527023661375
     SitePower_W(8) c_u_Thermal(PC_dram_8_5)_ 0.10575022160701895
     SitePower_W(8) c_u_Thermal(PC_dram_8_6)_ 0.10935111806777867
     SitePower_W(8) c_u_Thermal(PC_dram_8_7)_ 0.098594766688455321
     SitePower_W(8) c_u_Thermal(PC_dram_8_8)_ 0.084511631444246366
     SitePower_W(8) c_u_Thermal(PC_dram_8_9)_ 0.10935111806777791
     SitePower_W(8) c_u_Thermal(PC_dram_8_10)_ 0.11327820849926233
     SitePower_W(8) c_u_Thermal(PC_dram_8_11)_ 0.075984929826551431
     SitePower_W(8) c_u_Thermal(PC_dram_8_12)_ 0.098594766688458707
     SitePower_W(8) c_u_Thermal(PC_logic_0_0)_ 2.6236129563028041e-07
     SitePower_W(8) c_u_Thermal(PC_logic_0_1)_ 5.2450776429335019e-07
     SitePower_W(8) c_u_Thermal(PC_logic_0_2)_ 2.3190232603303172e-07
     SitePower_W(8) c_u_Thermal(PC_logic_0_3)_ 4.8326920102669305e-07
     SitePower_W(8) c_u_Thermal(PC_logic_0_4)_ 1.0139414359503695e-06
     SitePower_W(8) c_u_Thermal(PC_logic_0_5)_ 2.623612956302505e-07
     SitePower_W(8) c_u_Thermal(PC_logic_0_6)_ 4.8326920102665388e-07
     SitePower_W(8) c_u_Thermal(PC_logic_0_7)_ 1.0630855305914069e-06
     SitePower_W(8) c_u_Thermal(PC_logic_0_8)_ 2.3543194885983259e-06
     SitePower_W(8) c_u_Thermal(PC_logic_0_9)_ 5.2450776429328052e-07
     SitePower_W(8) c_u_Thermal(PC_logic_0_10)_ 1.0139414359502346e-06
     SitePower_W(8) c_u_Thermal(PC_logic_0_11)_ 2.3543194885980553e-06
     SitePower_W(8) c_u_Thermal(PC_logic_0_12)_ 5.5043853266243384e-06
     SitePower_W(8) c_u_Thermal(PC_logic_1_0)_ 1.0119407980832762e-06
     SitePower_W(8) c_u_Thermal(PC_logic_1_1)_ 1.830405168950094e-06
     SitePower_W(8) c_u_Thermal(PC_logic_1_2)_ 3.0276638536800903e-06
     SitePower_W(8) c_u_Thermal(PC_logic_1_3)_ 4.5717734528193789e-06
     SitePower_W(8) c_u_Thermal(PC_logic_1_4)_ 2.053864947247486e-06
     SitePower_W(8) c_u_Thermal(PC_logic_1_5)_ 3.8958956267164868e-06
     SitePower_W(8) c_u_Thermal(PC_logic_1_6)_ 6.7375420587141913e-06
     SitePower_W(8) c_u_Thermal(PC_logic_1_7)_ 1.0576003150817301e-05
     SitePower_W(8) c_u_Thermal(PC_logic_1_8)_ 5.0290375213284824e-06
     SitePower_W(8) c_u_Thermal(PC_logic_1_9)_ 1.004832845165967e-05
     SitePower_W(8) c_u_Thermal(PC_logic_1_10)_ 1.8294531343567152e-05
     SitePower_W(8) c_u_Thermal(PC_logic_1_11)_ 3.0082604314827987e-05
     SitePower_W(8) c_u_Thermal(PC_logic_1_12)_ 1.242967951759832e-05
     SitePower_W(8) c_u_Thermal(PC_logic_1_13)_ 2.6312177654918816e-05
     SitePower_W(8) c_u_Thermal(PC_logic_1_14)_ 5.0809877949888273e-05
     SitePower_W(8) c_u_Thermal(PC_logic_1_15)_ 8.818906371201649e-05
     SitePower_W(8) c_u_Thermal(PC_logic_2_0)_ 6.3233642536099138e-06
     SitePower_W(8) c_u_Thermal(PC_logic_2_1)_ 7.9446649308786518e-06
     SitePower_W(8) c_u_Thermal(PC_logic_2_2)_ 1.5030729867549592e-05
     SitePower_W(8) c_u_Thermal(PC_logic_2_3)_ 1.9108860822524662e-05
     SitePower_W(8) c_u_Thermal(PC_logic_2_4)_ 2.1699140379525123e-05
     SitePower_W(8) c_u_Thermal(PC_logic_2_5)_ 4.4120405584145524e-05
     SitePower_W(8) c_u_Thermal(PC_logic_2_6)_ 5.6703828700939145e-05
     SitePower_W(8) c_u_Thermal(PC_logic_2_7)_ 6.437021526327454e-05
     SitePower_W(8) c_u_Thermal(PC_logic_2_8)_ 6.7082014184656656e-05
     SitePower_W(8) c_u_Thermal(PC_logic_2_9)_ 0.00013444675326935526
     SitePower_W(8) c_u_Thermal(PC_logic_2_10)_ 0.00017500251735607229
     SitePower_W(8) c_u_Thermal(PC_logic_2_11)_ 0.00019815983959837685
     SitePower_W(8) c_u_Thermal(PC_logic_2_12)_ 0.00020522625990138598
     SitePower_W(8) c_u_Thermal(PC_logic_3_0)_ 1.0119407980832436e-06
     SitePower_W(8) c_u_Thermal(PC_logic_3_1)_ 2.0538649472472912e-06
     SitePower_W(8) c_u_Thermal(PC_logic_3_2)_ 5.0290375213278429e-06
     SitePower_W(8) c_u_Thermal(PC_logic_3_3)_ 1.2429679517597392e-05
     SitePower_W(8) c_u_Thermal(PC_logic_3_4)_ 1.8304051689500396e-06
     SitePower_W(8) c_u_Thermal(PC_logic_3_5)_ 3.8958956267163301e-06
     SitePower_W(8) c_u_Thermal(PC_logic_3_6)_ 1.0048328451658991e-05
     SitePower_W(8) c_u_Thermal(PC_logic_3_7)_ 2.6312177654916363e-05
     SitePower_W(8) c_u_Thermal(PC_logic_3_8)_ 3.0276638536801546e-06
     SitePower_W(8) c_u_Thermal(PC_logic_3_9)_ 6.7375420587140854e-06
     SitePower_W(8) c_u_Thermal(PC_logic_3_10)_ 1.8294531343567074e-05
     SitePower_W(8) c_u_Thermal(PC_logic_3_11)_ 5.0809877949883882e-05
     SitePower_W(8) c_u_Thermal(PC_logic_3_12)_ 4.5717734528193323e-06
     SitePower_W(8) c_u_Thermal(PC_logic_3_13)_ 1.057600315081746e-05
     SitePower_W(8) c_u_Thermal(PC_logic_3_14)_ 3.0082604314829322e-05
     SitePower_W(8) c_u_Thermal(PC_logic_3_15)_ 8.8189063712015839e-05
     SitePower_W(8) c_u_Thermal(PC_logic_4_0)_ 2.9820832235465942e-05
     SitePower_W(8) c_u_Thermal(PC_logic_4_1)_ 6.7397057601276402e-05
     SitePower_W(8) c_u_Thermal(PC_logic_4_2)_ 0.00013934810045635051
     SitePower_W(8) c_u_Thermal(PC_logic_4_3)_ 0.00025845088299166912
     SitePower_W(8) c_u_Thermal(PC_logic_4_4)_ 6.7397057601271563e-05
     SitePower_W(8) c_u_Thermal(PC_logic_4_5)_ 0.00016381707799072092
     SitePower_W(8) c_u_Thermal(PC_logic_4_6)_ 0.00036713787416006201
     SitePower_W(8) c_u_Thermal(PC_logic_4_7)_ 0.00074181786222767617
     SitePower_W(8) c_u_Thermal(PC_logic_4_8)_ 0.00013934810045633368
     SitePower_W(8) c_u_Thermal(PC_logic_4_9)_ 0.00036713787416006055
     SitePower_W(8) c_u_Thermal(PC_logic_4_10)_ 0.00090724096943903504
     SitePower_W(8) c_u_Thermal(PC_logic_4_11)_ 0.0020545167341185161
     SitePower_W(8) c_u_Thermal(PC_logic_4_12)_ 0.00025845088299167497
     SitePower_W(8) c_u_Thermal(PC_logic_4_13)_ 0.00074181786222770685
     SitePower_W(8) c_u_Thermal(PC_logic_4_14)_ 0.0020545167341187035
     SitePower_W(8) c_u_Thermal(PC_logic_4_15)_ 0.0054188152006432533
     SitePower_W(8) c_u_Thermal(PC_logic_5_0)_ 0.00041476397262699729
     SitePower_W(8) c_u_Thermal(PC_logic_5_1)_ 0.00054774259913938994
     SitePower_W(8) c_u_Thermal(PC_logic_5_2)_ 0.00061671846942034292
     SitePower_W(8) c_u_Thermal(PC_logic_5_3)_ 0.00063197628466355371
     SitePower_W(8) c_u_Thermal(PC_logic_5_4)_ 0.0012789770928221522
     SitePower_W(8) c_u_Thermal(PC_logic_5_5)_ 0.0017124834571566551
     SitePower_W(8) c_u_Thermal(PC_logic_5_6)_ 0.0019096518205009953
     SitePower_W(8) c_u_Thermal(PC_logic_5_7)_ 0.0019289161249622557
     SitePower_W(8) c_u_Thermal(PC_logic_5_8)_ 0.0039529578058519364
     SitePower_W(8) c_u_Thermal(PC_logic_5_9)_ 0.0053535993243880682
     SitePower_W(8) c_u_Thermal(PC_logic_5_10)_ 0.0058821454303823505
     SitePower_W(8) c_u_Thermal(PC_logic_5_11)_ 0.0058203442254171492
     SitePower_W(8) c_u_Thermal(PC_logic_5_12)_ 0.012872538042467524
     SitePower_W(8) c_u_Thermal(PC_logic_5_13)_ 0.017506100307443949
     SitePower_W(8) c_u_Thermal(PC_logic_5_14)_ 0.018799292578170694
     SitePower_W(8) c_u_Thermal(PC_logic_5_15)_ 0.017949285069857251
     SitePower_W(8) c_u_Thermal(PC_logic_6_0)_ 6.3233642536097859e-06
     SitePower_W(8) c_u_Thermal(PC_logic_6_1)_ 1.5030729867549607e-05
     SitePower_W(8) c_u_Thermal(PC_logic_6_2)_ 4.4120405584147055e-05
     SitePower_W(8) c_u_Thermal(PC_logic_6_3)_ 0.00013444675326935974
     SitePower_W(8) c_u_Thermal(PC_logic_6_4)_ 7.9446649308780301e-06
     SitePower_W(8) c_u_Thermal(PC_logic_6_5)_ 1.9108860822524117e-05
     SitePower_W(8) c_u_Thermal(PC_logic_6_6)_ 5.6703828700939355e-05
     SitePower_W(8) c_u_Thermal(PC_logic_6_7)_ 0.00017500251735607495
     SitePower_W(8) c_u_Thermal(PC_logic_6_8)_ 2.1699140379525963e-05
     SitePower_W(8) c_u_Thermal(PC_logic_6_9)_ 6.4370215263275015e-05
     SitePower_W(8) c_u_Thermal(PC_logic_6_10)_ 0.00019815983959837774
     SitePower_W(8) c_u_Thermal(PC_logic_6_11)_ 6.7082014184658188e-05
     SitePower_W(8) c_u_Thermal(PC_logic_6_12)_ 0.00020522625990138492
     SitePower_W(8) c_u_Thermal(PC_logic_7_0)_ 0.00041476397262701816
     SitePower_W(8) c_u_Thermal(PC_logic_7_1)_ 0.0012789770928222292
     SitePower_W(8) c_u_Thermal(PC_logic_7_2)_ 0.0039529578058519902
     SitePower_W(8) c_u_Thermal(PC_logic_7_3)_ 0.012872538042466967
     SitePower_W(8) c_u_Thermal(PC_logic_7_4)_ 0.00054774259913939265
     SitePower_W(8) c_u_Thermal(PC_logic_7_5)_ 0.0017124834571566846
     SitePower_W(8) c_u_Thermal(PC_logic_7_6)_ 0.0053535993243882113
     SitePower_W(8) c_u_Thermal(PC_logic_7_7)_ 0.017506100307443768
     SitePower_W(8) c_u_Thermal(PC_logic_7_8)_ 0.00061671846942033749
     SitePower_W(8) c_u_Thermal(PC_logic_7_9)_ 0.0019096518205010001
     SitePower_W(8) c_u_Thermal(PC_logic_7_10)_ 0.0058821454303821024
     SitePower_W(8) c_u_Thermal(PC_logic_7_11)_ 0.018799292578170042
     SitePower_W(8) c_u_Thermal(PC_logic_7_12)_ 0.0006319762846635613
     SitePower_W(8) c_u_Thermal(PC_logic_7_13)_ 0.0019289161249622364
     SitePower_W(8) c_u_Thermal(PC_logic_7_14)_ 0.0058203442254171804
     SitePower_W(8) c_u_Thermal(PC_logic_7_15)_ 0.017949285069857705
     SitePower_W(8) c_u_Thermal(PC_logic_8_0)_ 0.068142798820314709
     SitePower_W(8) c_u_Thermal(PC_logic_8_1)_ 0.086783932751862775
     SitePower_W(8) c_u_Thermal(PC_logic_8_2)_ 0.089428823789176728
     SitePower_W(8) c_u_Thermal(PC_logic_8_3)_ 0.080472449501134219
     SitePower_W(8) c_u_Thermal(PC_logic_8_4)_ 0.086783932751862941
     SitePower_W(8) c_u_Thermal(PC_logic_8_5)_ 0.11115810343371502
     SitePower_W(8) c_u_Thermal(PC_logic_8_6)_ 0.11476162433306361
     SitePower_W(8) c_u_Thermal(PC_logic_8_7)_ 0.10357523260773582
     SitePower_W(8) c_u_Thermal(PC_logic_8_8)_ 0.089428823789174702
     SitePower_W(8) c_u_Thermal(PC_logic_8_9)_ 0.11476162433306292
     SitePower_W(8) c_u_Thermal(PC_logic_8_10)_ 0.11869144686806303
     SitePower_W(8) c_u_Thermal(PC_logic_8_11)_ 0.080472449501136287
     SitePower_W(8) c_u_Thermal(PC_logic_8_12)_ 0.10357523260773922
     SitePower_W(8) c_u_Leakage(DC_0)_ 4.2182117435709472e-07
     SitePower_W(8) c_u_Leakage(DC_1)_ 6.7779397920185783e-06
     SitePower_W(8) c_u_Leakage(DC_2)_ 2.5820623786450394e-05
     SitePower_W(8) c_u_Leakage(DC_3)_ 6.7779397920194024e-06
     SitePower_W(8) c_u_Leakage(DC_4)_ 0.00031987401428293469
     SitePower_W(8) c_u_Leakage(DC_5)_ 0.0022867293103763283
     SitePower_W(8) c_u_Leakage(DC_6)_ 2.582062378645322e-05
     SitePower_W(8) c_u_Leakage(DC_7)_ 0.0022867293103763673
     SitePower_W(8) c_u_Leakage(DC_8)_ 0.040219681164637443
     SitePower_W(8) c_u_Leakage(PC_0)_ 1.1103097888721096e-07
     SitePower_W(8) c_u_Leakage(PC_1)_ 1.8679137968313715e-06
     SitePower_W(8) c_u_Leakage(PC_2)_ 7.2751972351880994e-06
     SitePower_W(8) c_u_Leakage(PC_3)_ 1.8679137968313091e-06
     SitePower_W(8) c_u_Leakage(PC_4)_ 9.2422312983152596e-05
     SitePower_W(8) c_u_Leakage(PC_5)_ 0.00067040909865956886
     SitePower_W(8) c_u_Leakage(PC_6)_ 7.2751972351881773e-06
     SitePower_W(8) c_u_Leakage(PC_7)_ 0.0006704090986595629
     SitePower_W(8) c_u_Leakage(PC_8)_ 0.011429271749978924
RHS
     RHS c_e_OccupiedDef(0_DC_decode)_ 0
     RHS c_e_OccupiedDef(0_DC_prefill)_ 0
     RHS c_e_OccupiedDef(0_PC_decode)_ 0
     RHS c_e_OccupiedDef(0_PC_prefill)_ 0
     RHS c_e_OccupiedDef(1_DC_decode)_ 0
     RHS c_e_OccupiedDef(1_DC_prefill)_ 0
     RHS c_e_OccupiedDef(1_PC_decode)_ 0
     RHS c_e_OccupiedDef(1_PC_prefill)_ 0
     RHS c_e_OccupiedDef(2_DC_decode)_ 0
     RHS c_e_OccupiedDef(2_DC_prefill)_ 0
     RHS c_e_OccupiedDef(2_PC_decode)_ 0
     RHS c_e_OccupiedDef(2_PC_prefill)_ 0
     RHS c_e_OccupiedDef(3_DC_decode)_ 0
     RHS c_e_OccupiedDef(3_DC_prefill)_ 0
     RHS c_e_OccupiedDef(3_PC_decode)_ 0
     RHS c_e_OccupiedDef(3_PC_prefill)_ 0
     RHS c_e_OccupiedDef(4_DC_decode)_ 0
     RHS c_e_OccupiedDef(4_DC_prefill)_ 0
     RHS c_e_OccupiedDef(4_PC_decode)_ 0
     RHS c_e_OccupiedDef(4_PC_prefill)_ 0
     RHS c_e_OccupiedDef(5_DC_decode)_ 0
     RHS c_e_OccupiedDef(5_DC_prefill)_ 0
     RHS c_e_OccupiedDef(5_PC_decode)_ 0
     RHS c_e_OccupiedDef(5_PC_prefill)_ 0
     RHS c_e_OccupiedDef(6_DC_decode)_ 0
     RHS c_e_OccupiedDef(6_DC_prefill)_ 0
     RHS c_e_OccupiedDef(6_PC_decode)_ 0
     RHS c_e_OccupiedDef(6_PC_prefill)_ 0
     RHS c_e_OccupiedDef(7_DC_decode)_ 0
     RHS c_e_OccupiedDef(7_DC_prefill)_ 0
     RHS c_e_OccupiedDef(7_PC_decode)_ 0
     RHS c_e_OccupiedDef(7_PC_prefill)_ 0
     RHS c_e_OccupiedDef(8_DC_decode)_ 0
     RHS c_e_OccupiedDef(8_DC_prefill)_ 0
     RHS c_e_OccupiedDef(8_PC_decode)_ 0
     RHS c_e_OccupiedDef(8_PC_prefill)_ 0
     RHS c_e_SitePowerDef(0)_ 0
     RHS c_e_SitePowerDef(1)_ 0
     RHS c_e_SitePowerDef(2)_ 0
     RHS c_e_SitePowerDef(3)_ 0
     RHS c_e_SitePowerDef(4)_ 0
     RHS c_e_SitePowerDef(5)_ 0
     RHS c_e_SitePowerDef(6)_ 0
     RHS c_e_SitePowerDef(7)_ 0
     RHS c_e_SitePowerDef(8)_ 0
     RHS c_e_KindLink(0)_ 0
     RHS c_e_KindLink(1)_ 0
     RHS c_e_KindLink(2)_ 0
     RHS c_e_KindLink(3)_ 0
     RHS c_e_KindLink(4)_ 0
     RHS c_e_KindLink(5)_ 0
     RHS c_e_KindLink(6)_ 0
     RHS c_e_KindLink(7)_ 0
     RHS c_e_KindLink(8)_ 0
     RHS c_e_KindLink(9)_ 0
     RHS c_e_KindLink(10)_ 0
     RHS c_e_KindLink(11)_ 0
     RHS c_e_KindLink(12)_ 0
     RHS c_e_KindLink(13)_ 0
     RHS c_e_KindLink(14)_ 0
     RHS c_e_KindLink(15)_ 0
     RHS c_e_KindLink(16)_ 0
     RHS c_e_KindLink(17)_ 0
     RHS c_e_KindLink(18)_ 0
     RHS c_e_KindLink(19)_ 0
     RHS c_e_KindLink(20)_ 0
     RHS c_e_KindLink(21)_ 0
     RHS c_e_TileCountLink(D_DC_t1_p3_c0)_ 0
     RHS c_e_TileCountLink(D_DC_t1_p4_c0)_ 0
     RHS c_e_TileCountLink(D_DC_t1_p5_c0)_ 0
     RHS c_e_TileCountLink(D_DC_t1_p6_c0)_ 0
     RHS c_e_TileCountLink(D_DC_t1_p8_c0)_ 0
     RHS c_e_TileCountLink(D_DC_t2_p2_c0)_ 0
     RHS c_e_TileCountLink(D_DC_t2_p2_c1)_ 0
     RHS c_e_TileCountLink(D_DC_t2_p3_c0)_ 0
     RHS c_e_TileCountLink(D_DC_t2_p3_c1)_ 0
     RHS c_e_TileCountLink(D_DC_t2_p4_c0)_ 0
     RHS c_e_TileCountLink(D_DC_t4_p1_c0)_ 0
     RHS c_e_TileCountLink(D_DC_t4_p1_c1)_ 0
     RHS c_e_TileCountLink(D_DC_t4_p2_c0)_ 0
     RHS c_e_TileCountLink(D_DC_t8_p1_c0)_ 0
     RHS c_e_TileCountLink(D_PC_t1_p5_c0)_ 0
     RHS c_e_TileCountLink(D_PC_t1_p6_c0)_ 0
     RHS c_e_TileCountLink(D_PC_t1_p8_c0)_ 0
     RHS c_e_TileCountLink(D_PC_t2_p3_c0)_ 0
     RHS c_e_TileCountLink(D_PC_t2_p3_c1)_ 0
     RHS c_e_TileCountLink(D_PC_t2_p4_c0)_ 0
     RHS c_e_TileCountLink(D_PC_t4_p2_c0)_ 0
     RHS c_e_TileCountLink(D_PC_t8_p1_c0)_ 0
     RHS c_e_TileCountLink(P_DC_t1_p3_c0)_ 0
     RHS c_e_TileCountLink(P_DC_t1_p4_c0)_ 0
     RHS c_e_TileCountLink(P_DC_t1_p5_c0)_ 0
     RHS c_e_TileCountLink(P_DC_t1_p6_c0)_ 0
     RHS c_e_TileCountLink(P_DC_t1_p8_c0)_ 0
     RHS c_e_TileCountLink(P_DC_t2_p2_c0)_ 0
     RHS c_e_TileCountLink(P_DC_t2_p2_c1)_ 0
     RHS c_e_TileCountLink(P_DC_t2_p3_c0)_ 0
     RHS c_e_TileCountLink(P_DC_t2_p3_c1)_ 0
     RHS c_e_TileCountLink(P_DC_t2_p4_c0)_ 0
     RHS c_e_TileCountLink(P_DC_t4_p1_c0)_ 0
     RHS c_e_TileCountLink(P_PC_t1_p5_c0)_ 0
     RHS c_e_TileCountLink(P_PC_t1_p6_c0)_ 0
     RHS c_e_TileCountLink(P_PC_t1_p8_c0)_ 0
     RHS c_e_TileCountLink(P_PC_t2_p3_c0)_ 0
     RHS c_e_TileCountLink(P_PC_t2_p3_c1)_ 0
     RHS c_e_TileCountLink(P_PC_t2_p4_c0)_ 0
     RHS c_e_TileCountLink(P_PC_t4_p2_c0)_ 0
     RHS c_u_SitePacking(0)_ 1
     RHS c_u_SitePacking(1)_ 1
     RHS c_u_SitePacking(2)_ 1
     RHS c_u_SitePacking(3)_ 1
     RHS c_u_SitePacking(4)_ 1
     RHS c_u_SitePacking(5)_ 1
     RHS c_u_SitePacking(6)_ 1
     RHS c_u_SitePacking(7)_ 1
     RHS c_u_SitePacking(8)_ 1
     RHS c_u_SiteTotal_ 9
     RHS c_l_InstancesPerRole(decode)_ 1
     RHS c_l_InstancesPerRole(prefill)_ 1
     RHS c_e_PrefillFlow_ 0
     RHS c_e_DecodeFlow_ 0
     RHS c_u_Capacity(D_DC_t1_p3_c0_b16)_ 0
     RHS c_u_Capacity(D_DC_t1_p3_c0_b2)_ 0
     RHS c_u_Capacity(D_DC_t1_p3_c0_b32)_ 0
     RHS c_u_Capacity(D_DC_t1_p3_c0_b4)_ 0
     RHS c_u_Capacity(D_DC_t1_p3_c0_b64)_ 0
     RHS c_u_Capacity(D_DC_t1_p3_c0_b8)_ 0
     RHS c_u_Capacity(D_DC_t1_p4_c0_b1)_ 0
     RHS c_u_Capacity(D_DC_t1_p4_c0_b16)_ 0
     RHS c_u_Capacity(D_DC_t1_p4_c0_b2)_ 0
     RHS c_u_Capacity(D_DC_t1_p4_c0_b32)_ 0
     RHS c_u_Capacity(D_DC_t1_p4_c0_b4)_ 0
     RHS c_u_Capacity(D_DC_t1_p4_c0_b64)_ 0
     RHS c_u_Capacity(D_DC_t1_p4_c0_b8)_ 0
     RHS c_u_Capacity(D_DC_t1_p5_c0_b16)_ 0
     RHS c_u_Capacity(D_DC_t1_p5_c0_b2)_ 0
     RHS c_u_Capacity(D_DC_t1_p5_c0_b32)_ 0
     RHS c_u_Capacity(D_DC_t1_p5_c0_b4)_ 0
     RHS c_u_Capacity(D_DC_t1_p5_c0_b64)_ 0
     RHS c_u_Capacity(D_DC_t1_p5_c0_b8)_ 0
     RHS c_u_Capacity(D_DC_t1_p6_c0_b16)_ 0
     RHS c_u_Capacity(D_DC_t1_p6_c0_b32)_ 0
     RHS c_u_Capacity(D_DC_t1_p6_c0_b4)_ 0
     RHS c_u_Capacity(D_DC_t1_p6_c0_b64)_ 0
     RHS c_u_Capacity(D_DC_t1_p6_c0_b8)_ 0
     RHS c_u_Capacity(D_DC_t1_p8_c0_b32)_ 0
     RHS c_u_Capacity(D_DC_t1_p8_c0_b4)_ 0
     RHS c_u_Capacity(D_DC_t1_p8_c0_b64)_ 0
     RHS c_u_Capacity(D_DC_t1_p8_c0_b8)_ 0
     RHS c_u_Capacity(D_DC_t2_p2_c0_b1)_ 0
     RHS c_u_Capacity(D_DC_t2_p2_c0_b128)_ 0
     RHS c_u_Capacity(D_DC_t2_p2_c0_b2)_ 0
     RHS c_u_Capacity(D_DC_t2_p2_c0_b32)_ 0
     RHS c_u_Capacity(D_DC_t2_p2_c0_b4)_ 0
     RHS c_u_Capacity(D_DC_t2_p2_c0_b64)_ 0
     RHS c_u_Capacity(D_DC_t2_p2_c1_b1)_ 0
     RHS c_u_Capacity(D_DC_t2_p2_c1_b128)_ 0
     RHS c_u_Capacity(D_DC_t2_p2_c1_b2)_ 0
     RHS c_u_Capacity(D_DC_t2_p2_c1_b32)_ 0
     RHS c_u_Capacity(D_DC_t2_p2_c1_b4)_ 0
     RHS c_u_Capacity(D_DC_t2_p2_c1_b64)_ 0
     RHS c_u_Capacity(D_DC_t2_p3_c0_b4)_ 0
     RHS c_u_Capacity(D_DC_t2_p3_c0_b8)_ 0
     RHS c_u_Capacity(D_DC_t2_p3_c1_b4)_ 0
     RHS c_u_Capacity(D_DC_t2_p3_c1_b8)_ 0
     RHS c_u_Capacity(D_DC_t2_p4_c0_b32)_ 0
     RHS c_u_Capacity(D_DC_t2_p4_c0_b4)_ 0
     RHS c_u_Capacity(D_DC_t2_p4_c0_b8)_ 0
     RHS c_u_Capacity(D_DC_t4_p1_c0_b1)_ 0
     RHS c_u_Capacity(D_DC_t4_p1_c0_b128)_ 0
     RHS c_u_Capacity(D_DC_t4_p1_c0_b16)_ 0
     RHS c_u_Capacity(D_DC_t4_p1_c0_b2)_ 0
     RHS c_u_Capacity(D_DC_t4_p1_c0_b32)_ 0
     RHS c_u_Capacity(D_DC_t4_p1_c0_b4)_ 0
     RHS c_u_Capacity(D_DC_t4_p1_c0_b64)_ 0
     RHS c_u_Capacity(D_DC_t4_p1_c1_b1)_ 0
     RHS c_u_Capacity(D_DC_t4_p1_c1_b128)_ 0
     RHS c_u_Capacity(D_DC_t4_p1_c1_b16)_ 0
     RHS c_u_Capacity(D_DC_t4_p1_c1_b2)_ 0
     RHS c_u_Capacity(D_DC_t4_p1_c1_b32)_ 0
     RHS c_u_Capacity(D_DC_t4_p1_c1_b4)_ 0
     RHS c_u_Capacity(D_DC_t4_p1_c1_b64)_ 0
     RHS c_u_Capacity(D_DC_t4_p1_c1_b8)_ 0
     RHS c_u_Capacity(D_DC_t4_p2_c0_b16)_ 0
     RHS c_u_Capacity(D_DC_t4_p2_c0_b2)_ 0
     RHS c_u_Capacity(D_DC_t4_p2_c0_b4)_ 0
     RHS c_u_Capacity(D_DC_t4_p2_c0_b64)_ 0
     RHS c_u_Capacity(D_DC_t8_p1_c0_b1)_ 0
     RHS c_u_Capacity(D_DC_t8_p1_c0_b16)_ 0
     RHS c_u_Capacity(D_DC_t8_p1_c0_b2)_ 0
     RHS c_u_Capacity(D_DC_t8_p1_c0_b4)_ 0
     RHS c_u_Capacity(D_DC_t8_p1_c0_b8)_ 0
     RHS c_u_Capacity(D_PC_t1_p5_c0_b16)_ 0
     RHS c_u_Capacity(D_PC_t1_p5_c0_b2)_ 0
     RHS c_u_Capacity(D_PC_t1_p5_c0_b4)_ 0
     RHS c_u_Capacity(D_PC_t1_p5_c0_b8)_ 0
     RHS c_u_Capacity(D_PC_t1_p6_c0_b16)_ 0
     RHS c_u_Capacity(D_PC_t1_p6_c0_b32)_ 0
     RHS c_u_Capacity(D_PC_t1_p6_c0_b4)_ 0
     RHS c_u_Capacity(D_PC_t1_p6_c0_b64)_ 0
     RHS c_u_Capacity(D_PC_t1_p6_c0_b8)_ 0
     RHS c_u_Capacity(D_PC_t1_p8_c0_b128)_ 0
     RHS c_u_Capacity(D_PC_t1_p8_c0_b32)_ 0
     RHS c_u_Capacity(D_PC_t1_p8_c0_b4)_ 0
     RHS c_u_Capacity(D_PC_t1_p8_c0_b64)_ 0
     RHS c_u_Capacity(D_PC_t1_p8_c0_b8)_ 0
     RHS c_u_Capacity(D_PC_t2_p3_c0_b32)_ 0
     RHS c_u_Capacity(D_PC_t2_p3_c0_b4)_ 0
     RHS c_u_Capacity(D_PC_t2_p3_c0_b64)_ 0
     RHS c_u_Capacity(D_PC_t2_p3_c0_b8)_ 0
     RHS c_u_Capacity(D_PC_t2_p3_c1_b32)_ 0
     RHS c_u_Capacity(D_PC_t2_p3_c1_b4)_ 0
     RHS c_u_Capacity(D_PC_t2_p3_c1_b64)_ 0
     RHS c_u_Capacity(D_PC_t2_p3_c1_b8)_ 0
     RHS c_u_Capacity(D_PC_t2_p4_c0_b128)_ 0
     RHS c_u_Capacity(D_PC_t2_p4_c0_b4)_ 0
     RHS c_u_Capacity(D_PC_t2_p4_c0_b8)_ 0
     RHS c_u_Capacity(D_PC_t4_p2_c0_b2)_ 0
     RHS c_u_Capacity(D_PC_t4_p2_c0_b4)_ 0
     RHS c_u_Capacity(D_PC_t4_p2_c0_b64)_ 0
     RHS c_u_Capacity(D_PC_t8_p1_c0_b1)_ 0
     RHS c_u_Capacity(D_PC_t8_p1_c0_b2)_ 0
     RHS c_u_Capacity(D_PC_t8_p1_c0_b32)_ 0
     RHS c_u_Capacity(D_PC_t8_p1_c0_b4)_ 0
     RHS c_u_Capacity(D_PC_t8_p1_c0_b64)_ 0
     RHS c_u_Capacity(P_DC_t1_p3_c0_b1)_ 0
     RHS c_u_Capacity(P_DC_t1_p4_c0_b1)_ 0
     RHS c_u_Capacity(P_DC_t1_p5_c0_b1)_ 0
     RHS c_u_Capacity(P_DC_t1_p6_c0_b1)_ 0
     RHS c_u_Capacity(P_DC_t1_p8_c0_b1)_ 0
     RHS c_u_Capacity(P_DC_t2_p2_c0_b1)_ 0
     RHS c_u_Capacity(P_DC_t2_p2_c1_b1)_ 0
     RHS c_u_Capacity(P_DC_t2_p3_c0_b1)_ 0
     RHS c_u_Capacity(P_DC_t2_p3_c1_b1)_ 0
     RHS c_u_Capacity(P_DC_t2_p4_c0_b1)_ 0
     RHS c_u_Capacity(P_DC_t4_p1_c0_b1)_ 0
     RHS c_u_Capacity(P_PC_t1_p5_c0_b1)_ 0
     RHS c_u_Capacity(P_PC_t1_p6_c0_b1)_ 0
     RHS c_u_Capacity(P_PC_t1_p8_c0_b1)_ 0
     RHS c_u_Capacity(P_PC_t2_p3_c0_b1)_ 0
     RHS c_u_Capacity(P_PC_t2_p3_c1_b1)_ 0
     RHS c_u_Capacity(P_PC_t2_p4_c0_b1)_ 0
     RHS c_u_Capacity(P_PC_t4_p2_c0_b1)_ 0
     RHS c_u_KvLinks(D_DC_t1_p3_c0_b16)_ 0
     RHS c_u_KvLinks(D_DC_t1_p3_c0_b2)_ 0
     RHS c_u_KvLinks(D_DC_t1_p3_c0_b32)_ 0
     RHS c_u_KvLinks(D_DC_t1_p3_c0_b4)_ 0
     RHS c_u_KvLinks(D_DC_t1_p3_c0_b64)_ 0
     RHS c_u_KvLinks(D_DC_t1_p3_c0_b8)_ 0
     RHS c_u_KvLinks(D_DC_t1_p4_c0_b1)_ 0
     RHS c_u_KvLinks(D_DC_t1_p4_c0_b16)_ 0
     RHS c_u_KvLinks(D_DC_t1_p4_c0_b2)_ 0
     RHS c_u_KvLinks(D_DC_t1_p4_c0_b32)_ 0
     RHS c_u_KvLinks(D_DC_t1_p4_c0_b4)_ 0
     RHS c_u_KvLinks(D_DC_t1_p4_c0_b64)_ 0
     RHS c_u_KvLinks(D_DC_t1_p4_c0_b8)_ 0
     RHS c_u_KvLinks(D_DC_t1_p5_c0_b16)_ 0
     RHS c_u_KvLinks(D_DC_t1_p5_c0_b2)_ 0
     RHS c_u_KvLinks(D_DC_t1_p5_c0_b32)_ 0
     RHS c_u_KvLinks(D_DC_t1_p5_c0_b4)_ 0
     RHS c_u_KvLinks(D_DC_t1_p5_c0_b64)_ 0
     RHS c_u_KvLinks(D_DC_t1_p5_c0_b8)_ 0
     RHS c_u_KvLinks(D_DC_t1_p6_c0_b16)_ 0
     RHS c_u_KvLinks(D_DC_t1_p6_c0_b32)_ 0
     RHS c_u_KvLinks(D_DC_t1_p6_c0_b4)_ 0
     RHS c_u_KvLinks(D_DC_t1_p6_c0_b64)_ 0
     RHS c_u_KvLinks(D_DC_t1_p6_c0_b8)_ 0
     RHS c_u_KvLinks(D_DC_t1_p8_c0_b32)_ 0
     RHS c_u_KvLinks(D_DC_t1_p8_c0_b4)_ 0
     RHS c_u_KvLinks(D_DC_t1_p8_c0_b64)_ 0
     RHS c_u_KvLinks(D_DC_t1_p8_c0_b8)_ 0
     RHS c_u_KvLinks(D_DC_t2_p2_c0_b1)_ 0
     RHS c_u_KvLinks(D_DC_t2_p2_c0_b128)_ 0
     RHS c_u_KvLinks(D_DC_t2_p2_c0_b2)_ 0
     RHS c_u_KvLinks(D_DC_t2_p2_c0_b32)_ 0
     RHS c_u_KvLinks(D_DC_t2_p2_c0_b4)_ 0
     RHS c_u_KvLinks(D_DC_t2_p2_c0_b64)_ 0
     RHS c_u_KvLinks(D_DC_t2_p2_c1_b1)_ 0
     RHS c_u_KvLinks(D_DC_t2_p2_c1_b128)_ 0
     RHS c_u_KvLinks(D_DC_t2_p2_c1_b2)_ 0
     RHS c_u_KvLinks(D_DC_t2_p2_c1_b32)_ 0
     RHS c_u_KvLinks(D_DC_t2_p2_c1_b4)_ 0
     RHS c_u_KvLinks(D_DC_t2_p2_c1_b64)_ 0
     RHS c_u_KvLinks(D_DC_t2_p3_c0_b4)_ 0
     RHS c_u_KvLinks(D_DC_t2_p3_c0_b8)_ 0
     RHS c_u_KvLinks(D_DC_t2_p3_c1_b4)_ 0
     RHS c_u_KvLinks(D_DC_t2_p3_c1_b8)_ 0
     RHS c_u_KvLinks(D_DC_t2_p4_c0_b32)_ 0
     RHS c_u_KvLinks(D_DC_t2_p4_c0_b4)_ 0
     RHS c_u_KvLinks(D_DC_t2_p4_c0_b8)_ 0
     RHS c_u_KvLinks(D_DC_t4_p1_c0_b1)_ 0
     RHS c_u_KvLinks(D_DC_t4_p1_c0_b128)_ 0
     RHS c_u_KvLinks(D_DC_t4_p1_c0_b16)_ 0
     RHS c_u_KvLinks(D_DC_t4_p1_c0_b2)_ 0
     RHS c_u_KvLinks(D_DC_t4_p1_c0_b32)_ 0
     RHS c_u_KvLinks(D_DC_t4_p1_c0_b4)_ 0
     RHS c_u_KvLinks(D_DC_t4_p1_c0_b64)_ 0
     RHS c_u_KvLinks(D_DC_t4_p1_c1_b1)_ 0
     RHS c_u_KvLinks(D_DC_t4_p1_c1_b128)_ 0
     RHS c_u_KvLinks(D_DC_t4_p1_c1_b16)_ 0
     RHS c_u_KvLinks(D_DC_t4_p1_c1_b2)_ 0
     RHS c_u_KvLinks(D_DC_t4_p1_c1_b32)_ 0
     RHS c_u_KvLinks(D_DC_t4_p1_c1_b4)_ 0
     RHS c_u_KvLinks(D_DC_t4_p1_c1_b64)_ 0
     RHS c_u_KvLinks(D_DC_t4_p1_c1_b8)_ 0
     RHS c_u_KvLinks(D_DC_t4_p2_c0_b16)_ 0
     RHS c_u_KvLinks(D_DC_t4_p2_c0_b2)_ 0
     RHS c_u_KvLinks(D_DC_t4_p2_c0_b4)_ 0
     RHS c_u_KvLinks(D_DC_t4_p2_c0_b64)_ 0
     RHS c_u_KvLinks(D_DC_t8_p1_c0_b1)_ 0
     RHS c_u_KvLinks(D_DC_t8_p1_c0_b16)_ 0
     RHS c_u_KvLinks(D_DC_t8_p1_c0_b2)_ 0
     RHS c_u_KvLinks(D_DC_t8_p1_c0_b4)_ 0
     RHS c_u_KvLinks(D_DC_t8_p1_c0_b8)_ 0
     RHS c_u_KvLinks(D_PC_t1_p5_c0_b16)_ 0
     RHS c_u_KvLinks(D_PC_t1_p5_c0_b2)_ 0
     RHS c_u_KvLinks(D_PC_t1_p5_c0_b4)_ 0
     RHS c_u_KvLinks(D_PC_t1_p5_c0_b8)_ 0
     RHS c_u_KvLinks(D_PC_t1_p6_c0_b16)_ 0
     RHS c_u_KvLinks(D_PC_t1_p6_c0_b32)_ 0
     RHS c_u_KvLinks(D_PC_t1_p6_c0_b4)_ 0
     RHS c_u_KvLinks(D_PC_t1_p6_c0_b64)_ 0
     RHS c_u_KvLinks(D_PC_t1_p6_c0_b8)_ 0
     RHS c_u_KvLinks(D_PC_t1_p8_c0_b128)_ 0
     RHS c_u_KvLinks(D_PC_t1_p8_c0_b32)_ 0
     RHS c_u_KvLinks(D_PC_t1_p8_c0_b4)_ 0
     RHS c_u_KvLinks(D_PC_t1_p8_c0_b64)_ 0
     RHS c_u_KvLinks(D_PC_t1_p8_c0_b8)_ 0
     RHS c_u_KvLinks(D_PC_t2_p3_c0_b32)_ 0
     RHS c_u_KvLinks(D_PC_t2_p3_c0_b4)_ 0
     RHS c_u_KvLinks(D_PC_t2_p3_c0_b64)_ 0
     RHS c_u_KvLinks(D_PC_t2_p3_c0_b8)_ 0
     RHS c_u_KvLinks(D_PC_t2_p3_c1_b32)_ 0
     RHS c_u_KvLinks(D_PC_t2_p3_c1_b4)_ 0
     RHS c_u_KvLinks(D_PC_t2_p3_c1_b64)_ 0
     RHS c_u_KvLinks(D_PC_t2_p3_c1_b8)_ 0
     RHS c_u_KvLinks(D_PC_t2_p4_c0_b128)_ 0
     RHS c_u_KvLinks(D_PC_t2_p4_c0_b4)_ 0
     RHS c_u_KvLinks(D_PC_t2_p4_c0_b8)_ 0
     RHS c_u_KvLinks(D_PC_t4_p2_c0_b2)_ 0
     RHS c_u_KvLinks(D_PC_t4_p2_c0_b4)_ 0
     RHS c_u_KvLinks(D_PC_t4_p2_c0_b64)_ 0
     RHS c_u_KvLinks(D_PC_t8_p1_c0_b1)_ 0
     RHS c_u_KvLinks(D_PC_t8_p1_c0_b2)_ 0
     RHS c_u_KvLinks(D_PC_t8_p1_c0_b32)_ 0
     RHS c_u_KvLinks(D_PC_t8_p1_c0_b4)_ 0
     RHS c_u_KvLinks(D_PC_t8_p1_c0_b64)_ 0
     RHS c_u_KvLinks(P_DC_t1_p3_c0_b1)_ 0
     RHS c_u_KvLinks(P_DC_t1_p4_c0_b1)_ 0
     RHS c_u_KvLinks(P_DC_t1_p5_c0_b1)_ 0
     RHS c_u_KvLinks(P_DC_t1_p6_c0_b1)_ 0
     RHS c_u_KvLinks(P_DC_t1_p8_c0_b1)_ 0
     RHS c_u_KvLinks(P_DC_t2_p2_c0_b1)_ 0
     RHS c_u_KvLinks(P_DC_t2_p2_c1_b1)_ 0
     RHS c_u_KvLinks(P_DC_t2_p3_c0_b1)_ 0
     RHS c_u_KvLinks(P_DC_t2_p3_c1_b1)_ 0
     RHS c_u_KvLinks(P_DC_t2_p4_c0_b1)_ 0
     RHS c_u_KvLinks(P_DC_t4_p1_c0_b1)_ 0
     RHS c_u_KvLinks(P_PC_t1_p5_c0_b1)_ 0
     RHS c_u_KvLinks(P_PC_t1_p6_c0_b1)_ 0
     RHS c_u_KvLinks(P_PC_t1_p8_c0_b1)_ 0
     RHS c_u_KvLinks(P_PC_t2_p3_c0_b1)_ 0
     RHS c_u_KvLinks(P_PC_t2_p3_c1_b1)_ 0
     RHS c_u_KvLinks(P_PC_t2_p4_c0_b1)_ 0
     RHS c_u_KvLinks(P_PC_t4_p2_c0_b1)_ 0
     RHS c_e_RateTarget_ 2
     RHS c_u_PowerBudget_ 5000
     RHS c_u_ShareLevel(0_DC_decode)_ 0
     RHS c_u_ShareLevel(0_DC_prefill)_ 0
     RHS c_u_ShareLevel(0_PC_decode)_ 0
     RHS c_u_ShareLevel(0_PC_prefill)_ 0
     RHS c_u_ShareLevel(1_DC_decode)_ 0
     RHS c_u_ShareLevel(1_DC_prefill)_ 0
     RHS c_u_ShareLevel(1_PC_decode)_ 0
     RHS c_u_ShareLevel(1_PC_prefill)_ 0
     RHS c_u_ShareLevel(2_DC_decode)_ 0
     RHS c_u_ShareLevel(2_DC_prefill)_ 0
     RHS c_u_ShareLevel(2_PC_decode)_ 0
     RHS c_u_ShareLevel(2_PC_prefill)_ 0
     RHS c_u_ShareLevel(3_DC_decode)_ 0
     RHS c_u_ShareLevel(3_DC_prefill)_ 0
     RHS c_u_ShareLevel(3_PC_decode)_ 0
     RHS c_u_ShareLevel(3_PC_prefill)_ 0
     RHS c_u_ShareLevel(4_DC_decode)_ 0
     RHS c_u_ShareLevel(4_DC_prefill)_ 0
     RHS c_u_ShareLevel(4_PC_decode)_ 0
     RHS c_u_ShareLevel(4_PC_prefill)_ 0
     RHS c_u_ShareLevel(5_DC_decode)_ 0
     RHS c_u_ShareLevel(5_DC_prefill)_ 0
     RHS c_u_ShareLevel(5_PC_decode)_ 0
     RHS c_u_ShareLevel(5_PC_prefill)_ 0
     RHS c_u_ShareLevel(6_DC_decode)_ 0
     RHS c_u_ShareLevel(6_DC_prefill)_ 0
     RHS c_u_ShareLevel(6_PC_decode)_ 0
     RHS c_u_ShareLevel(6_PC_prefill)_ 0
     RHS c_u_ShareLevel(7_DC_decode)_ 0
     RHS c_u_ShareLevel(7_DC_prefill)_ 0
     RHS c_u_ShareLevel(7_PC_decode)_ 0
     RHS c_u_ShareLevel(7_PC_prefill)_ 0
     RHS c_u_ShareLevel(8_DC_decode)_ 0
     RHS c_u_ShareLevel(8_DC_prefill)_ 0
     RHS c_u_ShareLevel(8_PC_decode)_ 0
     RHS c_u_ShareLevel(8_PC_prefill)_ 0
     RHS c_u_ShareOccupied(0_DC_decode)_ 0
     RHS c_u_ShareOccupied(0_DC_prefill)_ 0
     RHS c_u_ShareOccupied(0_PC_decode)_ 0
     RHS c_u_ShareOccupied(0_PC_prefill)_ 0
     RHS c_u_ShareOccupied(1_DC_decode)_ 0
     RHS c_u_ShareOccupied(1_DC_prefill)_ 0
     RHS c_u_ShareOccupied(1_PC_decode)_ 0
     RHS c_u_ShareOccupied(1_PC_prefill)_ 0
     RHS c_u_ShareOccupied(2_DC_decode)_ 0
     RHS c_u_ShareOccupied(2_DC_prefill)_ 0
     RHS c_u_ShareOccupied(2_PC_decode)_ 0
     RHS c_u_ShareOccupied(2_PC_prefill)_ 0
     RHS c_u_ShareOccupied(3_DC_decode)_ 0
     RHS c_u_ShareOccupied(3_DC_prefill)_ 0
     RHS c_u_ShareOccupied(3_PC_decode)_ 0
     RHS c_u_ShareOccupied(3_PC_prefill)_ 0
     RHS c_u_ShareOccupied(4_DC_decode)_ 0
     RHS c_u_ShareOccupied(4_DC_prefill)_ 0
     RHS c_u_ShareOccupied(4_PC_decode)_ 0
     RHS c_u_ShareOccupied(4_PC_prefill)_ 0
     RHS c_u_ShareOccupied(5_DC_decode)_ 0
     RHS c_u_ShareOccupied(5_DC_prefill)_ 0
     RHS c_u_ShareOccupied(5_PC_decode)_ 0
     RHS c_u_ShareOccupied(5_PC_prefill)_ 0
     RHS c_u_ShareOccupied(6_DC_decode)_ 0
     RHS c_u_ShareOccupied(6_DC_prefill)_ 0
     RHS c_u_ShareOccupied(6_PC_decode)_ 0
     RHS c_u_ShareOccupied(6_PC_prefill)_ 0
     RHS c_u_ShareOccupied(7_DC_decode)_ 0
     RHS c_u_ShareOccupied(7_DC_prefill)_ 0
     RHS c_u_ShareOccupied(7_PC_decode)_ 0
     RHS c_u_ShareOccupied(7_PC_prefill)_ 0
     RHS c_u_ShareOccupied(8_DC_decode)_ 0
     RHS c_u_ShareOccupied(8_DC_prefill)_ 0
     RHS c_u_ShareOccupied(8_PC_decode)_ 0
     RHS c_u_ShareOccupied(8_PC_prefill)_ 0
     RHS c_u_ShareFloor(0_DC_decode)_ 332.77097552183591
     RHS c_u_ShareFloor(0_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(0_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(0_PC_prefill)_ 228.56626816558688
     RHS c_u_ShareFloor(1_DC_decode)_ 332.77097552183591
     RHS c_u_ShareFloor(1_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(1_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(1_PC_prefill)_ 228.56626816558688
     RHS c_u_ShareFloor(2_DC_decode)_ 332.77097552183591
     RHS c_u_ShareFloor(2_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(2_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(2_PC_prefill)_ 228.56626816558688
     RHS c_u_ShareFloor(3_DC_decode)_ 332.77097552183591
     RHS c_u_ShareFloor(3_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(3_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(3_PC_prefill)_ 228.56626816558688
     RHS c_u_ShareFloor(4_DC_decode)_ 332.77097552183591
     RHS c_u_ShareFloor(4_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(4_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(4_PC_prefill)_ 228.56626816558688
     RHS c_u_ShareFloor(5_DC_decode)_ 332.77097552183591
     RHS c_u_ShareFloor(5_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(5_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(5_PC_prefill)_ 228.56626816558688
     RHS c_u_ShareFloor(6_DC_decode)_ 332.77097552183591
     RHS c_u_ShareFloor(6_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(6_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(6_PC_prefill)_ 228.56626816558688
     RHS c_u_ShareFloor(7_DC_decode)_ 332.77097552183591
     RHS c_u_ShareFloor(7_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(7_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(7_PC_prefill)_ 228.56626816558688
     RHS c_u_ShareFloor(8_DC_decode)_ 332.77097552183591
     RHS c_u_ShareFloor(8_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(8_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(8_PC_prefill)_ 228.56626816558688
     RHS c_e_ShareSum(DC_decode)_ 0
     RHS c_e_ShareSum(DC_prefill)_ 0
     RHS c_e_ShareSum(PC_decode)_ 0
     RHS c_e_ShareSum(PC_prefill)_ 0
     RHS c_u_Thermal(DC_dram_0_0)_ 63.647457481130601
     RHS c_u_Thermal(DC_dram_0_1)_ 59.471637282221977
     RHS c_u_Thermal(DC_dram_0_2)_ 68.118669680776648
     RHS c_u_Thermal(DC_dram_0_3)_ 68.118669680778751
     RHS c_u_Thermal(DC_dram_0_4)_ 63.647457481136087
     RHS c_u_Thermal(DC_dram_0_5)_ 63.647457481132548
     RHS c_u_Thermal(DC_dram_0_6)_ 68.118669680777643
     RHS c_u_Thermal(DC_dram_0_7)_ 68.118669680780073
     RHS c_u_Thermal(DC_dram_0_8)_ 63.647457481135248
     RHS c_u_Thermal(DC_dram_0_9)_ 59.471637282222559
     RHS c_u_Thermal(DC_dram_0_10)_ 63.647457481135433
     RHS c_u_Thermal(DC_dram_0_11)_ 63.647457481133159
     RHS c_u_Thermal(DC_dram_0_12)_ 59.47163728222705
     RHS c_u_Thermal(DC_dram_1_0)_ 59.4716372822229
     RHS c_u_Thermal(DC_dram_1_1)_ 63.647457481132363
     RHS c_u_Thermal(DC_dram_1_2)_ 63.647457481130317
     RHS c_u_Thermal(DC_dram_1_3)_ 59.471637282226695
     RHS c_u_Thermal(DC_dram_1_4)_ 63.647457481137963
     RHS c_u_Thermal(DC_dram_1_5)_ 68.118669680779036
     RHS c_u_Thermal(DC_dram_1_6)_ 68.118669680778751
     RHS c_u_Thermal(DC_dram_1_7)_ 63.647457481139895
     RHS c_u_Thermal(DC_dram_1_8)_ 63.647457481139583
     RHS c_u_Thermal(DC_dram_1_9)_ 68.118669680781082
     RHS c_u_Thermal(DC_dram_1_10)_ 68.118669680780343
     RHS c_u_Thermal(DC_dram_1_11)_ 63.647457481133344
     RHS c_u_Thermal(DC_dram_1_12)_ 59.471637282227164
     RHS c_u_Thermal(DC_dram_1_13)_ 63.647457481137039
     RHS c_u_Thermal(DC_dram_1_14)_ 63.647457481134168
     RHS c_u_Thermal(DC_dram_1_15)_ 59.471637282226325
     RHS c_u_Thermal(DC_dram_2_0)_ 59.471637282222957
     RHS c_u_Thermal(DC_dram_2_1)_ 63.647457481131539
     RHS c_u_Thermal(DC_dram_2_2)_ 63.647457481137138
     RHS c_u_Thermal(DC_dram_2_3)_ 68.118669680781196
     RHS c_u_Thermal(DC_dram_2_4)_ 68.118669680779348
     RHS c_u_Thermal(DC_dram_2_5)_ 63.647457481138559
     RHS c_u_Thermal(DC_dram_2_6)_ 68.118669680779163
     RHS c_u_Thermal(DC_dram_2_7)_ 68.11866968077797
     RHS c_u_Thermal(DC_dram_2_8)_ 63.647457481133287
     RHS c_u_Thermal(DC_dram_2_9)_ 59.471637282226851
     RHS c_u_Thermal(DC_dram_2_10)_ 63.647457481137621
     RHS c_u_Thermal(DC_dram_2_11)_ 63.647457481133074
     RHS c_u_Thermal(DC_dram_2_12)_ 59.471637282219959
     RHS c_u_Thermal(DC_dram_3_0)_ 59.47163728222489
     RHS c_u_Thermal(DC_dram_3_1)_ 63.647457481135802
     RHS c_u_Thermal(DC_dram_3_2)_ 63.647457481138829
     RHS c_u_Thermal(DC_dram_3_3)_ 59.471637282228698
     RHS c_u_Thermal(DC_dram_3_4)_ 63.647457481132989
     RHS c_u_Thermal(DC_dram_3_5)_ 68.118669680777657
     RHS c_u_Thermal(DC_dram_3_6)_ 68.118669680778424
     RHS c_u_Thermal(DC_dram_3_7)_ 63.647457481136911
     RHS c_u_Thermal(DC_dram_3_8)_ 63.647457481130374
     RHS c_u_Thermal(DC_dram_3_9)_ 68.118669680778027
     RHS c_u_Thermal(DC_dram_3_10)_ 68.118669680780329
     RHS c_u_Thermal(DC_dram_3_11)_ 63.647457481135632
     RHS c_u_Thermal(DC_dram_3_12)_ 59.47163728222651
     RHS c_u_Thermal(DC_dram_3_13)_ 63.647457481138929
     RHS c_u_Thermal(DC_dram_3_14)_ 63.647457481136627
     RHS c_u_Thermal(DC_dram_3_15)_ 59.471637282230574
     RHS c_u_Thermal(DC_dram_4_0)_ 59.471637282227178
     RHS c_u_Thermal(DC_dram_4_1)_ 63.647457481138972
     RHS c_u_Thermal(DC_dram_4_2)_ 63.647457481138048
     RHS c_u_Thermal(DC_dram_4_3)_ 59.47163728222742
     RHS c_u_Thermal(DC_dram_4_4)_ 63.647457481137181
     RHS c_u_Thermal(DC_dram_4_5)_ 68.118669680784009
     RHS c_u_Thermal(DC_dram_4_6)_ 68.118669680782659
     RHS c_u_Thermal(DC_dram_4_7)_ 63.647457481140009
     RHS c_u_Thermal(DC_dram_4_8)_ 63.647457481137565
     RHS c_u_Thermal(DC_dram_4_9)_ 68.118669680780641
     RHS c_u_Thermal(DC_dram_4_10)_ 68.118669680780073
     RHS c_u_Thermal(DC_dram_4_11)_ 63.647457481134296
     RHS c_u_Thermal(DC_dram_4_12)_ 59.471637282228841
     RHS c_u_Thermal(DC_dram_4_13)_ 63.647457481137735
     RHS c_u_Thermal(DC_dram_4_14)_ 63.647457481136399
     RHS c_u_Thermal(DC_dram_4_15)_ 59.47163728222948
     RHS c_u_Thermal(DC_dram_5_0)_ 59.471637282227306
     RHS c_u_Thermal(DC_dram_5_1)_ 63.647457481138076
     RHS c_u_Thermal(DC_dram_5_2)_ 63.64745748113917
     RHS c_u_Thermal(DC_dram_5_3)_ 59.471637282226681
     RHS c_u_Thermal(DC_dram_5_4)_ 63.647457481139895
     RHS c_u_Thermal(DC_dram_5_5)_ 68.11866968078219
     RHS c_u_Thermal(DC_dram_5_6)_ 68.118669680780101
     RHS c_u_Thermal(DC_dram_5_7)_ 63.647457481137025
     RHS c_u_Thermal(DC_dram_5_8)_ 63.647457481135206
     RHS c_u_Thermal(DC_dram_5_9)_ 68.118669680778396
     RHS c_u_Thermal(DC_dram_5_10)_ 68.118669680779163
     RHS c_u_Thermal(DC_dram_5_11)_ 63.647457481133429
     RHS c_u_Thermal(DC_dram_5_12)_ 59.471637282228443
     RHS c_u_Thermal(DC_dram_5_13)_ 63.647457481138574
     RHS c_u_Thermal(DC_dram_5_14)_ 63.647457481133046
     RHS c_u_Thermal(DC_dram_5_15)_ 59.471637282223128
     RHS c_u_Thermal(DC_dram_6_0)_ 59.471637282224236
     RHS c_u_Thermal(DC_dram_6_1)_ 63.647457481137138
     RHS c_u_Thermal(DC_dram_6_2)_ 63.647457481139412
     RHS c_u_Thermal(DC_dram_6_3)_ 59.471637282230063
     RHS c_u_Thermal(DC_dram_6_4)_ 63.647457481132221
     RHS c_u_Thermal(DC_dram_6_5)_ 68.118669680779107
     RHS c_u_Thermal(DC_dram_6_6)_ 68.118669680781963
     RHS c_u_Thermal(DC_dram_6_7)_ 63.647457481139583
     RHS c_u_Thermal(DC_dram_6_8)_ 68.118669680779774
     RHS c_u_Thermal(DC_dram_6_9)_ 68.118669680782162
     RHS c_u_Thermal(DC_dram_6_10)_ 63.647457481136854
     RHS c_u_Thermal(DC_dram_6_11)_ 63.647457481133301
     RHS c_u_Thermal(DC_dram_6_12)_ 59.471637282221764
     RHS c_u_Thermal(DC_dram_7_0)_ 59.47163728222958
     RHS c_u_Thermal(DC_dram_7_1)_ 63.64745748113819
     RHS c_u_Thermal(DC_dram_7_2)_ 63.647457481139782
     RHS c_u_Thermal(DC_dram_7_3)_ 59.471637282230773
     RHS c_u_Thermal(DC_dram_7_4)_ 63.647457481138815
     RHS c_u_Thermal(DC_dram_7_5)_ 68.118669680783228
     RHS c_u_Thermal(DC_dram_7_6)_ 68.118669680781849
     RHS c_u_Thermal(DC_dram_7_7)_ 63.647457481137963
     RHS c_u_Thermal(DC_dram_7_8)_ 63.647457481140719
     RHS c_u_Thermal(DC_dram_7_9)_ 68.118669680781792
     RHS c_u_Thermal(DC_dram_7_10)_ 68.1186696807804
     RHS c_u_Thermal(DC_dram_7_11)_ 63.647457481133216
     RHS c_u_Thermal(DC_dram_7_12)_ 59.471637282226013
     RHS c_u_Thermal(DC_dram_7_13)_ 63.647457481136939
     RHS c_u_Thermal(DC_dram_7_14)_ 63.64745748113441
     RHS c_u_Thermal(DC_dram_7_15)_ 59.471637282223355
     RHS c_u_Thermal(DC_dram_8_0)_ 59.471637282227846
     RHS c_u_Thermal(DC_dram_8_1)_ 63.647457481139838
     RHS c_u_Thermal(DC_dram_8_2)_ 63.647457481137252
     RHS c_u_Thermal(DC_dram_8_3)_ 59.471637282224407
     RHS c_u_Thermal(DC_dram_8_4)_ 63.647457481137309
     RHS c_u_Thermal(DC_dram_8_5)_ 68.118669680783128
     RHS c_u_Thermal(DC_dram_8_6)_ 68.118669680779192
     RHS c_u_Thermal(DC_dram_8_7)_ 63.647457481135419
     RHS c_u_Thermal(DC_dram_8_8)_ 63.647457481138446
     RHS c_u_Thermal(DC_dram_8_9)_ 68.11866968078165
     RHS c_u_Thermal(DC_dram_8_10)_ 68.118669680782588
     RHS c_u_Thermal(DC_dram_8_11)_ 59.47163728222688
     RHS c_u_Thermal(DC_dram_8_12)_ 63.647457481136783
     RHS c_u_Thermal(DC_logic_0_0)_ 66.139020691051343
     RHS c_u_Thermal(DC_logic_0_1)_ 61.820688160357307
     RHS c_u_Thermal(DC_logic_0_2)_ 70.751067979717007
     RHS c_u_Thermal(DC_logic_0_3)_ 70.751067979719139
     RHS c_u_Thermal(DC_logic_0_4)_ 66.1390206910567
     RHS c_u_Thermal(DC_logic_0_5)_ 66.139020691053233
     RHS c_u_Thermal(DC_logic_0_6)_ 70.751067979718059
     RHS c_u_Thermal(DC_logic_0_7)_ 70.751067979720403
     RHS c_u_Thermal(DC_logic_0_8)_ 66.139020691055848
     RHS c_u_Thermal(DC_logic_0_9)_ 61.82068816035779
     RHS c_u_Thermal(DC_logic_0_10)_ 66.139020691056089
     RHS c_u_Thermal(DC_logic_0_11)_ 66.139020691053744
     RHS c_u_Thermal(DC_logic_0_12)_ 61.82068816036238
     RHS c_u_Thermal(DC_logic_1_0)_ 61.820688160358173
     RHS c_u_Thermal(DC_logic_1_1)_ 66.139020691052949
     RHS c_u_Thermal(DC_logic_1_2)_ 66.139020691050916
     RHS c_u_Thermal(DC_logic_1_3)_ 61.820688160361996
     RHS c_u_Thermal(DC_logic_1_4)_ 66.139020691058647
     RHS c_u_Thermal(DC_logic_1_5)_ 70.751067979719366
     RHS c_u_Thermal(DC_logic_1_6)_ 70.751067979719096
     RHS c_u_Thermal(DC_logic_1_7)_ 66.139020691060537
     RHS c_u_Thermal(DC_logic_1_8)_ 66.13902069106021
     RHS c_u_Thermal(DC_logic_1_9)_ 70.751067979721483
     RHS c_u_Thermal(DC_logic_1_10)_ 70.751067979720773
     RHS c_u_Thermal(DC_logic_1_11)_ 66.139020691053958
     RHS c_u_Thermal(DC_logic_1_12)_ 61.820688160362494
     RHS c_u_Thermal(DC_logic_1_13)_ 66.139020691057667
     RHS c_u_Thermal(DC_logic_1_14)_ 66.139020691054824
     RHS c_u_Thermal(DC_logic_1_15)_ 61.820688160361613
     RHS c_u_Thermal(DC_logic_2_0)_ 61.820688160358259
     RHS c_u_Thermal(DC_logic_2_1)_ 66.139020691052124
     RHS c_u_Thermal(DC_logic_2_2)_ 66.139020691057766
     RHS c_u_Thermal(DC_logic_2_3)_ 70.751067979721697
     RHS c_u_Thermal(DC_logic_2_4)_ 70.751067979719764
     RHS c_u_Thermal(DC_logic_2_5)_ 66.139020691059159
     RHS c_u_Thermal(DC_logic_2_6)_ 70.751067979719636
     RHS c_u_Thermal(DC_logic_2_7)_ 70.751067979718286
     RHS c_u_Thermal(DC_logic_2_8)_ 66.139020691053929
     RHS c_u_Thermal(DC_logic_2_9)_ 61.820688160362138
     RHS c_u_Thermal(DC_logic_2_10)_ 66.139020691058235
     RHS c_u_Thermal(DC_logic_2_11)_ 66.139020691053688
     RHS c_u_Thermal(DC_logic_2_12)_ 61.82068816035526
     RHS c_u_Thermal(DC_logic_3_0)_ 61.82068816036022
     RHS c_u_Thermal(DC_logic_3_1)_ 66.139020691056487
     RHS c_u_Thermal(DC_logic_3_2)_ 66.139020691059471
     RHS c_u_Thermal(DC_logic_3_3)_ 61.820688160363943
     RHS c_u_Thermal(DC_logic_3_4)_ 66.13902069105356
     RHS c_u_Thermal(DC_logic_3_5)_ 70.751067979718016
     RHS c_u_Thermal(DC_logic_3_6)_ 70.75106797971884
     RHS c_u_Thermal(DC_logic_3_7)_ 66.139020691057482
     RHS c_u_Thermal(DC_logic_3_8)_ 66.139020691050945
     RHS c_u_Thermal(DC_logic_3_9)_ 70.751067979718371
     RHS c_u_Thermal(DC_logic_3_10)_ 70.751067979720773
     RHS c_u_Thermal(DC_logic_3_11)_ 66.139020691056203
     RHS c_u_Thermal(DC_logic_3_12)_ 61.82068816036184
     RHS c_u_Thermal(DC_logic_3_13)_ 66.139020691059557
     RHS c_u_Thermal(DC_logic_3_14)_ 66.139020691057269
     RHS c_u_Thermal(DC_logic_3_15)_ 61.820688160365876
     RHS c_u_Thermal(DC_logic_4_0)_ 61.820688160362323
     RHS c_u_Thermal(DC_logic_4_1)_ 66.139020691059642
     RHS c_u_Thermal(DC_logic_4_2)_ 66.139020691058661
     RHS c_u_Thermal(DC_logic_4_3)_ 61.820688160362749
     RHS c_u_Thermal(DC_logic_4_4)_ 66.13902069105778
     RHS c_u_Thermal(DC_logic_4_5)_ 70.751067979724382
     RHS c_u_Thermal(DC_logic_4_6)_ 70.75106797972316
     RHS c_u_Thermal(DC_logic_4_7)_ 66.13902069106075
     RHS c_u_Thermal(DC_logic_4_8)_ 66.139020691058121
     RHS c_u_Thermal(DC_logic_4_9)_ 70.751067979721157
     RHS c_u_Thermal(DC_logic_4_10)_ 70.751067979720489
     RHS c_u_Thermal(DC_logic_4_11)_ 66.139020691054952
     RHS c_u_Thermal(DC_logic_4_12)_ 61.82068816036417
     RHS c_u_Thermal(DC_logic_4_13)_ 66.139020691058363
     RHS c_u_Thermal(DC_logic_4_14)_ 66.139020691057084
     RHS c_u_Thermal(DC_logic_4_15)_ 61.820688160364767
     RHS c_u_Thermal(DC_logic_5_0)_ 61.820688160362536
     RHS c_u_Thermal(DC_logic_5_1)_ 66.13902069105869
     RHS c_u_Thermal(DC_logic_5_2)_ 66.139020691059827
     RHS c_u_Thermal(DC_logic_5_3)_ 61.820688160362138
     RHS c_u_Thermal(DC_logic_5_4)_ 66.13902069106058
     RHS c_u_Thermal(DC_logic_5_5)_ 70.751067979722606
     RHS c_u_Thermal(DC_logic_5_6)_ 70.751067979720517
     RHS c_u_Thermal(DC_logic_5_7)_ 66.139020691057667
     RHS c_u_Thermal(DC_logic_5_8)_ 66.139020691055791
     RHS c_u_Thermal(DC_logic_5_9)_ 70.751067979718869
     RHS c_u_Thermal(DC_logic_5_10)_ 70.751067979719451
     RHS c_u_Thermal(DC_logic_5_11)_ 66.139020691054085
     RHS c_u_Thermal(DC_logic_5_12)_ 61.820688160363801
     RHS c_u_Thermal(DC_logic_5_13)_ 66.139020691059187
     RHS c_u_Thermal(DC_logic_5_14)_ 66.139020691053673
     RHS c_u_Thermal(DC_logic_5_15)_ 61.820688160358543
     RHS c_u_Thermal(DC_logic_6_0)_ 61.820688160359566
     RHS c_u_Thermal(DC_logic_6_1)_ 66.139020691057837
     RHS c_u_Thermal(DC_logic_6_2)_ 66.139020691059926
     RHS c_u_Thermal(DC_logic_6_3)_ 61.820688160365279
     RHS c_u_Thermal(DC_logic_6_4)_ 66.139020691052849
     RHS c_u_Thermal(DC_logic_6_5)_ 70.751067979719508
     RHS c_u_Thermal(DC_logic_6_6)_ 70.751067979722436
     RHS c_u_Thermal(DC_logic_6_7)_ 66.139020691060196
     RHS c_u_Thermal(DC_logic_6_8)_ 70.751067979720204
     RHS c_u_Thermal(DC_logic_6_9)_ 70.751067979722549
     RHS c_u_Thermal(DC_logic_6_10)_ 66.139020691057524
     RHS c_u_Thermal(DC_logic_6_11)_ 66.139020691054057
     RHS c_u_Thermal(DC_logic_6_12)_ 61.820688160357165
     RHS c_u_Thermal(DC_logic_7_0)_ 61.820688160364767
     RHS c_u_Thermal(DC_logic_7_1)_ 66.139020691058718
     RHS c_u_Thermal(DC_logic_7_2)_ 66.139020691060438
     RHS c_u_Thermal(DC_logic_7_3)_ 61.820688160366217
     RHS c_u_Thermal(DC_logic_7_4)_ 66.1390206910594
     RHS c_u_Thermal(DC_logic_7_5)_ 70.751067979723629
     RHS c_u_Thermal(DC_logic_7_6)_ 70.751067979722379
     RHS c_u_Thermal(DC_logic_7_7)_ 66.139020691058633
     RHS c_u_Thermal(DC_logic_7_8)_ 66.13902069106139
     RHS c_u_Thermal(DC_logic_7_9)_ 70.751067979722208
     RHS c_u_Thermal(DC_logic_7_10)_ 70.751067979720744
     RHS c_u_Thermal(DC_logic_7_11)_ 66.139020691053858
     RHS c_u_Thermal(DC_logic_7_12)_ 61.820688160361357
     RHS c_u_Thermal(DC_logic_7_13)_ 66.13902069105761
     RHS c_u_Thermal(DC_logic_7_14)_ 66.139020691055038
     RHS c_u_Thermal(DC_logic_7_15)_ 61.820688160358714
     RHS c_u_Thermal(DC_logic_8_0)_ 61.820688160363162
     RHS c_u_Thermal(DC_logic_8_1)_ 66.139020691060523
     RHS c_u_Thermal(DC_logic_8_2)_ 66.139020691057823
     RHS c_u_Thermal(DC_logic_8_3)_ 61.820688160359751
     RHS c_u_Thermal(DC_logic_8_4)_ 66.139020691057951
     RHS c_u_Thermal(DC_logic_8_5)_ 70.751067979723544
     RHS c_u_Thermal(DC_logic_8_6)_ 70.751067979719593
     RHS c_u_Thermal(DC_logic_8_7)_ 66.139020691056089
     RHS c_u_Thermal(DC_logic_8_8)_ 66.139020691059031
     RHS c_u_Thermal(DC_logic_8_9)_ 70.751067979722109
     RHS c_u_Thermal(DC_logic_8_10)_ 70.751067979722976
     RHS c_u_Thermal(DC_logic_8_11)_ 61.820688160362238
     RHS c_u_Thermal(DC_logic_8_12)_ 66.139020691057468
     RHS c_u_Thermal(PC_dram_0_0)_ 55.011444375830067
     RHS c_u_Thermal(PC_dram_0_1)_ 49.493019128793833
     RHS c_u_Thermal(PC_dram_0_2)_ 61.308155991362099
     RHS c_u_Thermal(PC_dram_0_3)_ 61.308155991362199
     RHS c_u_Thermal(PC_dram_0_4)_ 55.011444375835367
     RHS c_u_Thermal(PC_dram_0_5)_ 55.011444375828773
     RHS c_u_Thermal(PC_dram_0_6)_ 61.308155991361218
     RHS c_u_Thermal(PC_dram_0_7)_ 61.308155991361275
     RHS c_u_Thermal(PC_dram_0_8)_ 55.01144437583541
     RHS c_u_Thermal(PC_dram_0_9)_ 49.493019128791587
     RHS c_u_Thermal(PC_dram_0_10)_ 55.011444375832497
     RHS c_u_Thermal(PC_dram_0_11)_ 55.011444375831303
     RHS c_u_Thermal(PC_dram_0_12)_ 49.493019128796305
     RHS c_u_Thermal(PC_dram_1_0)_ 49.493019128792795
     RHS c_u_Thermal(PC_dram_1_1)_ 55.011444375831587
     RHS c_u_Thermal(PC_dram_1_2)_ 55.011444375831502
     RHS c_u_Thermal(PC_dram_1_3)_ 49.493019128792326
     RHS c_u_Thermal(PC_dram_1_4)_ 55.011444375835339
     RHS c_u_Thermal(PC_dram_1_5)_ 61.308155991364401
     RHS c_u_Thermal(PC_dram_1_6)_ 61.308155991365368
     RHS c_u_Thermal(PC_dram_1_7)_ 55.011444375833932
     RHS c_u_Thermal(PC_dram_1_8)_ 55.011444375835467
     RHS c_u_Thermal(PC_dram_1_9)_ 61.308155991365993
     RHS c_u_Thermal(PC_dram_1_10)_ 61.308155991365808
     RHS c_u_Thermal(PC_dram_1_11)_ 55.011444375835225
     RHS c_u_Thermal(PC_dram_1_12)_ 49.493019128796689
     RHS c_u_Thermal(PC_dram_1_13)_ 55.011444375836518
     RHS c_u_Thermal(PC_dram_1_14)_ 55.011444375837101
     RHS c_u_Thermal(PC_dram_1_15)_ 49.493019128797641
     RHS c_u_Thermal(PC_dram_2_0)_ 49.493019128794032
     RHS c_u_Thermal(PC_dram_2_1)_ 55.01144437583288
     RHS c_u_Thermal(PC_dram_2_2)_ 55.011444375833918
     RHS c_u_Thermal(PC_dram_2_3)_ 61.308155991364202
     RHS c_u_Thermal(PC_dram_2_4)_ 61.308155991360138
     RHS c_u_Thermal(PC_dram_2_5)_ 55.011444375835225
     RHS c_u_Thermal(PC_dram_2_6)_ 61.308155991363662
     RHS c_u_Thermal(PC_dram_2_7)_ 61.308155991360735
     RHS c_u_Thermal(PC_dram_2_8)_ 55.011444375829115
     RHS c_u_Thermal(PC_dram_2_9)_ 49.493019128798466
     RHS c_u_Thermal(PC_dram_2_10)_ 55.011444375835282
     RHS c_u_Thermal(PC_dram_2_11)_ 55.011444375833307
     RHS c_u_Thermal(PC_dram_2_12)_ 49.493019128791843
     RHS c_u_Thermal(PC_dram_3_0)_ 49.493019128793492
     RHS c_u_Thermal(PC_dram_3_1)_ 55.011444375833875
     RHS c_u_Thermal(PC_dram_3_2)_ 55.011444375831644
     RHS c_u_Thermal(PC_dram_3_3)_ 49.4930191287946
     RHS c_u_Thermal(PC_dram_3_4)_ 55.01144437583136
     RHS c_u_Thermal(PC_dram_3_5)_ 61.308155991364359
     RHS c_u_Thermal(PC_dram_3_6)_ 61.308155991364728
     RHS c_u_Thermal(PC_dram_3_7)_ 55.011444375834017
     RHS c_u_Thermal(PC_dram_3_8)_ 55.011444375832724
     RHS c_u_Thermal(PC_dram_3_9)_ 61.308155991364998
     RHS c_u_Thermal(PC_dram_3_10)_ 61.308155991366419
     RHS c_u_Thermal(PC_dram_3_11)_ 55.011444375834259
     RHS c_u_Thermal(PC_dram_3_12)_ 49.49301912879173
     RHS c_u_Thermal(PC_dram_3_13)_ 55.01144437583379
     RHS c_u_Thermal(PC_dram_3_14)_ 55.011444375836604
     RHS c_u_Thermal(PC_dram_3_15)_ 49.493019128796135
     RHS c_u_Thermal(PC_dram_4_0)_ 49.493019128795027
     RHS c_u_Thermal(PC_dram_4_1)_ 55.011444375837058
     RHS c_u_Thermal(PC_dram_4_2)_ 55.011444375839673
     RHS c_u_Thermal(PC_dram_4_3)_ 49.493019128797528
     RHS c_u_Thermal(PC_dram_4_4)_ 55.011444375834614
     RHS c_u_Thermal(PC_dram_4_5)_ 61.308155991365069
     RHS c_u_Thermal(PC_dram_4_6)_ 61.308155991365311
     RHS c_u_Thermal(PC_dram_4_7)_ 55.011444375835708
     RHS c_u_Thermal(PC_dram_4_8)_ 55.011444375833563
     RHS c_u_Thermal(PC_dram_4_9)_ 61.308155991363719
     RHS c_u_Thermal(PC_dram_4_10)_ 61.308155991364146
     RHS c_u_Thermal(PC_dram_4_11)_ 55.011444375833406
     RHS c_u_Thermal(PC_dram_4_12)_ 49.493019128796163
     RHS c_u_Thermal(PC_dram_4_13)_ 55.011444375835282
     RHS c_u_Thermal(PC_dram_4_14)_ 55.011444375837101
     RHS c_u_Thermal(PC_dram_4_15)_ 49.493019128796277
     RHS c_u_Thermal(PC_dram_5_0)_ 49.4930191287973
     RHS c_u_Thermal(PC_dram_5_1)_ 55.011444375835424
     RHS c_u_Thermal(PC_dram_5_2)_ 55.011444375833918
     RHS c_u_Thermal(PC_dram_5_3)_ 49.493019128792554
     RHS c_u_Thermal(PC_dram_5_4)_ 55.011444375835765
     RHS c_u_Thermal(PC_dram_5_5)_ 61.30815599136497
     RHS c_u_Thermal(PC_dram_5_6)_ 61.308155991363364
     RHS c_u_Thermal(PC_dram_5_7)_ 55.011444375831019
     RHS c_u_Thermal(PC_dram_5_8)_ 55.011444375836547
     RHS c_u_Thermal(PC_dram_5_9)_ 61.308155991364345
     RHS c_u_Thermal(PC_dram_5_10)_ 61.308155991366675
     RHS c_u_Thermal(PC_dram_5_11)_ 55.011444375832895
     RHS c_u_Thermal(PC_dram_5_12)_ 49.493019128797727
     RHS c_u_Thermal(PC_dram_5_13)_ 55.011444375835509
     RHS c_u_Thermal(PC_dram_5_14)_ 55.011444375835623
     RHS c_u_Thermal(PC_dram_5_15)_ 49.493019128793009
     RHS c_u_Thermal(PC_dram_6_0)_ 49.493019128793037
     RHS c_u_Thermal(PC_dram_6_1)_ 55.011444375832625
     RHS c_u_Thermal(PC_dram_6_2)_ 55.011444375835197
     RHS c_u_Thermal(PC_dram_6_3)_ 49.493019128798124
     RHS c_u_Thermal(PC_dram_6_4)_ 55.011444375828788
     RHS c_u_Thermal(PC_dram_6_5)_ 61.308155991361431
     RHS c_u_Thermal(PC_dram_6_6)_ 61.308155991362241
     RHS c_u_Thermal(PC_dram_6_7)_ 55.011444375834856
     RHS c_u_Thermal(PC_dram_6_8)_ 61.308155991361502
     RHS c_u_Thermal(PC_dram_6_9)_ 61.308155991361161
     RHS c_u_Thermal(PC_dram_6_10)_ 55.011444375833918
     RHS c_u_Thermal(PC_dram_6_11)_ 55.011444375830351
     RHS c_u_Thermal(PC_dram_6_12)_ 49.493019128791545
     RHS c_u_Thermal(PC_dram_7_0)_ 49.493019128797528
     RHS c_u_Thermal(PC_dram_7_1)_ 55.011444375837584
     RHS c_u_Thermal(PC_dram_7_2)_ 55.011444375838011
     RHS c_u_Thermal(PC_dram_7_3)_ 49.493019128796192
     RHS c_u_Thermal(PC_dram_7_4)_ 55.011444375834458
     RHS c_u_Thermal(PC_dram_7_5)_ 61.30815599136514
     RHS c_u_Thermal(PC_dram_7_6)_ 61.30815599136622
     RHS c_u_Thermal(PC_dram_7_7)_ 55.011444375835367
     RHS c_u_Thermal(PC_dram_7_8)_ 55.011444375833449
     RHS c_u_Thermal(PC_dram_7_9)_ 61.308155991364288
     RHS c_u_Thermal(PC_dram_7_10)_ 61.308155991365311
     RHS c_u_Thermal(PC_dram_7_11)_ 55.011444375834174
     RHS c_u_Thermal(PC_dram_7_12)_ 49.493019128793193
     RHS c_u_Thermal(PC_dram_7_13)_ 55.011444375830692
     RHS c_u_Thermal(PC_dram_7_14)_ 55.011444375832752
     RHS c_u_Thermal(PC_dram_7_15)_ 49.493019128793378
     RHS c_u_Thermal(PC_dram_8_0)_ 49.493019128796305
     RHS c_u_Thermal(PC_dram_8_1)_ 55.011444375834884
     RHS c_u_Thermal(PC_dram_8_2)_ 55.011444375835367
     RHS c_u_Thermal(PC_dram_8_3)_ 49.493019128792326
     RHS c_u_Thermal(PC_dram_8_4)_ 55.011444375834969
     RHS c_u_Thermal(PC_dram_8_5)_ 61.308155991365297
     RHS c_u_Thermal(PC_dram_8_6)_ 61.308155991362739
     RHS c_u_Thermal(PC_dram_8_7)_ 55.011444375830962
     RHS c_u_Thermal(PC_dram_8_8)_ 55.011444375833833
     RHS c_u_Thermal(PC_dram_8_9)_ 61.308155991362241
     RHS c_u_Thermal(PC_dram_8_10)_ 61.308155991363719
     RHS c_u_Thermal(PC_dram_8_11)_ 49.493019128793634
     RHS c_u_Thermal(PC_dram_8_12)_ 55.011444375832923
     RHS c_u_Thermal(PC_logic_0_0)_ 57.614430004230513
     RHS c_u_Thermal(PC_logic_0_1)_ 51.867483864590639
     RHS c_u_Thermal(PC_logic_0_2)_ 64.136600392873859
     RHS c_u_Thermal(PC_logic_0_3)_ 64.13660039287393
     RHS c_u_Thermal(PC_logic_0_4)_ 57.614430004235743
     RHS c_u_Thermal(PC_logic_0_5)_ 57.614430004229192
     RHS c_u_Thermal(PC_logic_0_6)_ 64.136600392873092
     RHS c_u_Thermal(PC_logic_0_7)_ 64.13660039287312
     RHS c_u_Thermal(PC_logic_0_8)_ 57.614430004235885
     RHS c_u_Thermal(PC_logic_0_9)_ 51.867483864588337
     RHS c_u_Thermal(PC_logic_0_10)_ 57.614430004232986
     RHS c_u_Thermal(PC_logic_0_11)_ 57.614430004231721
     RHS c_u_Thermal(PC_logic_0_12)_ 51.867483864593027
     RHS c_u_Thermal(PC_logic_1_0)_ 51.867483864589616
     RHS c_u_Thermal(PC_logic_1_1)_ 57.614430004232048
     RHS c_u_Thermal(PC_logic_1_2)_ 57.614430004231991
     RHS c_u_Thermal(PC_logic_1_3)_ 51.867483864589161
     RHS c_u_Thermal(PC_logic_1_4)_ 57.614430004235857
     RHS c_u_Thermal(PC_logic_1_5)_ 64.136600392876204
     RHS c_u_Thermal(PC_logic_1_6)_ 64.136600392877213
     RHS c_u_Thermal(PC_logic_1_7)_ 57.614430004234364
     RHS c_u_Thermal(PC_logic_1_8)_ 57.614430004235942
     RHS c_u_Thermal(PC_logic_1_9)_ 64.13660039287771
     RHS c_u_Thermal(PC_logic_1_10)_ 64.136600392877583
     RHS c_u_Thermal(PC_logic_1_11)_ 57.614430004235615
     RHS c_u_Thermal(PC_logic_1_12)_ 51.867483864593481
     RHS c_u_Thermal(PC_logic_1_13)_ 57.614430004236951
     RHS c_u_Thermal(PC_logic_1_14)_ 57.614430004237562
     RHS c_u_Thermal(PC_logic_1_15)_ 51.867483864594448
     RHS c_u_Thermal(PC_logic_2_0)_ 51.867483864590923
     RHS c_u_Thermal(PC_logic_2_1)_ 57.614430004233384
     RHS c_u_Thermal(PC_logic_2_2)_ 57.61443000423435
     RHS c_u_Thermal(PC_logic_2_3)_ 64.136600392876005
     RHS c_u_Thermal(PC_logic_2_4)_ 64.136600392871841
     RHS c_u_Thermal(PC_logic_2_5)_ 57.614430004235743
     RHS c_u_Thermal(PC_logic_2_6)_ 64.136600392875437
     RHS c_u_Thermal(PC_logic_2_7)_ 64.136600392872609
     RHS c_u_Thermal(PC_logic_2_8)_ 57.614430004229632
     RHS c_u_Thermal(PC_logic_2_9)_ 51.867483864595272
     RHS c_u_Thermal(PC_logic_2_10)_ 57.6144300042358
     RHS c_u_Thermal(PC_logic_2_11)_ 57.614430004233654
     RHS c_u_Thermal(PC_logic_2_12)_ 51.867483864588735
     RHS c_u_Thermal(PC_logic_3_0)_ 51.867483864590369
     RHS c_u_Thermal(PC_logic_3_1)_ 57.614430004234336
     RHS c_u_Thermal(PC_logic_3_2)_ 57.614430004232091
     RHS c_u_Thermal(PC_logic_3_3)_ 51.867483864591421
     RHS c_u_Thermal(PC_logic_3_4)_ 57.614430004231778
     RHS c_u_Thermal(PC_logic_3_5)_ 64.136600392876105
     RHS c_u_Thermal(PC_logic_3_6)_ 64.136600392876446
     RHS c_u_Thermal(PC_logic_3_7)_ 57.61443000423445
     RHS c_u_Thermal(PC_logic_3_8)_ 57.614430004233213
     RHS c_u_Thermal(PC_logic_3_9)_ 64.136600392876872
     RHS c_u_Thermal(PC_logic_3_10)_ 64.136600392878151
     RHS c_u_Thermal(PC_logic_3_11)_ 57.614430004234634
     RHS c_u_Thermal(PC_logic_3_12)_ 51.867483864588536
     RHS c_u_Thermal(PC_logic_3_13)_ 57.614430004234208
     RHS c_u_Thermal(PC_logic_3_14)_ 57.614430004236993
     RHS c_u_Thermal(PC_logic_3_15)_ 51.867483864592856
     RHS c_u_Thermal(PC_logic_4_0)_ 51.86748386459179
     RHS c_u_Thermal(PC_logic_4_1)_ 57.614430004237505
     RHS c_u_Thermal(PC_logic_4_2)_ 57.614430004240262
     RHS c_u_Thermal(PC_logic_4_3)_ 51.867483864594362
     RHS c_u_Thermal(PC_logic_4_4)_ 57.614430004235004
     RHS c_u_Thermal(PC_logic_4_5)_ 64.136600392876815
     RHS c_u_Thermal(PC_logic_4_6)_ 64.136600392876986
     RHS c_u_Thermal(PC_logic_4_7)_ 57.614430004236169
     RHS c_u_Thermal(PC_logic_4_8)_ 57.614430004234123
     RHS c_u_Thermal(PC_logic_4_9)_ 64.136600392875451
     RHS c_u_Thermal(PC_logic_4_10)_ 64.136600392875863
     RHS c_u_Thermal(PC_logic_4_11)_ 57.614430004233824
     RHS c_u_Thermal(PC_logic_4_12)_ 51.867483864592998
     RHS c_u_Thermal(PC_logic_4_13)_ 57.6144300042358
     RHS c_u_Thermal(PC_logic_4_14)_ 57.61443000423759
     RHS c_u_Thermal(PC_logic_4_15)_ 51.867483864593112
     RHS c_u_Thermal(PC_logic_5_0)_ 51.867483864594092
     RHS c_u_Thermal(PC_logic_5_1)_ 57.614430004235871
     RHS c_u_Thermal(PC_logic_5_2)_ 57.614430004234364
     RHS c_u_Thermal(PC_logic_5_3)_ 51.867483864589403
     RHS c_u_Thermal(PC_logic_5_4)_ 57.614430004236155
     RHS c_u_Thermal(PC_logic_5_5)_ 64.136600392876716
     RHS c_u_Thermal(PC_logic_5_6)_ 64.136600392875053
     RHS c_u_Thermal(PC_logic_5_7)_ 57.614430004231451
     RHS c_u_Thermal(PC_logic_5_8)_ 57.614430004237136
     RHS c_u_Thermal(PC_logic_5_9)_ 64.136600392876119
     RHS c_u_Thermal(PC_logic_5_10)_ 64.136600392878435
     RHS c_u_Thermal(PC_logic_5_11)_ 57.614430004233327
     RHS c_u_Thermal(PC_logic_5_12)_ 51.86748386459459
     RHS c_u_Thermal(PC_logic_5_13)_ 57.61443000423597
     RHS c_u_Thermal(PC_logic_5_14)_ 57.614430004236056
     RHS c_u_Thermal(PC_logic_5_15)_ 51.867483864589786
     RHS c_u_Thermal(PC_logic_6_0)_ 51.867483864589929
     RHS c_u_Thermal(PC_logic_6_1)_ 57.614430004233071
     RHS c_u_Thermal(PC_logic_6_2)_ 57.614430004235658
     RHS c_u_Thermal(PC_logic_6_3)_ 51.867483864594959
     RHS c_u_Thermal(PC_logic_6_4)_ 57.614430004229206
     RHS c_u_Thermal(PC_logic_6_5)_ 64.136600392873177
     RHS c_u_Thermal(PC_logic_6_6)_ 64.136600392873973
     RHS c_u_Thermal(PC_logic_6_7)_ 57.614430004235288
     RHS c_u_Thermal(PC_logic_6_8)_ 64.136600392873305
     RHS c_u_Thermal(PC_logic_6_9)_ 64.136600392873021
     RHS c_u_Thermal(PC_logic_6_10)_ 57.614430004234322
     RHS c_u_Thermal(PC_logic_6_11)_ 57.61443000423084
     RHS c_u_Thermal(PC_logic_6_12)_ 51.86748386458838
     RHS c_u_Thermal(PC_logic_7_0)_ 51.867483864594305
     RHS c_u_Thermal(PC_logic_7_1)_ 57.614430004238017
     RHS c_u_Thermal(PC_logic_7_2)_ 57.614430004238528
     RHS c_u_Thermal(PC_logic_7_3)_ 51.867483864593027
     RHS c_u_Thermal(PC_logic_7_4)_ 57.614430004234833
     RHS c_u_Thermal(PC_logic_7_5)_ 64.136600392876929
     RHS c_u_Thermal(PC_logic_7_6)_ 64.136600392877995
     RHS c_u_Thermal(PC_logic_7_7)_ 57.614430004235828
     RHS c_u_Thermal(PC_logic_7_8)_ 57.614430004233895
     RHS c_u_Thermal(PC_logic_7_9)_ 64.136600392876019
     RHS c_u_Thermal(PC_logic_7_10)_ 64.136600392877071
     RHS c_u_Thermal(PC_logic_7_11)_ 57.614430004234578
     RHS c_u_Thermal(PC_logic_7_12)_ 51.86748386459
     RHS c_u_Thermal(PC_logic_7_13)_ 57.614430004231153
     RHS c_u_Thermal(PC_logic_7_14)_ 57.614430004233185
     RHS c_u_Thermal(PC_logic_7_15)_ 51.867483864590184
     RHS c_u_Thermal(PC_logic_8_0)_ 51.867483864593083
     RHS c_u_Thermal(PC_logic_8_1)_ 57.614430004235274
     RHS c_u_Thermal(PC_logic_8_2)_ 57.614430004235842
     RHS c_u_Thermal(PC_logic_8_3)_ 51.867483864589161
     RHS c_u_Thermal(PC_logic_8_4)_ 57.614430004235388
     RHS c_u_Thermal(PC_logic_8_5)_ 64.136600392877043
     RHS c_u_Thermal(PC_logic_8_6)_ 64.136600392874442
     RHS c_u_Thermal(PC_logic_8_7)_ 57.614430004231394
     RHS c_u_Thermal(PC_logic_8_8)_ 57.614430004234322
     RHS c_u_Thermal(PC_logic_8_9)_ 64.136600392873987
     RHS c_u_Thermal(PC_logic_8_10)_ 64.136600392875522
     RHS c_u_Thermal(PC_logic_8_11)_ 51.86748386459044
     RHS c_u_Thermal(PC_logic_8_12)_ 57.614430004233355
     RHS c_u_Leakage(DC_0)_ 23.591422521094572
     RHS c_u_Leakage(DC_1)_ 23.591422521095311
     RHS c_u_Leakage(DC_2)_ 23.591422521094842
     RHS c_u_Leakage(DC_3)_ 23.59142252109536
     RHS c_u_Leakage(DC_4)_ 23.591422521096057
     RHS c_u_Leakage(DC_5)_ 23.591422521095602
     RHS c_u_Leakage(DC_6)_ 23.59142252109536
     RHS c_u_Leakage(DC_7)_ 23.591422521095993
     RHS c_u_Leakage(DC_8)_ 23.59142252109568
     RHS c_u_Leakage(PC_0)_ 6.7261658952759182
     RHS c_u_Leakage(PC_1)_ 6.7261658952762682
     RHS c_u_Leakage(PC_2)_ 6.7261658952759857
     RHS c_u_Leakage(PC_3)_ 6.7261658952761758
     RHS c_u_Leakage(PC_4)_ 6.7261658952763392
     RHS c_u_Leakage(PC_5)_ 6.726165895276254
     RHS c_u_Leakage(PC_6)_ 6.7261658952759218
     RHS c_u_Leakage(PC_7)_ 6.7261658952762646
     RHS c_u_Leakage(PC_8)_ 6.7261658952760941
     RHS c_u_LeakageFloor(0)_ 0
     RHS c_u_LeakageFloor(1)_ 0
     RHS c_u_LeakageFloor(2)_ 0
     RHS c_u_LeakageFloor(3)_ 0
     RHS c_u_LeakageFloor(4)_ 0
     RHS c_u_LeakageFloor(5)_ 0
     RHS c_u_LeakageFloor(6)_ 0
     RHS c_u_LeakageFloor(7)_ 0
     RHS c_u_LeakageFloor(8)_ 0
     RHS c_l_MirrorLeftRight_ 0
     RHS c_l_MirrorTopBottom_ 0
BOUNDS
 BV BOUND Place(0)
 BV BOUND Place(1)
 BV BOUND Place(2)
 BV BOUND Place(3)
 BV BOUND Place(4)
 BV BOUND Place(5)
 BV BOUND Place(6)
 BV BOUND Place(7)
 BV BOUND Place(8)
 BV BOUND Place(9)
 BV BOUND Place(10)
 BV BOUND Place(11)
 BV BOUND Place(12)
 BV BOUND Place(13)
 BV BOUND Place(14)
 BV BOUND Place(15)
 BV BOUND Place(16)
 BV BOUND Place(17)
 BV BOUND Place(18)
 BV BOUND Place(19)
 BV BOUND Place(20)
 BV BOUND Place(21)
 BV BOUND Place(22)
 BV BOUND Place(23)
 BV BOUND Place(24)
 BV BOUND Place(25)
 BV BOUND Place(26)
 BV BOUND Place(27)
 BV BOUND Place(28)
 BV BOUND Place(29)
 BV BOUND Place(30)
 BV BOUND Place(31)
 BV BOUND Place(32)
 BV BOUND Place(33)
 BV BOUND Place(34)
 BV BOUND Place(35)
 BV BOUND Place(36)
 BV BOUND Place(37)
 BV BOUND Place(38)
 BV BOUND Place(39)
 BV BOUND Place(40)
 BV BOUND Place(41)
 BV BOUND Place(42)
 BV BOUND Place(43)
 BV BOUND Place(44)
 BV BOUND Place(45)
 BV BOUND Place(46)
 BV BOUND Place(47)
 BV BOUND Place(48)
 BV BOUND Place(49)
 BV BOUND Place(50)
 BV BOUND Place(51)
 BV BOUND Place(52)
 BV BOUND Place(53)
 BV BOUND Place(54)
 BV BOUND Place(55)
 BV BOUND Place(56)
 BV BOUND Place(57)
 BV BOUND Place(58)
 BV BOUND Place(59)
 BV BOUND Place(60)
 BV BOUND Place(61)
 BV BOUND Place(62)
 BV BOUND Place(63)
 BV BOUND Place(64)
 BV BOUND Place(65)
 BV BOUND Place(66)
 BV BOUND Place(67)
 BV BOUND Place(68)
 BV BOUND Place(69)
 BV BOUND Place(70)
 BV BOUND Place(71)
 BV BOUND Place(72)
 BV BOUND Place(73)
 BV BOUND Place(74)
 BV BOUND Place(75)
 BV BOUND Place(76)
 BV BOUND Place(77)
 BV BOUND Place(78)
 BV BOUND Place(79)
 BV BOUND Place(80)
 BV BOUND Place(81)
 BV BOUND Place(82)
 BV BOUND Place(83)
 BV BOUND Place(84)
 BV BOUND Place(85)
 BV BOUND Place(86)
 BV BOUND Place(87)
 BV BOUND Place(88)
 BV BOUND Place(89)
 BV BOUND Place(90)
 BV BOUND Place(91)
 BV BOUND Place(92)
 BV BOUND Place(93)
 BV BOUND Place(94)
 BV BOUND Place(95)
 BV BOUND Place(96)
 BV BOUND Place(97)
 BV BOUND Place(98)
 BV BOUND Place(99)
 BV BOUND Place(100)
 BV BOUND Place(101)
 BV BOUND Place(102)
 BV BOUND Place(103)
 BV BOUND Place(104)
 BV BOUND Place(105)
 BV BOUND Place(106)
 BV BOUND Place(107)
 BV BOUND Place(108)
 BV BOUND Place(109)
 BV BOUND Place(110)
 BV BOUND Place(111)
 BV BOUND Place(112)
 BV BOUND Place(113)
 BV BOUND Place(114)
 BV BOUND Place(115)
 BV BOUND Place(116)
 BV BOUND Place(117)
 BV BOUND Place(118)
 BV BOUND Place(119)
 BV BOUND Place(120)
 BV BOUND Place(121)
 BV BOUND Place(122)
 BV BOUND Place(123)
 BV BOUND Place(124)
 BV BOUND Place(125)
 BV BOUND Place(126)
 BV BOUND Place(127)
 BV BOUND Place(128)
 BV BOUND Place(129)
 BV BOUND Place(130)
 BV BOUND Place(131)
 BV BOUND Place(132)
 BV BOUND Place(133)
 BV BOUND Place(134)
 BV BOUND Place(135)
 BV BOUND Place(136)
 BV BOUND Place(137)
 BV BOUND Place(138)
 BV BOUND Place(139)
 BV BOUND Place(140)
 BV BOUND Place(141)
 BV BOUND Place(142)
 BV BOUND Place(143)
 BV BOUND Place(144)
 BV BOUND Place(145)
 BV BOUND Place(146)
 BV BOUND Place(147)
 BV BOUND Place(148)
 BV BOUND Place(149)
 BV BOUND Place(150)
 BV BOUND Place(151)
 BV BOUND Place(152)
 BV BOUND Place(153)
 BV BOUND Place(154)
 BV BOUND Place(155)
 BV BOUND Place(156)
 BV BOUND Place(157)
 BV BOUND Place(158)
 BV BOUND Place(159)
 BV BOUND Place(160)
 BV BOUND Place(161)
 BV BOUND Place(162)
 BV BOUND Place(163)
 BV BOUND Place(164)
 BV BOUND Place(165)
 BV BOUND Place(166)
 BV BOUND Place(167)
 BV BOUND Place(168)
 BV BOUND Place(169)
 BV BOUND Place(170)
 BV BOUND Place(171)
 BV BOUND Place(172)
 BV BOUND Place(173)
 BV BOUND Place(174)
 BV BOUND Place(175)
 BV BOUND Place(176)
 BV BOUND Place(177)
 BV BOUND Place(178)
 BV BOUND Place(179)
 BV BOUND Place(180)
 BV BOUND Place(181)
 BV BOUND Place(182)
 BV BOUND Place(183)
 BV BOUND Place(184)
 BV BOUND Place(185)
 BV BOUND Place(186)
 BV BOUND Place(187)
 BV BOUND Place(188)
 BV BOUND Place(189)
 BV BOUND Place(190)
 BV BOUND Place(191)
 BV BOUND Place(192)
 BV BOUND Place(193)
 BV BOUND Place(194)
 BV BOUND Place(195)
 BV BOUND Place(196)
 BV BOUND Place(197)
 BV BOUND Place(198)
 BV BOUND Place(199)
 BV BOUND Place(200)
 BV BOUND Place(201)
 BV BOUND Place(202)
 BV BOUND Place(203)
 BV BOUND Place(204)
 BV BOUND Place(205)
 BV BOUND Place(206)
 BV BOUND Place(207)
 BV BOUND Place(208)
 BV BOUND Place(209)
 BV BOUND Place(210)
 BV BOUND Place(211)
 BV BOUND Place(212)
 BV BOUND Place(213)
 BV BOUND Place(214)
 BV BOUND Place(215)
 BV BOUND Place(216)
 BV BOUND Place(217)
 BV BOUND Place(218)
 BV BOUND Place(219)
 LI BOUND Assign(0_D_DC_t1_p3_c0) 0
 UI BOUND Assign(0_D_DC_t1_p3_c0) 3
 LI BOUND Assign(1_D_DC_t1_p4_c0) 0
 UI BOUND Assign(1_D_DC_t1_p4_c0) 2
 LI BOUND Assign(1_D_DC_t2_p2_c1) 0
 UI BOUND Assign(1_D_DC_t2_p2_c1) 2
 LI BOUND Assign(1_D_DC_t4_p1_c1) 0
 UI BOUND Assign(1_D_DC_t4_p1_c1) 2
 LI BOUND Assign(2_D_DC_t1_p5_c0) 0
 UI BOUND Assign(2_D_DC_t1_p5_c0) 1
 LI BOUND Assign(3_D_DC_t1_p6_c0) 0
 UI BOUND Assign(3_D_DC_t1_p6_c0) 1
 LI BOUND Assign(3_D_DC_t2_p3_c0) 0
 UI BOUND Assign(3_D_DC_t2_p3_c0) 1
 LI BOUND Assign(4_D_DC_t1_p8_c0) 0
 UI BOUND Assign(4_D_DC_t1_p8_c0) 1
 LI BOUND Assign(4_D_DC_t2_p4_c0) 0
 UI BOUND Assign(4_D_DC_t2_p4_c0) 1
 LI BOUND Assign(4_D_DC_t4_p2_c0) 0
 UI BOUND Assign(4_D_DC_t4_p2_c0) 1
 LI BOUND Assign(4_D_DC_t8_p1_c0) 0
 UI BOUND Assign(4_D_DC_t8_p1_c0) 1
 LI BOUND Assign(5_D_DC_t1_p4_c0) 0
 UI BOUND Assign(5_D_DC_t1_p4_c0) 2
 LI BOUND Assign(5_D_DC_t2_p2_c0) 0
 UI BOUND Assign(5_D_DC_t2_p2_c0) 2
 LI BOUND Assign(5_D_DC_t4_p1_c0) 0
 UI BOUND Assign(5_D_DC_t4_p1_c0) 2
 LI BOUND Assign(6_D_DC_t1_p6_c0) 0
 UI BOUND Assign(6_D_DC_t1_p6_c0) 1
 LI BOUND Assign(6_D_DC_t2_p3_c1) 0
 UI BOUND Assign(6_D_DC_t2_p3_c1) 1
 LI BOUND Assign(7_P_DC_t1_p3_c0) 0
 UI BOUND Assign(7_P_DC_t1_p3_c0) 3
 LI BOUND Assign(8_P_DC_t1_p4_c0) 0
 UI BOUND Assign(8_P_DC_t1_p4_c0) 2
 LI BOUND Assign(8_P_DC_t2_p2_c1) 0
 UI BOUND Assign(8_P_DC_t2_p2_c1) 2
 LI BOUND Assign(9_P_DC_t1_p5_c0) 0
 UI BOUND Assign(9_P_DC_t1_p5_c0) 1
 LI BOUND Assign(10_P_DC_t1_p6_c0) 0
 UI BOUND Assign(10_P_DC_t1_p6_c0) 1
 LI BOUND Assign(10_P_DC_t2_p3_c0) 0
 UI BOUND Assign(10_P_DC_t2_p3_c0) 1
 LI BOUND Assign(11_P_DC_t1_p8_c0) 0
 UI BOUND Assign(11_P_DC_t1_p8_c0) 1
 LI BOUND Assign(11_P_DC_t2_p4_c0) 0
 UI BOUND Assign(11_P_DC_t2_p4_c0) 1
 LI BOUND Assign(12_P_DC_t1_p4_c0) 0
 UI BOUND Assign(12_P_DC_t1_p4_c0) 2
 LI BOUND Assign(12_P_DC_t2_p2_c0) 0
 UI BOUND Assign(12_P_DC_t2_p2_c0) 2
 LI BOUND Assign(12_P_DC_t4_p1_c0) 0
 UI BOUND Assign(12_P_DC_t4_p1_c0) 2
 LI BOUND Assign(13_P_DC_t1_p6_c0) 0
 UI BOUND Assign(13_P_DC_t1_p6_c0) 1
 LI BOUND Assign(13_P_DC_t2_p3_c1) 0
 UI BOUND Assign(13_P_DC_t2_p3_c1) 1
 LI BOUND Assign(14_D_PC_t1_p5_c0) 0
 UI BOUND Assign(14_D_PC_t1_p5_c0) 1
 LI BOUND Assign(15_D_PC_t1_p6_c0) 0
 UI BOUND Assign(15_D_PC_t1_p6_c0) 1
 LI BOUND Assign(15_D_PC_t2_p3_c0) 0
 UI BOUND Assign(15_D_PC_t2_p3_c0) 1
 LI BOUND Assign(16_D_PC_t1_p8_c0) 0
 UI BOUND Assign(16_D_PC_t1_p8_c0) 1
 LI BOUND Assign(16_D_PC_t2_p4_c0) 0
 UI BOUND Assign(16_D_PC_t2_p4_c0) 1
 LI BOUND Assign(16_D_PC_t4_p2_c0) 0
 UI BOUND Assign(16_D_PC_t4_p2_c0) 1
 LI BOUND Assign(16_D_PC_t8_p1_c0) 0
 UI BOUND Assign(16_D_PC_t8_p1_c0) 1
 LI BOUND Assign(17_D_PC_t1_p6_c0) 0
 UI BOUND Assign(17_D_PC_t1_p6_c0) 1
 LI BOUND Assign(17_D_PC_t2_p3_c1) 0
 UI BOUND Assign(17_D_PC_t2_p3_c1) 1
 LI BOUND Assign(18_P_PC_t1_p5_c0) 0
 UI BOUND Assign(18_P_PC_t1_p5_c0) 1
 LI BOUND Assign(19_P_PC_t1_p6_c0) 0
 UI BOUND Assign(19_P_PC_t1_p6_c0) 1
 LI BOUND Assign(19_P_PC_t2_p3_c0) 0
 UI BOUND Assign(19_P_PC_t2_p3_c0) 1
 LI BOUND Assign(20_P_PC_t1_p8_c0) 0
 UI BOUND Assign(20_P_PC_t1_p8_c0) 1
 LI BOUND Assign(20_P_PC_t2_p4_c0) 0
 UI BOUND Assign(20_P_PC_t2_p4_c0) 1
 LI BOUND Assign(20_P_PC_t4_p2_c0) 0
 UI BOUND Assign(20_P_PC_t4_p2_c0) 1
 LI BOUND Assign(21_P_PC_t1_p6_c0) 0
 UI BOUND Assign(21_P_PC_t1_p6_c0) 1
 LI BOUND Assign(21_P_PC_t2_p3_c1) 0
 UI BOUND Assign(21_P_PC_t2_p3_c1) 1
 LI BOUND Count(D_DC_t1_p3_c0_b16) 0
 UI BOUND Count(D_DC_t1_p3_c0_b16) 3
 LI BOUND Count(D_DC_t1_p3_c0_b2) 0
 UI BOUND Count(D_DC_t1_p3_c0_b2) 3
 LI BOUND Count(D_DC_t1_p3_c0_b32) 0
 UI BOUND Count(D_DC_t1_p3_c0_b32) 3
 LI BOUND Count(D_DC_t1_p3_c0_b4) 0
 UI BOUND Count(D_DC_t1_p3_c0_b4) 3
 LI BOUND Count(D_DC_t1_p3_c0_b64) 0
 UI BOUND Count(D_DC_t1_p3_c0_b64) 3
 LI BOUND Count(D_DC_t1_p3_c0_b8) 0
 UI BOUND Count(D_DC_t1_p3_c0_b8) 3
 LI BOUND Count(D_DC_t1_p4_c0_b1) 0
 UI BOUND Count(D_DC_t1_p4_c0_b1) 2
 LI BOUND Count(D_DC_t1_p4_c0_b16) 0
 UI BOUND Count(D_DC_t1_p4_c0_b16) 2
 LI BOUND Count(D_DC_t1_p4_c0_b2) 0
 UI BOUND Count(D_DC_t1_p4_c0_b2) 2
 LI BOUND Count(D_DC_t1_p4_c0_b32) 0
 UI BOUND Count(D_DC_t1_p4_c0_b32) 2
 LI BOUND Count(D_DC_t1_p4_c0_b4) 0
 UI BOUND Count(D_DC_t1_p4_c0_b4) 2
 LI BOUND Count(D_DC_t1_p4_c0_b64) 0
 UI BOUND Count(D_DC_t1_p4_c0_b64) 2
 LI BOUND Count(D_DC_t1_p4_c0_b8) 0
 UI BOUND Count(D_DC_t1_p4_c0_b8) 2
 LI BOUND Count(D_DC_t1_p5_c0_b16) 0
 UI BOUND Count(D_DC_t1_p5_c0_b16) 1
 LI BOUND Count(D_DC_t1_p5_c0_b2) 0
 UI BOUND Count(D_DC_t1_p5_c0_b2) 1
 LI BOUND Count(D_DC_t1_p5_c0_b32) 0
 UI BOUND Count(D_DC_t1_p5_c0_b32) 1
 LI BOUND Count(D_DC_t1_p5_c0_b4) 0
 UI BOUND Count(D_DC_t1_p5_c0_b4) 1
 LI BOUND Count(D_DC_t1_p5_c0_b64) 0
 UI BOUND Count(D_DC_t1_p5_c0_b64) 1
 LI BOUND Count(D_DC_t1_p5_c0_b8) 0
 UI BOUND Count(D_DC_t1_p5_c0_b8) 1
 LI BOUND Count(D_DC_t1_p6_c0_b16) 0
 UI BOUND Count(D_DC_t1_p6_c0_b16) 1
 LI BOUND Count(D_DC_t1_p6_c0_b32) 0
 UI BOUND Count(D_DC_t1_p6_c0_b32) 1
 LI BOUND Count(D_DC_t1_p6_c0_b4) 0
 UI BOUND Count(D_DC_t1_p6_c0_b4) 1
 LI BOUND Count(D_DC_t1_p6_c0_b64) 0
 UI BOUND Count(D_DC_t1_p6_c0_b64) 1
 LI BOUND Count(D_DC_t1_p6_c0_b8) 0
 UI BOUND Count(D_DC_t1_p6_c0_b8) 1
 LI BOUND Count(D_DC_t1_p8_c0_b32) 0
 UI BOUND Count(D_DC_t1_p8_c0_b32) 1
 LI BOUND Count(D_DC_t1_p8_c0_b4) 0
 UI BOUND Count(D_DC_t1_p8_c0_b4) 1
 LI BOUND Count(D_DC_t1_p8_c0_b64) 0
 UI BOUND Count(D_DC_t1_p8_c0_b64) 1
 LI BOUND Count(D_DC_t1_p8_c0_b8) 0
 UI BOUND Count(D_DC_t1_p8_c0_b8) 1
 LI BOUND Count(D_DC_t2_p2_c0_b1) 0
 UI BOUND Count(D_DC_t2_p2_c0_b1) 2
 LI BOUND Count(D_DC_t2_p2_c0_b128) 0
 UI BOUND Count(D_DC_t2_p2_c0_b128) 2
 LI BOUND Count(D_DC_t2_p2_c0_b2) 0
 UI BOUND Count(D_DC_t2_p2_c0_b2) 2
 LI BOUND Count(D_DC_t2_p2_c0_b32) 0
 UI BOUND Count(D_DC_t2_p2_c0_b32) 2
 LI BOUND Count(D_DC_t2_p2_c0_b4) 0
 UI BOUND Count(D_DC_t2_p2_c0_b4) 2
 LI BOUND Count(D_DC_t2_p2_c0_b64) 0
 UI BOUND Count(D_DC_t2_p2_c0_b64) 2
 LI BOUND Count(D_DC_t2_p2_c1_b1) 0
 UI BOUND Count(D_DC_t2_p2_c1_b1) 2
 LI BOUND Count(D_DC_t2_p2_c1_b128) 0
 UI BOUND Count(D_DC_t2_p2_c1_b128) 2
 LI BOUND Count(D_DC_t2_p2_c1_b2) 0
 UI BOUND Count(D_DC_t2_p2_c1_b2) 2
 LI BOUND Count(D_DC_t2_p2_c1_b32) 0
 UI BOUND Count(D_DC_t2_p2_c1_b32) 2
 LI BOUND Count(D_DC_t2_p2_c1_b4) 0
 UI BOUND Count(D_DC_t2_p2_c1_b4) 2
 LI BOUND Count(D_DC_t2_p2_c1_b64) 0
 UI BOUND Count(D_DC_t2_p2_c1_b64) 2
 LI BOUND Count(D_DC_t2_p3_c0_b4) 0
 UI BOUND Count(D_DC_t2_p3_c0_b4) 1
 LI BOUND Count(D_DC_t2_p3_c0_b8) 0
 UI BOUND Count(D_DC_t2_p3_c0_b8) 1
 LI BOUND Count(D_DC_t2_p3_c1_b4) 0
 UI BOUND Count(D_DC_t2_p3_c1_b4) 1
 LI BOUND Count(D_DC_t2_p3_c1_b8) 0
 UI BOUND Count(D_DC_t2_p3_c1_b8) 1
 LI BOUND Count(D_DC_t2_p4_c0_b32) 0
 UI BOUND Count(D_DC_t2_p4_c0_b32) 1
 LI BOUND Count(D_DC_t2_p4_c0_b4) 0
 UI BOUND Count(D_DC_t2_p4_c0_b4) 1
 LI BOUND Count(D_DC_t2_p4_c0_b8) 0
 UI BOUND Count(D_DC_t2_p4_c0_b8) 1
 LI BOUND Count(D_DC_t4_p1_c0_b1) 0
 UI BOUND Count(D_DC_t4_p1_c0_b1) 2
 LI BOUND Count(D_DC_t4_p1_c0_b128) 0
 UI BOUND Count(D_DC_t4_p1_c0_b128) 2
 LI BOUND Count(D_DC_t4_p1_c0_b16) 0
 UI BOUND Count(D_DC_t4_p1_c0_b16) 2
 LI BOUND Count(D_DC_t4_p1_c0_b2) 0
 UI BOUND Count(D_DC_t4_p1_c0_b2) 2
 LI BOUND Count(D_DC_t4_p1_c0_b32) 0
 UI BOUND Count(D_DC_t4_p1_c0_b32) 2
 LI BOUND Count(D_DC_t4_p1_c0_b4) 0
 UI BOUND Count(D_DC_t4_p1_c0_b4) 2
 LI BOUND Count(D_DC_t4_p1_c0_b64) 0
 UI BOUND Count(D_DC_t4_p1_c0_b64) 2
 LI BOUND Count(D_DC_t4_p1_c1_b1) 0
 UI BOUND Count(D_DC_t4_p1_c1_b1) 2
 LI BOUND Count(D_DC_t4_p1_c1_b128) 0
 UI BOUND Count(D_DC_t4_p1_c1_b128) 2
 LI BOUND Count(D_DC_t4_p1_c1_b16) 0
 UI BOUND Count(D_DC_t4_p1_c1_b16) 2
 LI BOUND Count(D_DC_t4_p1_c1_b2) 0
 UI BOUND Count(D_DC_t4_p1_c1_b2) 2
 LI BOUND Count(D_DC_t4_p1_c1_b32) 0
 UI BOUND Count(D_DC_t4_p1_c1_b32) 2
 LI BOUND Count(D_DC_t4_p1_c1_b4) 0
 UI BOUND Count(D_DC_t4_p1_c1_b4) 2
 LI BOUND Count(D_DC_t4_p1_c1_b64) 0
 UI BOUND Count(D_DC_t4_p1_c1_b64) 2
 LI BOUND Count(D_DC_t4_p1_c1_b8) 0
 UI BOUND Count(D_DC_t4_p1_c1_b8) 2
 LI BOUND Count(D_DC_t4_p2_c0_b16) 0
 UI BOUND Count(D_DC_t4_p2_c0_b16) 1
 LI BOUND Count(D_DC_t4_p2_c0_b2) 0
 UI BOUND Count(D_DC_t4_p2_c0_b2) 1
 LI BOUND Count(D_DC_t4_p2_c0_b4) 0
 UI BOUND Count(D_DC_t4_p2_c0_b4) 1
 LI BOUND Count(D_DC_t4_p2_c0_b64) 0
 UI BOUND Count(D_DC_t4_p2_c0_b64) 1
 LI BOUND Count(D_DC_t8_p1_c0_b1) 0
 UI BOUND Count(D_DC_t8_p1_c0_b1) 1
 LI BOUND Count(D_DC_t8_p1_c0_b16) 0
 UI BOUND Count(D_DC_t8_p1_c0_b16) 1
 LI BOUND Count(D_DC_t8_p1_c0_b2) 0
 UI BOUND Count(D_DC_t8_p1_c0_b2) 1
 LI BOUND Count(D_DC_t8_p1_c0_b4) 0
 UI BOUND Count(D_DC_t8_p1_c0_b4) 1
 LI BOUND Count(D_DC_t8_p1_c0_b8) 0
 UI BOUND Count(D_DC_t8_p1_c0_b8) 1
 LI BOUND Count(D_PC_t1_p5_c0_b16) 0
 UI BOUND Count(D_PC_t1_p5_c0_b16) 1
 LI BOUND Count(D_PC_t1_p5_c0_b2) 0
 UI BOUND Count(D_PC_t1_p5_c0_b2) 1
 LI BOUND Count(D_PC_t1_p5_c0_b4) 0
 UI BOUND Count(D_PC_t1_p5_c0_b4) 1
 LI BOUND Count(D_PC_t1_p5_c0_b8) 0
 UI BOUND Count(D_PC_t1_p5_c0_b8) 1
 LI BOUND Count(D_PC_t1_p6_c0_b16) 0
 UI BOUND Count(D_PC_t1_p6_c0_b16) 1
 LI BOUND Count(D_PC_t1_p6_c0_b32) 0
 UI BOUND Count(D_PC_t1_p6_c0_b32) 1
 LI BOUND Count(D_PC_t1_p6_c0_b4) 0
 UI BOUND Count(D_PC_t1_p6_c0_b4) 1
 LI BOUND Count(D_PC_t1_p6_c0_b64) 0
 UI BOUND Count(D_PC_t1_p6_c0_b64) 1
 LI BOUND Count(D_PC_t1_p6_c0_b8) 0
 UI BOUND Count(D_PC_t1_p6_c0_b8) 1
 LI BOUND Count(D_PC_t1_p8_c0_b128) 0
 UI BOUND Count(D_PC_t1_p8_c0_b128) 1
 LI BOUND Count(D_PC_t1_p8_c0_b32) 0
 UI BOUND Count(D_PC_t1_p8_c0_b32) 1
 LI BOUND Count(D_PC_t1_p8_c0_b4) 0
 UI BOUND Count(D_PC_t1_p8_c0_b4) 1
 LI BOUND Count(D_PC_t1_p8_c0_b64) 0
 UI BOUND Count(D_PC_t1_p8_c0_b64) 1
 LI BOUND Count(D_PC_t1_p8_c0_b8) 0
 UI BOUND Count(D_PC_t1_p8_c0_b8) 1
 LI BOUND Count(D_PC_t2_p3_c0_b32) 0
 UI BOUND Count(D_PC_t2_p3_c0_b32) 1
 LI BOUND Count(D_PC_t2_p3_c0_b4) 0
 UI BOUND Count(D_PC_t2_p3_c0_b4) 1
 LI BOUND Count(D_PC_t2_p3_c0_b64) 0
 UI BOUND Count(D_PC_t2_p3_c0_b64) 1
 LI BOUND Count(D_PC_t2_p3_c0_b8) 0
 UI BOUND Count(D_PC_t2_p3_c0_b8) 1
 LI BOUND Count(D_PC_t2_p3_c1_b32) 0
 UI BOUND Count(D_PC_t2_p3_c1_b32) 1
 LI BOUND Count(D_PC_t2_p3_c1_b4) 0
 UI BOUND Count(D_PC_t2_p3_c1_b4) 1
 LI BOUND Count(D_PC_t2_p3_c1_b64) 0
 UI BOUND Count(D_PC_t2_p3_c1_b64) 1
 LI BOUND Count(D_PC_t2_p3_c1_b8) 0
 UI BOUND Count(D_PC_t2_p3_c1_b8) 1
 LI BOUND Count(D_PC_t2_p4_c0_b128) 0
 UI BOUND Count(D_PC_t2_p4_c0_b128) 1
 LI BOUND Count(D_PC_t2_p4_c0_b4) 0
 UI BOUND Count(D_PC_t2_p4_c0_b4) 1
 LI BOUND Count(D_PC_t2_p4_c0_b8) 0
 UI BOUND Count(D_PC_t2_p4_c0_b8) 1
 LI BOUND Count(D_PC_t4_p2_c0_b2) 0
 UI BOUND Count(D_PC_t4_p2_c0_b2) 1
 LI BOUND Count(D_PC_t4_p2_c0_b4) 0
 UI BOUND Count(D_PC_t4_p2_c0_b4) 1
 LI BOUND Count(D_PC_t4_p2_c0_b64) 0
 UI BOUND Count(D_PC_t4_p2_c0_b64) 1
 LI BOUND Count(D_PC_t8_p1_c0_b1) 0
 UI BOUND Count(D_PC_t8_p1_c0_b1) 1
 LI BOUND Count(D_PC_t8_p1_c0_b2) 0
 UI BOUND Count(D_PC_t8_p1_c0_b2) 1
 LI BOUND Count(D_PC_t8_p1_c0_b32) 0
 UI BOUND Count(D_PC_t8_p1_c0_b32) 1
 LI BOUND Count(D_PC_t8_p1_c0_b4) 0
 UI BOUND Count(D_PC_t8_p1_c0_b4) 1
 LI BOUND Count(D_PC_t8_p1_c0_b64) 0
 UI BOUND Count(D_PC_t8_p1_c0_b64) 1
 LI BOUND Count(P_DC_t1_p3_c0_b1) 0
 UI BOUND Count(P_DC_t1_p3_c0_b1) 3
 LI BOUND Count(P_DC_t1_p4_c0_b1) 0
 UI BOUND Count(P_DC_t1_p4_c0_b1) 2
 LI BOUND Count(P_DC_t1_p5_c0_b1) 0
 UI BOUND Count(P_DC_t1_p5_c0_b1) 1
 LI BOUND Count(P_DC_t1_p6_c0_b1) 0
 UI BOUND Count(P_DC_t1_p6_c0_b1) 1
 LI BOUND Count(P_DC_t1_p8_c0_b1) 0
 UI BOUND Count(P_DC_t1_p8_c0_b1) 1
 LI BOUND Count(P_DC_t2_p2_c0_b1) 0
 UI BOUND Count(P_DC_t2_p2_c0_b1) 2
 LI BOUND Count(P_DC_t2_p2_c1_b1) 0
 UI BOUND Count(P_DC_t2_p2_c1_b1) 2
 LI BOUND Count(P_DC_t2_p3_c0_b1) 0
 UI BOUND Count(P_DC_t2_p3_c0_b1) 1
 LI BOUND Count(P_DC_t2_p3_c1_b1) 0
 UI BOUND Count(P_DC_t2_p3_c1_b1) 1
 LI BOUND Count(P_DC_t2_p4_c0_b1) 0
 UI BOUND Count(P_DC_t2_p4_c0_b1) 1
 LI BOUND Count(P_DC_t4_p1_c0_b1) 0
 UI BOUND Count(P_DC_t4_p1_c0_b1) 2
 LI BOUND Count(P_PC_t1_p5_c0_b1) 0
 UI BOUND Count(P_PC_t1_p5_c0_b1) 1
 LI BOUND Count(P_PC_t1_p6_c0_b1) 0
 UI BOUND Count(P_PC_t1_p6_c0_b1) 1
 LI BOUND Count(P_PC_t1_p8_c0_b1) 0
 UI BOUND Count(P_PC_t1_p8_c0_b1) 1
 LI BOUND Count(P_PC_t2_p3_c0_b1) 0
 UI BOUND Count(P_PC_t2_p3_c0_b1) 1
 LI BOUND Count(P_PC_t2_p3_c1_b1) 0
 UI BOUND Count(P_PC_t2_p3_c1_b1) 1
 LI BOUND Count(P_PC_t2_p4_c0_b1) 0
 UI BOUND Count(P_PC_t2_p4_c0_b1) 1
 LI BOUND Count(P_PC_t4_p2_c0_b1) 0
 UI BOUND Count(P_PC_t4_p2_c0_b1) 1
 LO BOUND Flow(D_DC_t1_p3_c0_b16) 0
 LO BOUND Flow(D_DC_t1_p3_c0_b2) 0
 LO BOUND Flow(D_DC_t1_p3_c0_b32) 0
 LO BOUND Flow(D_DC_t1_p3_c0_b4) 0
 LO BOUND Flow(D_DC_t1_p3_c0_b64) 0
 LO BOUND Flow(D_DC_t1_p3_c0_b8) 0
 LO BOUND Flow(D_DC_t1_p4_c0_b1) 0
 LO BOUND Flow(D_DC_t1_p4_c0_b16) 0
 LO BOUND Flow(D_DC_t1_p4_c0_b2) 0
 LO BOUND Flow(D_DC_t1_p4_c0_b32) 0
 LO BOUND Flow(D_DC_t1_p4_c0_b4) 0
 LO BOUND Flow(D_DC_t1_p4_c0_b64) 0
 LO BOUND Flow(D_DC_t1_p4_c0_b8) 0
 LO BOUND Flow(D_DC_t1_p5_c0_b16) 0
 LO BOUND Flow(D_DC_t1_p5_c0_b2) 0
 LO BOUND Flow(D_DC_t1_p5_c0_b32) 0
 LO BOUND Flow(D_DC_t1_p5_c0_b4) 0
 LO BOUND Flow(D_DC_t1_p5_c0_b64) 0
 LO BOUND Flow(D_DC_t1_p5_c0_b8) 0
 LO BOUND Flow(D_DC_t1_p6_c0_b16) 0
 LO BOUND Flow(D_DC_t1_p6_c0_b32) 0
 LO BOUND Flow(D_DC_t1_p6_c0_b4) 0
 LO BOUND Flow(D_DC_t1_p6_c0_b64) 0
 LO BOUND Flow(D_DC_t1_p6_c0_b8) 0
 LO BOUND Flow(D_DC_t1_p8_c0_b32) 0
 LO BOUND Flow(D_DC_t1_p8_c0_b4) 0
 LO BOUND Flow(D_DC_t1_p8_c0_b64) 0
 LO BOUND Flow(D_DC_t1_p8_c0_b8) 0
 LO BOUND Flow(D_DC_t2_p2_c0_b1) 0
 LO BOUND Flow(D_DC_t2_p2_c0_b128) 0
 LO BOUND Flow(D_DC_t2_p2_c0_b2) 0
 LO BOUND Flow(D_DC_t2_p2_c0_b32) 0
 LO BOUND Flow(D_DC_t2_p2_c0_b4) 0
 LO BOUND Flow(D_DC_t2_p2_c0_b64) 0
 LO BOUND Flow(D_DC_t2_p2_c1_b1) 0
 LO BOUND Flow(D_DC_t2_p2_c1_b128) 0
 LO BOUND Flow(D_DC_t2_p2_c1_b2) 0
 LO BOUND Flow(D_DC_t2_p2_c1_b32) 0
 LO BOUND Flow(D_DC_t2_p2_c1_b4) 0
 LO BOUND Flow(D_DC_t2_p2_c1_b64) 0
 LO BOUND Flow(D_DC_t2_p3_c0_b4) 0
 LO BOUND Flow(D_DC_t2_p3_c0_b8) 0
 LO BOUND Flow(D_DC_t2_p3_c1_b4) 0
 LO BOUND Flow(D_DC_t2_p3_c1_b8) 0
 LO BOUND Flow(D_DC_t2_p4_c0_b32) 0
 LO BOUND Flow(D_DC_t2_p4_c0_b4) 0
 LO BOUND Flow(D_DC_t2_p4_c0_b8) 0
 LO BOUND Flow(D_DC_t4_p1_c0_b1) 0
 LO BOUND Flow(D_DC_t4_p1_c0_b128) 0
 LO BOUND Flow(D_DC_t4_p1_c0_b16) 0
 LO BOUND Flow(D_DC_t4_p1_c0_b2) 0
 LO BOUND Flow(D_DC_t4_p1_c0_b32) 0
 LO BOUND Flow(D_DC_t4_p1_c0_b4) 0
 LO BOUND Flow(D_DC_t4_p1_c0_b64) 0
 LO BOUND Flow(D_DC_t4_p1_c1_b1) 0
 LO BOUND Flow(D_DC_t4_p1_c1_b128) 0
 LO BOUND Flow(D_DC_t4_p1_c1_b16) 0
 LO BOUND Flow(D_DC_t4_p1_c1_b2) 0
 LO BOUND Flow(D_DC_t4_p1_c1_b32) 0
 LO BOUND Flow(D_DC_t4_p1_c1_b4) 0
 LO BOUND Flow(D_DC_t4_p1_c1_b64) 0
 LO BOUND Flow(D_DC_t4_p1_c1_b8) 0
 LO BOUND Flow(D_DC_t4_p2_c0_b16) 0
 LO BOUND Flow(D_DC_t4_p2_c0_b2) 0
 LO BOUND Flow(D_DC_t4_p2_c0_b4) 0
 LO BOUND Flow(D_DC_t4_p2_c0_b64) 0
 LO BOUND Flow(D_DC_t8_p1_c0_b1) 0
 LO BOUND Flow(D_DC_t8_p1_c0_b16) 0
 LO BOUND Flow(D_DC_t8_p1_c0_b2) 0
 LO BOUND Flow(D_DC_t8_p1_c0_b4) 0
 LO BOUND Flow(D_DC_t8_p1_c0_b8) 0
 LO BOUND Flow(D_PC_t1_p5_c0_b16) 0
 LO BOUND Flow(D_PC_t1_p5_c0_b2) 0
 LO BOUND Flow(D_PC_t1_p5_c0_b4) 0
 LO BOUND Flow(D_PC_t1_p5_c0_b8) 0
 LO BOUND Flow(D_PC_t1_p6_c0_b16) 0
 LO BOUND Flow(D_PC_t1_p6_c0_b32) 0
 LO BOUND Flow(D_PC_t1_p6_c0_b4) 0
 LO BOUND Flow(D_PC_t1_p6_c0_b64) 0
 LO BOUND Flow(D_PC_t1_p6_c0_b8) 0
 LO BOUND Flow(D_PC_t1_p8_c0_b128) 0
 LO BOUND Flow(D_PC_t1_p8_c0_b32) 0
 LO BOUND Flow(D_PC_t1_p8_c0_b4) 0
 LO BOUND Flow(D_PC_t1_p8_c0_b64) 0
 LO BOUND Flow(D_PC_t1_p8_c0_b8) 0
 LO BOUND Flow(D_PC_t2_p3_c0_b32) 0
 LO BOUND Flow(D_PC_t2_p3_c0_b4) 0
 LO BOUND Flow(D_PC_t2_p3_c0_b64) 0
 LO BOUND Flow(D_PC_t2_p3_c0_b8) 0
 LO BOUND Flow(D_PC_t2_p3_c1_b32) 0
 LO BOUND Flow(D_PC_t2_p3_c1_b4) 0
 LO BOUND Flow(D_PC_t2_p3_c1_b64) 0
 LO BOUND Flow(D_PC_t2_p3_c1_b8) 0
 LO BOUND Flow(D_PC_t2_p4_c0_b128) 0
 LO BOUND Flow(D_PC_t2_p4_c0_b4) 0
 LO BOUND Flow(D_PC_t2_p4_c0_b8) 0
 LO BOUND Flow(D_PC_t4_p2_c0_b2) 0
 LO BOUND Flow(D_PC_t4_p2_c0_b4) 0
 LO BOUND Flow(D_PC_t4_p2_c0_b64) 0
 LO BOUND Flow(D_PC_t8_p1_c0_b1) 0
 LO BOUND Flow(D_PC_t8_p1_c0_b2) 0
 LO BOUND Flow(D_PC_t8_p1_c0_b32) 0
 LO BOUND Flow(D_PC_t8_p1_c0_b4) 0
 LO BOUND Flow(D_PC_t8_p1_c0_b64) 0
 LO BOUND Flow(P_DC_t1_p3_c0_b1) 0
 LO BOUND Flow(P_DC_t1_p4_c0_b1) 0
 LO BOUND Flow(P_DC_t1_p5_c0_b1) 0
 LO BOUND Flow(P_DC_t1_p6_c0_b1) 0
 LO BOUND Flow(P_DC_t1_p8_c0_b1) 0
 LO BOUND Flow(P_DC_t2_p2_c0_b1) 0
 LO BOUND Flow(P_DC_t2_p2_c1_b1) 0
 LO BOUND Flow(P_DC_t2_p3_c0_b1) 0
 LO BOUND Flow(P_DC_t2_p3_c1_b1) 0
 LO BOUND Flow(P_DC_t2_p4_c0_b1) 0
 LO BOUND Flow(P_DC_t4_p1_c0_b1) 0
 LO BOUND Flow(P_PC_t1_p5_c0_b1) 0
 LO BOUND Flow(P_PC_t1_p6_c0_b1) 0
 LO BOUND Flow(P_PC_t1_p8_c0_b1) 0
 LO BOUND Flow(P_PC_t2_p3_c0_b1) 0
 LO BOUND Flow(P_PC_t2_p3_c1_b1) 0
 LO BOUND Flow(P_PC_t2_p4_c0_b1) 0
 LO BOUND Flow(P_PC_t4_p2_c0_b1) 0
 LO BOUND Rate 0
 LO BOUND DynLevel(DC_decode) 0
 UP BOUND DynLevel(DC_decode) 332.77097552183591
 LO BOUND DynLevel(DC_prefill) 0
 UP BOUND DynLevel(DC_prefill) 228.75949065711603
 LO BOUND DynLevel(PC_decode) 0
 UP BOUND DynLevel(PC_decode) 172.76647010996521
 LO BOUND DynLevel(PC_prefill) 0
 UP BOUND DynLevel(PC_prefill) 228.56626816558688
 LO BOUND DynShare(0_DC_decode) 0
 UP BOUND DynShare(0_DC_decode) 332.77097552183591
 LO BOUND DynShare(0_DC_prefill) 0
 UP BOUND DynShare(0_DC_prefill) 228.75949065711603
 LO BOUND DynShare(0_PC_decode) 0
 UP BOUND DynShare(0_PC_decode) 172.76647010996521
 LO BOUND DynShare(0_PC_prefill) 0
 UP BOUND DynShare(0_PC_prefill) 228.56626816558688
 LO BOUND DynShare(1_DC_decode) 0
 UP BOUND DynShare(1_DC_decode) 332.77097552183591
 LO BOUND DynShare(1_DC_prefill) 0
 UP BOUND DynShare(1_DC_prefill) 228.75949065711603
 LO BOUND DynShare(1_PC_decode) 0
 UP BOUND DynShare(1_PC_decode) 172.76647010996521
 LO BOUND DynShare(1_PC_prefill) 0
 UP BOUND DynShare(1_PC_prefill) 228.56626816558688
 LO BOUND DynShare(2_DC_decode) 0
 UP BOUND DynShare(2_DC_decode) 332.77097552183591
 LO BOUND DynShare(2_DC_prefill) 0
 UP BOUND DynShare(2_DC_prefill) 228.75949065711603
 LO BOUND DynShare(2_PC_decode) 0
 UP BOUND DynShare(2_PC_decode) 172.76647010996521
 LO BOUND DynShare(2_PC_prefill) 0
 UP BOUND DynShare(2_PC_prefill) 228.56626816558688
 LO BOUND DynShare(3_DC_decode) 0
 UP BOUND DynShare(3_DC_decode) 332.77097552183591
 LO BOUND DynShare(3_DC_prefill) 0
 UP BOUND DynShare(3_DC_prefill) 228.75949065711603
 LO BOUND DynShare(3_PC_decode) 0
 UP BOUND DynShare(3_PC_decode) 172.76647010996521
 LO BOUND DynShare(3_PC_prefill) 0
 UP BOUND DynShare(3_PC_prefill) 228.56626816558688
 LO BOUND DynShare(4_DC_decode) 0
 UP BOUND DynShare(4_DC_decode) 332.77097552183591
 LO BOUND DynShare(4_DC_prefill) 0
 UP BOUND DynShare(4_DC_prefill) 228.75949065711603
 LO BOUND DynShare(4_PC_decode) 0
 UP BOUND DynShare(4_PC_decode) 172.76647010996521
 LO BOUND DynShare(4_PC_prefill) 0
 UP BOUND DynShare(4_PC_prefill) 228.56626816558688
 LO BOUND DynShare(5_DC_decode) 0
 UP BOUND DynShare(5_DC_decode) 332.77097552183591
 LO BOUND DynShare(5_DC_prefill) 0
 UP BOUND DynShare(5_DC_prefill) 228.75949065711603
 LO BOUND DynShare(5_PC_decode) 0
 UP BOUND DynShare(5_PC_decode) 172.76647010996521
 LO BOUND DynShare(5_PC_prefill) 0
 UP BOUND DynShare(5_PC_prefill) 228.56626816558688
 LO BOUND DynShare(6_DC_decode) 0
 UP BOUND DynShare(6_DC_decode) 332.77097552183591
 LO BOUND DynShare(6_DC_prefill) 0
 UP BOUND DynShare(6_DC_prefill) 228.75949065711603
 LO BOUND DynShare(6_PC_decode) 0
 UP BOUND DynShare(6_PC_decode) 172.76647010996521
 LO BOUND DynShare(6_PC_prefill) 0
 UP BOUND DynShare(6_PC_prefill) 228.56626816558688
 LO BOUND DynShare(7_DC_decode) 0
 UP BOUND DynShare(7_DC_decode) 332.77097552183591
 LO BOUND DynShare(7_DC_prefill) 0
 UP BOUND DynShare(7_DC_prefill) 228.75949065711603
 LO BOUND DynShare(7_PC_decode) 0
 UP BOUND DynShare(7_PC_decode) 172.76647010996521
 LO BOUND DynShare(7_PC_prefill) 0
 UP BOUND DynShare(7_PC_prefill) 228.56626816558688
 LO BOUND DynShare(8_DC_decode) 0
 UP BOUND DynShare(8_DC_decode) 332.77097552183591
 LO BOUND DynShare(8_DC_prefill) 0
 UP BOUND DynShare(8_DC_prefill) 228.75949065711603
 LO BOUND DynShare(8_PC_decode) 0
 UP BOUND DynShare(8_PC_decode) 172.76647010996521
 LO BOUND DynShare(8_PC_prefill) 0
 UP BOUND DynShare(8_PC_prefill) 228.56626816558688
 LO BOUND LeakW(0) 0
 UP BOUND LeakW(0) 97.859999999999999
 LO BOUND LeakW(1) 0
 UP BOUND LeakW(1) 97.859999999999999
 LO BOUND LeakW(2) 0
 UP BOUND LeakW(2) 97.859999999999999
 LO BOUND LeakW(3) 0
 UP BOUND LeakW(3) 97.859999999999999
 LO BOUND LeakW(4) 0
 UP BOUND LeakW(4) 97.859999999999999
 LO BOUND LeakW(5) 0
 UP BOUND LeakW(5) 97.859999999999999
 LO BOUND LeakW(6) 0
 UP BOUND LeakW(6) 97.859999999999999
 LO BOUND LeakW(7) 0
 UP BOUND LeakW(7) 97.859999999999999
 LO BOUND LeakW(8) 0
 UP BOUND LeakW(8) 97.859999999999999
 LO BOUND Occupied(0_DC_decode) 0
 UP BOUND Occupied(0_DC_decode) 1
 LO BOUND Occupied(0_DC_prefill) 0
 UP BOUND Occupied(0_DC_prefill) 1
 LO BOUND Occupied(0_PC_decode) 0
 UP BOUND Occupied(0_PC_decode) 1
 LO BOUND Occupied(0_PC_prefill) 0
 UP BOUND Occupied(0_PC_prefill) 1
 LO BOUND Occupied(1_DC_decode) 0
 UP BOUND Occupied(1_DC_decode) 1
 LO BOUND Occupied(1_DC_prefill) 0
 UP BOUND Occupied(1_DC_prefill) 1
 LO BOUND Occupied(1_PC_decode) 0
 UP BOUND Occupied(1_PC_decode) 1
 LO BOUND Occupied(1_PC_prefill) 0
 UP BOUND Occupied(1_PC_prefill) 1
 LO BOUND Occupied(2_DC_decode) 0
 UP BOUND Occupied(2_DC_decode) 1
 LO BOUND Occupied(2_DC_prefill) 0
 UP BOUND Occupied(2_DC_prefill) 1
 LO BOUND Occupied(2_PC_decode) 0
 UP BOUND Occupied(2_PC_decode) 1
 LO BOUND Occupied(2_PC_prefill) 0
 UP BOUND Occupied(2_PC_prefill) 1
 LO BOUND Occupied(3_DC_decode) 0
 UP BOUND Occupied(3_DC_decode) 1
 LO BOUND Occupied(3_DC_prefill) 0
 UP BOUND Occupied(3_DC_prefill) 1
 LO BOUND Occupied(3_PC_decode) 0
 UP BOUND Occupied(3_PC_decode) 1
 LO BOUND Occupied(3_PC_prefill) 0
 UP BOUND Occupied(3_PC_prefill) 1
 LO BOUND Occupied(4_DC_decode) 0
 UP BOUND Occupied(4_DC_decode) 1
 LO BOUND Occupied(4_DC_prefill) 0
 UP BOUND Occupied(4_DC_prefill) 1
 LO BOUND Occupied(4_PC_decode) 0
 UP BOUND Occupied(4_PC_decode) 1
 LO BOUND Occupied(4_PC_prefill) 0
 UP BOUND Occupied(4_PC_prefill) 1
 LO BOUND Occupied(5_DC_decode) 0
 UP BOUND Occupied(5_DC_decode) 1
 LO BOUND Occupied(5_DC_prefill) 0
 UP BOUND Occupied(5_DC_prefill) 1
 LO BOUND Occupied(5_PC_decode) 0
 UP BOUND Occupied(5_PC_decode) 1
 LO BOUND Occupied(5_PC_prefill) 0
 UP BOUND Occupied(5_PC_prefill) 1
 LO BOUND Occupied(6_DC_decode) 0
 UP BOUND Occupied(6_DC_decode) 1
 LO BOUND Occupied(6_DC_prefill) 0
 UP BOUND Occupied(6_DC_prefill) 1
 LO BOUND Occupied(6_PC_decode) 0
 UP BOUND Occupied(6_PC_decode) 1
 LO BOUND Occupied(6_PC_prefill) 0
 UP BOUND Occupied(6_PC_prefill) 1
 LO BOUND Occupied(7_DC_decode) 0
 UP BOUND Occupied(7_DC_decode) 1
 LO BOUND Occupied(7_DC_prefill) 0
 UP BOUND Occupied(7_DC_prefill) 1
 LO BOUND Occupied(7_PC_decode) 0
 UP BOUND Occupied(7_PC_decode) 1
 LO BOUND Occupied(7_PC_prefill) 0
 UP BOUND Occupied(7_PC_prefill) 1
 LO BOUND Occupied(8_DC_decode) 0
 UP BOUND Occupied(8_DC_decode) 1
 LO BOUND Occupied(8_DC_prefill) 0
 UP BOUND Occupied(8_DC_prefill) 1
 LO BOUND Occupied(8_PC_decode) 0
 UP BOUND Occupied(8_PC_decode) 1
 LO BOUND Occupied(8_PC_prefill) 0
 UP BOUND Occupied(8_PC_prefill) 1
 LO BOUND SitePower_W(0) 0
 LO BOUND SitePower_W(1) 0
 LO BOUND SitePower_W(2) 0
 LO BOUND SitePower_W(3) 0
 LO BOUND SitePower_W(4) 0
 LO BOUND SitePower_W(5) 0
 LO BOUND SitePower_W(6) 0
 LO BOUND SitePower_W(7) 0
 LO BOUND SitePower_W(8) 0
ENDATA
