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
 E  c_e_HotSitePowerDef(0)_
 E  c_e_HotSitePowerDef(1)_
 E  c_e_HotSitePowerDef(2)_
 E  c_e_HotSitePowerDef(3)_
 E  c_e_HotSitePowerDef(4)_
 E  c_e_HotSitePowerDef(5)_
 E  c_e_HotSitePowerDef(6)_
 E  c_e_HotSitePowerDef(7)_
 E  c_e_HotSitePowerDef(8)_
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
 L  c_u_UsedLink(D_DC_t1_p3_c0_b16)_
 L  c_u_UsedLink(D_DC_t1_p3_c0_b2)_
 L  c_u_UsedLink(D_DC_t1_p3_c0_b32)_
 L  c_u_UsedLink(D_DC_t1_p3_c0_b4)_
 L  c_u_UsedLink(D_DC_t1_p3_c0_b64)_
 L  c_u_UsedLink(D_DC_t1_p3_c0_b8)_
 L  c_u_UsedLink(D_DC_t1_p4_c0_b1)_
 L  c_u_UsedLink(D_DC_t1_p4_c0_b16)_
 L  c_u_UsedLink(D_DC_t1_p4_c0_b2)_
 L  c_u_UsedLink(D_DC_t1_p4_c0_b32)_
 L  c_u_UsedLink(D_DC_t1_p4_c0_b4)_
 L  c_u_UsedLink(D_DC_t1_p4_c0_b64)_
 L  c_u_UsedLink(D_DC_t1_p4_c0_b8)_
 L  c_u_UsedLink(D_DC_t1_p5_c0_b16)_
 L  c_u_UsedLink(D_DC_t1_p5_c0_b2)_
 L  c_u_UsedLink(D_DC_t1_p5_c0_b32)_
 L  c_u_UsedLink(D_DC_t1_p5_c0_b4)_
 L  c_u_UsedLink(D_DC_t1_p5_c0_b64)_
 L  c_u_UsedLink(D_DC_t1_p5_c0_b8)_
 L  c_u_UsedLink(D_DC_t1_p6_c0_b16)_
 L  c_u_UsedLink(D_DC_t1_p6_c0_b32)_
 L  c_u_UsedLink(D_DC_t1_p6_c0_b4)_
 L  c_u_UsedLink(D_DC_t1_p6_c0_b64)_
 L  c_u_UsedLink(D_DC_t1_p6_c0_b8)_
 L  c_u_UsedLink(D_DC_t1_p8_c0_b32)_
 L  c_u_UsedLink(D_DC_t1_p8_c0_b4)_
 L  c_u_UsedLink(D_DC_t1_p8_c0_b64)_
 L  c_u_UsedLink(D_DC_t1_p8_c0_b8)_
 L  c_u_UsedLink(D_DC_t2_p2_c0_b1)_
 L  c_u_UsedLink(D_DC_t2_p2_c0_b128)_
 L  c_u_UsedLink(D_DC_t2_p2_c0_b2)_
 L  c_u_UsedLink(D_DC_t2_p2_c0_b32)_
 L  c_u_UsedLink(D_DC_t2_p2_c0_b4)_
 L  c_u_UsedLink(D_DC_t2_p2_c0_b64)_
 L  c_u_UsedLink(D_DC_t2_p2_c1_b1)_
 L  c_u_UsedLink(D_DC_t2_p2_c1_b128)_
 L  c_u_UsedLink(D_DC_t2_p2_c1_b2)_
 L  c_u_UsedLink(D_DC_t2_p2_c1_b32)_
 L  c_u_UsedLink(D_DC_t2_p2_c1_b4)_
 L  c_u_UsedLink(D_DC_t2_p2_c1_b64)_
 L  c_u_UsedLink(D_DC_t2_p3_c0_b4)_
 L  c_u_UsedLink(D_DC_t2_p3_c0_b8)_
 L  c_u_UsedLink(D_DC_t2_p3_c1_b4)_
 L  c_u_UsedLink(D_DC_t2_p3_c1_b8)_
 L  c_u_UsedLink(D_DC_t2_p4_c0_b32)_
 L  c_u_UsedLink(D_DC_t2_p4_c0_b4)_
 L  c_u_UsedLink(D_DC_t2_p4_c0_b8)_
 L  c_u_UsedLink(D_DC_t4_p1_c0_b1)_
 L  c_u_UsedLink(D_DC_t4_p1_c0_b128)_
 L  c_u_UsedLink(D_DC_t4_p1_c0_b16)_
 L  c_u_UsedLink(D_DC_t4_p1_c0_b2)_
 L  c_u_UsedLink(D_DC_t4_p1_c0_b32)_
 L  c_u_UsedLink(D_DC_t4_p1_c0_b4)_
 L  c_u_UsedLink(D_DC_t4_p1_c0_b64)_
 L  c_u_UsedLink(D_DC_t4_p1_c1_b1)_
 L  c_u_UsedLink(D_DC_t4_p1_c1_b128)_
 L  c_u_UsedLink(D_DC_t4_p1_c1_b16)_
 L  c_u_UsedLink(D_DC_t4_p1_c1_b2)_
 L  c_u_UsedLink(D_DC_t4_p1_c1_b32)_
 L  c_u_UsedLink(D_DC_t4_p1_c1_b4)_
 L  c_u_UsedLink(D_DC_t4_p1_c1_b64)_
 L  c_u_UsedLink(D_DC_t4_p1_c1_b8)_
 L  c_u_UsedLink(D_DC_t4_p2_c0_b16)_
 L  c_u_UsedLink(D_DC_t4_p2_c0_b2)_
 L  c_u_UsedLink(D_DC_t4_p2_c0_b4)_
 L  c_u_UsedLink(D_DC_t4_p2_c0_b64)_
 L  c_u_UsedLink(D_DC_t8_p1_c0_b1)_
 L  c_u_UsedLink(D_DC_t8_p1_c0_b16)_
 L  c_u_UsedLink(D_DC_t8_p1_c0_b2)_
 L  c_u_UsedLink(D_DC_t8_p1_c0_b4)_
 L  c_u_UsedLink(D_DC_t8_p1_c0_b8)_
 L  c_u_UsedLink(D_PC_t1_p5_c0_b16)_
 L  c_u_UsedLink(D_PC_t1_p5_c0_b2)_
 L  c_u_UsedLink(D_PC_t1_p5_c0_b4)_
 L  c_u_UsedLink(D_PC_t1_p5_c0_b8)_
 L  c_u_UsedLink(D_PC_t1_p6_c0_b16)_
 L  c_u_UsedLink(D_PC_t1_p6_c0_b32)_
 L  c_u_UsedLink(D_PC_t1_p6_c0_b4)_
 L  c_u_UsedLink(D_PC_t1_p6_c0_b64)_
 L  c_u_UsedLink(D_PC_t1_p6_c0_b8)_
 L  c_u_UsedLink(D_PC_t1_p8_c0_b128)_
 L  c_u_UsedLink(D_PC_t1_p8_c0_b32)_
 L  c_u_UsedLink(D_PC_t1_p8_c0_b4)_
 L  c_u_UsedLink(D_PC_t1_p8_c0_b64)_
 L  c_u_UsedLink(D_PC_t1_p8_c0_b8)_
 L  c_u_UsedLink(D_PC_t2_p3_c0_b32)_
 L  c_u_UsedLink(D_PC_t2_p3_c0_b4)_
 L  c_u_UsedLink(D_PC_t2_p3_c0_b64)_
 L  c_u_UsedLink(D_PC_t2_p3_c0_b8)_
 L  c_u_UsedLink(D_PC_t2_p3_c1_b32)_
 L  c_u_UsedLink(D_PC_t2_p3_c1_b4)_
 L  c_u_UsedLink(D_PC_t2_p3_c1_b64)_
 L  c_u_UsedLink(D_PC_t2_p3_c1_b8)_
 L  c_u_UsedLink(D_PC_t2_p4_c0_b128)_
 L  c_u_UsedLink(D_PC_t2_p4_c0_b4)_
 L  c_u_UsedLink(D_PC_t2_p4_c0_b8)_
 L  c_u_UsedLink(D_PC_t4_p2_c0_b2)_
 L  c_u_UsedLink(D_PC_t4_p2_c0_b4)_
 L  c_u_UsedLink(D_PC_t4_p2_c0_b64)_
 L  c_u_UsedLink(D_PC_t8_p1_c0_b1)_
 L  c_u_UsedLink(D_PC_t8_p1_c0_b2)_
 L  c_u_UsedLink(D_PC_t8_p1_c0_b32)_
 L  c_u_UsedLink(D_PC_t8_p1_c0_b4)_
 L  c_u_UsedLink(D_PC_t8_p1_c0_b64)_
 L  c_u_UsedLink(P_DC_t1_p3_c0_b1)_
 L  c_u_UsedLink(P_DC_t1_p4_c0_b1)_
 L  c_u_UsedLink(P_DC_t1_p5_c0_b1)_
 L  c_u_UsedLink(P_DC_t1_p6_c0_b1)_
 L  c_u_UsedLink(P_DC_t1_p8_c0_b1)_
 L  c_u_UsedLink(P_DC_t2_p2_c0_b1)_
 L  c_u_UsedLink(P_DC_t2_p2_c1_b1)_
 L  c_u_UsedLink(P_DC_t2_p3_c0_b1)_
 L  c_u_UsedLink(P_DC_t2_p3_c1_b1)_
 L  c_u_UsedLink(P_DC_t2_p4_c0_b1)_
 L  c_u_UsedLink(P_DC_t4_p1_c0_b1)_
 L  c_u_UsedLink(P_PC_t1_p5_c0_b1)_
 L  c_u_UsedLink(P_PC_t1_p6_c0_b1)_
 L  c_u_UsedLink(P_PC_t1_p8_c0_b1)_
 L  c_u_UsedLink(P_PC_t2_p3_c0_b1)_
 L  c_u_UsedLink(P_PC_t2_p3_c1_b1)_
 L  c_u_UsedLink(P_PC_t2_p4_c0_b1)_
 L  c_u_UsedLink(P_PC_t4_p2_c0_b1)_
 L  c_u_PointHot(D_DC_t1_p3_c0_b16)_
 L  c_u_PointHot(D_DC_t1_p3_c0_b2)_
 L  c_u_PointHot(D_DC_t1_p3_c0_b32)_
 L  c_u_PointHot(D_DC_t1_p3_c0_b4)_
 L  c_u_PointHot(D_DC_t1_p3_c0_b64)_
 L  c_u_PointHot(D_DC_t1_p3_c0_b8)_
 L  c_u_PointHot(D_DC_t1_p4_c0_b1)_
 L  c_u_PointHot(D_DC_t1_p4_c0_b16)_
 L  c_u_PointHot(D_DC_t1_p4_c0_b2)_
 L  c_u_PointHot(D_DC_t1_p4_c0_b32)_
 L  c_u_PointHot(D_DC_t1_p4_c0_b4)_
 L  c_u_PointHot(D_DC_t1_p4_c0_b64)_
 L  c_u_PointHot(D_DC_t1_p4_c0_b8)_
 L  c_u_PointHot(D_DC_t1_p5_c0_b16)_
 L  c_u_PointHot(D_DC_t1_p5_c0_b2)_
 L  c_u_PointHot(D_DC_t1_p5_c0_b32)_
 L  c_u_PointHot(D_DC_t1_p5_c0_b4)_
 L  c_u_PointHot(D_DC_t1_p5_c0_b64)_
 L  c_u_PointHot(D_DC_t1_p5_c0_b8)_
 L  c_u_PointHot(D_DC_t1_p6_c0_b16)_
 L  c_u_PointHot(D_DC_t1_p6_c0_b32)_
 L  c_u_PointHot(D_DC_t1_p6_c0_b4)_
 L  c_u_PointHot(D_DC_t1_p6_c0_b64)_
 L  c_u_PointHot(D_DC_t1_p6_c0_b8)_
 L  c_u_PointHot(D_DC_t1_p8_c0_b32)_
 L  c_u_PointHot(D_DC_t1_p8_c0_b4)_
 L  c_u_PointHot(D_DC_t1_p8_c0_b64)_
 L  c_u_PointHot(D_DC_t1_p8_c0_b8)_
 L  c_u_PointHot(D_DC_t2_p2_c0_b1)_
 L  c_u_PointHot(D_DC_t2_p2_c0_b128)_
 L  c_u_PointHot(D_DC_t2_p2_c0_b2)_
 L  c_u_PointHot(D_DC_t2_p2_c0_b32)_
 L  c_u_PointHot(D_DC_t2_p2_c0_b4)_
 L  c_u_PointHot(D_DC_t2_p2_c0_b64)_
 L  c_u_PointHot(D_DC_t2_p2_c1_b1)_
 L  c_u_PointHot(D_DC_t2_p2_c1_b128)_
 L  c_u_PointHot(D_DC_t2_p2_c1_b2)_
 L  c_u_PointHot(D_DC_t2_p2_c1_b32)_
 L  c_u_PointHot(D_DC_t2_p2_c1_b4)_
 L  c_u_PointHot(D_DC_t2_p2_c1_b64)_
 L  c_u_PointHot(D_DC_t2_p3_c0_b4)_
 L  c_u_PointHot(D_DC_t2_p3_c0_b8)_
 L  c_u_PointHot(D_DC_t2_p3_c1_b4)_
 L  c_u_PointHot(D_DC_t2_p3_c1_b8)_
 L  c_u_PointHot(D_DC_t2_p4_c0_b32)_
 L  c_u_PointHot(D_DC_t2_p4_c0_b4)_
 L  c_u_PointHot(D_DC_t2_p4_c0_b8)_
 L  c_u_PointHot(D_DC_t4_p1_c0_b1)_
 L  c_u_PointHot(D_DC_t4_p1_c0_b128)_
 L  c_u_PointHot(D_DC_t4_p1_c0_b16)_
 L  c_u_PointHot(D_DC_t4_p1_c0_b2)_
 L  c_u_PointHot(D_DC_t4_p1_c0_b32)_
 L  c_u_PointHot(D_DC_t4_p1_c0_b4)_
 L  c_u_PointHot(D_DC_t4_p1_c0_b64)_
 L  c_u_PointHot(D_DC_t4_p1_c1_b1)_
 L  c_u_PointHot(D_DC_t4_p1_c1_b128)_
 L  c_u_PointHot(D_DC_t4_p1_c1_b16)_
 L  c_u_PointHot(D_DC_t4_p1_c1_b2)_
 L  c_u_PointHot(D_DC_t4_p1_c1_b32)_
 L  c_u_PointHot(D_DC_t4_p1_c1_b4)_
 L  c_u_PointHot(D_DC_t4_p1_c1_b64)_
 L  c_u_PointHot(D_DC_t4_p1_c1_b8)_
 L  c_u_PointHot(D_DC_t4_p2_c0_b16)_
 L  c_u_PointHot(D_DC_t4_p2_c0_b2)_
 L  c_u_PointHot(D_DC_t4_p2_c0_b4)_
 L  c_u_PointHot(D_DC_t4_p2_c0_b64)_
 L  c_u_PointHot(D_DC_t8_p1_c0_b1)_
 L  c_u_PointHot(D_DC_t8_p1_c0_b16)_
 L  c_u_PointHot(D_DC_t8_p1_c0_b2)_
 L  c_u_PointHot(D_DC_t8_p1_c0_b4)_
 L  c_u_PointHot(D_DC_t8_p1_c0_b8)_
 L  c_u_PointHot(D_PC_t1_p5_c0_b16)_
 L  c_u_PointHot(D_PC_t1_p5_c0_b2)_
 L  c_u_PointHot(D_PC_t1_p5_c0_b4)_
 L  c_u_PointHot(D_PC_t1_p5_c0_b8)_
 L  c_u_PointHot(D_PC_t1_p6_c0_b16)_
 L  c_u_PointHot(D_PC_t1_p6_c0_b32)_
 L  c_u_PointHot(D_PC_t1_p6_c0_b4)_
 L  c_u_PointHot(D_PC_t1_p6_c0_b64)_
 L  c_u_PointHot(D_PC_t1_p6_c0_b8)_
 L  c_u_PointHot(D_PC_t1_p8_c0_b128)_
 L  c_u_PointHot(D_PC_t1_p8_c0_b32)_
 L  c_u_PointHot(D_PC_t1_p8_c0_b4)_
 L  c_u_PointHot(D_PC_t1_p8_c0_b64)_
 L  c_u_PointHot(D_PC_t1_p8_c0_b8)_
 L  c_u_PointHot(D_PC_t2_p3_c0_b32)_
 L  c_u_PointHot(D_PC_t2_p3_c0_b4)_
 L  c_u_PointHot(D_PC_t2_p3_c0_b64)_
 L  c_u_PointHot(D_PC_t2_p3_c0_b8)_
 L  c_u_PointHot(D_PC_t2_p3_c1_b32)_
 L  c_u_PointHot(D_PC_t2_p3_c1_b4)_
 L  c_u_PointHot(D_PC_t2_p3_c1_b64)_
 L  c_u_PointHot(D_PC_t2_p3_c1_b8)_
 L  c_u_PointHot(D_PC_t2_p4_c0_b128)_
 L  c_u_PointHot(D_PC_t2_p4_c0_b4)_
 L  c_u_PointHot(D_PC_t2_p4_c0_b8)_
 L  c_u_PointHot(D_PC_t4_p2_c0_b2)_
 L  c_u_PointHot(D_PC_t4_p2_c0_b4)_
 L  c_u_PointHot(D_PC_t4_p2_c0_b64)_
 L  c_u_PointHot(D_PC_t8_p1_c0_b1)_
 L  c_u_PointHot(D_PC_t8_p1_c0_b2)_
 L  c_u_PointHot(D_PC_t8_p1_c0_b32)_
 L  c_u_PointHot(D_PC_t8_p1_c0_b4)_
 L  c_u_PointHot(D_PC_t8_p1_c0_b64)_
 L  c_u_PointHot(P_DC_t1_p3_c0_b1)_
 L  c_u_PointHot(P_DC_t1_p4_c0_b1)_
 L  c_u_PointHot(P_DC_t1_p5_c0_b1)_
 L  c_u_PointHot(P_DC_t1_p6_c0_b1)_
 L  c_u_PointHot(P_DC_t1_p8_c0_b1)_
 L  c_u_PointHot(P_DC_t2_p2_c0_b1)_
 L  c_u_PointHot(P_DC_t2_p2_c1_b1)_
 L  c_u_PointHot(P_DC_t2_p3_c0_b1)_
 L  c_u_PointHot(P_DC_t2_p3_c1_b1)_
 L  c_u_PointHot(P_DC_t2_p4_c0_b1)_
 L  c_u_PointHot(P_DC_t4_p1_c0_b1)_
 L  c_u_PointHot(P_PC_t1_p5_c0_b1)_
 L  c_u_PointHot(P_PC_t1_p6_c0_b1)_
 L  c_u_PointHot(P_PC_t1_p8_c0_b1)_
 L  c_u_PointHot(P_PC_t2_p3_c0_b1)_
 L  c_u_PointHot(P_PC_t2_p3_c1_b1)_
 L  c_u_PointHot(P_PC_t2_p4_c0_b1)_
 L  c_u_PointHot(P_PC_t4_p2_c0_b1)_
 L  c_u_HotLevel(DC_decode)_
 L  c_u_HotLevel(DC_prefill)_
 L  c_u_HotLevel(PC_decode)_
 L  c_u_HotLevel(PC_prefill)_
 L  c_u_HotFloor(0_DC_decode)_
 L  c_u_HotFloor(0_DC_prefill)_
 L  c_u_HotFloor(0_PC_decode)_
 L  c_u_HotFloor(0_PC_prefill)_
 L  c_u_HotFloor(1_DC_decode)_
 L  c_u_HotFloor(1_DC_prefill)_
 L  c_u_HotFloor(1_PC_decode)_
 L  c_u_HotFloor(1_PC_prefill)_
 L  c_u_HotFloor(2_DC_decode)_
 L  c_u_HotFloor(2_DC_prefill)_
 L  c_u_HotFloor(2_PC_decode)_
 L  c_u_HotFloor(2_PC_prefill)_
 L  c_u_HotFloor(3_DC_decode)_
 L  c_u_HotFloor(3_DC_prefill)_
 L  c_u_HotFloor(3_PC_decode)_
 L  c_u_HotFloor(3_PC_prefill)_
 L  c_u_HotFloor(4_DC_decode)_
 L  c_u_HotFloor(4_DC_prefill)_
 L  c_u_HotFloor(4_PC_decode)_
 L  c_u_HotFloor(4_PC_prefill)_
 L  c_u_HotFloor(5_DC_decode)_
 L  c_u_HotFloor(5_DC_prefill)_
 L  c_u_HotFloor(5_PC_decode)_
 L  c_u_HotFloor(5_PC_prefill)_
 L  c_u_HotFloor(6_DC_decode)_
 L  c_u_HotFloor(6_DC_prefill)_
 L  c_u_HotFloor(6_PC_decode)_
 L  c_u_HotFloor(6_PC_prefill)_
 L  c_u_HotFloor(7_DC_decode)_
 L  c_u_HotFloor(7_DC_prefill)_
 L  c_u_HotFloor(7_PC_decode)_
 L  c_u_HotFloor(7_PC_prefill)_
 L  c_u_HotFloor(8_DC_decode)_
 L  c_u_HotFloor(8_DC_prefill)_
 L  c_u_HotFloor(8_PC_decode)_
 L  c_u_HotFloor(8_PC_prefill)_
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
     Count(D_DC_t1_p3_c0_b16) c_u_UsedLink(D_DC_t1_p3_c0_b16)_ 1
     Count(D_DC_t1_p3_c0_b16) c_u_PointHot(D_DC_t1_p3_c0_b16)_ -85.762858662613851
     Count(D_DC_t1_p3_c0_b2) Objective 1.1368683772161603e-12
     Count(D_DC_t1_p3_c0_b2) c_e_TileCountLink(D_DC_t1_p3_c0)_ -1
     Count(D_DC_t1_p3_c0_b2) c_u_SiteTotal_ 3
     Count(D_DC_t1_p3_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p3_c0_b2) c_u_Capacity(D_DC_t1_p3_c0_b2)_ -11.420888737121572
     Count(D_DC_t1_p3_c0_b2) c_u_KvLinks(D_DC_t1_p3_c0_b2)_ -480
     Count(D_DC_t1_p3_c0_b2) c_u_PowerBudget_ 1.1368683772161603e-12
     Count(D_DC_t1_p3_c0_b2) c_e_ShareSum(DC_decode)_ -1.1368683772161603e-12
     Count(D_DC_t1_p3_c0_b2) c_u_UsedLink(D_DC_t1_p3_c0_b2)_ 1
     Count(D_DC_t1_p3_c0_b2) c_u_PointHot(D_DC_t1_p3_c0_b2)_ -83.792994421712393
     Count(D_DC_t1_p3_c0_b32) Objective 354.37404580723506
     Count(D_DC_t1_p3_c0_b32) c_e_TileCountLink(D_DC_t1_p3_c0)_ -1
     Count(D_DC_t1_p3_c0_b32) c_u_SiteTotal_ 3
     Count(D_DC_t1_p3_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p3_c0_b32) c_u_Capacity(D_DC_t1_p3_c0_b32)_ -179.09162483049374
     Count(D_DC_t1_p3_c0_b32) c_u_KvLinks(D_DC_t1_p3_c0_b32)_ -480
     Count(D_DC_t1_p3_c0_b32) c_u_PowerBudget_ 354.37404580723506
     Count(D_DC_t1_p3_c0_b32) c_e_ShareSum(DC_decode)_ -354.37404580723506
     Count(D_DC_t1_p3_c0_b32) c_u_UsedLink(D_DC_t1_p3_c0_b32)_ 1
     Count(D_DC_t1_p3_c0_b32) c_u_PointHot(D_DC_t1_p3_c0_b32)_ -169.02322334367767
     Count(D_DC_t1_p3_c0_b4) Objective 130.35543877785602
     Count(D_DC_t1_p3_c0_b4) c_e_TileCountLink(D_DC_t1_p3_c0)_ -1
     Count(D_DC_t1_p3_c0_b4) c_u_SiteTotal_ 3
     Count(D_DC_t1_p3_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p3_c0_b4) c_u_Capacity(D_DC_t1_p3_c0_b4)_ -23.317500067240104
     Count(D_DC_t1_p3_c0_b4) c_u_KvLinks(D_DC_t1_p3_c0_b4)_ -480
     Count(D_DC_t1_p3_c0_b4) c_u_PowerBudget_ 130.35543877785602
     Count(D_DC_t1_p3_c0_b4) c_e_ShareSum(DC_decode)_ -130.35543877785602
     Count(D_DC_t1_p3_c0_b4) c_u_UsedLink(D_DC_t1_p3_c0_b4)_ 1
     Count(D_DC_t1_p3_c0_b4) c_u_PointHot(D_DC_t1_p3_c0_b4)_ -92.822641011980778
     Count(D_DC_t1_p3_c0_b64) Objective 828.7651593399379
     Count(D_DC_t1_p3_c0_b64) c_e_TileCountLink(D_DC_t1_p3_c0)_ -1
     Count(D_DC_t1_p3_c0_b64) c_u_SiteTotal_ 3
     Count(D_DC_t1_p3_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p3_c0_b64) c_u_Capacity(D_DC_t1_p3_c0_b64)_ -242.6138842686934
     Count(D_DC_t1_p3_c0_b64) c_u_KvLinks(D_DC_t1_p3_c0_b64)_ -480
     Count(D_DC_t1_p3_c0_b64) c_u_PowerBudget_ 828.7651593399379
     Count(D_DC_t1_p3_c0_b64) c_e_ShareSum(DC_decode)_ -828.7651593399379
     Count(D_DC_t1_p3_c0_b64) c_u_UsedLink(D_DC_t1_p3_c0_b64)_ 1
     Count(D_DC_t1_p3_c0_b64) c_u_PointHot(D_DC_t1_p3_c0_b64)_ -53.995274228705227
     Count(D_DC_t1_p3_c0_b8) Objective 332.48612128788284
     Count(D_DC_t1_p3_c0_b8) c_e_TileCountLink(D_DC_t1_p3_c0)_ -1
     Count(D_DC_t1_p3_c0_b8) c_u_SiteTotal_ 3
     Count(D_DC_t1_p3_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p3_c0_b8) c_u_Capacity(D_DC_t1_p3_c0_b8)_ -46.420487200408537
     Count(D_DC_t1_p3_c0_b8) c_u_KvLinks(D_DC_t1_p3_c0_b8)_ -480
     Count(D_DC_t1_p3_c0_b8) c_u_PowerBudget_ 332.48612128788284
     Count(D_DC_t1_p3_c0_b8) c_e_ShareSum(DC_decode)_ -332.48612128788284
     Count(D_DC_t1_p3_c0_b8) c_u_UsedLink(D_DC_t1_p3_c0_b8)_ 1
     Count(D_DC_t1_p3_c0_b8) c_u_PointHot(D_DC_t1_p3_c0_b8)_ -50.756965116796422
     Count(D_DC_t1_p4_c0_b1) Objective 2.8421709430404007e-13
     Count(D_DC_t1_p4_c0_b1) c_e_TileCountLink(D_DC_t1_p4_c0)_ -1
     Count(D_DC_t1_p4_c0_b1) c_u_SiteTotal_ 4
     Count(D_DC_t1_p4_c0_b1) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p4_c0_b1) c_u_Capacity(D_DC_t1_p4_c0_b1)_ -5.2432204760062984
     Count(D_DC_t1_p4_c0_b1) c_u_KvLinks(D_DC_t1_p4_c0_b1)_ -640
     Count(D_DC_t1_p4_c0_b1) c_u_PowerBudget_ 2.8421709430404007e-13
     Count(D_DC_t1_p4_c0_b1) c_e_ShareSum(DC_decode)_ -2.8421709430404007e-13
     Count(D_DC_t1_p4_c0_b1) c_u_UsedLink(D_DC_t1_p4_c0_b1)_ 1
     Count(D_DC_t1_p4_c0_b1) c_u_PointHot(D_DC_t1_p4_c0_b1)_ -28.851414545184671
     Count(D_DC_t1_p4_c0_b16) Objective 456.05502999993422
     Count(D_DC_t1_p4_c0_b16) c_e_TileCountLink(D_DC_t1_p4_c0)_ -1
     Count(D_DC_t1_p4_c0_b16) c_u_SiteTotal_ 4
     Count(D_DC_t1_p4_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p4_c0_b16) c_u_Capacity(D_DC_t1_p4_c0_b16)_ -89.824083722495175
     Count(D_DC_t1_p4_c0_b16) c_u_KvLinks(D_DC_t1_p4_c0_b16)_ -640
     Count(D_DC_t1_p4_c0_b16) c_u_PowerBudget_ 456.05502999993422
     Count(D_DC_t1_p4_c0_b16) c_e_ShareSum(DC_decode)_ -456.05502999993422
     Count(D_DC_t1_p4_c0_b16) c_u_UsedLink(D_DC_t1_p4_c0_b16)_ 1
     Count(D_DC_t1_p4_c0_b16) c_u_PointHot(D_DC_t1_p4_c0_b16)_ -64.374744490627066
     Count(D_DC_t1_p4_c0_b2) Objective 2.7853275241795927e-12
     Count(D_DC_t1_p4_c0_b2) c_e_TileCountLink(D_DC_t1_p4_c0)_ -1
     Count(D_DC_t1_p4_c0_b2) c_u_SiteTotal_ 4
     Count(D_DC_t1_p4_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p4_c0_b2) c_u_Capacity(D_DC_t1_p4_c0_b2)_ -11.420741084807906
     Count(D_DC_t1_p4_c0_b2) c_u_KvLinks(D_DC_t1_p4_c0_b2)_ -640
     Count(D_DC_t1_p4_c0_b2) c_u_PowerBudget_ 2.7853275241795927e-12
     Count(D_DC_t1_p4_c0_b2) c_e_ShareSum(DC_decode)_ -2.7853275241795927e-12
     Count(D_DC_t1_p4_c0_b2) c_u_UsedLink(D_DC_t1_p4_c0_b2)_ 1
     Count(D_DC_t1_p4_c0_b2) c_u_PointHot(D_DC_t1_p4_c0_b2)_ -62.843921395041534
     Count(D_DC_t1_p4_c0_b32) Objective 458.38611302627493
     Count(D_DC_t1_p4_c0_b32) c_e_TileCountLink(D_DC_t1_p4_c0)_ -1
     Count(D_DC_t1_p4_c0_b32) c_u_SiteTotal_ 4
     Count(D_DC_t1_p4_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p4_c0_b32) c_u_Capacity(D_DC_t1_p4_c0_b32)_ -176.23681244762017
     Count(D_DC_t1_p4_c0_b32) c_u_KvLinks(D_DC_t1_p4_c0_b32)_ -640
     Count(D_DC_t1_p4_c0_b32) c_u_PowerBudget_ 458.38611302627493
     Count(D_DC_t1_p4_c0_b32) c_e_ShareSum(DC_decode)_ -458.38611302627493
     Count(D_DC_t1_p4_c0_b32) c_u_UsedLink(D_DC_t1_p4_c0_b32)_ 1
     Count(D_DC_t1_p4_c0_b32) c_u_PointHot(D_DC_t1_p4_c0_b32)_ -124.82799456857479
     Count(D_DC_t1_p4_c0_b4) Objective 0.42286079301209156
     Count(D_DC_t1_p4_c0_b4) c_e_TileCountLink(D_DC_t1_p4_c0)_ -1
     Count(D_DC_t1_p4_c0_b4) c_u_SiteTotal_ 4
     Count(D_DC_t1_p4_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p4_c0_b4) c_u_Capacity(D_DC_t1_p4_c0_b4)_ -22.786828496533023
     Count(D_DC_t1_p4_c0_b4) c_u_KvLinks(D_DC_t1_p4_c0_b4)_ -640
     Count(D_DC_t1_p4_c0_b4) c_u_PowerBudget_ 0.42286079301209156
     Count(D_DC_t1_p4_c0_b4) c_e_ShareSum(DC_decode)_ -0.42286079301209156
     Count(D_DC_t1_p4_c0_b4) c_u_UsedLink(D_DC_t1_p4_c0_b4)_ 1
     Count(D_DC_t1_p4_c0_b4) c_u_PointHot(D_DC_t1_p4_c0_b4)_ -125.19978782842345
     Count(D_DC_t1_p4_c0_b64) Objective 486.06203109375394
     Count(D_DC_t1_p4_c0_b64) c_e_TileCountLink(D_DC_t1_p4_c0)_ -1
     Count(D_DC_t1_p4_c0_b64) c_u_SiteTotal_ 4
     Count(D_DC_t1_p4_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p4_c0_b64) c_u_Capacity(D_DC_t1_p4_c0_b64)_ -294.47185633150178
     Count(D_DC_t1_p4_c0_b64) c_u_KvLinks(D_DC_t1_p4_c0_b64)_ -640
     Count(D_DC_t1_p4_c0_b64) c_u_PowerBudget_ 486.06203109375394
     Count(D_DC_t1_p4_c0_b64) c_e_ShareSum(DC_decode)_ -486.06203109375394
     Count(D_DC_t1_p4_c0_b64) c_u_UsedLink(D_DC_t1_p4_c0_b64)_ 1
     Count(D_DC_t1_p4_c0_b64) c_u_PointHot(D_DC_t1_p4_c0_b64)_ -196.5339261586906
     Count(D_DC_t1_p4_c0_b8) Objective 393.66710337584192
     Count(D_DC_t1_p4_c0_b8) c_e_TileCountLink(D_DC_t1_p4_c0)_ -1
     Count(D_DC_t1_p4_c0_b8) c_u_SiteTotal_ 4
     Count(D_DC_t1_p4_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p4_c0_b8) c_u_Capacity(D_DC_t1_p4_c0_b8)_ -45.350963313544028
     Count(D_DC_t1_p4_c0_b8) c_u_KvLinks(D_DC_t1_p4_c0_b8)_ -640
     Count(D_DC_t1_p4_c0_b8) c_u_PowerBudget_ 393.66710337584192
     Count(D_DC_t1_p4_c0_b8) c_e_ShareSum(DC_decode)_ -393.66710337584192
     Count(D_DC_t1_p4_c0_b8) c_u_UsedLink(D_DC_t1_p4_c0_b8)_ 1
     Count(D_DC_t1_p4_c0_b8) c_u_PointHot(D_DC_t1_p4_c0_b8)_ -47.880511779262761
     Count(D_DC_t1_p5_c0_b16) Objective 569.45917339680454
     Count(D_DC_t1_p5_c0_b16) c_e_TileCountLink(D_DC_t1_p5_c0)_ -1
     Count(D_DC_t1_p5_c0_b16) c_u_SiteTotal_ 5
     Count(D_DC_t1_p5_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p5_c0_b16) c_u_Capacity(D_DC_t1_p5_c0_b16)_ -88.784331551098362
     Count(D_DC_t1_p5_c0_b16) c_u_KvLinks(D_DC_t1_p5_c0_b16)_ -800
     Count(D_DC_t1_p5_c0_b16) c_u_PowerBudget_ 569.45917339680454
     Count(D_DC_t1_p5_c0_b16) c_e_ShareSum(DC_decode)_ -569.45917339680454
     Count(D_DC_t1_p5_c0_b16) c_u_UsedLink(D_DC_t1_p5_c0_b16)_ 1
     Count(D_DC_t1_p5_c0_b16) c_u_PointHot(D_DC_t1_p5_c0_b16)_ -49.491484352603138
     Count(D_DC_t1_p5_c0_b2) Objective 2.8421709430404007e-13
     Count(D_DC_t1_p5_c0_b2) c_e_TileCountLink(D_DC_t1_p5_c0)_ -1
     Count(D_DC_t1_p5_c0_b2) c_u_SiteTotal_ 5
     Count(D_DC_t1_p5_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p5_c0_b2) c_u_Capacity(D_DC_t1_p5_c0_b2)_ -11.420593436311973
     Count(D_DC_t1_p5_c0_b2) c_u_KvLinks(D_DC_t1_p5_c0_b2)_ -800
     Count(D_DC_t1_p5_c0_b2) c_u_PowerBudget_ 2.8421709430404007e-13
     Count(D_DC_t1_p5_c0_b2) c_e_ShareSum(DC_decode)_ -2.8421709430404007e-13
     Count(D_DC_t1_p5_c0_b2) c_u_UsedLink(D_DC_t1_p5_c0_b2)_ 1
     Count(D_DC_t1_p5_c0_b2) c_u_PointHot(D_DC_t1_p5_c0_b2)_ -50.274477596459278
     Count(D_DC_t1_p5_c0_b32) Objective 569.39136098821461
     Count(D_DC_t1_p5_c0_b32) c_e_TileCountLink(D_DC_t1_p5_c0)_ -1
     Count(D_DC_t1_p5_c0_b32) c_u_SiteTotal_ 5
     Count(D_DC_t1_p5_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p5_c0_b32) c_u_Capacity(D_DC_t1_p5_c0_b32)_ -175.02155989648156
     Count(D_DC_t1_p5_c0_b32) c_u_KvLinks(D_DC_t1_p5_c0_b32)_ -800
     Count(D_DC_t1_p5_c0_b32) c_u_PowerBudget_ 569.39136098821461
     Count(D_DC_t1_p5_c0_b32) c_e_ShareSum(DC_decode)_ -569.39136098821461
     Count(D_DC_t1_p5_c0_b32) c_u_UsedLink(D_DC_t1_p5_c0_b32)_ 1
     Count(D_DC_t1_p5_c0_b32) c_u_PointHot(D_DC_t1_p5_c0_b32)_ -98.342072759280455
     Count(D_DC_t1_p5_c0_b4) Objective 1.8189894035458565e-12
     Count(D_DC_t1_p5_c0_b4) c_e_TileCountLink(D_DC_t1_p5_c0)_ -1
     Count(D_DC_t1_p5_c0_b4) c_u_SiteTotal_ 5
     Count(D_DC_t1_p5_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p5_c0_b4) c_u_Capacity(D_DC_t1_p5_c0_b4)_ -23.549808427479128
     Count(D_DC_t1_p5_c0_b4) c_u_KvLinks(D_DC_t1_p5_c0_b4)_ -800
     Count(D_DC_t1_p5_c0_b4) c_u_PowerBudget_ 1.8189894035458565e-12
     Count(D_DC_t1_p5_c0_b4) c_e_ShareSum(DC_decode)_ -1.8189894035458565e-12
     Count(D_DC_t1_p5_c0_b4) c_u_UsedLink(D_DC_t1_p5_c0_b4)_ 1
     Count(D_DC_t1_p5_c0_b4) c_u_PointHot(D_DC_t1_p5_c0_b4)_ -103.66837089426555
     Count(D_DC_t1_p5_c0_b64) Objective 566.99182578224838
     Count(D_DC_t1_p5_c0_b64) c_e_TileCountLink(D_DC_t1_p5_c0)_ -1
     Count(D_DC_t1_p5_c0_b64) c_u_SiteTotal_ 5
     Count(D_DC_t1_p5_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p5_c0_b64) c_u_Capacity(D_DC_t1_p5_c0_b64)_ -294.48505417248145
     Count(D_DC_t1_p5_c0_b64) c_u_KvLinks(D_DC_t1_p5_c0_b64)_ -800
     Count(D_DC_t1_p5_c0_b64) c_u_PowerBudget_ 566.99182578224838
     Count(D_DC_t1_p5_c0_b64) c_e_ShareSum(DC_decode)_ -566.99182578224838
     Count(D_DC_t1_p5_c0_b64) c_u_UsedLink(D_DC_t1_p5_c0_b64)_ 1
     Count(D_DC_t1_p5_c0_b64) c_u_PointHot(D_DC_t1_p5_c0_b64)_ -166.40363124272076
     Count(D_DC_t1_p5_c0_b8) Objective 413.10306915409956
     Count(D_DC_t1_p5_c0_b8) c_e_TileCountLink(D_DC_t1_p5_c0)_ -1
     Count(D_DC_t1_p5_c0_b8) c_u_SiteTotal_ 5
     Count(D_DC_t1_p5_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p5_c0_b8) c_u_Capacity(D_DC_t1_p5_c0_b8)_ -44.827080577702134
     Count(D_DC_t1_p5_c0_b8) c_u_KvLinks(D_DC_t1_p5_c0_b8)_ -800
     Count(D_DC_t1_p5_c0_b8) c_u_PowerBudget_ 413.10306915409956
     Count(D_DC_t1_p5_c0_b8) c_e_ShareSum(DC_decode)_ -413.10306915409956
     Count(D_DC_t1_p5_c0_b8) c_u_UsedLink(D_DC_t1_p5_c0_b8)_ 1
     Count(D_DC_t1_p5_c0_b8) c_u_PointHot(D_DC_t1_p5_c0_b8)_ -54.72709281769508
     Count(D_DC_t1_p6_c0_b16) Objective 682.22519335793402
     Count(D_DC_t1_p6_c0_b16) c_e_TileCountLink(D_DC_t1_p6_c0)_ -1
     Count(D_DC_t1_p6_c0_b16) c_u_SiteTotal_ 6
     Count(D_DC_t1_p6_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p6_c0_b16) c_u_Capacity(D_DC_t1_p6_c0_b16)_ -90.254419880233414
     Count(D_DC_t1_p6_c0_b16) c_u_KvLinks(D_DC_t1_p6_c0_b16)_ -960
     Count(D_DC_t1_p6_c0_b16) c_u_PowerBudget_ 682.22519335793402
     Count(D_DC_t1_p6_c0_b16) c_e_ShareSum(DC_decode)_ -682.22519335793402
     Count(D_DC_t1_p6_c0_b16) c_u_UsedLink(D_DC_t1_p6_c0_b16)_ 1
     Count(D_DC_t1_p6_c0_b16) c_u_PointHot(D_DC_t1_p6_c0_b16)_ -43.532856288156964
     Count(D_DC_t1_p6_c0_b32) Objective 692.0932174877471
     Count(D_DC_t1_p6_c0_b32) c_e_TileCountLink(D_DC_t1_p6_c0)_ -1
     Count(D_DC_t1_p6_c0_b32) c_u_SiteTotal_ 6
     Count(D_DC_t1_p6_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p6_c0_b32) c_u_Capacity(D_DC_t1_p6_c0_b32)_ -177.90132456339927
     Count(D_DC_t1_p6_c0_b32) c_u_KvLinks(D_DC_t1_p6_c0_b32)_ -960
     Count(D_DC_t1_p6_c0_b32) c_u_PowerBudget_ 692.0932174877471
     Count(D_DC_t1_p6_c0_b32) c_e_ShareSum(DC_decode)_ -692.0932174877471
     Count(D_DC_t1_p6_c0_b32) c_u_UsedLink(D_DC_t1_p6_c0_b32)_ 1
     Count(D_DC_t1_p6_c0_b32) c_u_PointHot(D_DC_t1_p6_c0_b32)_ -83.077026694379043
     Count(D_DC_t1_p6_c0_b4) Objective 1.1368683772161603e-13
     Count(D_DC_t1_p6_c0_b4) c_e_TileCountLink(D_DC_t1_p6_c0)_ -1
     Count(D_DC_t1_p6_c0_b4) c_u_SiteTotal_ 6
     Count(D_DC_t1_p6_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p6_c0_b4) c_u_Capacity(D_DC_t1_p6_c0_b4)_ -23.549503977109708
     Count(D_DC_t1_p6_c0_b4) c_u_KvLinks(D_DC_t1_p6_c0_b4)_ -960
     Count(D_DC_t1_p6_c0_b4) c_u_PowerBudget_ 1.1368683772161603e-13
     Count(D_DC_t1_p6_c0_b4) c_e_ShareSum(DC_decode)_ -1.1368683772161603e-13
     Count(D_DC_t1_p6_c0_b4) c_u_UsedLink(D_DC_t1_p6_c0_b4)_ 1
     Count(D_DC_t1_p6_c0_b4) c_u_PointHot(D_DC_t1_p6_c0_b4)_ -86.389175807802161
     Count(D_DC_t1_p6_c0_b64) Objective 688.49559140145561
     Count(D_DC_t1_p6_c0_b64) c_e_TileCountLink(D_DC_t1_p6_c0)_ -1
     Count(D_DC_t1_p6_c0_b64) c_u_SiteTotal_ 6
     Count(D_DC_t1_p6_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p6_c0_b64) c_u_Capacity(D_DC_t1_p6_c0_b64)_ -294.48667926917085
     Count(D_DC_t1_p6_c0_b64) c_u_KvLinks(D_DC_t1_p6_c0_b64)_ -960
     Count(D_DC_t1_p6_c0_b64) c_u_PowerBudget_ 688.49559140145561
     Count(D_DC_t1_p6_c0_b64) c_e_ShareSum(DC_decode)_ -688.49559140145561
     Count(D_DC_t1_p6_c0_b64) c_u_UsedLink(D_DC_t1_p6_c0_b64)_ 1
     Count(D_DC_t1_p6_c0_b64) c_u_PointHot(D_DC_t1_p6_c0_b64)_ -138.67502484252731
     Count(D_DC_t1_p6_c0_b8) Objective 366.92902528360662
     Count(D_DC_t1_p6_c0_b8) c_e_TileCountLink(D_DC_t1_p6_c0)_ -1
     Count(D_DC_t1_p6_c0_b8) c_u_SiteTotal_ 6
     Count(D_DC_t1_p6_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p6_c0_b8) c_u_Capacity(D_DC_t1_p6_c0_b8)_ -45.348770230791551
     Count(D_DC_t1_p6_c0_b8) c_u_KvLinks(D_DC_t1_p6_c0_b8)_ -960
     Count(D_DC_t1_p6_c0_b8) c_u_PowerBudget_ 366.92902528360662
     Count(D_DC_t1_p6_c0_b8) c_e_ShareSum(DC_decode)_ -366.92902528360662
     Count(D_DC_t1_p6_c0_b8) c_u_UsedLink(D_DC_t1_p6_c0_b8)_ 1
     Count(D_DC_t1_p6_c0_b8) c_u_PointHot(D_DC_t1_p6_c0_b8)_ -72.309795196202714
     Count(D_DC_t1_p8_c0_b32) Objective 873.02731565816498
     Count(D_DC_t1_p8_c0_b32) c_e_TileCountLink(D_DC_t1_p8_c0)_ -1
     Count(D_DC_t1_p8_c0_b32) c_u_SiteTotal_ 8
     Count(D_DC_t1_p8_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p8_c0_b32) c_u_Capacity(D_DC_t1_p8_c0_b32)_ -171.60930971886532
     Count(D_DC_t1_p8_c0_b32) c_u_KvLinks(D_DC_t1_p8_c0_b32)_ -1280
     Count(D_DC_t1_p8_c0_b32) c_u_PowerBudget_ 873.02731565816498
     Count(D_DC_t1_p8_c0_b32) c_e_ShareSum(DC_decode)_ -873.02731565816498
     Count(D_DC_t1_p8_c0_b32) c_u_UsedLink(D_DC_t1_p8_c0_b32)_ 1
     Count(D_DC_t1_p8_c0_b32) c_u_PointHot(D_DC_t1_p8_c0_b32)_ -61.102594428383469
     Count(D_DC_t1_p8_c0_b4) Objective 1.1368683772161603e-13
     Count(D_DC_t1_p8_c0_b4) c_e_TileCountLink(D_DC_t1_p8_c0)_ -1
     Count(D_DC_t1_p8_c0_b4) c_u_SiteTotal_ 8
     Count(D_DC_t1_p8_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p8_c0_b4) c_u_Capacity(D_DC_t1_p8_c0_b4)_ -23.548895099985756
     Count(D_DC_t1_p8_c0_b4) c_u_KvLinks(D_DC_t1_p8_c0_b4)_ -1280
     Count(D_DC_t1_p8_c0_b4) c_u_PowerBudget_ 1.1368683772161603e-13
     Count(D_DC_t1_p8_c0_b4) c_e_ShareSum(DC_decode)_ -1.1368683772161603e-13
     Count(D_DC_t1_p8_c0_b4) c_u_UsedLink(D_DC_t1_p8_c0_b4)_ 1
     Count(D_DC_t1_p8_c0_b4) c_u_PointHot(D_DC_t1_p8_c0_b4)_ -64.790182017065675
     Count(D_DC_t1_p8_c0_b64) Objective 875.24029106372939
     Count(D_DC_t1_p8_c0_b64) c_e_TileCountLink(D_DC_t1_p8_c0)_ -1
     Count(D_DC_t1_p8_c0_b64) c_u_SiteTotal_ 8
     Count(D_DC_t1_p8_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p8_c0_b64) c_u_Capacity(D_DC_t1_p8_c0_b64)_ -294.4783595809439
     Count(D_DC_t1_p8_c0_b64) c_u_KvLinks(D_DC_t1_p8_c0_b64)_ -1280
     Count(D_DC_t1_p8_c0_b64) c_u_PowerBudget_ 875.24029106372939
     Count(D_DC_t1_p8_c0_b64) c_e_ShareSum(DC_decode)_ -875.24029106372939
     Count(D_DC_t1_p8_c0_b64) c_u_UsedLink(D_DC_t1_p8_c0_b64)_ 1
     Count(D_DC_t1_p8_c0_b64) c_u_PointHot(D_DC_t1_p8_c0_b64)_ -104.12127431735779
     Count(D_DC_t1_p8_c0_b8) Objective 3.6056785017481161
     Count(D_DC_t1_p8_c0_b8) c_e_TileCountLink(D_DC_t1_p8_c0)_ -1
     Count(D_DC_t1_p8_c0_b8) c_u_SiteTotal_ 8
     Count(D_DC_t1_p8_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t1_p8_c0_b8) c_u_Capacity(D_DC_t1_p8_c0_b8)_ -43.540415734545668
     Count(D_DC_t1_p8_c0_b8) c_u_KvLinks(D_DC_t1_p8_c0_b8)_ -1280
     Count(D_DC_t1_p8_c0_b8) c_u_PowerBudget_ 3.6056785017481161
     Count(D_DC_t1_p8_c0_b8) c_e_ShareSum(DC_decode)_ -3.6056785017481161
     Count(D_DC_t1_p8_c0_b8) c_u_UsedLink(D_DC_t1_p8_c0_b8)_ 1
     Count(D_DC_t1_p8_c0_b8) c_u_PointHot(D_DC_t1_p8_c0_b8)_ -119.17345346569422
     Count(D_DC_t2_p2_c0_b1) Objective 8.5265128291212022e-13
     Count(D_DC_t2_p2_c0_b1) c_e_TileCountLink(D_DC_t2_p2_c0)_ -1
     Count(D_DC_t2_p2_c0_b1) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c0_b1) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c0_b1) c_u_Capacity(D_DC_t2_p2_c0_b1)_ -11.129661631597148
     Count(D_DC_t2_p2_c0_b1) c_u_KvLinks(D_DC_t2_p2_c0_b1)_ -640
     Count(D_DC_t2_p2_c0_b1) c_u_PowerBudget_ 8.5265128291212022e-13
     Count(D_DC_t2_p2_c0_b1) c_e_ShareSum(DC_decode)_ -8.5265128291212022e-13
     Count(D_DC_t2_p2_c0_b1) c_u_UsedLink(D_DC_t2_p2_c0_b1)_ 1
     Count(D_DC_t2_p2_c0_b1) c_u_PointHot(D_DC_t2_p2_c0_b1)_ -62.520414205367494
     Count(D_DC_t2_p2_c0_b128) Objective 2158.4630316324728
     Count(D_DC_t2_p2_c0_b128) c_e_TileCountLink(D_DC_t2_p2_c0)_ -1
     Count(D_DC_t2_p2_c0_b128) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c0_b128) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c0_b128) c_u_Capacity(D_DC_t2_p2_c0_b128)_ -294.48538513630876
     Count(D_DC_t2_p2_c0_b128) c_u_KvLinks(D_DC_t2_p2_c0_b128)_ -640
     Count(D_DC_t2_p2_c0_b128) c_u_PowerBudget_ 2158.4630316324728
     Count(D_DC_t2_p2_c0_b128) c_e_ShareSum(DC_decode)_ -2158.4630316324728
     Count(D_DC_t2_p2_c0_b128) c_u_UsedLink(D_DC_t2_p2_c0_b128)_ 1
     Count(D_DC_t2_p2_c0_b2) Objective 0.099852790955310411
     Count(D_DC_t2_p2_c0_b2) c_e_TileCountLink(D_DC_t2_p2_c0)_ -1
     Count(D_DC_t2_p2_c0_b2) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c0_b2) c_u_Capacity(D_DC_t2_p2_c0_b2)_ -22.75635909619362
     Count(D_DC_t2_p2_c0_b2) c_u_KvLinks(D_DC_t2_p2_c0_b2)_ -640
     Count(D_DC_t2_p2_c0_b2) c_u_PowerBudget_ 0.099852790955310411
     Count(D_DC_t2_p2_c0_b2) c_e_ShareSum(DC_decode)_ -0.099852790955310411
     Count(D_DC_t2_p2_c0_b2) c_u_UsedLink(D_DC_t2_p2_c0_b2)_ 1
     Count(D_DC_t2_p2_c0_b2) c_u_PointHot(D_DC_t2_p2_c0_b2)_ -127.75906063128421
     Count(D_DC_t2_p2_c0_b32) Objective 499.21643305543728
     Count(D_DC_t2_p2_c0_b32) c_e_TileCountLink(D_DC_t2_p2_c0)_ -1
     Count(D_DC_t2_p2_c0_b32) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c0_b32) c_u_Capacity(D_DC_t2_p2_c0_b32)_ -294.47389787405632
     Count(D_DC_t2_p2_c0_b32) c_u_KvLinks(D_DC_t2_p2_c0_b32)_ -640
     Count(D_DC_t2_p2_c0_b32) c_u_PowerBudget_ 499.21643305543728
     Count(D_DC_t2_p2_c0_b32) c_e_ShareSum(DC_decode)_ -499.21643305543728
     Count(D_DC_t2_p2_c0_b32) c_u_UsedLink(D_DC_t2_p2_c0_b32)_ 1
     Count(D_DC_t2_p2_c0_b32) c_u_PointHot(D_DC_t2_p2_c0_b32)_ -193.55130388752443
     Count(D_DC_t2_p2_c0_b4) Objective 316.26660415532314
     Count(D_DC_t2_p2_c0_b4) c_e_TileCountLink(D_DC_t2_p2_c0)_ -1
     Count(D_DC_t2_p2_c0_b4) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c0_b4) c_u_Capacity(D_DC_t2_p2_c0_b4)_ -45.123449001062077
     Count(D_DC_t2_p2_c0_b4) c_u_KvLinks(D_DC_t2_p2_c0_b4)_ -640
     Count(D_DC_t2_p2_c0_b4) c_u_PowerBudget_ 316.26660415532314
     Count(D_DC_t2_p2_c0_b4) c_e_ShareSum(DC_decode)_ -316.26660415532314
     Count(D_DC_t2_p2_c0_b4) c_u_UsedLink(D_DC_t2_p2_c0_b4)_ 1
     Count(D_DC_t2_p2_c0_b4) c_u_PointHot(D_DC_t2_p2_c0_b4)_ -68.5167559116896
     Count(D_DC_t2_p2_c0_b64) Objective 1665.4640420549331
     Count(D_DC_t2_p2_c0_b64) c_e_TileCountLink(D_DC_t2_p2_c0)_ -1
     Count(D_DC_t2_p2_c0_b64) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c0_b64) c_u_Capacity(D_DC_t2_p2_c0_b64)_ -294.48148859771624
     Count(D_DC_t2_p2_c0_b64) c_u_KvLinks(D_DC_t2_p2_c0_b64)_ -640
     Count(D_DC_t2_p2_c0_b64) c_u_PowerBudget_ 1665.4640420549331
     Count(D_DC_t2_p2_c0_b64) c_e_ShareSum(DC_decode)_ -1665.4640420549331
     Count(D_DC_t2_p2_c0_b64) c_u_UsedLink(D_DC_t2_p2_c0_b64)_ 1
     Count(D_DC_t2_p2_c1_b1) Objective 5.1159076974727213e-13
     Count(D_DC_t2_p2_c1_b1) c_e_TileCountLink(D_DC_t2_p2_c1)_ -1
     Count(D_DC_t2_p2_c1_b1) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c1_b1) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c1_b1) c_u_Capacity(D_DC_t2_p2_c1_b1)_ -11.129480947885181
     Count(D_DC_t2_p2_c1_b1) c_u_KvLinks(D_DC_t2_p2_c1_b1)_ -640
     Count(D_DC_t2_p2_c1_b1) c_u_PowerBudget_ 5.1159076974727213e-13
     Count(D_DC_t2_p2_c1_b1) c_e_ShareSum(DC_decode)_ -5.1159076974727213e-13
     Count(D_DC_t2_p2_c1_b1) c_u_UsedLink(D_DC_t2_p2_c1_b1)_ 1
     Count(D_DC_t2_p2_c1_b1) c_u_PointHot(D_DC_t2_p2_c1_b1)_ -62.519361287408145
     Count(D_DC_t2_p2_c1_b128) Objective 2157.8311633920944
     Count(D_DC_t2_p2_c1_b128) c_e_TileCountLink(D_DC_t2_p2_c1)_ -1
     Count(D_DC_t2_p2_c1_b128) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c1_b128) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c1_b128) c_u_Capacity(D_DC_t2_p2_c1_b128)_ -294.48497758803575
     Count(D_DC_t2_p2_c1_b128) c_u_KvLinks(D_DC_t2_p2_c1_b128)_ -640
     Count(D_DC_t2_p2_c1_b128) c_u_PowerBudget_ 2157.8311633920944
     Count(D_DC_t2_p2_c1_b128) c_e_ShareSum(DC_decode)_ -2157.8311633920944
     Count(D_DC_t2_p2_c1_b128) c_u_UsedLink(D_DC_t2_p2_c1_b128)_ 1
     Count(D_DC_t2_p2_c1_b2) Objective 0.10002096049771581
     Count(D_DC_t2_p2_c1_b2) c_e_TileCountLink(D_DC_t2_p2_c1)_ -1
     Count(D_DC_t2_p2_c1_b2) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c1_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c1_b2) c_u_Capacity(D_DC_t2_p2_c1_b2)_ -22.755627018916005
     Count(D_DC_t2_p2_c1_b2) c_u_KvLinks(D_DC_t2_p2_c1_b2)_ -640
     Count(D_DC_t2_p2_c1_b2) c_u_PowerBudget_ 0.10002096049771581
     Count(D_DC_t2_p2_c1_b2) c_e_ShareSum(DC_decode)_ -0.10002096049771581
     Count(D_DC_t2_p2_c1_b2) c_u_UsedLink(D_DC_t2_p2_c1_b2)_ 1
     Count(D_DC_t2_p2_c1_b2) c_u_PointHot(D_DC_t2_p2_c1_b2)_ -127.75474703576582
     Count(D_DC_t2_p2_c1_b32) Objective 499.20619513398208
     Count(D_DC_t2_p2_c1_b32) c_e_TileCountLink(D_DC_t2_p2_c1)_ -1
     Count(D_DC_t2_p2_c1_b32) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c1_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c1_b32) c_u_Capacity(D_DC_t2_p2_c1_b32)_ -294.47190133132762
     Count(D_DC_t2_p2_c1_b32) c_u_KvLinks(D_DC_t2_p2_c1_b32)_ -640
     Count(D_DC_t2_p2_c1_b32) c_u_PowerBudget_ 499.20619513398208
     Count(D_DC_t2_p2_c1_b32) c_e_ShareSum(DC_decode)_ -499.20619513398208
     Count(D_DC_t2_p2_c1_b32) c_u_UsedLink(D_DC_t2_p2_c1_b32)_ 1
     Count(D_DC_t2_p2_c1_b32) c_u_PointHot(D_DC_t2_p2_c1_b32)_ -193.51187933085779
     Count(D_DC_t2_p2_c1_b4) Objective 316.25525893709857
     Count(D_DC_t2_p2_c1_b4) c_e_TileCountLink(D_DC_t2_p2_c1)_ -1
     Count(D_DC_t2_p2_c1_b4) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c1_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c1_b4) c_u_Capacity(D_DC_t2_p2_c1_b4)_ -45.120956406574301
     Count(D_DC_t2_p2_c1_b4) c_u_KvLinks(D_DC_t2_p2_c1_b4)_ -640
     Count(D_DC_t2_p2_c1_b4) c_u_PowerBudget_ 316.25525893709857
     Count(D_DC_t2_p2_c1_b4) c_e_ShareSum(DC_decode)_ -316.25525893709857
     Count(D_DC_t2_p2_c1_b4) c_u_UsedLink(D_DC_t2_p2_c1_b4)_ 1
     Count(D_DC_t2_p2_c1_b4) c_u_PointHot(D_DC_t2_p2_c1_b4)_ -68.511209245418911
     Count(D_DC_t2_p2_c1_b64) Objective 1665.0313523681596
     Count(D_DC_t2_p2_c1_b64) c_e_TileCountLink(D_DC_t2_p2_c1)_ -1
     Count(D_DC_t2_p2_c1_b64) c_u_SiteTotal_ 4
     Count(D_DC_t2_p2_c1_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p2_c1_b64) c_u_Capacity(D_DC_t2_p2_c1_b64)_ -294.4805420632951
     Count(D_DC_t2_p2_c1_b64) c_u_KvLinks(D_DC_t2_p2_c1_b64)_ -640
     Count(D_DC_t2_p2_c1_b64) c_u_PowerBudget_ 1665.0313523681596
     Count(D_DC_t2_p2_c1_b64) c_e_ShareSum(DC_decode)_ -1665.0313523681596
     Count(D_DC_t2_p2_c1_b64) c_u_UsedLink(D_DC_t2_p2_c1_b64)_ 1
     Count(D_DC_t2_p3_c0_b4) Objective 260.10826795818025
     Count(D_DC_t2_p3_c0_b4) c_e_TileCountLink(D_DC_t2_p3_c0)_ -1
     Count(D_DC_t2_p3_c0_b4) c_u_SiteTotal_ 6
     Count(D_DC_t2_p3_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p3_c0_b4) c_u_Capacity(D_DC_t2_p3_c0_b4)_ -45.329134500829078
     Count(D_DC_t2_p3_c0_b4) c_u_KvLinks(D_DC_t2_p3_c0_b4)_ -960
     Count(D_DC_t2_p3_c0_b4) c_u_PowerBudget_ 260.10826795818025
     Count(D_DC_t2_p3_c0_b4) c_e_ShareSum(DC_decode)_ -260.10826795818025
     Count(D_DC_t2_p3_c0_b4) c_u_UsedLink(D_DC_t2_p3_c0_b4)_ 1
     Count(D_DC_t2_p3_c0_b4) c_u_PointHot(D_DC_t2_p3_c0_b4)_ -91.839368832003771
     Count(D_DC_t2_p3_c0_b8) Objective 662.9490437850427
     Count(D_DC_t2_p3_c0_b8) c_e_TileCountLink(D_DC_t2_p3_c0)_ -1
     Count(D_DC_t2_p3_c0_b8) c_u_SiteTotal_ 6
     Count(D_DC_t2_p3_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p3_c0_b8) c_u_Capacity(D_DC_t2_p3_c0_b8)_ -89.925348290316478
     Count(D_DC_t2_p3_c0_b8) c_u_KvLinks(D_DC_t2_p3_c0_b8)_ -960
     Count(D_DC_t2_p3_c0_b8) c_u_PowerBudget_ 662.9490437850427
     Count(D_DC_t2_p3_c0_b8) c_e_ShareSum(DC_decode)_ -662.9490437850427
     Count(D_DC_t2_p3_c0_b8) c_u_UsedLink(D_DC_t2_p3_c0_b8)_ 1
     Count(D_DC_t2_p3_c0_b8) c_u_PointHot(D_DC_t2_p3_c0_b8)_ -49.246015847452455
     Count(D_DC_t2_p3_c1_b4) Objective 260.10382254944375
     Count(D_DC_t2_p3_c1_b4) c_e_TileCountLink(D_DC_t2_p3_c1)_ -1
     Count(D_DC_t2_p3_c1_b4) c_u_SiteTotal_ 6
     Count(D_DC_t2_p3_c1_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p3_c1_b4) c_u_Capacity(D_DC_t2_p3_c1_b4)_ -45.329134500829078
     Count(D_DC_t2_p3_c1_b4) c_u_KvLinks(D_DC_t2_p3_c1_b4)_ -960
     Count(D_DC_t2_p3_c1_b4) c_u_PowerBudget_ 260.10382254944375
     Count(D_DC_t2_p3_c1_b4) c_e_ShareSum(DC_decode)_ -260.10382254944375
     Count(D_DC_t2_p3_c1_b4) c_u_UsedLink(D_DC_t2_p3_c1_b4)_ 1
     Count(D_DC_t2_p3_c1_b4) c_u_PointHot(D_DC_t2_p3_c1_b4)_ -91.840099272276603
     Count(D_DC_t2_p3_c1_b8) Objective 662.94768861708667
     Count(D_DC_t2_p3_c1_b8) c_e_TileCountLink(D_DC_t2_p3_c1)_ -1
     Count(D_DC_t2_p3_c1_b8) c_u_SiteTotal_ 6
     Count(D_DC_t2_p3_c1_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p3_c1_b8) c_u_Capacity(D_DC_t2_p3_c1_b8)_ -89.925348290316478
     Count(D_DC_t2_p3_c1_b8) c_u_KvLinks(D_DC_t2_p3_c1_b8)_ -960
     Count(D_DC_t2_p3_c1_b8) c_u_PowerBudget_ 662.94768861708667
     Count(D_DC_t2_p3_c1_b8) c_e_ShareSum(DC_decode)_ -662.94768861708667
     Count(D_DC_t2_p3_c1_b8) c_u_UsedLink(D_DC_t2_p3_c1_b8)_ 1
     Count(D_DC_t2_p3_c1_b8) c_u_PointHot(D_DC_t2_p3_c1_b8)_ -49.246290991103962
     Count(D_DC_t2_p4_c0_b32) Objective 914.77137548683584
     Count(D_DC_t2_p4_c0_b32) c_e_TileCountLink(D_DC_t2_p4_c0)_ -1
     Count(D_DC_t2_p4_c0_b32) c_u_SiteTotal_ 8
     Count(D_DC_t2_p4_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p4_c0_b32) c_u_Capacity(D_DC_t2_p4_c0_b32)_ -294.48853952215404
     Count(D_DC_t2_p4_c0_b32) c_u_KvLinks(D_DC_t2_p4_c0_b32)_ -1280
     Count(D_DC_t2_p4_c0_b32) c_u_PowerBudget_ 914.77137548683584
     Count(D_DC_t2_p4_c0_b32) c_e_ShareSum(DC_decode)_ -914.77137548683584
     Count(D_DC_t2_p4_c0_b32) c_u_UsedLink(D_DC_t2_p4_c0_b32)_ 1
     Count(D_DC_t2_p4_c0_b32) c_u_PointHot(D_DC_t2_p4_c0_b32)_ -103.44069516569458
     Count(D_DC_t2_p4_c0_b4) Objective 1.6457953248726653
     Count(D_DC_t2_p4_c0_b4) c_e_TileCountLink(D_DC_t2_p4_c0)_ -1
     Count(D_DC_t2_p4_c0_b4) c_u_SiteTotal_ 8
     Count(D_DC_t2_p4_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p4_c0_b4) c_u_Capacity(D_DC_t2_p4_c0_b4)_ -44.468207931965033
     Count(D_DC_t2_p4_c0_b4) c_u_KvLinks(D_DC_t2_p4_c0_b4)_ -1280
     Count(D_DC_t2_p4_c0_b4) c_u_PowerBudget_ 1.6457953248726653
     Count(D_DC_t2_p4_c0_b4) c_e_ShareSum(DC_decode)_ -1.6457953248726653
     Count(D_DC_t2_p4_c0_b4) c_u_UsedLink(D_DC_t2_p4_c0_b4)_ 1
     Count(D_DC_t2_p4_c0_b4) c_u_PointHot(D_DC_t2_p4_c0_b4)_ -124.53416082547139
     Count(D_DC_t2_p4_c0_b8) Objective 782.45757692291522
     Count(D_DC_t2_p4_c0_b8) c_e_TileCountLink(D_DC_t2_p4_c0)_ -1
     Count(D_DC_t2_p4_c0_b8) c_u_SiteTotal_ 8
     Count(D_DC_t2_p4_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t2_p4_c0_b8) c_u_Capacity(D_DC_t2_p4_c0_b8)_ -88.169115624644476
     Count(D_DC_t2_p4_c0_b8) c_u_KvLinks(D_DC_t2_p4_c0_b8)_ -1280
     Count(D_DC_t2_p4_c0_b8) c_u_PowerBudget_ 782.45757692291522
     Count(D_DC_t2_p4_c0_b8) c_e_ShareSum(DC_decode)_ -782.45757692291522
     Count(D_DC_t2_p4_c0_b8) c_u_UsedLink(D_DC_t2_p4_c0_b8)_ 1
     Count(D_DC_t2_p4_c0_b8) c_u_PointHot(D_DC_t2_p4_c0_b8)_ -47.253120567244309
     Count(D_DC_t4_p1_c0_b1) Objective 3.979039320256561e-13
     Count(D_DC_t4_p1_c0_b1) c_e_TileCountLink(D_DC_t4_p1_c0)_ -1
     Count(D_DC_t4_p1_c0_b1) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c0_b1) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c0_b1) c_u_Capacity(D_DC_t4_p1_c0_b1)_ -21.854220745026705
     Count(D_DC_t4_p1_c0_b1) c_u_KvLinks(D_DC_t4_p1_c0_b1)_ -640
     Count(D_DC_t4_p1_c0_b1) c_u_PowerBudget_ 3.979039320256561e-13
     Count(D_DC_t4_p1_c0_b1) c_e_ShareSum(DC_decode)_ -3.979039320256561e-13
     Count(D_DC_t4_p1_c0_b1) c_u_UsedLink(D_DC_t4_p1_c0_b1)_ 1
     Count(D_DC_t4_p1_c0_b1) c_u_PointHot(D_DC_t4_p1_c0_b1)_ -127.70468407154019
     Count(D_DC_t4_p1_c0_b128) Objective 2195.9554963220421
     Count(D_DC_t4_p1_c0_b128) c_e_TileCountLink(D_DC_t4_p1_c0)_ -1
     Count(D_DC_t4_p1_c0_b128) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c0_b128) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c0_b128) c_u_Capacity(D_DC_t4_p1_c0_b128)_ -287.99342494354107
     Count(D_DC_t4_p1_c0_b128) c_u_KvLinks(D_DC_t4_p1_c0_b128)_ -640
     Count(D_DC_t4_p1_c0_b128) c_u_PowerBudget_ 2195.9554963220421
     Count(D_DC_t4_p1_c0_b128) c_e_ShareSum(DC_decode)_ -2195.9554963220421
     Count(D_DC_t4_p1_c0_b128) c_u_UsedLink(D_DC_t4_p1_c0_b128)_ 1
     Count(D_DC_t4_p1_c0_b16) Objective 514.64190629711277
     Count(D_DC_t4_p1_c0_b16) c_e_TileCountLink(D_DC_t4_p1_c0)_ -1
     Count(D_DC_t4_p1_c0_b16) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c0_b16) c_u_Capacity(D_DC_t4_p1_c0_b16)_ -272.16348172074623
     Count(D_DC_t4_p1_c0_b16) c_u_KvLinks(D_DC_t4_p1_c0_b16)_ -640
     Count(D_DC_t4_p1_c0_b16) c_u_PowerBudget_ 514.64190629711277
     Count(D_DC_t4_p1_c0_b16) c_e_ShareSum(DC_decode)_ -514.64190629711277
     Count(D_DC_t4_p1_c0_b16) c_u_UsedLink(D_DC_t4_p1_c0_b16)_ 1
     Count(D_DC_t4_p1_c0_b16) c_u_PointHot(D_DC_t4_p1_c0_b16)_ -170.08968136078281
     Count(D_DC_t4_p1_c0_b2) Objective 218.55721109520766
     Count(D_DC_t4_p1_c0_b2) c_e_TileCountLink(D_DC_t4_p1_c0)_ -1
     Count(D_DC_t4_p1_c0_b2) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c0_b2) c_u_Capacity(D_DC_t4_p1_c0_b2)_ -43.049902510643058
     Count(D_DC_t4_p1_c0_b2) c_u_KvLinks(D_DC_t4_p1_c0_b2)_ -640
     Count(D_DC_t4_p1_c0_b2) c_u_PowerBudget_ 218.55721109520766
     Count(D_DC_t4_p1_c0_b2) c_e_ShareSum(DC_decode)_ -218.55721109520766
     Count(D_DC_t4_p1_c0_b2) c_u_UsedLink(D_DC_t4_p1_c0_b2)_ 1
     Count(D_DC_t4_p1_c0_b2) c_u_PointHot(D_DC_t4_p1_c0_b2)_ -90.538395828862377
     Count(D_DC_t4_p1_c0_b32) Objective 1469.6871981686429
     Count(D_DC_t4_p1_c0_b32) c_e_TileCountLink(D_DC_t4_p1_c0)_ -1
     Count(D_DC_t4_p1_c0_b32) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c0_b32) c_u_Capacity(D_DC_t4_p1_c0_b32)_ -280.98916439941007
     Count(D_DC_t4_p1_c0_b32) c_u_KvLinks(D_DC_t4_p1_c0_b32)_ -640
     Count(D_DC_t4_p1_c0_b32) c_u_PowerBudget_ 1469.6871981686429
     Count(D_DC_t4_p1_c0_b32) c_e_ShareSum(DC_decode)_ -1469.6871981686429
     Count(D_DC_t4_p1_c0_b32) c_u_UsedLink(D_DC_t4_p1_c0_b32)_ 1
     Count(D_DC_t4_p1_c0_b4) Objective 414.61978893293798
     Count(D_DC_t4_p1_c0_b4) c_e_TileCountLink(D_DC_t4_p1_c0)_ -1
     Count(D_DC_t4_p1_c0_b4) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c0_b4) c_u_Capacity(D_DC_t4_p1_c0_b4)_ -83.581229847910024
     Count(D_DC_t4_p1_c0_b4) c_u_KvLinks(D_DC_t4_p1_c0_b4)_ -640
     Count(D_DC_t4_p1_c0_b4) c_u_PowerBudget_ 414.61978893293798
     Count(D_DC_t4_p1_c0_b4) c_e_ShareSum(DC_decode)_ -414.61978893293798
     Count(D_DC_t4_p1_c0_b4) c_u_UsedLink(D_DC_t4_p1_c0_b4)_ 1
     Count(D_DC_t4_p1_c0_b4) c_u_PointHot(D_DC_t4_p1_c0_b4)_ -71.822605691393349
     Count(D_DC_t4_p1_c0_b64) Objective 1981.9465170931981
     Count(D_DC_t4_p1_c0_b64) c_e_TileCountLink(D_DC_t4_p1_c0)_ -1
     Count(D_DC_t4_p1_c0_b64) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c0_b64) c_u_Capacity(D_DC_t4_p1_c0_b64)_ -285.62019198089291
     Count(D_DC_t4_p1_c0_b64) c_u_KvLinks(D_DC_t4_p1_c0_b64)_ -640
     Count(D_DC_t4_p1_c0_b64) c_u_PowerBudget_ 1981.9465170931981
     Count(D_DC_t4_p1_c0_b64) c_e_ShareSum(DC_decode)_ -1981.9465170931981
     Count(D_DC_t4_p1_c0_b64) c_u_UsedLink(D_DC_t4_p1_c0_b64)_ 1
     Count(D_DC_t4_p1_c1_b1) Objective 4.5474735088646412e-13
     Count(D_DC_t4_p1_c1_b1) c_e_TileCountLink(D_DC_t4_p1_c1)_ -1
     Count(D_DC_t4_p1_c1_b1) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c1_b1) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c1_b1) c_u_Capacity(D_DC_t4_p1_c1_b1)_ -21.738999187584877
     Count(D_DC_t4_p1_c1_b1) c_u_KvLinks(D_DC_t4_p1_c1_b1)_ -640
     Count(D_DC_t4_p1_c1_b1) c_u_PowerBudget_ 4.5474735088646412e-13
     Count(D_DC_t4_p1_c1_b1) c_e_ShareSum(DC_decode)_ -4.5474735088646412e-13
     Count(D_DC_t4_p1_c1_b1) c_u_UsedLink(D_DC_t4_p1_c1_b1)_ 1
     Count(D_DC_t4_p1_c1_b1) c_u_PointHot(D_DC_t4_p1_c1_b1)_ -126.99606262086097
     Count(D_DC_t4_p1_c1_b128) Objective 2190.1576568706205
     Count(D_DC_t4_p1_c1_b128) c_e_TileCountLink(D_DC_t4_p1_c1)_ -1
     Count(D_DC_t4_p1_c1_b128) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c1_b128) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c1_b128) c_u_Capacity(D_DC_t4_p1_c1_b128)_ -287.83636077211827
     Count(D_DC_t4_p1_c1_b128) c_u_KvLinks(D_DC_t4_p1_c1_b128)_ -640
     Count(D_DC_t4_p1_c1_b128) c_u_PowerBudget_ 2190.1576568706205
     Count(D_DC_t4_p1_c1_b128) c_e_ShareSum(DC_decode)_ -2190.1576568706205
     Count(D_DC_t4_p1_c1_b128) c_u_UsedLink(D_DC_t4_p1_c1_b128)_ 1
     Count(D_DC_t4_p1_c1_b16) Objective 511.41121570294581
     Count(D_DC_t4_p1_c1_b16) c_e_TileCountLink(D_DC_t4_p1_c1)_ -1
     Count(D_DC_t4_p1_c1_b16) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c1_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c1_b16) c_u_Capacity(D_DC_t4_p1_c1_b16)_ -271.04530453493305
     Count(D_DC_t4_p1_c1_b16) c_u_KvLinks(D_DC_t4_p1_c1_b16)_ -640
     Count(D_DC_t4_p1_c1_b16) c_u_PowerBudget_ 511.41121570294581
     Count(D_DC_t4_p1_c1_b16) c_e_ShareSum(DC_decode)_ -511.41121570294581
     Count(D_DC_t4_p1_c1_b16) c_u_UsedLink(D_DC_t4_p1_c1_b16)_ 1
     Count(D_DC_t4_p1_c1_b16) c_u_PointHot(D_DC_t4_p1_c1_b16)_ -169.83988376524894
     Count(D_DC_t4_p1_c1_b2) Objective 217.30521430014534
     Count(D_DC_t4_p1_c1_b2) c_e_TileCountLink(D_DC_t4_p1_c1)_ -1
     Count(D_DC_t4_p1_c1_b2) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c1_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c1_b2) c_u_Capacity(D_DC_t4_p1_c1_b2)_ -42.826333328031652
     Count(D_DC_t4_p1_c1_b2) c_u_KvLinks(D_DC_t4_p1_c1_b2)_ -640
     Count(D_DC_t4_p1_c1_b2) c_u_PowerBudget_ 217.30521430014534
     Count(D_DC_t4_p1_c1_b2) c_e_ShareSum(DC_decode)_ -217.30521430014534
     Count(D_DC_t4_p1_c1_b2) c_u_UsedLink(D_DC_t4_p1_c1_b2)_ 1
     Count(D_DC_t4_p1_c1_b2) c_u_PointHot(D_DC_t4_p1_c1_b2)_ -90.076716306773747
     Count(D_DC_t4_p1_c1_b32) Objective 1456.4432868964759
     Count(D_DC_t4_p1_c1_b32) c_e_TileCountLink(D_DC_t4_p1_c1)_ -1
     Count(D_DC_t4_p1_c1_b32) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c1_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c1_b32) c_u_Capacity(D_DC_t4_p1_c1_b32)_ -280.39204092357824
     Count(D_DC_t4_p1_c1_b32) c_u_KvLinks(D_DC_t4_p1_c1_b32)_ -640
     Count(D_DC_t4_p1_c1_b32) c_u_PowerBudget_ 1456.4432868964759
     Count(D_DC_t4_p1_c1_b32) c_e_ShareSum(DC_decode)_ -1456.4432868964759
     Count(D_DC_t4_p1_c1_b32) c_u_UsedLink(D_DC_t4_p1_c1_b32)_ 1
     Count(D_DC_t4_p1_c1_b4) Objective 412.23166119100898
     Count(D_DC_t4_p1_c1_b4) c_e_TileCountLink(D_DC_t4_p1_c1)_ -1
     Count(D_DC_t4_p1_c1_b4) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c1_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c1_b4) c_u_Capacity(D_DC_t4_p1_c1_b4)_ -83.159804074194554
     Count(D_DC_t4_p1_c1_b4) c_u_KvLinks(D_DC_t4_p1_c1_b4)_ -640
     Count(D_DC_t4_p1_c1_b4) c_u_PowerBudget_ 412.23166119100898
     Count(D_DC_t4_p1_c1_b4) c_e_ShareSum(DC_decode)_ -412.23166119100898
     Count(D_DC_t4_p1_c1_b4) c_u_UsedLink(D_DC_t4_p1_c1_b4)_ 1
     Count(D_DC_t4_p1_c1_b4) c_u_PointHot(D_DC_t4_p1_c1_b4)_ -71.543588940356997
     Count(D_DC_t4_p1_c1_b64) Objective 1969.8234709025414
     Count(D_DC_t4_p1_c1_b64) c_e_TileCountLink(D_DC_t4_p1_c1)_ -1
     Count(D_DC_t4_p1_c1_b64) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c1_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c1_b64) c_u_Capacity(D_DC_t4_p1_c1_b64)_ -285.31138514577839
     Count(D_DC_t4_p1_c1_b64) c_u_KvLinks(D_DC_t4_p1_c1_b64)_ -640
     Count(D_DC_t4_p1_c1_b64) c_u_PowerBudget_ 1969.8234709025414
     Count(D_DC_t4_p1_c1_b64) c_e_ShareSum(DC_decode)_ -1969.8234709025414
     Count(D_DC_t4_p1_c1_b64) c_u_UsedLink(D_DC_t4_p1_c1_b64)_ 1
     Count(D_DC_t4_p1_c1_b8) Objective 470.78404476573746
     Count(D_DC_t4_p1_c1_b8) c_e_TileCountLink(D_DC_t4_p1_c1)_ -1
     Count(D_DC_t4_p1_c1_b8) c_u_SiteTotal_ 4
     Count(D_DC_t4_p1_c1_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p1_c1_b8) c_u_Capacity(D_DC_t4_p1_c1_b8)_ -157.17090373164513
     Count(D_DC_t4_p1_c1_b8) c_u_KvLinks(D_DC_t4_p1_c1_b8)_ -640
     Count(D_DC_t4_p1_c1_b8) c_u_PowerBudget_ 470.78404476573746
     Count(D_DC_t4_p1_c1_b8) c_e_ShareSum(DC_decode)_ -470.78404476573746
     Count(D_DC_t4_p1_c1_b8) c_u_UsedLink(D_DC_t4_p1_c1_b8)_ 1
     Count(D_DC_t4_p1_c1_b8) c_u_PointHot(D_DC_t4_p1_c1_b8)_ -108.20443757268805
     Count(D_DC_t4_p2_c0_b16) Objective 927.57347191540612
     Count(D_DC_t4_p2_c0_b16) c_e_TileCountLink(D_DC_t4_p2_c0)_ -1
     Count(D_DC_t4_p2_c0_b16) c_u_SiteTotal_ 8
     Count(D_DC_t4_p2_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p2_c0_b16) c_u_Capacity(D_DC_t4_p2_c0_b16)_ -294.48769638483128
     Count(D_DC_t4_p2_c0_b16) c_u_KvLinks(D_DC_t4_p2_c0_b16)_ -1280
     Count(D_DC_t4_p2_c0_b16) c_u_PowerBudget_ 927.57347191540612
     Count(D_DC_t4_p2_c0_b16) c_e_ShareSum(DC_decode)_ -927.57347191540612
     Count(D_DC_t4_p2_c0_b16) c_u_UsedLink(D_DC_t4_p2_c0_b16)_ 1
     Count(D_DC_t4_p2_c0_b16) c_u_PointHot(D_DC_t4_p2_c0_b16)_ -101.57194363312959
     Count(D_DC_t4_p2_c0_b2) Objective 0.3822578400937573
     Count(D_DC_t4_p2_c0_b2) c_e_TileCountLink(D_DC_t4_p2_c0)_ -1
     Count(D_DC_t4_p2_c0_b2) c_u_SiteTotal_ 8
     Count(D_DC_t4_p2_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p2_c0_b2) c_u_Capacity(D_DC_t4_p2_c0_b2)_ -43.081979526097456
     Count(D_DC_t4_p2_c0_b2) c_u_KvLinks(D_DC_t4_p2_c0_b2)_ -1280
     Count(D_DC_t4_p2_c0_b2) c_u_PowerBudget_ 0.3822578400937573
     Count(D_DC_t4_p2_c0_b2) c_e_ShareSum(DC_decode)_ -0.3822578400937573
     Count(D_DC_t4_p2_c0_b2) c_u_UsedLink(D_DC_t4_p2_c0_b2)_ 1
     Count(D_DC_t4_p2_c0_b2) c_u_PointHot(D_DC_t4_p2_c0_b2)_ -125.6976289872009
     Count(D_DC_t4_p2_c0_b4) Objective 621.72502650277715
     Count(D_DC_t4_p2_c0_b4) c_e_TileCountLink(D_DC_t4_p2_c0)_ -1
     Count(D_DC_t4_p2_c0_b4) c_u_SiteTotal_ 8
     Count(D_DC_t4_p2_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p2_c0_b4) c_u_Capacity(D_DC_t4_p2_c0_b4)_ -84.848845478307126
     Count(D_DC_t4_p2_c0_b4) c_u_KvLinks(D_DC_t4_p2_c0_b4)_ -1280
     Count(D_DC_t4_p2_c0_b4) c_u_PowerBudget_ 621.72502650277715
     Count(D_DC_t4_p2_c0_b4) c_e_ShareSum(DC_decode)_ -621.72502650277715
     Count(D_DC_t4_p2_c0_b4) c_u_UsedLink(D_DC_t4_p2_c0_b4)_ 1
     Count(D_DC_t4_p2_c0_b4) c_u_PointHot(D_DC_t4_p2_c0_b4)_ -66.448456824851036
     Count(D_DC_t4_p2_c0_b64) Objective 3195.1145793985261
     Count(D_DC_t4_p2_c0_b64) c_e_TileCountLink(D_DC_t4_p2_c0)_ -1
     Count(D_DC_t4_p2_c0_b64) c_u_SiteTotal_ 8
     Count(D_DC_t4_p2_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t4_p2_c0_b64) c_u_Capacity(D_DC_t4_p2_c0_b64)_ -294.49230601896426
     Count(D_DC_t4_p2_c0_b64) c_u_KvLinks(D_DC_t4_p2_c0_b64)_ -1280
     Count(D_DC_t4_p2_c0_b64) c_u_PowerBudget_ 3195.1145793985261
     Count(D_DC_t4_p2_c0_b64) c_e_ShareSum(DC_decode)_ -3195.1145793985261
     Count(D_DC_t4_p2_c0_b64) c_u_UsedLink(D_DC_t4_p2_c0_b64)_ 1
     Count(D_DC_t8_p1_c0_b1) Objective 1.0231815394945443e-12
     Count(D_DC_t8_p1_c0_b1) c_e_TileCountLink(D_DC_t8_p1_c0)_ -1
     Count(D_DC_t8_p1_c0_b1) c_u_SiteTotal_ 8
     Count(D_DC_t8_p1_c0_b1) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t8_p1_c0_b1) c_u_Capacity(D_DC_t8_p1_c0_b1)_ -38.78361848568003
     Count(D_DC_t8_p1_c0_b1) c_u_KvLinks(D_DC_t8_p1_c0_b1)_ -1280
     Count(D_DC_t8_p1_c0_b1) c_u_PowerBudget_ 1.0231815394945443e-12
     Count(D_DC_t8_p1_c0_b1) c_e_ShareSum(DC_decode)_ -1.0231815394945443e-12
     Count(D_DC_t8_p1_c0_b1) c_u_UsedLink(D_DC_t8_p1_c0_b1)_ 1
     Count(D_DC_t8_p1_c0_b1) c_u_PointHot(D_DC_t8_p1_c0_b1)_ -121.33048295006131
     Count(D_DC_t8_p1_c0_b16) Objective 1008.3137531546288
     Count(D_DC_t8_p1_c0_b16) c_e_TileCountLink(D_DC_t8_p1_c0)_ -1
     Count(D_DC_t8_p1_c0_b16) c_u_SiteTotal_ 8
     Count(D_DC_t8_p1_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t8_p1_c0_b16) c_u_Capacity(D_DC_t8_p1_c0_b16)_ -294.49197107500845
     Count(D_DC_t8_p1_c0_b16) c_u_KvLinks(D_DC_t8_p1_c0_b16)_ -1280
     Count(D_DC_t8_p1_c0_b16) c_u_PowerBudget_ 1008.3137531546288
     Count(D_DC_t8_p1_c0_b16) c_e_ShareSum(DC_decode)_ -1008.3137531546288
     Count(D_DC_t8_p1_c0_b16) c_u_UsedLink(D_DC_t8_p1_c0_b16)_ 1
     Count(D_DC_t8_p1_c0_b16) c_u_PointHot(D_DC_t8_p1_c0_b16)_ -82.606262239969425
     Count(D_DC_t8_p1_c0_b2) Objective 416.33530144132544
     Count(D_DC_t8_p1_c0_b2) c_e_TileCountLink(D_DC_t8_p1_c0)_ -1
     Count(D_DC_t8_p1_c0_b2) c_u_SiteTotal_ 8
     Count(D_DC_t8_p1_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t8_p1_c0_b2) c_u_Capacity(D_DC_t8_p1_c0_b2)_ -75.570961572987386
     Count(D_DC_t8_p1_c0_b2) c_u_KvLinks(D_DC_t8_p1_c0_b2)_ -1280
     Count(D_DC_t8_p1_c0_b2) c_u_PowerBudget_ 416.33530144132544
     Count(D_DC_t8_p1_c0_b2) c_e_ShareSum(DC_decode)_ -416.33530144132544
     Count(D_DC_t8_p1_c0_b2) c_u_UsedLink(D_DC_t8_p1_c0_b2)_ 1
     Count(D_DC_t8_p1_c0_b2) c_u_PointHot(D_DC_t8_p1_c0_b2)_ -84.102549875456347
     Count(D_DC_t8_p1_c0_b4) Objective 793.60391564611302
     Count(D_DC_t8_p1_c0_b4) c_e_TileCountLink(D_DC_t8_p1_c0)_ -1
     Count(D_DC_t8_p1_c0_b4) c_u_SiteTotal_ 8
     Count(D_DC_t8_p1_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t8_p1_c0_b4) c_u_Capacity(D_DC_t8_p1_c0_b4)_ -143.7431568888357
     Count(D_DC_t8_p1_c0_b4) c_u_KvLinks(D_DC_t8_p1_c0_b4)_ -1280
     Count(D_DC_t8_p1_c0_b4) c_u_PowerBudget_ 793.60391564611302
     Count(D_DC_t8_p1_c0_b4) c_e_ShareSum(DC_decode)_ -793.60391564611302
     Count(D_DC_t8_p1_c0_b4) c_u_UsedLink(D_DC_t8_p1_c0_b4)_ 1
     Count(D_DC_t8_p1_c0_b4) c_u_PointHot(D_DC_t8_p1_c0_b4)_ -61.453833925222781
     Count(D_DC_t8_p1_c0_b8) Objective 917.9072907730432
     Count(D_DC_t8_p1_c0_b8) c_e_TileCountLink(D_DC_t8_p1_c0)_ -1
     Count(D_DC_t8_p1_c0_b8) c_u_SiteTotal_ 8
     Count(D_DC_t8_p1_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_DC_t8_p1_c0_b8) c_u_Capacity(D_DC_t8_p1_c0_b8)_ -261.84992694845977
     Count(D_DC_t8_p1_c0_b8) c_u_KvLinks(D_DC_t8_p1_c0_b8)_ -1280
     Count(D_DC_t8_p1_c0_b8) c_u_PowerBudget_ 917.9072907730432
     Count(D_DC_t8_p1_c0_b8) c_e_ShareSum(DC_decode)_ -917.9072907730432
     Count(D_DC_t8_p1_c0_b8) c_u_UsedLink(D_DC_t8_p1_c0_b8)_ 1
     Count(D_DC_t8_p1_c0_b8) c_u_PointHot(D_DC_t8_p1_c0_b8)_ -84.247041024325668
     Count(D_PC_t1_p5_c0_b16) Objective 230.36148917863144
     Count(D_PC_t1_p5_c0_b16) c_e_TileCountLink(D_PC_t1_p5_c0)_ -1
     Count(D_PC_t1_p5_c0_b16) c_u_SiteTotal_ 5
     Count(D_PC_t1_p5_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p5_c0_b16) c_u_Capacity(D_PC_t1_p5_c0_b16)_ -36.354444612838066
     Count(D_PC_t1_p5_c0_b16) c_u_KvLinks(D_PC_t1_p5_c0_b16)_ -800
     Count(D_PC_t1_p5_c0_b16) c_u_PowerBudget_ 230.36148917863144
     Count(D_PC_t1_p5_c0_b16) c_e_ShareSum(PC_decode)_ -230.36148917863144
     Count(D_PC_t1_p5_c0_b16) c_u_UsedLink(D_PC_t1_p5_c0_b16)_ 1
     Count(D_PC_t1_p5_c0_b16) c_u_PointHot(D_PC_t1_p5_c0_b16)_ -20.038040760270235
     Count(D_PC_t1_p5_c0_b2) Objective 8.5265128291212022e-14
     Count(D_PC_t1_p5_c0_b2) c_e_TileCountLink(D_PC_t1_p5_c0)_ -1
     Count(D_PC_t1_p5_c0_b2) c_u_SiteTotal_ 5
     Count(D_PC_t1_p5_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p5_c0_b2) c_u_Capacity(D_PC_t1_p5_c0_b2)_ -4.0944782254877197
     Count(D_PC_t1_p5_c0_b2) c_u_KvLinks(D_PC_t1_p5_c0_b2)_ -800
     Count(D_PC_t1_p5_c0_b2) c_u_PowerBudget_ 8.5265128291212022e-14
     Count(D_PC_t1_p5_c0_b2) c_e_ShareSum(PC_decode)_ -8.5265128291212022e-14
     Count(D_PC_t1_p5_c0_b2) c_u_UsedLink(D_PC_t1_p5_c0_b2)_ 1
     Count(D_PC_t1_p5_c0_b2) c_u_PointHot(D_PC_t1_p5_c0_b2)_ -17.798588634575783
     Count(D_PC_t1_p5_c0_b4) Objective 1.3073986337985843e-12
     Count(D_PC_t1_p5_c0_b4) c_e_TileCountLink(D_PC_t1_p5_c0)_ -1
     Count(D_PC_t1_p5_c0_b4) c_u_SiteTotal_ 5
     Count(D_PC_t1_p5_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p5_c0_b4) c_u_Capacity(D_PC_t1_p5_c0_b4)_ -9.1288755085631266
     Count(D_PC_t1_p5_c0_b4) c_u_KvLinks(D_PC_t1_p5_c0_b4)_ -800
     Count(D_PC_t1_p5_c0_b4) c_u_PowerBudget_ 1.3073986337985843e-12
     Count(D_PC_t1_p5_c0_b4) c_e_ShareSum(PC_decode)_ -1.3073986337985843e-12
     Count(D_PC_t1_p5_c0_b4) c_u_UsedLink(D_PC_t1_p5_c0_b4)_ 1
     Count(D_PC_t1_p5_c0_b4) c_u_PointHot(D_PC_t1_p5_c0_b4)_ -39.682980571673177
     Count(D_PC_t1_p5_c0_b8) Objective 167.07809050439084
     Count(D_PC_t1_p5_c0_b8) c_e_TileCountLink(D_PC_t1_p5_c0)_ -1
     Count(D_PC_t1_p5_c0_b8) c_u_SiteTotal_ 5
     Count(D_PC_t1_p5_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p5_c0_b8) c_u_Capacity(D_PC_t1_p5_c0_b8)_ -18.257604049616461
     Count(D_PC_t1_p5_c0_b8) c_u_KvLinks(D_PC_t1_p5_c0_b8)_ -800
     Count(D_PC_t1_p5_c0_b8) c_u_PowerBudget_ 167.07809050439084
     Count(D_PC_t1_p5_c0_b8) c_e_ShareSum(PC_decode)_ -167.07809050439084
     Count(D_PC_t1_p5_c0_b8) c_u_UsedLink(D_PC_t1_p5_c0_b8)_ 1
     Count(D_PC_t1_p5_c0_b8) c_u_PointHot(D_PC_t1_p5_c0_b8)_ -22.036968067496446
     Count(D_PC_t1_p6_c0_b16) Objective 276.01456424658556
     Count(D_PC_t1_p6_c0_b16) c_e_TileCountLink(D_PC_t1_p6_c0)_ -1
     Count(D_PC_t1_p6_c0_b16) c_u_SiteTotal_ 6
     Count(D_PC_t1_p6_c0_b16) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p6_c0_b16) c_u_Capacity(D_PC_t1_p6_c0_b16)_ -36.963292154715425
     Count(D_PC_t1_p6_c0_b16) c_u_KvLinks(D_PC_t1_p6_c0_b16)_ -960
     Count(D_PC_t1_p6_c0_b16) c_u_PowerBudget_ 276.01456424658556
     Count(D_PC_t1_p6_c0_b16) c_e_ShareSum(PC_decode)_ -276.01456424658556
     Count(D_PC_t1_p6_c0_b16) c_u_UsedLink(D_PC_t1_p6_c0_b16)_ 1
     Count(D_PC_t1_p6_c0_b16) c_u_PointHot(D_PC_t1_p6_c0_b16)_ -17.620569680187486
     Count(D_PC_t1_p6_c0_b32) Objective 279.93626511602582
     Count(D_PC_t1_p6_c0_b32) c_e_TileCountLink(D_PC_t1_p6_c0)_ -1
     Count(D_PC_t1_p6_c0_b32) c_u_SiteTotal_ 6
     Count(D_PC_t1_p6_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p6_c0_b32) c_u_Capacity(D_PC_t1_p6_c0_b32)_ -72.854866119311737
     Count(D_PC_t1_p6_c0_b32) c_u_KvLinks(D_PC_t1_p6_c0_b32)_ -960
     Count(D_PC_t1_p6_c0_b32) c_u_PowerBudget_ 279.93626511602582
     Count(D_PC_t1_p6_c0_b32) c_e_ShareSum(PC_decode)_ -279.93626511602582
     Count(D_PC_t1_p6_c0_b32) c_u_UsedLink(D_PC_t1_p6_c0_b32)_ 1
     Count(D_PC_t1_p6_c0_b32) c_u_PointHot(D_PC_t1_p6_c0_b32)_ -33.642291586314833
     Count(D_PC_t1_p6_c0_b4) Objective 9.9475983006414026e-13
     Count(D_PC_t1_p6_c0_b4) c_e_TileCountLink(D_PC_t1_p6_c0)_ -1
     Count(D_PC_t1_p6_c0_b4) c_u_SiteTotal_ 6
     Count(D_PC_t1_p6_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p6_c0_b4) c_u_Capacity(D_PC_t1_p6_c0_b4)_ -9.1288271537338233
     Count(D_PC_t1_p6_c0_b4) c_u_KvLinks(D_PC_t1_p6_c0_b4)_ -960
     Count(D_PC_t1_p6_c0_b4) c_u_PowerBudget_ 9.9475983006414026e-13
     Count(D_PC_t1_p6_c0_b4) c_e_ShareSum(PC_decode)_ -9.9475983006414026e-13
     Count(D_PC_t1_p6_c0_b4) c_u_UsedLink(D_PC_t1_p6_c0_b4)_ 1
     Count(D_PC_t1_p6_c0_b4) c_u_PointHot(D_PC_t1_p6_c0_b4)_ -33.068976686436187
     Count(D_PC_t1_p6_c0_b64) Objective 278.43671815085622
     Count(D_PC_t1_p6_c0_b64) c_e_TileCountLink(D_PC_t1_p6_c0)_ -1
     Count(D_PC_t1_p6_c0_b64) c_u_SiteTotal_ 6
     Count(D_PC_t1_p6_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p6_c0_b64) c_u_Capacity(D_PC_t1_p6_c0_b64)_ -142.27218471030329
     Count(D_PC_t1_p6_c0_b64) c_u_KvLinks(D_PC_t1_p6_c0_b64)_ -960
     Count(D_PC_t1_p6_c0_b64) c_u_PowerBudget_ 278.43671815085622
     Count(D_PC_t1_p6_c0_b64) c_e_ShareSum(PC_decode)_ -278.43671815085622
     Count(D_PC_t1_p6_c0_b64) c_u_UsedLink(D_PC_t1_p6_c0_b64)_ 1
     Count(D_PC_t1_p6_c0_b64) c_u_PointHot(D_PC_t1_p6_c0_b64)_ -66.260942123903789
     Count(D_PC_t1_p6_c0_b8) Objective 148.33656532505125
     Count(D_PC_t1_p6_c0_b8) c_e_TileCountLink(D_PC_t1_p6_c0)_ -1
     Count(D_PC_t1_p6_c0_b8) c_u_SiteTotal_ 6
     Count(D_PC_t1_p6_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p6_c0_b8) c_u_Capacity(D_PC_t1_p6_c0_b8)_ -18.487697111917306
     Count(D_PC_t1_p6_c0_b8) c_u_KvLinks(D_PC_t1_p6_c0_b8)_ -960
     Count(D_PC_t1_p6_c0_b8) c_u_PowerBudget_ 148.33656532505125
     Count(D_PC_t1_p6_c0_b8) c_e_ShareSum(PC_decode)_ -148.33656532505125
     Count(D_PC_t1_p6_c0_b8) c_u_UsedLink(D_PC_t1_p6_c0_b8)_ 1
     Count(D_PC_t1_p6_c0_b8) c_u_PointHot(D_PC_t1_p6_c0_b8)_ -29.144090143203329
     Count(D_PC_t1_p8_c0_b128) Objective 354.2969370997447
     Count(D_PC_t1_p8_c0_b128) c_e_TileCountLink(D_PC_t1_p8_c0)_ -1
     Count(D_PC_t1_p8_c0_b128) c_u_SiteTotal_ 8
     Count(D_PC_t1_p8_c0_b128) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p8_c0_b128) c_u_Capacity(D_PC_t1_p8_c0_b128)_ -265.41268270548903
     Count(D_PC_t1_p8_c0_b128) c_u_KvLinks(D_PC_t1_p8_c0_b128)_ -1280
     Count(D_PC_t1_p8_c0_b128) c_u_PowerBudget_ 354.2969370997447
     Count(D_PC_t1_p8_c0_b128) c_e_ShareSum(PC_decode)_ -354.2969370997447
     Count(D_PC_t1_p8_c0_b128) c_u_UsedLink(D_PC_t1_p8_c0_b128)_ 1
     Count(D_PC_t1_p8_c0_b128) c_u_PointHot(D_PC_t1_p8_c0_b128)_ -92.690299342428133
     Count(D_PC_t1_p8_c0_b32) Objective 353.20919224422039
     Count(D_PC_t1_p8_c0_b32) c_e_TileCountLink(D_PC_t1_p8_c0)_ -1
     Count(D_PC_t1_p8_c0_b32) c_u_SiteTotal_ 8
     Count(D_PC_t1_p8_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p8_c0_b32) c_u_Capacity(D_PC_t1_p8_c0_b32)_ -70.245953240372316
     Count(D_PC_t1_p8_c0_b32) c_u_KvLinks(D_PC_t1_p8_c0_b32)_ -1280
     Count(D_PC_t1_p8_c0_b32) c_u_PowerBudget_ 353.20919224422039
     Count(D_PC_t1_p8_c0_b32) c_e_ShareSum(PC_decode)_ -353.20919224422039
     Count(D_PC_t1_p8_c0_b32) c_u_UsedLink(D_PC_t1_p8_c0_b32)_ 1
     Count(D_PC_t1_p8_c0_b32) c_u_PointHot(D_PC_t1_p8_c0_b32)_ -24.735764804839377
     Count(D_PC_t1_p8_c0_b4) Objective 4.5474735088646412e-13
     Count(D_PC_t1_p8_c0_b4) c_e_TileCountLink(D_PC_t1_p8_c0)_ -1
     Count(D_PC_t1_p8_c0_b4) c_u_SiteTotal_ 8
     Count(D_PC_t1_p8_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p8_c0_b4) c_u_Capacity(D_PC_t1_p8_c0_b4)_ -9.1287304456119855
     Count(D_PC_t1_p8_c0_b4) c_u_KvLinks(D_PC_t1_p8_c0_b4)_ -1280
     Count(D_PC_t1_p8_c0_b4) c_u_PowerBudget_ 4.5474735088646412e-13
     Count(D_PC_t1_p8_c0_b4) c_e_ShareSum(PC_decode)_ -4.5474735088646412e-13
     Count(D_PC_t1_p8_c0_b4) c_u_UsedLink(D_PC_t1_p8_c0_b4)_ 1
     Count(D_PC_t1_p8_c0_b4) c_u_PointHot(D_PC_t1_p8_c0_b4)_ -24.801471834068384
     Count(D_PC_t1_p8_c0_b64) Objective 354.06304846305153
     Count(D_PC_t1_p8_c0_b64) c_e_TileCountLink(D_PC_t1_p8_c0)_ -1
     Count(D_PC_t1_p8_c0_b64) c_u_SiteTotal_ 8
     Count(D_PC_t1_p8_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p8_c0_b64) c_u_Capacity(D_PC_t1_p8_c0_b64)_ -137.79716264930477
     Count(D_PC_t1_p8_c0_b64) c_u_KvLinks(D_PC_t1_p8_c0_b64)_ -1280
     Count(D_PC_t1_p8_c0_b64) c_u_PowerBudget_ 354.06304846305153
     Count(D_PC_t1_p8_c0_b64) c_e_ShareSum(PC_decode)_ -354.06304846305153
     Count(D_PC_t1_p8_c0_b64) c_u_UsedLink(D_PC_t1_p8_c0_b64)_ 1
     Count(D_PC_t1_p8_c0_b64) c_u_PointHot(D_PC_t1_p8_c0_b64)_ -48.20032662642739
     Count(D_PC_t1_p8_c0_b8) Objective 0.59811089347039115
     Count(D_PC_t1_p8_c0_b8) c_e_TileCountLink(D_PC_t1_p8_c0)_ -1
     Count(D_PC_t1_p8_c0_b8) c_u_SiteTotal_ 8
     Count(D_PC_t1_p8_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t1_p8_c0_b8) c_u_Capacity(D_PC_t1_p8_c0_b8)_ -17.70541011182231
     Count(D_PC_t1_p8_c0_b8) c_u_KvLinks(D_PC_t1_p8_c0_b8)_ -1280
     Count(D_PC_t1_p8_c0_b8) c_u_PowerBudget_ 0.59811089347039115
     Count(D_PC_t1_p8_c0_b8) c_e_ShareSum(PC_decode)_ -0.59811089347039115
     Count(D_PC_t1_p8_c0_b8) c_u_UsedLink(D_PC_t1_p8_c0_b8)_ 1
     Count(D_PC_t1_p8_c0_b8) c_u_PointHot(D_PC_t1_p8_c0_b8)_ -48.001068387842032
     Count(D_PC_t2_p3_c0_b32) Objective 286.55142985999498
     Count(D_PC_t2_p3_c0_b32) c_e_TileCountLink(D_PC_t2_p3_c0)_ -1
     Count(D_PC_t2_p3_c0_b32) c_u_SiteTotal_ 6
     Count(D_PC_t2_p3_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p3_c0_b32) c_u_Capacity(D_PC_t2_p3_c0_b32)_ -143.13237884554334
     Count(D_PC_t2_p3_c0_b32) c_u_KvLinks(D_PC_t2_p3_c0_b32)_ -960
     Count(D_PC_t2_p3_c0_b32) c_u_PowerBudget_ 286.55142985999498
     Count(D_PC_t2_p3_c0_b32) c_e_ShareSum(PC_decode)_ -286.55142985999498
     Count(D_PC_t2_p3_c0_b32) c_u_UsedLink(D_PC_t2_p3_c0_b32)_ 1
     Count(D_PC_t2_p3_c0_b32) c_u_PointHot(D_PC_t2_p3_c0_b32)_ -66.571375391932747
     Count(D_PC_t2_p3_c0_b4) Objective 105.33767263303935
     Count(D_PC_t2_p3_c0_b4) c_e_TileCountLink(D_PC_t2_p3_c0)_ -1
     Count(D_PC_t2_p3_c0_b4) c_u_SiteTotal_ 6
     Count(D_PC_t2_p3_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p3_c0_b4) c_u_Capacity(D_PC_t2_p3_c0_b4)_ -18.880450558131074
     Count(D_PC_t2_p3_c0_b4) c_u_KvLinks(D_PC_t2_p3_c0_b4)_ -960
     Count(D_PC_t2_p3_c0_b4) c_u_PowerBudget_ 105.33767263303935
     Count(D_PC_t2_p3_c0_b4) c_e_ShareSum(PC_decode)_ -105.33767263303935
     Count(D_PC_t2_p3_c0_b4) c_u_UsedLink(D_PC_t2_p3_c0_b4)_ 1
     Count(D_PC_t2_p3_c0_b4) c_u_PointHot(D_PC_t2_p3_c0_b4)_ -37.397931164923179
     Count(D_PC_t2_p3_c0_b64) Objective 290.61022432647076
     Count(D_PC_t2_p3_c0_b64) c_e_TileCountLink(D_PC_t2_p3_c0)_ -1
     Count(D_PC_t2_p3_c0_b64) c_u_SiteTotal_ 6
     Count(D_PC_t2_p3_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p3_c0_b64) c_u_Capacity(D_PC_t2_p3_c0_b64)_ -269.02379125606569
     Count(D_PC_t2_p3_c0_b64) c_u_KvLinks(D_PC_t2_p3_c0_b64)_ -960
     Count(D_PC_t2_p3_c0_b64) c_u_PowerBudget_ 290.61022432647076
     Count(D_PC_t2_p3_c0_b64) c_e_ShareSum(PC_decode)_ -290.61022432647076
     Count(D_PC_t2_p3_c0_b64) c_u_UsedLink(D_PC_t2_p3_c0_b64)_ 1
     Count(D_PC_t2_p3_c0_b64) c_u_PointHot(D_PC_t2_p3_c0_b64)_ -124.33126086965061
     Count(D_PC_t2_p3_c0_b8) Objective 268.67880599336695
     Count(D_PC_t2_p3_c0_b8) c_e_TileCountLink(D_PC_t2_p3_c0)_ -1
     Count(D_PC_t2_p3_c0_b8) c_u_SiteTotal_ 6
     Count(D_PC_t2_p3_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p3_c0_b8) c_u_Capacity(D_PC_t2_p3_c0_b8)_ -37.532437797767784
     Count(D_PC_t2_p3_c0_b8) c_u_KvLinks(D_PC_t2_p3_c0_b8)_ -960
     Count(D_PC_t2_p3_c0_b8) c_u_PowerBudget_ 268.67880599336695
     Count(D_PC_t2_p3_c0_b8) c_e_ShareSum(PC_decode)_ -268.67880599336695
     Count(D_PC_t2_p3_c0_b8) c_u_UsedLink(D_PC_t2_p3_c0_b8)_ 1
     Count(D_PC_t2_p3_c0_b8) c_u_PointHot(D_PC_t2_p3_c0_b8)_ -20.292012053952682
     Count(D_PC_t2_p3_c1_b32) Objective 286.55143028408867
     Count(D_PC_t2_p3_c1_b32) c_e_TileCountLink(D_PC_t2_p3_c1)_ -1
     Count(D_PC_t2_p3_c1_b32) c_u_SiteTotal_ 6
     Count(D_PC_t2_p3_c1_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p3_c1_b32) c_u_Capacity(D_PC_t2_p3_c1_b32)_ -143.13237884554334
     Count(D_PC_t2_p3_c1_b32) c_u_KvLinks(D_PC_t2_p3_c1_b32)_ -960
     Count(D_PC_t2_p3_c1_b32) c_u_PowerBudget_ 286.55143028408867
     Count(D_PC_t2_p3_c1_b32) c_e_ShareSum(PC_decode)_ -286.55143028408867
     Count(D_PC_t2_p3_c1_b32) c_u_UsedLink(D_PC_t2_p3_c1_b32)_ 1
     Count(D_PC_t2_p3_c1_b32) c_u_PointHot(D_PC_t2_p3_c1_b32)_ -66.57146683833858
     Count(D_PC_t2_p3_c1_b4) Objective 105.33699591205772
     Count(D_PC_t2_p3_c1_b4) c_e_TileCountLink(D_PC_t2_p3_c1)_ -1
     Count(D_PC_t2_p3_c1_b4) c_u_SiteTotal_ 6
     Count(D_PC_t2_p3_c1_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p3_c1_b4) c_u_Capacity(D_PC_t2_p3_c1_b4)_ -18.880450558131074
     Count(D_PC_t2_p3_c1_b4) c_u_KvLinks(D_PC_t2_p3_c1_b4)_ -960
     Count(D_PC_t2_p3_c1_b4) c_u_PowerBudget_ 105.33699591205772
     Count(D_PC_t2_p3_c1_b4) c_e_ShareSum(PC_decode)_ -105.33699591205772
     Count(D_PC_t2_p3_c1_b4) c_u_UsedLink(D_PC_t2_p3_c1_b4)_ 1
     Count(D_PC_t2_p3_c1_b4) c_u_PointHot(D_PC_t2_p3_c1_b4)_ -37.39804986696916
     Count(D_PC_t2_p3_c1_b64) Objective 290.61022627130262
     Count(D_PC_t2_p3_c1_b64) c_e_TileCountLink(D_PC_t2_p3_c1)_ -1
     Count(D_PC_t2_p3_c1_b64) c_u_SiteTotal_ 6
     Count(D_PC_t2_p3_c1_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p3_c1_b64) c_u_Capacity(D_PC_t2_p3_c1_b64)_ -269.02379125606569
     Count(D_PC_t2_p3_c1_b64) c_u_KvLinks(D_PC_t2_p3_c1_b64)_ -960
     Count(D_PC_t2_p3_c1_b64) c_u_PowerBudget_ 290.61022627130262
     Count(D_PC_t2_p3_c1_b64) c_e_ShareSum(PC_decode)_ -290.61022627130262
     Count(D_PC_t2_p3_c1_b64) c_u_UsedLink(D_PC_t2_p3_c1_b64)_ 1
     Count(D_PC_t2_p3_c1_b64) c_u_PointHot(D_PC_t2_p3_c1_b64)_ -124.33143239808143
     Count(D_PC_t2_p3_c1_b8) Objective 268.67858917564774
     Count(D_PC_t2_p3_c1_b8) c_e_TileCountLink(D_PC_t2_p3_c1)_ -1
     Count(D_PC_t2_p3_c1_b8) c_u_SiteTotal_ 6
     Count(D_PC_t2_p3_c1_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p3_c1_b8) c_u_Capacity(D_PC_t2_p3_c1_b8)_ -37.532437797767784
     Count(D_PC_t2_p3_c1_b8) c_u_KvLinks(D_PC_t2_p3_c1_b8)_ -960
     Count(D_PC_t2_p3_c1_b8) c_u_PowerBudget_ 268.67858917564774
     Count(D_PC_t2_p3_c1_b8) c_e_ShareSum(PC_decode)_ -268.67858917564774
     Count(D_PC_t2_p3_c1_b8) c_u_UsedLink(D_PC_t2_p3_c1_b8)_ 1
     Count(D_PC_t2_p3_c1_b8) c_u_PointHot(D_PC_t2_p3_c1_b8)_ -20.292070659042317
     Count(D_PC_t2_p4_c0_b128) Objective 368.770706827303
     Count(D_PC_t2_p4_c0_b128) c_e_TileCountLink(D_PC_t2_p4_c0)_ -1
     Count(D_PC_t2_p4_c0_b128) c_u_SiteTotal_ 8
     Count(D_PC_t2_p4_c0_b128) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p4_c0_b128) c_u_Capacity(D_PC_t2_p4_c0_b128)_ -294.45736192859852
     Count(D_PC_t2_p4_c0_b128) c_u_KvLinks(D_PC_t2_p4_c0_b128)_ -1280
     Count(D_PC_t2_p4_c0_b128) c_u_PowerBudget_ 368.770706827303
     Count(D_PC_t2_p4_c0_b128) c_e_ShareSum(PC_decode)_ -368.770706827303
     Count(D_PC_t2_p4_c0_b128) c_u_UsedLink(D_PC_t2_p4_c0_b128)_ 1
     Count(D_PC_t2_p4_c0_b128) c_u_PointHot(D_PC_t2_p4_c0_b128)_ -102.52374923133567
     Count(D_PC_t2_p4_c0_b4) Objective 0.27722540878943391
     Count(D_PC_t2_p4_c0_b4) c_e_TileCountLink(D_PC_t2_p4_c0)_ -1
     Count(D_PC_t2_p4_c0_b4) c_u_SiteTotal_ 8
     Count(D_PC_t2_p4_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p4_c0_b4) c_u_Capacity(D_PC_t2_p4_c0_b4)_ -18.454208752562291
     Count(D_PC_t2_p4_c0_b4) c_u_KvLinks(D_PC_t2_p4_c0_b4)_ -1280
     Count(D_PC_t2_p4_c0_b4) c_u_PowerBudget_ 0.27722540878943391
     Count(D_PC_t2_p4_c0_b4) c_e_ShareSum(PC_decode)_ -0.27722540878943391
     Count(D_PC_t2_p4_c0_b4) c_u_UsedLink(D_PC_t2_p4_c0_b4)_ 1
     Count(D_PC_t2_p4_c0_b4) c_u_PointHot(D_PC_t2_p4_c0_b4)_ -50.50798071983413
     Count(D_PC_t2_p4_c0_b8) Objective 317.71636352812715
     Count(D_PC_t2_p4_c0_b8) c_e_TileCountLink(D_PC_t2_p4_c0)_ -1
     Count(D_PC_t2_p4_c0_b8) c_u_SiteTotal_ 8
     Count(D_PC_t2_p4_c0_b8) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t2_p4_c0_b8) c_u_Capacity(D_PC_t2_p4_c0_b8)_ -36.714233329628648
     Count(D_PC_t2_p4_c0_b8) c_u_KvLinks(D_PC_t2_p4_c0_b8)_ -1280
     Count(D_PC_t2_p4_c0_b8) c_u_PowerBudget_ 317.71636352812715
     Count(D_PC_t2_p4_c0_b8) c_e_ShareSum(PC_decode)_ -317.71636352812715
     Count(D_PC_t2_p4_c0_b8) c_u_UsedLink(D_PC_t2_p4_c0_b8)_ 1
     Count(D_PC_t2_p4_c0_b8) c_u_PointHot(D_PC_t2_p4_c0_b8)_ -19.275856666923566
     Count(D_PC_t4_p2_c0_b2) Objective 0.065811385427991809
     Count(D_PC_t4_p2_c0_b2) c_e_TileCountLink(D_PC_t4_p2_c0)_ -1
     Count(D_PC_t4_p2_c0_b2) c_u_SiteTotal_ 8
     Count(D_PC_t4_p2_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t4_p2_c0_b2) c_u_Capacity(D_PC_t4_p2_c0_b2)_ -18.486873997126654
     Count(D_PC_t4_p2_c0_b2) c_u_KvLinks(D_PC_t4_p2_c0_b2)_ -1280
     Count(D_PC_t4_p2_c0_b2) c_u_PowerBudget_ 0.065811385427991809
     Count(D_PC_t4_p2_c0_b2) c_e_ShareSum(PC_decode)_ -0.065811385427991809
     Count(D_PC_t4_p2_c0_b2) c_u_UsedLink(D_PC_t4_p2_c0_b2)_ 1
     Count(D_PC_t4_p2_c0_b2) c_u_PointHot(D_PC_t4_p2_c0_b2)_ -51.498727126747347
     Count(D_PC_t4_p2_c0_b4) Objective 254.84508028838746
     Count(D_PC_t4_p2_c0_b4) c_e_TileCountLink(D_PC_t4_p2_c0)_ -1
     Count(D_PC_t4_p2_c0_b4) c_u_SiteTotal_ 8
     Count(D_PC_t4_p2_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t4_p2_c0_b4) c_u_Capacity(D_PC_t4_p2_c0_b4)_ -36.626335361958411
     Count(D_PC_t4_p2_c0_b4) c_u_KvLinks(D_PC_t4_p2_c0_b4)_ -1280
     Count(D_PC_t4_p2_c0_b4) c_u_PowerBudget_ 254.84508028838746
     Count(D_PC_t4_p2_c0_b4) c_e_ShareSum(PC_decode)_ -254.84508028838746
     Count(D_PC_t4_p2_c0_b4) c_u_UsedLink(D_PC_t4_p2_c0_b4)_ 1
     Count(D_PC_t4_p2_c0_b4) c_u_PointHot(D_PC_t4_p2_c0_b4)_ -27.594529244556789
     Count(D_PC_t4_p2_c0_b64) Objective 382.30250161466574
     Count(D_PC_t4_p2_c0_b64) c_e_TileCountLink(D_PC_t4_p2_c0)_ -1
     Count(D_PC_t4_p2_c0_b64) c_u_SiteTotal_ 8
     Count(D_PC_t4_p2_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t4_p2_c0_b64) c_u_Capacity(D_PC_t4_p2_c0_b64)_ -294.47834928037275
     Count(D_PC_t4_p2_c0_b64) c_u_KvLinks(D_PC_t4_p2_c0_b64)_ -1280
     Count(D_PC_t4_p2_c0_b64) c_u_PowerBudget_ 382.30250161466574
     Count(D_PC_t4_p2_c0_b64) c_e_ShareSum(PC_decode)_ -382.30250161466574
     Count(D_PC_t4_p2_c0_b64) c_u_UsedLink(D_PC_t4_p2_c0_b64)_ 1
     Count(D_PC_t4_p2_c0_b64) c_u_PointHot(D_PC_t4_p2_c0_b64)_ -101.31367636254737
     Count(D_PC_t8_p1_c0_b1) Objective 5.6843418860808015e-14
     Count(D_PC_t8_p1_c0_b1) c_e_TileCountLink(D_PC_t8_p1_c0)_ -1
     Count(D_PC_t8_p1_c0_b1) c_u_SiteTotal_ 8
     Count(D_PC_t8_p1_c0_b1) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t8_p1_c0_b1) c_u_Capacity(D_PC_t8_p1_c0_b1)_ -17.7133490917413
     Count(D_PC_t8_p1_c0_b1) c_u_KvLinks(D_PC_t8_p1_c0_b1)_ -1280
     Count(D_PC_t8_p1_c0_b1) c_u_PowerBudget_ 5.6843418860808015e-14
     Count(D_PC_t8_p1_c0_b1) c_e_ShareSum(PC_decode)_ -5.6843418860808015e-14
     Count(D_PC_t8_p1_c0_b1) c_u_UsedLink(D_PC_t8_p1_c0_b1)_ 1
     Count(D_PC_t8_p1_c0_b1) c_u_PointHot(D_PC_t8_p1_c0_b1)_ -50.967399188535644
     Count(D_PC_t8_p1_c0_b2) Objective 174.56155168749223
     Count(D_PC_t8_p1_c0_b2) c_e_TileCountLink(D_PC_t8_p1_c0)_ -1
     Count(D_PC_t8_p1_c0_b2) c_u_SiteTotal_ 8
     Count(D_PC_t8_p1_c0_b2) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t8_p1_c0_b2) c_u_Capacity(D_PC_t8_p1_c0_b2)_ -34.963455086782055
     Count(D_PC_t8_p1_c0_b2) c_u_KvLinks(D_PC_t8_p1_c0_b2)_ -1280
     Count(D_PC_t8_p1_c0_b2) c_u_PowerBudget_ 174.56155168749223
     Count(D_PC_t8_p1_c0_b2) c_e_ShareSum(PC_decode)_ -174.56155168749223
     Count(D_PC_t8_p1_c0_b2) c_u_UsedLink(D_PC_t8_p1_c0_b2)_ 1
     Count(D_PC_t8_p1_c0_b2) c_u_PointHot(D_PC_t8_p1_c0_b2)_ -36.274874032114141
     Count(D_PC_t8_p1_c0_b32) Objective 396.75255198029322
     Count(D_PC_t8_p1_c0_b32) c_e_TileCountLink(D_PC_t8_p1_c0)_ -1
     Count(D_PC_t8_p1_c0_b32) c_u_SiteTotal_ 8
     Count(D_PC_t8_p1_c0_b32) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t8_p1_c0_b32) c_u_Capacity(D_PC_t8_p1_c0_b32)_ -294.4797836591033
     Count(D_PC_t8_p1_c0_b32) c_u_KvLinks(D_PC_t8_p1_c0_b32)_ -1280
     Count(D_PC_t8_p1_c0_b32) c_u_PowerBudget_ 396.75255198029322
     Count(D_PC_t8_p1_c0_b32) c_e_ShareSum(PC_decode)_ -396.75255198029322
     Count(D_PC_t8_p1_c0_b32) c_u_UsedLink(D_PC_t8_p1_c0_b32)_ 1
     Count(D_PC_t8_p1_c0_b32) c_u_PointHot(D_PC_t8_p1_c0_b32)_ -97.629520377436279
     Count(D_PC_t8_p1_c0_b4) Objective 331.0369155832899
     Count(D_PC_t8_p1_c0_b4) c_e_TileCountLink(D_PC_t8_p1_c0)_ -1
     Count(D_PC_t8_p1_c0_b4) c_u_SiteTotal_ 8
     Count(D_PC_t8_p1_c0_b4) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t8_p1_c0_b4) c_u_Capacity(D_PC_t8_p1_c0_b4)_ -67.953302892856598
     Count(D_PC_t8_p1_c0_b4) c_u_KvLinks(D_PC_t8_p1_c0_b4)_ -1280
     Count(D_PC_t8_p1_c0_b4) c_u_PowerBudget_ 331.0369155832899
     Count(D_PC_t8_p1_c0_b4) c_e_ShareSum(PC_decode)_ -331.0369155832899
     Count(D_PC_t8_p1_c0_b4) c_u_UsedLink(D_PC_t8_p1_c0_b4)_ 1
     Count(D_PC_t8_p1_c0_b4) c_u_PointHot(D_PC_t8_p1_c0_b4)_ -28.985656971357301
     Count(D_PC_t8_p1_c0_b64) Objective 1001.9060625057854
     Count(D_PC_t8_p1_c0_b64) c_e_TileCountLink(D_PC_t8_p1_c0)_ -1
     Count(D_PC_t8_p1_c0_b64) c_u_SiteTotal_ 8
     Count(D_PC_t8_p1_c0_b64) c_l_InstancesPerRole(decode)_ 1
     Count(D_PC_t8_p1_c0_b64) c_u_Capacity(D_PC_t8_p1_c0_b64)_ -294.49498923853287
     Count(D_PC_t8_p1_c0_b64) c_u_KvLinks(D_PC_t8_p1_c0_b64)_ -1280
     Count(D_PC_t8_p1_c0_b64) c_u_PowerBudget_ 1001.9060625057854
     Count(D_PC_t8_p1_c0_b64) c_e_ShareSum(PC_decode)_ -1001.9060625057854
     Count(D_PC_t8_p1_c0_b64) c_u_UsedLink(D_PC_t8_p1_c0_b64)_ 1
     Count(D_PC_t8_p1_c0_b64) c_u_PointHot(D_PC_t8_p1_c0_b64)_ -40.664626192823462
     Count(P_DC_t1_p3_c0_b1) Objective 3.4106051316484809e-12
     Count(P_DC_t1_p3_c0_b1) c_e_TileCountLink(P_DC_t1_p3_c0)_ -1
     Count(P_DC_t1_p3_c0_b1) c_u_SiteTotal_ 3
     Count(P_DC_t1_p3_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t1_p3_c0_b1) c_u_Capacity(P_DC_t1_p3_c0_b1)_ -2.4011912636367367
     Count(P_DC_t1_p3_c0_b1) c_u_KvLinks(P_DC_t1_p3_c0_b1)_ -480
     Count(P_DC_t1_p3_c0_b1) c_u_PowerBudget_ 3.4106051316484809e-12
     Count(P_DC_t1_p3_c0_b1) c_e_ShareSum(DC_prefill)_ -3.4106051316484809e-12
     Count(P_DC_t1_p3_c0_b1) c_u_UsedLink(P_DC_t1_p3_c0_b1)_ 1
     Count(P_DC_t1_p3_c0_b1) c_u_PointHot(P_DC_t1_p3_c0_b1)_ -186.5061641275903
     Count(P_DC_t1_p4_c0_b1) Objective 7.9580786405131221e-13
     Count(P_DC_t1_p4_c0_b1) c_e_TileCountLink(P_DC_t1_p4_c0)_ -1
     Count(P_DC_t1_p4_c0_b1) c_u_SiteTotal_ 4
     Count(P_DC_t1_p4_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t1_p4_c0_b1) c_u_Capacity(P_DC_t1_p4_c0_b1)_ -3.5048784480244874
     Count(P_DC_t1_p4_c0_b1) c_u_KvLinks(P_DC_t1_p4_c0_b1)_ -640
     Count(P_DC_t1_p4_c0_b1) c_u_PowerBudget_ 7.9580786405131221e-13
     Count(P_DC_t1_p4_c0_b1) c_e_ShareSum(DC_prefill)_ -7.9580786405131221e-13
     Count(P_DC_t1_p4_c0_b1) c_u_UsedLink(P_DC_t1_p4_c0_b1)_ 1
     Count(P_DC_t1_p4_c0_b1) c_u_PointHot(P_DC_t1_p4_c0_b1)_ -204.17424734306002
     Count(P_DC_t1_p5_c0_b1) Objective 5.2295945351943374e-12
     Count(P_DC_t1_p5_c0_b1) c_e_TileCountLink(P_DC_t1_p5_c0)_ -1
     Count(P_DC_t1_p5_c0_b1) c_u_SiteTotal_ 5
     Count(P_DC_t1_p5_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t1_p5_c0_b1) c_u_Capacity(P_DC_t1_p5_c0_b1)_ -4.5834949904634206
     Count(P_DC_t1_p5_c0_b1) c_u_KvLinks(P_DC_t1_p5_c0_b1)_ -800
     Count(P_DC_t1_p5_c0_b1) c_u_PowerBudget_ 5.2295945351943374e-12
     Count(P_DC_t1_p5_c0_b1) c_e_ShareSum(DC_prefill)_ -5.2295945351943374e-12
     Count(P_DC_t1_p5_c0_b1) c_u_UsedLink(P_DC_t1_p5_c0_b1)_ 1
     Count(P_DC_t1_p5_c0_b1) c_u_PointHot(P_DC_t1_p5_c0_b1)_ -213.60679016217699
     Count(P_DC_t1_p6_c0_b1) Objective 2.2737367544323206e-13
     Count(P_DC_t1_p6_c0_b1) c_e_TileCountLink(P_DC_t1_p6_c0)_ -1
     Count(P_DC_t1_p6_c0_b1) c_u_SiteTotal_ 6
     Count(P_DC_t1_p6_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t1_p6_c0_b1) c_u_Capacity(P_DC_t1_p6_c0_b1)_ -5.3585012017750726
     Count(P_DC_t1_p6_c0_b1) c_u_KvLinks(P_DC_t1_p6_c0_b1)_ -960
     Count(P_DC_t1_p6_c0_b1) c_u_PowerBudget_ 2.2737367544323206e-13
     Count(P_DC_t1_p6_c0_b1) c_e_ShareSum(DC_prefill)_ -2.2737367544323206e-13
     Count(P_DC_t1_p6_c0_b1) c_u_UsedLink(P_DC_t1_p6_c0_b1)_ 1
     Count(P_DC_t1_p6_c0_b1) c_u_PointHot(P_DC_t1_p6_c0_b1)_ -208.10412218409897
     Count(P_DC_t1_p8_c0_b1) Objective 5.0022208597511053e-12
     Count(P_DC_t1_p8_c0_b1) c_e_TileCountLink(P_DC_t1_p8_c0)_ -1
     Count(P_DC_t1_p8_c0_b1) c_u_SiteTotal_ 8
     Count(P_DC_t1_p8_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t1_p8_c0_b1) c_u_Capacity(P_DC_t1_p8_c0_b1)_ -7.8538011271023356
     Count(P_DC_t1_p8_c0_b1) c_u_KvLinks(P_DC_t1_p8_c0_b1)_ -1280
     Count(P_DC_t1_p8_c0_b1) c_u_PowerBudget_ 5.0022208597511053e-12
     Count(P_DC_t1_p8_c0_b1) c_e_ShareSum(DC_prefill)_ -5.0022208597511053e-12
     Count(P_DC_t1_p8_c0_b1) c_u_UsedLink(P_DC_t1_p8_c0_b1)_ 1
     Count(P_DC_t1_p8_c0_b1) c_u_PointHot(P_DC_t1_p8_c0_b1)_ -228.75949065711541
     Count(P_DC_t2_p2_c0_b1) Objective 2.7284841053187847e-12
     Count(P_DC_t2_p2_c0_b1) c_e_TileCountLink(P_DC_t2_p2_c0)_ -1
     Count(P_DC_t2_p2_c0_b1) c_u_SiteTotal_ 4
     Count(P_DC_t2_p2_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t2_p2_c0_b1) c_u_Capacity(P_DC_t2_p2_c0_b1)_ -3.4900460710769385
     Count(P_DC_t2_p2_c0_b1) c_u_KvLinks(P_DC_t2_p2_c0_b1)_ -640
     Count(P_DC_t2_p2_c0_b1) c_u_PowerBudget_ 2.7284841053187847e-12
     Count(P_DC_t2_p2_c0_b1) c_e_ShareSum(DC_prefill)_ -2.7284841053187847e-12
     Count(P_DC_t2_p2_c0_b1) c_u_UsedLink(P_DC_t2_p2_c0_b1)_ 1
     Count(P_DC_t2_p2_c0_b1) c_u_PointHot(P_DC_t2_p2_c0_b1)_ -203.08680693101687
     Count(P_DC_t2_p2_c1_b1) Objective 1.2505552149377763e-12
     Count(P_DC_t2_p2_c1_b1) c_e_TileCountLink(P_DC_t2_p2_c1)_ -1
     Count(P_DC_t2_p2_c1_b1) c_u_SiteTotal_ 4
     Count(P_DC_t2_p2_c1_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t2_p2_c1_b1) c_u_Capacity(P_DC_t2_p2_c1_b1)_ -3.4888104464322947
     Count(P_DC_t2_p2_c1_b1) c_u_KvLinks(P_DC_t2_p2_c1_b1)_ -640
     Count(P_DC_t2_p2_c1_b1) c_u_PowerBudget_ 1.2505552149377763e-12
     Count(P_DC_t2_p2_c1_b1) c_e_ShareSum(DC_prefill)_ -1.2505552149377763e-12
     Count(P_DC_t2_p2_c1_b1) c_u_UsedLink(P_DC_t2_p2_c1_b1)_ 1
     Count(P_DC_t2_p2_c1_b1) c_u_PointHot(P_DC_t2_p2_c1_b1)_ -203.01504762537627
     Count(P_DC_t2_p3_c0_b1) Objective 2.0463630789890885e-12
     Count(P_DC_t2_p3_c0_b1) c_e_TileCountLink(P_DC_t2_p3_c0)_ -1
     Count(P_DC_t2_p3_c0_b1) c_u_SiteTotal_ 6
     Count(P_DC_t2_p3_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t2_p3_c0_b1) c_u_Capacity(P_DC_t2_p3_c0_b1)_ -5.4736037794781636
     Count(P_DC_t2_p3_c0_b1) c_u_KvLinks(P_DC_t2_p3_c0_b1)_ -960
     Count(P_DC_t2_p3_c0_b1) c_u_PowerBudget_ 2.0463630789890885e-12
     Count(P_DC_t2_p3_c0_b1) c_e_ShareSum(DC_prefill)_ -2.0463630789890885e-12
     Count(P_DC_t2_p3_c0_b1) c_u_UsedLink(P_DC_t2_p3_c0_b1)_ 1
     Count(P_DC_t2_p3_c0_b1) c_u_PointHot(P_DC_t2_p3_c0_b1)_ -212.34055733992875
     Count(P_DC_t2_p3_c1_b1) Objective 6.8212102632969618e-13
     Count(P_DC_t2_p3_c1_b1) c_e_TileCountLink(P_DC_t2_p3_c1)_ -1
     Count(P_DC_t2_p3_c1_b1) c_u_SiteTotal_ 6
     Count(P_DC_t2_p3_c1_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t2_p3_c1_b1) c_u_Capacity(P_DC_t2_p3_c1_b1)_ -5.4703754653755388
     Count(P_DC_t2_p3_c1_b1) c_u_KvLinks(P_DC_t2_p3_c1_b1)_ -960
     Count(P_DC_t2_p3_c1_b1) c_u_PowerBudget_ 6.8212102632969618e-13
     Count(P_DC_t2_p3_c1_b1) c_e_ShareSum(DC_prefill)_ -6.8212102632969618e-13
     Count(P_DC_t2_p3_c1_b1) c_u_UsedLink(P_DC_t2_p3_c1_b1)_ 1
     Count(P_DC_t2_p3_c1_b1) c_u_PointHot(P_DC_t2_p3_c1_b1)_ -212.21561654127697
     Count(P_DC_t2_p4_c0_b1) Objective 3.4106051316484809e-12
     Count(P_DC_t2_p4_c0_b1) c_e_TileCountLink(P_DC_t2_p4_c0)_ -1
     Count(P_DC_t2_p4_c0_b1) c_u_SiteTotal_ 8
     Count(P_DC_t2_p4_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t2_p4_c0_b1) c_u_Capacity(P_DC_t2_p4_c0_b1)_ -7.6167819202034215
     Count(P_DC_t2_p4_c0_b1) c_u_KvLinks(P_DC_t2_p4_c0_b1)_ -1280
     Count(P_DC_t2_p4_c0_b1) c_u_PowerBudget_ 3.4106051316484809e-12
     Count(P_DC_t2_p4_c0_b1) c_e_ShareSum(DC_prefill)_ -3.4106051316484809e-12
     Count(P_DC_t2_p4_c0_b1) c_u_UsedLink(P_DC_t2_p4_c0_b1)_ 1
     Count(P_DC_t2_p4_c0_b1) c_u_PointHot(P_DC_t2_p4_c0_b1)_ -221.61216495619351
     Count(P_DC_t4_p1_c0_b1) Objective 3.4106051316484809e-12
     Count(P_DC_t4_p1_c0_b1) c_e_TileCountLink(P_DC_t4_p1_c0)_ -1
     Count(P_DC_t4_p1_c0_b1) c_u_SiteTotal_ 4
     Count(P_DC_t4_p1_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_DC_t4_p1_c0_b1) c_u_Capacity(P_DC_t4_p1_c0_b1)_ -3.1489734937556833
     Count(P_DC_t4_p1_c0_b1) c_u_KvLinks(P_DC_t4_p1_c0_b1)_ -640
     Count(P_DC_t4_p1_c0_b1) c_u_PowerBudget_ 3.4106051316484809e-12
     Count(P_DC_t4_p1_c0_b1) c_e_ShareSum(DC_prefill)_ -3.4106051316484809e-12
     Count(P_DC_t4_p1_c0_b1) c_u_UsedLink(P_DC_t4_p1_c0_b1)_ 1
     Count(P_DC_t4_p1_c0_b1) c_u_PointHot(P_DC_t4_p1_c0_b1)_ -183.13015214621311
     Count(P_PC_t1_p5_c0_b1) Objective 9.0949470177292824e-12
     Count(P_PC_t1_p5_c0_b1) c_e_TileCountLink(P_PC_t1_p5_c0)_ -1
     Count(P_PC_t1_p5_c0_b1) c_u_SiteTotal_ 5
     Count(P_PC_t1_p5_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_PC_t1_p5_c0_b1) c_u_Capacity(P_PC_t1_p5_c0_b1)_ -4.5816343487396907
     Count(P_PC_t1_p5_c0_b1) c_u_KvLinks(P_PC_t1_p5_c0_b1)_ -800
     Count(P_PC_t1_p5_c0_b1) c_u_PowerBudget_ 9.0949470177292824e-12
     Count(P_PC_t1_p5_c0_b1) c_e_ShareSum(PC_prefill)_ -9.0949470177292824e-12
     Count(P_PC_t1_p5_c0_b1) c_u_UsedLink(P_PC_t1_p5_c0_b1)_ 1
     Count(P_PC_t1_p5_c0_b1) c_u_PointHot(P_PC_t1_p5_c0_b1)_ -213.5200777937599
     Count(P_PC_t1_p6_c0_b1) Objective 2.2737367544323206e-13
     Count(P_PC_t1_p6_c0_b1) c_e_TileCountLink(P_PC_t1_p6_c0)_ -1
     Count(P_PC_t1_p6_c0_b1) c_u_SiteTotal_ 6
     Count(P_PC_t1_p6_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_PC_t1_p6_c0_b1) c_u_Capacity(P_PC_t1_p6_c0_b1)_ -5.3585012017750726
     Count(P_PC_t1_p6_c0_b1) c_u_KvLinks(P_PC_t1_p6_c0_b1)_ -960
     Count(P_PC_t1_p6_c0_b1) c_u_PowerBudget_ 2.2737367544323206e-13
     Count(P_PC_t1_p6_c0_b1) c_e_ShareSum(PC_prefill)_ -2.2737367544323206e-13
     Count(P_PC_t1_p6_c0_b1) c_u_UsedLink(P_PC_t1_p6_c0_b1)_ 1
     Count(P_PC_t1_p6_c0_b1) c_u_PointHot(P_PC_t1_p6_c0_b1)_ -208.10412218409897
     Count(P_PC_t1_p8_c0_b1) Objective 9.0949470177292824e-13
     Count(P_PC_t1_p8_c0_b1) c_e_TileCountLink(P_PC_t1_p8_c0)_ -1
     Count(P_PC_t1_p8_c0_b1) c_u_SiteTotal_ 8
     Count(P_PC_t1_p8_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_PC_t1_p8_c0_b1) c_u_Capacity(P_PC_t1_p8_c0_b1)_ -7.8471673869353422
     Count(P_PC_t1_p8_c0_b1) c_u_KvLinks(P_PC_t1_p8_c0_b1)_ -1280
     Count(P_PC_t1_p8_c0_b1) c_u_PowerBudget_ 9.0949470177292824e-13
     Count(P_PC_t1_p8_c0_b1) c_e_ShareSum(PC_prefill)_ -9.0949470177292824e-13
     Count(P_PC_t1_p8_c0_b1) c_u_UsedLink(P_PC_t1_p8_c0_b1)_ 1
     Count(P_PC_t1_p8_c0_b1) c_u_PointHot(P_PC_t1_p8_c0_b1)_ -228.56626816558676
     Count(P_PC_t2_p3_c0_b1) Objective 6.8212102632969618e-13
     Count(P_PC_t2_p3_c0_b1) c_e_TileCountLink(P_PC_t2_p3_c0)_ -1
     Count(P_PC_t2_p3_c0_b1) c_u_SiteTotal_ 6
     Count(P_PC_t2_p3_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_PC_t2_p3_c0_b1) c_u_Capacity(P_PC_t2_p3_c0_b1)_ -5.4735369101112159
     Count(P_PC_t2_p3_c0_b1) c_u_KvLinks(P_PC_t2_p3_c0_b1)_ -960
     Count(P_PC_t2_p3_c0_b1) c_u_PowerBudget_ 6.8212102632969618e-13
     Count(P_PC_t2_p3_c0_b1) c_e_ShareSum(PC_prefill)_ -6.8212102632969618e-13
     Count(P_PC_t2_p3_c0_b1) c_u_UsedLink(P_PC_t2_p3_c0_b1)_ 1
     Count(P_PC_t2_p3_c0_b1) c_u_PointHot(P_PC_t2_p3_c0_b1)_ -212.33796323936591
     Count(P_PC_t2_p3_c1_b1) Objective 6.8212102632969618e-13
     Count(P_PC_t2_p3_c1_b1) c_e_TileCountLink(P_PC_t2_p3_c1)_ -1
     Count(P_PC_t2_p3_c1_b1) c_u_SiteTotal_ 6
     Count(P_PC_t2_p3_c1_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_PC_t2_p3_c1_b1) c_u_Capacity(P_PC_t2_p3_c1_b1)_ -5.4703754653755388
     Count(P_PC_t2_p3_c1_b1) c_u_KvLinks(P_PC_t2_p3_c1_b1)_ -960
     Count(P_PC_t2_p3_c1_b1) c_u_PowerBudget_ 6.8212102632969618e-13
     Count(P_PC_t2_p3_c1_b1) c_e_ShareSum(PC_prefill)_ -6.8212102632969618e-13
     Count(P_PC_t2_p3_c1_b1) c_u_UsedLink(P_PC_t2_p3_c1_b1)_ 1
     Count(P_PC_t2_p3_c1_b1) c_u_PointHot(P_PC_t2_p3_c1_b1)_ -212.21561654127697
     Count(P_PC_t2_p4_c0_b1) Objective 1.0686562745831907e-11
     Count(P_PC_t2_p4_c0_b1) c_e_TileCountLink(P_PC_t2_p4_c0)_ -1
     Count(P_PC_t2_p4_c0_b1) c_u_SiteTotal_ 8
     Count(P_PC_t2_p4_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_PC_t2_p4_c0_b1) c_u_Capacity(P_PC_t2_p4_c0_b1)_ -7.6167071904642061
     Count(P_PC_t2_p4_c0_b1) c_u_KvLinks(P_PC_t2_p4_c0_b1)_ -1280
     Count(P_PC_t2_p4_c0_b1) c_u_PowerBudget_ 1.0686562745831907e-11
     Count(P_PC_t2_p4_c0_b1) c_e_ShareSum(PC_prefill)_ -1.0686562745831907e-11
     Count(P_PC_t2_p4_c0_b1) c_u_UsedLink(P_PC_t2_p4_c0_b1)_ 1
     Count(P_PC_t2_p4_c0_b1) c_u_PointHot(P_PC_t2_p4_c0_b1)_ -221.60999067583805
     Count(P_PC_t4_p2_c0_b1) Objective 1.1368683772161603e-12
     Count(P_PC_t4_p2_c0_b1) c_e_TileCountLink(P_PC_t4_p2_c0)_ -1
     Count(P_PC_t4_p2_c0_b1) c_u_SiteTotal_ 8
     Count(P_PC_t4_p2_c0_b1) c_l_InstancesPerRole(prefill)_ 1
     Count(P_PC_t4_p2_c0_b1) c_u_Capacity(P_PC_t4_p2_c0_b1)_ -6.8610538669192982
     Count(P_PC_t4_p2_c0_b1) c_u_KvLinks(P_PC_t4_p2_c0_b1)_ -1280
     Count(P_PC_t4_p2_c0_b1) c_u_PowerBudget_ 1.1368683772161603e-12
     Count(P_PC_t4_p2_c0_b1) c_e_ShareSum(PC_prefill)_ -1.1368683772161603e-12
     Count(P_PC_t4_p2_c0_b1) c_u_UsedLink(P_PC_t4_p2_c0_b1)_ 1
     Count(P_PC_t4_p2_c0_b1) c_u_PointHot(P_PC_t4_p2_c0_b1)_ -199.77250520454334
     Flow(D_DC_t1_p3_c0_b16) Objective 2.8095248515945932
     Flow(D_DC_t1_p3_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p3_c0_b16) c_u_Capacity(D_DC_t1_p3_c0_b16)_ 1
     Flow(D_DC_t1_p3_c0_b16) c_u_KvLinks(D_DC_t1_p3_c0_b16)_ 0.67862528
     Flow(D_DC_t1_p3_c0_b16) c_u_PowerBudget_ 2.8095248515945932
     Flow(D_DC_t1_p3_c0_b16) c_e_ShareSum(DC_decode)_ -2.8095248515945932
     Flow(D_DC_t1_p3_c0_b16) c_u_PointHot(D_DC_t1_p3_c0_b16)_ 0.9365082838648644
     Flow(D_DC_t1_p3_c0_b2) Objective 22.010457246472807
     Flow(D_DC_t1_p3_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p3_c0_b2) c_u_Capacity(D_DC_t1_p3_c0_b2)_ 1
     Flow(D_DC_t1_p3_c0_b2) c_u_KvLinks(D_DC_t1_p3_c0_b2)_ 0.67862528
     Flow(D_DC_t1_p3_c0_b2) c_u_PowerBudget_ 22.010457246472807
     Flow(D_DC_t1_p3_c0_b2) c_e_ShareSum(DC_decode)_ -22.010457246472807
     Flow(D_DC_t1_p3_c0_b2) c_u_PointHot(D_DC_t1_p3_c0_b2)_ 7.3368190821576027
     Flow(D_DC_t1_p3_c0_b32) Objective 2.8313421719801988
     Flow(D_DC_t1_p3_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p3_c0_b32) c_u_Capacity(D_DC_t1_p3_c0_b32)_ 1
     Flow(D_DC_t1_p3_c0_b32) c_u_KvLinks(D_DC_t1_p3_c0_b32)_ 0.67862528
     Flow(D_DC_t1_p3_c0_b32) c_u_PowerBudget_ 2.8313421719801988
     Flow(D_DC_t1_p3_c0_b32) c_e_ShareSum(DC_decode)_ -2.8313421719801988
     Flow(D_DC_t1_p3_c0_b32) c_u_PointHot(D_DC_t1_p3_c0_b32)_ 0.94378072399339963
     Flow(D_DC_t1_p3_c0_b4) Objective 11.942443325096223
     Flow(D_DC_t1_p3_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p3_c0_b4) c_u_Capacity(D_DC_t1_p3_c0_b4)_ 1
     Flow(D_DC_t1_p3_c0_b4) c_u_KvLinks(D_DC_t1_p3_c0_b4)_ 0.67862528
     Flow(D_DC_t1_p3_c0_b4) c_u_PowerBudget_ 11.942443325096223
     Flow(D_DC_t1_p3_c0_b4) c_e_ShareSum(DC_decode)_ -11.942443325096223
     Flow(D_DC_t1_p3_c0_b4) c_u_PointHot(D_DC_t1_p3_c0_b4)_ 3.9808144416987408
     Flow(D_DC_t1_p3_c0_b64) Objective 0.66766921923857125
     Flow(D_DC_t1_p3_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p3_c0_b64) c_u_Capacity(D_DC_t1_p3_c0_b64)_ 1
     Flow(D_DC_t1_p3_c0_b64) c_u_KvLinks(D_DC_t1_p3_c0_b64)_ 0.67862528
     Flow(D_DC_t1_p3_c0_b64) c_u_PowerBudget_ 0.66766921923857125
     Flow(D_DC_t1_p3_c0_b64) c_e_ShareSum(DC_decode)_ -0.66766921923857125
     Flow(D_DC_t1_p3_c0_b64) c_u_PointHot(D_DC_t1_p3_c0_b64)_ 0.22255640641285709
     Flow(D_DC_t1_p3_c0_b8) Objective 3.2802519864343247
     Flow(D_DC_t1_p3_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p3_c0_b8) c_u_Capacity(D_DC_t1_p3_c0_b8)_ 1
     Flow(D_DC_t1_p3_c0_b8) c_u_KvLinks(D_DC_t1_p3_c0_b8)_ 0.67862528
     Flow(D_DC_t1_p3_c0_b8) c_u_PowerBudget_ 3.2802519864343247
     Flow(D_DC_t1_p3_c0_b8) c_e_ShareSum(DC_decode)_ -3.2802519864343247
     Flow(D_DC_t1_p3_c0_b8) c_u_PointHot(D_DC_t1_p3_c0_b8)_ 1.0934173288114415
     Flow(D_DC_t1_p4_c0_b1) Objective 22.010453061978019
     Flow(D_DC_t1_p4_c0_b1) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p4_c0_b1) c_u_Capacity(D_DC_t1_p4_c0_b1)_ 1
     Flow(D_DC_t1_p4_c0_b1) c_u_KvLinks(D_DC_t1_p4_c0_b1)_ 0.67862528
     Flow(D_DC_t1_p4_c0_b1) c_u_PowerBudget_ 22.010453061978019
     Flow(D_DC_t1_p4_c0_b1) c_e_ShareSum(DC_decode)_ -22.010453061978019
     Flow(D_DC_t1_p4_c0_b1) c_u_PointHot(D_DC_t1_p4_c0_b1)_ 5.5026132654945048
     Flow(D_DC_t1_p4_c0_b16) Objective 2.8667030855336333
     Flow(D_DC_t1_p4_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p4_c0_b16) c_u_Capacity(D_DC_t1_p4_c0_b16)_ 1
     Flow(D_DC_t1_p4_c0_b16) c_u_KvLinks(D_DC_t1_p4_c0_b16)_ 0.67862528
     Flow(D_DC_t1_p4_c0_b16) c_u_PowerBudget_ 2.8667030855336333
     Flow(D_DC_t1_p4_c0_b16) c_e_ShareSum(DC_decode)_ -2.8667030855336333
     Flow(D_DC_t1_p4_c0_b16) c_u_PointHot(D_DC_t1_p4_c0_b16)_ 0.71667577138340832
     Flow(D_DC_t1_p4_c0_b2) Objective 22.010453061977824
     Flow(D_DC_t1_p4_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p4_c0_b2) c_u_Capacity(D_DC_t1_p4_c0_b2)_ 1
     Flow(D_DC_t1_p4_c0_b2) c_u_KvLinks(D_DC_t1_p4_c0_b2)_ 0.67862528
     Flow(D_DC_t1_p4_c0_b2) c_u_PowerBudget_ 22.010453061977824
     Flow(D_DC_t1_p4_c0_b2) c_e_ShareSum(DC_decode)_ -22.010453061977824
     Flow(D_DC_t1_p4_c0_b2) c_u_PointHot(D_DC_t1_p4_c0_b2)_ 5.502613265494456
     Flow(D_DC_t1_p4_c0_b32) Objective 2.8331877508434915
     Flow(D_DC_t1_p4_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p4_c0_b32) c_u_Capacity(D_DC_t1_p4_c0_b32)_ 1
     Flow(D_DC_t1_p4_c0_b32) c_u_KvLinks(D_DC_t1_p4_c0_b32)_ 0.67862528
     Flow(D_DC_t1_p4_c0_b32) c_u_PowerBudget_ 2.8331877508434915
     Flow(D_DC_t1_p4_c0_b32) c_e_ShareSum(DC_decode)_ -2.8331877508434915
     Flow(D_DC_t1_p4_c0_b32) c_u_PointHot(D_DC_t1_p4_c0_b32)_ 0.70829693771087288
     Flow(D_DC_t1_p4_c0_b4) Objective 21.977571446148797
     Flow(D_DC_t1_p4_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p4_c0_b4) c_u_Capacity(D_DC_t1_p4_c0_b4)_ 1
     Flow(D_DC_t1_p4_c0_b4) c_u_KvLinks(D_DC_t1_p4_c0_b4)_ 0.67862528
     Flow(D_DC_t1_p4_c0_b4) c_u_PowerBudget_ 21.977571446148797
     Flow(D_DC_t1_p4_c0_b4) c_e_ShareSum(DC_decode)_ -21.977571446148797
     Flow(D_DC_t1_p4_c0_b4) c_u_PointHot(D_DC_t1_p4_c0_b4)_ 5.4943928615371993
     Flow(D_DC_t1_p4_c0_b64) Objective 2.6696463099338428
     Flow(D_DC_t1_p4_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p4_c0_b64) c_u_Capacity(D_DC_t1_p4_c0_b64)_ 1
     Flow(D_DC_t1_p4_c0_b64) c_u_KvLinks(D_DC_t1_p4_c0_b64)_ 0.67862528
     Flow(D_DC_t1_p4_c0_b64) c_u_PowerBudget_ 2.6696463099338428
     Flow(D_DC_t1_p4_c0_b64) c_e_ShareSum(DC_decode)_ -2.6696463099338428
     Flow(D_DC_t1_p4_c0_b64) c_u_PointHot(D_DC_t1_p4_c0_b64)_ 0.66741157748346069
     Flow(D_DC_t1_p4_c0_b8) Objective 4.2231086866428953
     Flow(D_DC_t1_p4_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p4_c0_b8) c_u_Capacity(D_DC_t1_p4_c0_b8)_ 1
     Flow(D_DC_t1_p4_c0_b8) c_u_KvLinks(D_DC_t1_p4_c0_b8)_ 0.67862528
     Flow(D_DC_t1_p4_c0_b8) c_u_PowerBudget_ 4.2231086866428953
     Flow(D_DC_t1_p4_c0_b8) c_e_ShareSum(DC_decode)_ -4.2231086866428953
     Flow(D_DC_t1_p4_c0_b8) c_u_PointHot(D_DC_t1_p4_c0_b8)_ 1.0557771716607238
     Flow(D_DC_t1_p5_c0_b16) Objective 2.7871744646812568
     Flow(D_DC_t1_p5_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p5_c0_b16) c_u_Capacity(D_DC_t1_p5_c0_b16)_ 1
     Flow(D_DC_t1_p5_c0_b16) c_u_KvLinks(D_DC_t1_p5_c0_b16)_ 0.67862528
     Flow(D_DC_t1_p5_c0_b16) c_u_PowerBudget_ 2.7871744646812568
     Flow(D_DC_t1_p5_c0_b16) c_e_ShareSum(DC_decode)_ -2.7871744646812568
     Flow(D_DC_t1_p5_c0_b16) c_u_PointHot(D_DC_t1_p5_c0_b16)_ 0.55743489293625137
     Flow(D_DC_t1_p5_c0_b2) Objective 22.010448877643569
     Flow(D_DC_t1_p5_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p5_c0_b2) c_u_Capacity(D_DC_t1_p5_c0_b2)_ 1
     Flow(D_DC_t1_p5_c0_b2) c_u_KvLinks(D_DC_t1_p5_c0_b2)_ 0.67862528
     Flow(D_DC_t1_p5_c0_b2) c_u_PowerBudget_ 22.010448877643569
     Flow(D_DC_t1_p5_c0_b2) c_e_ShareSum(DC_decode)_ -22.010448877643569
     Flow(D_DC_t1_p5_c0_b2) c_u_PointHot(D_DC_t1_p5_c0_b2)_ 4.4020897755287134
     Flow(D_DC_t1_p5_c0_b32) Objective 2.8094273876157301
     Flow(D_DC_t1_p5_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p5_c0_b32) c_u_Capacity(D_DC_t1_p5_c0_b32)_ 1
     Flow(D_DC_t1_p5_c0_b32) c_u_KvLinks(D_DC_t1_p5_c0_b32)_ 0.67862528
     Flow(D_DC_t1_p5_c0_b32) c_u_PowerBudget_ 2.8094273876157301
     Flow(D_DC_t1_p5_c0_b32) c_e_ShareSum(DC_decode)_ -2.8094273876157301
     Flow(D_DC_t1_p5_c0_b32) c_u_PointHot(D_DC_t1_p5_c0_b32)_ 0.56188547752314599
     Flow(D_DC_t1_p5_c0_b4) Objective 22.010448877643515
     Flow(D_DC_t1_p5_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p5_c0_b4) c_u_Capacity(D_DC_t1_p5_c0_b4)_ 1
     Flow(D_DC_t1_p5_c0_b4) c_u_KvLinks(D_DC_t1_p5_c0_b4)_ 0.67862528
     Flow(D_DC_t1_p5_c0_b4) c_u_PowerBudget_ 22.010448877643515
     Flow(D_DC_t1_p5_c0_b4) c_e_ShareSum(DC_decode)_ -22.010448877643515
     Flow(D_DC_t1_p5_c0_b4) c_u_PointHot(D_DC_t1_p5_c0_b4)_ 4.4020897755287027
     Flow(D_DC_t1_p5_c0_b64) Objective 2.8253323706074616
     Flow(D_DC_t1_p5_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p5_c0_b64) c_u_Capacity(D_DC_t1_p5_c0_b64)_ 1
     Flow(D_DC_t1_p5_c0_b64) c_u_KvLinks(D_DC_t1_p5_c0_b64)_ 0.67862528
     Flow(D_DC_t1_p5_c0_b64) c_u_PowerBudget_ 2.8253323706074616
     Flow(D_DC_t1_p5_c0_b64) c_e_ShareSum(DC_decode)_ -2.8253323706074616
     Flow(D_DC_t1_p5_c0_b64) c_u_PointHot(D_DC_t1_p5_c0_b64)_ 0.56506647412149236
     Flow(D_DC_t1_p5_c0_b8) Objective 6.1042445896998032
     Flow(D_DC_t1_p5_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p5_c0_b8) c_u_Capacity(D_DC_t1_p5_c0_b8)_ 1
     Flow(D_DC_t1_p5_c0_b8) c_u_KvLinks(D_DC_t1_p5_c0_b8)_ 0.67862528
     Flow(D_DC_t1_p5_c0_b8) c_u_PowerBudget_ 6.1042445896998032
     Flow(D_DC_t1_p5_c0_b8) c_e_ShareSum(DC_decode)_ -6.1042445896998032
     Flow(D_DC_t1_p5_c0_b8) c_u_PointHot(D_DC_t1_p5_c0_b8)_ 1.2208489179399606
     Flow(D_DC_t1_p6_c0_b16) Objective 2.8940093801006901
     Flow(D_DC_t1_p6_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p6_c0_b16) c_u_Capacity(D_DC_t1_p6_c0_b16)_ 1
     Flow(D_DC_t1_p6_c0_b16) c_u_KvLinks(D_DC_t1_p6_c0_b16)_ 0.67862528
     Flow(D_DC_t1_p6_c0_b16) c_u_PowerBudget_ 2.8940093801006901
     Flow(D_DC_t1_p6_c0_b16) c_e_ShareSum(DC_decode)_ -2.8940093801006901
     Flow(D_DC_t1_p6_c0_b16) c_u_PointHot(D_DC_t1_p6_c0_b16)_ 0.48233489668344837
     Flow(D_DC_t1_p6_c0_b32) Objective 2.8019024669410806
     Flow(D_DC_t1_p6_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p6_c0_b32) c_u_Capacity(D_DC_t1_p6_c0_b32)_ 1
     Flow(D_DC_t1_p6_c0_b32) c_u_KvLinks(D_DC_t1_p6_c0_b32)_ 0.67862528
     Flow(D_DC_t1_p6_c0_b32) c_u_PowerBudget_ 2.8019024669410806
     Flow(D_DC_t1_p6_c0_b32) c_e_ShareSum(DC_decode)_ -2.8019024669410806
     Flow(D_DC_t1_p6_c0_b32) c_u_PointHot(D_DC_t1_p6_c0_b32)_ 0.4669837444901801
     Flow(D_DC_t1_p6_c0_b4) Objective 22.010444693469488
     Flow(D_DC_t1_p6_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p6_c0_b4) c_u_Capacity(D_DC_t1_p6_c0_b4)_ 1
     Flow(D_DC_t1_p6_c0_b4) c_u_KvLinks(D_DC_t1_p6_c0_b4)_ 0.67862528
     Flow(D_DC_t1_p6_c0_b4) c_u_PowerBudget_ 22.010444693469488
     Flow(D_DC_t1_p6_c0_b4) c_e_ShareSum(DC_decode)_ -22.010444693469488
     Flow(D_DC_t1_p6_c0_b4) c_u_PointHot(D_DC_t1_p6_c0_b4)_ 3.6684074489115814
     Flow(D_DC_t1_p6_c0_b64) Objective 2.8254254186303687
     Flow(D_DC_t1_p6_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p6_c0_b64) c_u_Capacity(D_DC_t1_p6_c0_b64)_ 1
     Flow(D_DC_t1_p6_c0_b64) c_u_KvLinks(D_DC_t1_p6_c0_b64)_ 0.67862528
     Flow(D_DC_t1_p6_c0_b64) c_u_PowerBudget_ 2.8254254186303687
     Flow(D_DC_t1_p6_c0_b64) c_e_ShareSum(DC_decode)_ -2.8254254186303687
     Flow(D_DC_t1_p6_c0_b64) c_u_PointHot(D_DC_t1_p6_c0_b64)_ 0.4709042364383948
     Flow(D_DC_t1_p6_c0_b8) Objective 9.5671562639779975
     Flow(D_DC_t1_p6_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p6_c0_b8) c_u_Capacity(D_DC_t1_p6_c0_b8)_ 1
     Flow(D_DC_t1_p6_c0_b8) c_u_KvLinks(D_DC_t1_p6_c0_b8)_ 0.67862528
     Flow(D_DC_t1_p6_c0_b8) c_u_PowerBudget_ 9.5671562639779975
     Flow(D_DC_t1_p6_c0_b8) c_e_ShareSum(DC_decode)_ -9.5671562639779975
     Flow(D_DC_t1_p6_c0_b8) c_u_PointHot(D_DC_t1_p6_c0_b8)_ 1.5945260439963329
     Flow(D_DC_t1_p8_c0_b32) Objective 2.8484512654229905
     Flow(D_DC_t1_p8_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p8_c0_b32) c_u_Capacity(D_DC_t1_p8_c0_b32)_ 1
     Flow(D_DC_t1_p8_c0_b32) c_u_KvLinks(D_DC_t1_p8_c0_b32)_ 0.67862528
     Flow(D_DC_t1_p8_c0_b32) c_u_PowerBudget_ 2.8484512654229905
     Flow(D_DC_t1_p8_c0_b32) c_e_ShareSum(DC_decode)_ -2.8484512654229905
     Flow(D_DC_t1_p8_c0_b32) c_u_PointHot(D_DC_t1_p8_c0_b32)_ 0.35605640817787382
     Flow(D_DC_t1_p8_c0_b4) Objective 22.010436325602338
     Flow(D_DC_t1_p8_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p8_c0_b4) c_u_Capacity(D_DC_t1_p8_c0_b4)_ 1
     Flow(D_DC_t1_p8_c0_b4) c_u_KvLinks(D_DC_t1_p8_c0_b4)_ 0.67862528
     Flow(D_DC_t1_p8_c0_b4) c_u_PowerBudget_ 22.010436325602338
     Flow(D_DC_t1_p8_c0_b4) c_e_ShareSum(DC_decode)_ -22.010436325602338
     Flow(D_DC_t1_p8_c0_b4) c_u_PointHot(D_DC_t1_p8_c0_b4)_ 2.7513045407002923
     Flow(D_DC_t1_p8_c0_b64) Objective 2.8286295662751471
     Flow(D_DC_t1_p8_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p8_c0_b64) c_u_Capacity(D_DC_t1_p8_c0_b64)_ 1
     Flow(D_DC_t1_p8_c0_b64) c_u_KvLinks(D_DC_t1_p8_c0_b64)_ 0.67862528
     Flow(D_DC_t1_p8_c0_b64) c_u_PowerBudget_ 2.8286295662751471
     Flow(D_DC_t1_p8_c0_b64) c_e_ShareSum(DC_decode)_ -2.8286295662751471
     Flow(D_DC_t1_p8_c0_b64) c_u_PointHot(D_DC_t1_p8_c0_b64)_ 0.35357869578439338
     Flow(D_DC_t1_p8_c0_b8) Objective 21.89661287430291
     Flow(D_DC_t1_p8_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t1_p8_c0_b8) c_u_Capacity(D_DC_t1_p8_c0_b8)_ 1
     Flow(D_DC_t1_p8_c0_b8) c_u_KvLinks(D_DC_t1_p8_c0_b8)_ 0.67862528
     Flow(D_DC_t1_p8_c0_b8) c_u_PowerBudget_ 21.89661287430291
     Flow(D_DC_t1_p8_c0_b8) c_e_ShareSum(DC_decode)_ -21.89661287430291
     Flow(D_DC_t1_p8_c0_b8) c_u_PointHot(D_DC_t1_p8_c0_b8)_ 2.7370766092878638
     Flow(D_DC_t2_p2_c0_b1) Objective 22.469834672375598
     Flow(D_DC_t2_p2_c0_b1) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c0_b1) c_u_Capacity(D_DC_t2_p2_c0_b1)_ 1
     Flow(D_DC_t2_p2_c0_b1) c_u_KvLinks(D_DC_t2_p2_c0_b1)_ 0.67862528
     Flow(D_DC_t2_p2_c0_b1) c_u_PowerBudget_ 22.469834672375598
     Flow(D_DC_t2_p2_c0_b1) c_e_ShareSum(DC_decode)_ -22.469834672375598
     Flow(D_DC_t2_p2_c0_b1) c_u_PointHot(D_DC_t2_p2_c0_b1)_ 5.6174586680938994
     Flow(D_DC_t2_p2_c0_b128) Objective -3.0545804313907228
     Flow(D_DC_t2_p2_c0_b128) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c0_b128) c_u_Capacity(D_DC_t2_p2_c0_b128)_ 1
     Flow(D_DC_t2_p2_c0_b128) c_u_KvLinks(D_DC_t2_p2_c0_b128)_ 0.67862528
     Flow(D_DC_t2_p2_c0_b128) c_u_PowerBudget_ -3.0545804313907228
     Flow(D_DC_t2_p2_c0_b128) c_e_ShareSum(DC_decode)_ 3.0545804313907228
     Flow(D_DC_t2_p2_c0_b128) c_u_PointHot(D_DC_t2_p2_c0_b128)_ -0.76364510784768069
     Flow(D_DC_t2_p2_c0_b2) Objective 22.456854383644181
     Flow(D_DC_t2_p2_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c0_b2) c_u_Capacity(D_DC_t2_p2_c0_b2)_ 1
     Flow(D_DC_t2_p2_c0_b2) c_u_KvLinks(D_DC_t2_p2_c0_b2)_ 0.67862528
     Flow(D_DC_t2_p2_c0_b2) c_u_PowerBudget_ 22.456854383644181
     Flow(D_DC_t2_p2_c0_b2) c_e_ShareSum(DC_decode)_ -22.456854383644181
     Flow(D_DC_t2_p2_c0_b2) c_u_PointHot(D_DC_t2_p2_c0_b2)_ 5.6142135959110453
     Flow(D_DC_t2_p2_c0_b32) Objective 2.6291132122046958
     Flow(D_DC_t2_p2_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c0_b32) c_u_Capacity(D_DC_t2_p2_c0_b32)_ 1
     Flow(D_DC_t2_p2_c0_b32) c_u_KvLinks(D_DC_t2_p2_c0_b32)_ 0.67862528
     Flow(D_DC_t2_p2_c0_b32) c_u_PowerBudget_ 2.6291132122046958
     Flow(D_DC_t2_p2_c0_b32) c_e_ShareSum(DC_decode)_ -2.6291132122046958
     Flow(D_DC_t2_p2_c0_b32) c_u_PointHot(D_DC_t2_p2_c0_b32)_ 0.65727830305117396
     Flow(D_DC_t2_p2_c0_b4) Objective 6.0737162099534459
     Flow(D_DC_t2_p2_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c0_b4) c_u_Capacity(D_DC_t2_p2_c0_b4)_ 1
     Flow(D_DC_t2_p2_c0_b4) c_u_KvLinks(D_DC_t2_p2_c0_b4)_ 0.67862528
     Flow(D_DC_t2_p2_c0_b4) c_u_PowerBudget_ 6.0737162099534459
     Flow(D_DC_t2_p2_c0_b4) c_e_ShareSum(DC_decode)_ -6.0737162099534459
     Flow(D_DC_t2_p2_c0_b4) c_u_PointHot(D_DC_t2_p2_c0_b4)_ 1.5184290524883615
     Flow(D_DC_t2_p2_c0_b64) Objective -1.437842633158092
     Flow(D_DC_t2_p2_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c0_b64) c_u_Capacity(D_DC_t2_p2_c0_b64)_ 1
     Flow(D_DC_t2_p2_c0_b64) c_u_KvLinks(D_DC_t2_p2_c0_b64)_ 0.67862528
     Flow(D_DC_t2_p2_c0_b64) c_u_PowerBudget_ -1.437842633158092
     Flow(D_DC_t2_p2_c0_b64) c_e_ShareSum(DC_decode)_ 1.437842633158092
     Flow(D_DC_t2_p2_c0_b64) c_u_PointHot(D_DC_t2_p2_c0_b64)_ -0.35946065828952301
     Flow(D_DC_t2_p2_c1_b1) Objective 22.469821038433263
     Flow(D_DC_t2_p2_c1_b1) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c1_b1) c_u_Capacity(D_DC_t2_p2_c1_b1)_ 1
     Flow(D_DC_t2_p2_c1_b1) c_u_KvLinks(D_DC_t2_p2_c1_b1)_ 0.67862528
     Flow(D_DC_t2_p2_c1_b1) c_u_PowerBudget_ 22.469821038433263
     Flow(D_DC_t2_p2_c1_b1) c_e_ShareSum(DC_decode)_ -22.469821038433263
     Flow(D_DC_t2_p2_c1_b1) c_u_PointHot(D_DC_t2_p2_c1_b1)_ 5.6174552596083158
     Flow(D_DC_t2_p2_c1_b128) Objective -3.0548122428552777
     Flow(D_DC_t2_p2_c1_b128) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c1_b128) c_u_Capacity(D_DC_t2_p2_c1_b128)_ 1
     Flow(D_DC_t2_p2_c1_b128) c_u_KvLinks(D_DC_t2_p2_c1_b128)_ 0.67862528
     Flow(D_DC_t2_p2_c1_b128) c_u_PowerBudget_ -3.0548122428552777
     Flow(D_DC_t2_p2_c1_b128) c_e_ShareSum(DC_decode)_ 3.0548122428552777
     Flow(D_DC_t2_p2_c1_b128) c_u_PointHot(D_DC_t2_p2_c1_b128)_ -0.76370306071381944
     Flow(D_DC_t2_p2_c1_b2) Objective 22.4568186021976
     Flow(D_DC_t2_p2_c1_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c1_b2) c_u_Capacity(D_DC_t2_p2_c1_b2)_ 1
     Flow(D_DC_t2_p2_c1_b2) c_u_KvLinks(D_DC_t2_p2_c1_b2)_ 0.67862528
     Flow(D_DC_t2_p2_c1_b2) c_u_PowerBudget_ 22.4568186021976
     Flow(D_DC_t2_p2_c1_b2) c_e_ShareSum(DC_decode)_ -22.4568186021976
     Flow(D_DC_t2_p2_c1_b2) c_u_PointHot(D_DC_t2_p2_c1_b2)_ 5.6142046505494001
     Flow(D_DC_t2_p2_c1_b32) Objective 2.6285955088546968
     Flow(D_DC_t2_p2_c1_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c1_b32) c_u_Capacity(D_DC_t2_p2_c1_b32)_ 1
     Flow(D_DC_t2_p2_c1_b32) c_u_KvLinks(D_DC_t2_p2_c1_b32)_ 0.67862528
     Flow(D_DC_t2_p2_c1_b32) c_u_PowerBudget_ 2.6285955088546968
     Flow(D_DC_t2_p2_c1_b32) c_e_ShareSum(DC_decode)_ -2.6285955088546968
     Flow(D_DC_t2_p2_c1_b32) c_u_PointHot(D_DC_t2_p2_c1_b32)_ 0.65714887721367421
     Flow(D_DC_t2_p2_c1_b4) Objective 6.0735600219180252
     Flow(D_DC_t2_p2_c1_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c1_b4) c_u_Capacity(D_DC_t2_p2_c1_b4)_ 1
     Flow(D_DC_t2_p2_c1_b4) c_u_KvLinks(D_DC_t2_p2_c1_b4)_ 0.67862528
     Flow(D_DC_t2_p2_c1_b4) c_u_PowerBudget_ 6.0735600219180252
     Flow(D_DC_t2_p2_c1_b4) c_e_ShareSum(DC_decode)_ -6.0735600219180252
     Flow(D_DC_t2_p2_c1_b4) c_u_PointHot(D_DC_t2_p2_c1_b4)_ 1.5183900054795063
     Flow(D_DC_t2_p2_c1_b64) Objective -1.4381986741845385
     Flow(D_DC_t2_p2_c1_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p2_c1_b64) c_u_Capacity(D_DC_t2_p2_c1_b64)_ 1
     Flow(D_DC_t2_p2_c1_b64) c_u_KvLinks(D_DC_t2_p2_c1_b64)_ 0.67862528
     Flow(D_DC_t2_p2_c1_b64) c_u_PowerBudget_ -1.4381986741845385
     Flow(D_DC_t2_p2_c1_b64) c_e_ShareSum(DC_decode)_ 1.4381986741845385
     Flow(D_DC_t2_p2_c1_b64) c_u_PointHot(D_DC_t2_p2_c1_b64)_ -0.35954966854613463
     Flow(D_DC_t2_p3_c0_b4) Objective 12.156336516461486
     Flow(D_DC_t2_p3_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p3_c0_b4) c_u_Capacity(D_DC_t2_p3_c0_b4)_ 1
     Flow(D_DC_t2_p3_c0_b4) c_u_KvLinks(D_DC_t2_p3_c0_b4)_ 0.67862528
     Flow(D_DC_t2_p3_c0_b4) c_u_PowerBudget_ 12.156336516461486
     Flow(D_DC_t2_p3_c0_b4) c_e_ShareSum(DC_decode)_ -12.156336516461486
     Flow(D_DC_t2_p3_c0_b4) c_u_PointHot(D_DC_t2_p3_c0_b4)_ 2.0260560860769146
     Flow(D_DC_t2_p3_c0_b8) Objective 3.2857931684711947
     Flow(D_DC_t2_p3_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p3_c0_b8) c_u_Capacity(D_DC_t2_p3_c0_b8)_ 1
     Flow(D_DC_t2_p3_c0_b8) c_u_KvLinks(D_DC_t2_p3_c0_b8)_ 0.67862528
     Flow(D_DC_t2_p3_c0_b8) c_u_PowerBudget_ 3.2857931684711947
     Flow(D_DC_t2_p3_c0_b8) c_e_ShareSum(DC_decode)_ -3.2857931684711947
     Flow(D_DC_t2_p3_c0_b8) c_u_PointHot(D_DC_t2_p3_c0_b8)_ 0.54763219474519909
     Flow(D_DC_t2_p3_c1_b4) Objective 12.156433201335023
     Flow(D_DC_t2_p3_c1_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p3_c1_b4) c_u_Capacity(D_DC_t2_p3_c1_b4)_ 1
     Flow(D_DC_t2_p3_c1_b4) c_u_KvLinks(D_DC_t2_p3_c1_b4)_ 0.67862528
     Flow(D_DC_t2_p3_c1_b4) c_u_PowerBudget_ 12.156433201335023
     Flow(D_DC_t2_p3_c1_b4) c_e_ShareSum(DC_decode)_ -12.156433201335023
     Flow(D_DC_t2_p3_c1_b4) c_u_PointHot(D_DC_t2_p3_c1_b4)_ 2.026072200222504
     Flow(D_DC_t2_p3_c1_b8) Objective 3.2858115266087005
     Flow(D_DC_t2_p3_c1_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p3_c1_b8) c_u_Capacity(D_DC_t2_p3_c1_b8)_ 1
     Flow(D_DC_t2_p3_c1_b8) c_u_KvLinks(D_DC_t2_p3_c1_b8)_ 0.67862528
     Flow(D_DC_t2_p3_c1_b8) c_u_PowerBudget_ 3.2858115266087005
     Flow(D_DC_t2_p3_c1_b8) c_e_ShareSum(DC_decode)_ -3.2858115266087005
     Flow(D_DC_t2_p3_c1_b8) c_u_PointHot(D_DC_t2_p3_c1_b8)_ 0.54763525443478345
     Flow(D_DC_t2_p4_c0_b32) Objective 2.8100433472498607
     Flow(D_DC_t2_p4_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p4_c0_b32) c_u_Capacity(D_DC_t2_p4_c0_b32)_ 1
     Flow(D_DC_t2_p4_c0_b32) c_u_KvLinks(D_DC_t2_p4_c0_b32)_ 0.67862528
     Flow(D_DC_t2_p4_c0_b32) c_u_PowerBudget_ 2.8100433472498607
     Flow(D_DC_t2_p4_c0_b32) c_e_ShareSum(DC_decode)_ -2.8100433472498607
     Flow(D_DC_t2_p4_c0_b32) c_u_PointHot(D_DC_t2_p4_c0_b32)_ 0.35125541840623259
     Flow(D_DC_t2_p4_c0_b4) Objective 22.404169921307332
     Flow(D_DC_t2_p4_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p4_c0_b4) c_u_Capacity(D_DC_t2_p4_c0_b4)_ 1
     Flow(D_DC_t2_p4_c0_b4) c_u_KvLinks(D_DC_t2_p4_c0_b4)_ 0.67862528
     Flow(D_DC_t2_p4_c0_b4) c_u_PowerBudget_ 22.404169921307332
     Flow(D_DC_t2_p4_c0_b4) c_e_ShareSum(DC_decode)_ -22.404169921307332
     Flow(D_DC_t2_p4_c0_b4) c_u_PointHot(D_DC_t2_p4_c0_b4)_ 2.8005212401634165
     Flow(D_DC_t2_p4_c0_b8) Objective 4.2874986536928734
     Flow(D_DC_t2_p4_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t2_p4_c0_b8) c_u_Capacity(D_DC_t2_p4_c0_b8)_ 1
     Flow(D_DC_t2_p4_c0_b8) c_u_KvLinks(D_DC_t2_p4_c0_b8)_ 0.67862528
     Flow(D_DC_t2_p4_c0_b8) c_u_PowerBudget_ 4.2874986536928734
     Flow(D_DC_t2_p4_c0_b8) c_e_ShareSum(DC_decode)_ -4.2874986536928734
     Flow(D_DC_t2_p4_c0_b8) c_u_PointHot(D_DC_t2_p4_c0_b8)_ 0.53593733171160918
     Flow(D_DC_t4_p1_c0_b1) Objective 23.373916747976757
     Flow(D_DC_t4_p1_c0_b1) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c0_b1) c_u_Capacity(D_DC_t4_p1_c0_b1)_ 1
     Flow(D_DC_t4_p1_c0_b1) c_u_KvLinks(D_DC_t4_p1_c0_b1)_ 0.67862528
     Flow(D_DC_t4_p1_c0_b1) c_u_PowerBudget_ 23.373916747976757
     Flow(D_DC_t4_p1_c0_b1) c_e_ShareSum(DC_decode)_ -23.373916747976757
     Flow(D_DC_t4_p1_c0_b1) c_u_PointHot(D_DC_t4_p1_c0_b1)_ 5.8434791869941893
     Flow(D_DC_t4_p1_c0_b128) Objective -3.9555221898070019
     Flow(D_DC_t4_p1_c0_b128) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c0_b128) c_u_Capacity(D_DC_t4_p1_c0_b128)_ 1
     Flow(D_DC_t4_p1_c0_b128) c_u_KvLinks(D_DC_t4_p1_c0_b128)_ 0.67862528
     Flow(D_DC_t4_p1_c0_b128) c_u_PowerBudget_ -3.9555221898070019
     Flow(D_DC_t4_p1_c0_b128) c_e_ShareSum(DC_decode)_ 3.9555221898070019
     Flow(D_DC_t4_p1_c0_b128) c_u_PointHot(D_DC_t4_p1_c0_b128)_ -0.98888054745175047
     Flow(D_DC_t4_p1_c0_b16) Objective 2.4998163645672875
     Flow(D_DC_t4_p1_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c0_b16) c_u_Capacity(D_DC_t4_p1_c0_b16)_ 1
     Flow(D_DC_t4_p1_c0_b16) c_u_KvLinks(D_DC_t4_p1_c0_b16)_ 0.67862528
     Flow(D_DC_t4_p1_c0_b16) c_u_PowerBudget_ 2.4998163645672875
     Flow(D_DC_t4_p1_c0_b16) c_e_ShareSum(DC_decode)_ -2.4998163645672875
     Flow(D_DC_t4_p1_c0_b16) c_u_PointHot(D_DC_t4_p1_c0_b16)_ 0.62495409114182188
     Flow(D_DC_t4_p1_c0_b2) Objective 8.4124135525258303
     Flow(D_DC_t4_p1_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c0_b2) c_u_Capacity(D_DC_t4_p1_c0_b2)_ 1
     Flow(D_DC_t4_p1_c0_b2) c_u_KvLinks(D_DC_t4_p1_c0_b2)_ 0.67862528
     Flow(D_DC_t4_p1_c0_b2) c_u_PowerBudget_ 8.4124135525258303
     Flow(D_DC_t4_p1_c0_b2) c_e_ShareSum(DC_decode)_ -8.4124135525258303
     Flow(D_DC_t4_p1_c0_b2) c_u_PointHot(D_DC_t4_p1_c0_b2)_ 2.1031033881314576
     Flow(D_DC_t4_p1_c0_b32) Objective -1.3240378063023319
     Flow(D_DC_t4_p1_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c0_b32) c_u_Capacity(D_DC_t4_p1_c0_b32)_ 1
     Flow(D_DC_t4_p1_c0_b32) c_u_KvLinks(D_DC_t4_p1_c0_b32)_ 0.67862528
     Flow(D_DC_t4_p1_c0_b32) c_u_PowerBudget_ -1.3240378063023319
     Flow(D_DC_t4_p1_c0_b32) c_e_ShareSum(DC_decode)_ 1.3240378063023319
     Flow(D_DC_t4_p1_c0_b32) c_u_PointHot(D_DC_t4_p1_c0_b32)_ -0.33100945157558298
     Flow(D_DC_t4_p1_c0_b4) Objective 3.4372600557367514
     Flow(D_DC_t4_p1_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c0_b4) c_u_Capacity(D_DC_t4_p1_c0_b4)_ 1
     Flow(D_DC_t4_p1_c0_b4) c_u_KvLinks(D_DC_t4_p1_c0_b4)_ 0.67862528
     Flow(D_DC_t4_p1_c0_b4) c_u_PowerBudget_ 3.4372600557367514
     Flow(D_DC_t4_p1_c0_b4) c_e_ShareSum(DC_decode)_ -3.4372600557367514
     Flow(D_DC_t4_p1_c0_b4) c_u_PointHot(D_DC_t4_p1_c0_b4)_ 0.85931501393418785
     Flow(D_DC_t4_p1_c0_b64) Objective -3.1969953514569545
     Flow(D_DC_t4_p1_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c0_b64) c_u_Capacity(D_DC_t4_p1_c0_b64)_ 1
     Flow(D_DC_t4_p1_c0_b64) c_u_KvLinks(D_DC_t4_p1_c0_b64)_ 0.67862528
     Flow(D_DC_t4_p1_c0_b64) c_u_PowerBudget_ -3.1969953514569545
     Flow(D_DC_t4_p1_c0_b64) c_e_ShareSum(DC_decode)_ 3.1969953514569545
     Flow(D_DC_t4_p1_c0_b64) c_u_PointHot(D_DC_t4_p1_c0_b64)_ -0.79924883786423861
     Flow(D_DC_t4_p1_c1_b1) Objective 23.367416600003978
     Flow(D_DC_t4_p1_c1_b1) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c1_b1) c_u_Capacity(D_DC_t4_p1_c1_b1)_ 1
     Flow(D_DC_t4_p1_c1_b1) c_u_KvLinks(D_DC_t4_p1_c1_b1)_ 0.67862528
     Flow(D_DC_t4_p1_c1_b1) c_u_PowerBudget_ 23.367416600003978
     Flow(D_DC_t4_p1_c1_b1) c_e_ShareSum(DC_decode)_ -23.367416600003978
     Flow(D_DC_t4_p1_c1_b1) c_u_PointHot(D_DC_t4_p1_c1_b1)_ 5.8418541500009944
     Flow(D_DC_t4_p1_c1_b128) Objective -3.9489512518970957
     Flow(D_DC_t4_p1_c1_b128) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c1_b128) c_u_Capacity(D_DC_t4_p1_c1_b128)_ 1
     Flow(D_DC_t4_p1_c1_b128) c_u_KvLinks(D_DC_t4_p1_c1_b128)_ 0.67862528
     Flow(D_DC_t4_p1_c1_b128) c_u_PowerBudget_ -3.9489512518970957
     Flow(D_DC_t4_p1_c1_b128) c_e_ShareSum(DC_decode)_ 3.9489512518970957
     Flow(D_DC_t4_p1_c1_b128) c_u_PointHot(D_DC_t4_p1_c1_b128)_ -0.98723781297427393
     Flow(D_DC_t4_p1_c1_b16) Objective 2.5064427374112213
     Flow(D_DC_t4_p1_c1_b16) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c1_b16) c_u_Capacity(D_DC_t4_p1_c1_b16)_ 1
     Flow(D_DC_t4_p1_c1_b16) c_u_KvLinks(D_DC_t4_p1_c1_b16)_ 0.67862528
     Flow(D_DC_t4_p1_c1_b16) c_u_PowerBudget_ 2.5064427374112213
     Flow(D_DC_t4_p1_c1_b16) c_e_ShareSum(DC_decode)_ -2.5064427374112213
     Flow(D_DC_t4_p1_c1_b16) c_u_PointHot(D_DC_t4_p1_c1_b16)_ 0.62661068435280531
     Flow(D_DC_t4_p1_c1_b2) Objective 8.4132083516769072
     Flow(D_DC_t4_p1_c1_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c1_b2) c_u_Capacity(D_DC_t4_p1_c1_b2)_ 1
     Flow(D_DC_t4_p1_c1_b2) c_u_KvLinks(D_DC_t4_p1_c1_b2)_ 0.67862528
     Flow(D_DC_t4_p1_c1_b2) c_u_PowerBudget_ 8.4132083516769072
     Flow(D_DC_t4_p1_c1_b2) c_e_ShareSum(DC_decode)_ -8.4132083516769072
     Flow(D_DC_t4_p1_c1_b2) c_u_PointHot(D_DC_t4_p1_c1_b2)_ 2.1033020879192268
     Flow(D_DC_t4_p1_c1_b32) Objective -1.2883162535302208
     Flow(D_DC_t4_p1_c1_b32) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c1_b32) c_u_Capacity(D_DC_t4_p1_c1_b32)_ 1
     Flow(D_DC_t4_p1_c1_b32) c_u_KvLinks(D_DC_t4_p1_c1_b32)_ 0.67862528
     Flow(D_DC_t4_p1_c1_b32) c_u_PowerBudget_ -1.2883162535302208
     Flow(D_DC_t4_p1_c1_b32) c_e_ShareSum(DC_decode)_ 1.2883162535302208
     Flow(D_DC_t4_p1_c1_b32) c_u_PointHot(D_DC_t4_p1_c1_b32)_ -0.32207906338255521
     Flow(D_DC_t4_p1_c1_b4) Objective 3.4412581769204911
     Flow(D_DC_t4_p1_c1_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c1_b4) c_u_Capacity(D_DC_t4_p1_c1_b4)_ 1
     Flow(D_DC_t4_p1_c1_b4) c_u_KvLinks(D_DC_t4_p1_c1_b4)_ 0.67862528
     Flow(D_DC_t4_p1_c1_b4) c_u_PowerBudget_ 3.4412581769204911
     Flow(D_DC_t4_p1_c1_b4) c_e_ShareSum(DC_decode)_ -3.4412581769204911
     Flow(D_DC_t4_p1_c1_b4) c_u_PointHot(D_DC_t4_p1_c1_b4)_ 0.86031454423012277
     Flow(D_DC_t4_p1_c1_b64) Objective -3.1675046344033437
     Flow(D_DC_t4_p1_c1_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c1_b64) c_u_Capacity(D_DC_t4_p1_c1_b64)_ 1
     Flow(D_DC_t4_p1_c1_b64) c_u_KvLinks(D_DC_t4_p1_c1_b64)_ 0.67862528
     Flow(D_DC_t4_p1_c1_b64) c_u_PowerBudget_ -3.1675046344033437
     Flow(D_DC_t4_p1_c1_b64) c_e_ShareSum(DC_decode)_ 3.1675046344033437
     Flow(D_DC_t4_p1_c1_b64) c_u_PointHot(D_DC_t4_p1_c1_b64)_ -0.79187615860083593
     Flow(D_DC_t4_p1_c1_b8) Objective 2.7538032804707209
     Flow(D_DC_t4_p1_c1_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p1_c1_b8) c_u_Capacity(D_DC_t4_p1_c1_b8)_ 1
     Flow(D_DC_t4_p1_c1_b8) c_u_KvLinks(D_DC_t4_p1_c1_b8)_ 0.67862528
     Flow(D_DC_t4_p1_c1_b8) c_u_PowerBudget_ 2.7538032804707209
     Flow(D_DC_t4_p1_c1_b8) c_e_ShareSum(DC_decode)_ -2.7538032804707209
     Flow(D_DC_t4_p1_c1_b8) c_u_PointHot(D_DC_t4_p1_c1_b8)_ 0.68845082011768022
     Flow(D_DC_t4_p2_c0_b16) Objective 2.7592852232548886
     Flow(D_DC_t4_p2_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p2_c0_b16) c_u_Capacity(D_DC_t4_p2_c0_b16)_ 1
     Flow(D_DC_t4_p2_c0_b16) c_u_KvLinks(D_DC_t4_p2_c0_b16)_ 0.67862528
     Flow(D_DC_t4_p2_c0_b16) c_u_PowerBudget_ 2.7592852232548886
     Flow(D_DC_t4_p2_c0_b16) c_e_ShareSum(DC_decode)_ -2.7592852232548886
     Flow(D_DC_t4_p2_c0_b16) c_u_PointHot(D_DC_t4_p2_c0_b16)_ 0.34491065290686107
     Flow(D_DC_t4_p2_c0_b2) Objective 23.341105561049343
     Flow(D_DC_t4_p2_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p2_c0_b2) c_u_Capacity(D_DC_t4_p2_c0_b2)_ 1
     Flow(D_DC_t4_p2_c0_b2) c_u_KvLinks(D_DC_t4_p2_c0_b2)_ 0.67862528
     Flow(D_DC_t4_p2_c0_b2) c_u_PowerBudget_ 23.341105561049343
     Flow(D_DC_t4_p2_c0_b2) c_e_ShareSum(DC_decode)_ -23.341105561049343
     Flow(D_DC_t4_p2_c0_b2) c_u_PointHot(D_DC_t4_p2_c0_b2)_ 2.9176381951311678
     Flow(D_DC_t4_p2_c0_b4) Objective 6.2651135864272476
     Flow(D_DC_t4_p2_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p2_c0_b4) c_u_Capacity(D_DC_t4_p2_c0_b4)_ 1
     Flow(D_DC_t4_p2_c0_b4) c_u_KvLinks(D_DC_t4_p2_c0_b4)_ 0.67862528
     Flow(D_DC_t4_p2_c0_b4) c_u_PowerBudget_ 6.2651135864272476
     Flow(D_DC_t4_p2_c0_b4) c_e_ShareSum(DC_decode)_ -6.2651135864272476
     Flow(D_DC_t4_p2_c0_b4) c_u_PointHot(D_DC_t4_p2_c0_b4)_ 0.78313919830340595
     Flow(D_DC_t4_p2_c0_b64) Objective -1.8097137491582502
     Flow(D_DC_t4_p2_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_DC_t4_p2_c0_b64) c_u_Capacity(D_DC_t4_p2_c0_b64)_ 1
     Flow(D_DC_t4_p2_c0_b64) c_u_KvLinks(D_DC_t4_p2_c0_b64)_ 0.67862528
     Flow(D_DC_t4_p2_c0_b64) c_u_PowerBudget_ -1.8097137491582502
     Flow(D_DC_t4_p2_c0_b64) c_e_ShareSum(DC_decode)_ 1.8097137491582502
     Flow(D_DC_t4_p2_c0_b64) c_u_PointHot(D_DC_t4_p2_c0_b64)_ -0.22621421864478128
     Flow(D_DC_t8_p1_c0_b1) Objective 25.027160989603864
     Flow(D_DC_t8_p1_c0_b1) c_e_DecodeFlow_ 1
     Flow(D_DC_t8_p1_c0_b1) c_u_Capacity(D_DC_t8_p1_c0_b1)_ 1
     Flow(D_DC_t8_p1_c0_b1) c_u_KvLinks(D_DC_t8_p1_c0_b1)_ 0.67862528
     Flow(D_DC_t8_p1_c0_b1) c_u_PowerBudget_ 25.027160989603864
     Flow(D_DC_t8_p1_c0_b1) c_e_ShareSum(DC_decode)_ -25.027160989603864
     Flow(D_DC_t8_p1_c0_b1) c_u_PointHot(D_DC_t8_p1_c0_b1)_ 3.128395123700483
     Flow(D_DC_t8_p1_c0_b16) Objective 2.2440343467001815
     Flow(D_DC_t8_p1_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_DC_t8_p1_c0_b16) c_u_Capacity(D_DC_t8_p1_c0_b16)_ 1
     Flow(D_DC_t8_p1_c0_b16) c_u_KvLinks(D_DC_t8_p1_c0_b16)_ 0.67862528
     Flow(D_DC_t8_p1_c0_b16) c_u_PowerBudget_ 2.2440343467001815
     Flow(D_DC_t8_p1_c0_b16) c_e_ShareSum(DC_decode)_ -2.2440343467001815
     Flow(D_DC_t8_p1_c0_b16) c_u_PointHot(D_DC_t8_p1_c0_b16)_ 0.28050429333752269
     Flow(D_DC_t8_p1_c0_b2) Objective 8.9031604865029053
     Flow(D_DC_t8_p1_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_DC_t8_p1_c0_b2) c_u_Capacity(D_DC_t8_p1_c0_b2)_ 1
     Flow(D_DC_t8_p1_c0_b2) c_u_KvLinks(D_DC_t8_p1_c0_b2)_ 0.67862528
     Flow(D_DC_t8_p1_c0_b2) c_u_PowerBudget_ 8.9031604865029053
     Flow(D_DC_t8_p1_c0_b2) c_e_ShareSum(DC_decode)_ -8.9031604865029053
     Flow(D_DC_t8_p1_c0_b2) c_u_PointHot(D_DC_t8_p1_c0_b2)_ 1.1128950608128632
     Flow(D_DC_t8_p1_c0_b4) Objective 3.4202022693990686
     Flow(D_DC_t8_p1_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_DC_t8_p1_c0_b4) c_u_Capacity(D_DC_t8_p1_c0_b4)_ 1
     Flow(D_DC_t8_p1_c0_b4) c_u_KvLinks(D_DC_t8_p1_c0_b4)_ 0.67862528
     Flow(D_DC_t8_p1_c0_b4) c_u_PowerBudget_ 3.4202022693990686
     Flow(D_DC_t8_p1_c0_b4) c_e_ShareSum(DC_decode)_ -3.4202022693990686
     Flow(D_DC_t8_p1_c0_b4) c_u_PointHot(D_DC_t8_p1_c0_b4)_ 0.42752528367488357
     Flow(D_DC_t8_p1_c0_b8) Objective 2.5739030598517783
     Flow(D_DC_t8_p1_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_DC_t8_p1_c0_b8) c_u_Capacity(D_DC_t8_p1_c0_b8)_ 1
     Flow(D_DC_t8_p1_c0_b8) c_u_KvLinks(D_DC_t8_p1_c0_b8)_ 0.67862528
     Flow(D_DC_t8_p1_c0_b8) c_u_PowerBudget_ 2.5739030598517783
     Flow(D_DC_t8_p1_c0_b8) c_e_ShareSum(DC_decode)_ -2.5739030598517783
     Flow(D_DC_t8_p1_c0_b8) c_u_PointHot(D_DC_t8_p1_c0_b8)_ 0.32173788248147228
     Flow(D_PC_t1_p5_c0_b16) Objective 2.7559272289355885
     Flow(D_PC_t1_p5_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p5_c0_b16) c_u_Capacity(D_PC_t1_p5_c0_b16)_ 1
     Flow(D_PC_t1_p5_c0_b16) c_u_KvLinks(D_PC_t1_p5_c0_b16)_ 0.67862528
     Flow(D_PC_t1_p5_c0_b16) c_u_PowerBudget_ 2.7559272289355885
     Flow(D_PC_t1_p5_c0_b16) c_e_ShareSum(PC_decode)_ -2.7559272289355885
     Flow(D_PC_t1_p5_c0_b16) c_u_PointHot(D_PC_t1_p5_c0_b16)_ 0.5511854457871177
     Flow(D_PC_t1_p5_c0_b2) Objective 21.734867856643298
     Flow(D_PC_t1_p5_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p5_c0_b2) c_u_Capacity(D_PC_t1_p5_c0_b2)_ 1
     Flow(D_PC_t1_p5_c0_b2) c_u_KvLinks(D_PC_t1_p5_c0_b2)_ 0.67862528
     Flow(D_PC_t1_p5_c0_b2) c_u_PowerBudget_ 21.734867856643298
     Flow(D_PC_t1_p5_c0_b2) c_e_ShareSum(PC_decode)_ -21.734867856643298
     Flow(D_PC_t1_p5_c0_b2) c_u_PointHot(D_PC_t1_p5_c0_b2)_ 4.3469735713286592
     Flow(D_PC_t1_p5_c0_b4) Objective 21.734867856643181
     Flow(D_PC_t1_p5_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p5_c0_b4) c_u_Capacity(D_PC_t1_p5_c0_b4)_ 1
     Flow(D_PC_t1_p5_c0_b4) c_u_KvLinks(D_PC_t1_p5_c0_b4)_ 0.67862528
     Flow(D_PC_t1_p5_c0_b4) c_u_PowerBudget_ 21.734867856643181
     Flow(D_PC_t1_p5_c0_b4) c_e_ShareSum(PC_decode)_ -21.734867856643181
     Flow(D_PC_t1_p5_c0_b4) c_u_PointHot(D_PC_t1_p5_c0_b4)_ 4.3469735713286362
     Flow(D_PC_t1_p5_c0_b8) Objective 6.0350109487557262
     Flow(D_PC_t1_p5_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p5_c0_b8) c_u_Capacity(D_PC_t1_p5_c0_b8)_ 1
     Flow(D_PC_t1_p5_c0_b8) c_u_KvLinks(D_PC_t1_p5_c0_b8)_ 0.67862528
     Flow(D_PC_t1_p5_c0_b8) c_u_PowerBudget_ 6.0350109487557262
     Flow(D_PC_t1_p5_c0_b8) c_e_ShareSum(PC_decode)_ -6.0350109487557262
     Flow(D_PC_t1_p5_c0_b8) c_u_PointHot(D_PC_t1_p5_c0_b8)_ 1.2070021897511451
     Flow(D_PC_t1_p6_c0_b16) Objective 2.8602273206240305
     Flow(D_PC_t1_p6_c0_b16) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p6_c0_b16) c_u_Capacity(D_PC_t1_p6_c0_b16)_ 1
     Flow(D_PC_t1_p6_c0_b16) c_u_KvLinks(D_PC_t1_p6_c0_b16)_ 0.67862528
     Flow(D_PC_t1_p6_c0_b16) c_u_PowerBudget_ 2.8602273206240305
     Flow(D_PC_t1_p6_c0_b16) c_e_ShareSum(PC_decode)_ -2.8602273206240305
     Flow(D_PC_t1_p6_c0_b16) c_u_PointHot(D_PC_t1_p6_c0_b16)_ 0.47670455343733842
     Flow(D_PC_t1_p6_c0_b32) Objective 2.7706282403610558
     Flow(D_PC_t1_p6_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p6_c0_b32) c_u_Capacity(D_PC_t1_p6_c0_b32)_ 1
     Flow(D_PC_t1_p6_c0_b32) c_u_KvLinks(D_PC_t1_p6_c0_b32)_ 0.67862528
     Flow(D_PC_t1_p6_c0_b32) c_u_PowerBudget_ 2.7706282403610558
     Flow(D_PC_t1_p6_c0_b32) c_e_ShareSum(PC_decode)_ -2.7706282403610558
     Flow(D_PC_t1_p6_c0_b32) c_u_PointHot(D_PC_t1_p6_c0_b32)_ 0.46177137339350932
     Flow(D_PC_t1_p6_c0_b4) Objective 21.734868759943929
     Flow(D_PC_t1_p6_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p6_c0_b4) c_u_Capacity(D_PC_t1_p6_c0_b4)_ 1
     Flow(D_PC_t1_p6_c0_b4) c_u_KvLinks(D_PC_t1_p6_c0_b4)_ 0.67862528
     Flow(D_PC_t1_p6_c0_b4) c_u_PowerBudget_ 21.734868759943929
     Flow(D_PC_t1_p6_c0_b4) c_e_ShareSum(PC_decode)_ -21.734868759943929
     Flow(D_PC_t1_p6_c0_b4) c_u_PointHot(D_PC_t1_p6_c0_b4)_ 3.6224781266573216
     Flow(D_PC_t1_p6_c0_b64) Objective 2.7944018259995924
     Flow(D_PC_t1_p6_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p6_c0_b64) c_u_Capacity(D_PC_t1_p6_c0_b64)_ 1
     Flow(D_PC_t1_p6_c0_b64) c_u_KvLinks(D_PC_t1_p6_c0_b64)_ 0.67862528
     Flow(D_PC_t1_p6_c0_b64) c_u_PowerBudget_ 2.7944018259995924
     Flow(D_PC_t1_p6_c0_b64) c_e_ShareSum(PC_decode)_ -2.7944018259995924
     Flow(D_PC_t1_p6_c0_b64) c_u_PointHot(D_PC_t1_p6_c0_b64)_ 0.46573363766659875
     Flow(D_PC_t1_p6_c0_b8) Objective 9.4584273963738301
     Flow(D_PC_t1_p6_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p6_c0_b8) c_u_Capacity(D_PC_t1_p6_c0_b8)_ 1
     Flow(D_PC_t1_p6_c0_b8) c_u_KvLinks(D_PC_t1_p6_c0_b8)_ 0.67862528
     Flow(D_PC_t1_p6_c0_b8) c_u_PowerBudget_ 9.4584273963738301
     Flow(D_PC_t1_p6_c0_b8) c_e_ShareSum(PC_decode)_ -9.4584273963738301
     Flow(D_PC_t1_p6_c0_b8) c_u_PointHot(D_PC_t1_p6_c0_b8)_ 1.5764045660623049
     Flow(D_PC_t1_p8_c0_b128) Objective 2.7938468771752087
     Flow(D_PC_t1_p8_c0_b128) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p8_c0_b128) c_u_Capacity(D_PC_t1_p8_c0_b128)_ 1
     Flow(D_PC_t1_p8_c0_b128) c_u_KvLinks(D_PC_t1_p8_c0_b128)_ 0.67862528
     Flow(D_PC_t1_p8_c0_b128) c_u_PowerBudget_ 2.7938468771752087
     Flow(D_PC_t1_p8_c0_b128) c_e_ShareSum(PC_decode)_ -2.7938468771752087
     Flow(D_PC_t1_p8_c0_b128) c_u_PointHot(D_PC_t1_p8_c0_b128)_ 0.34923085964690109
     Flow(D_PC_t1_p8_c0_b32) Objective 2.8170465245389296
     Flow(D_PC_t1_p8_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p8_c0_b32) c_u_Capacity(D_PC_t1_p8_c0_b32)_ 1
     Flow(D_PC_t1_p8_c0_b32) c_u_KvLinks(D_PC_t1_p8_c0_b32)_ 0.67862528
     Flow(D_PC_t1_p8_c0_b32) c_u_PowerBudget_ 2.8170465245389296
     Flow(D_PC_t1_p8_c0_b32) c_e_ShareSum(PC_decode)_ -2.8170465245389296
     Flow(D_PC_t1_p8_c0_b32) c_u_PointHot(D_PC_t1_p8_c0_b32)_ 0.3521308155673662
     Flow(D_PC_t1_p8_c0_b4) Objective 21.734870566576976
     Flow(D_PC_t1_p8_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p8_c0_b4) c_u_Capacity(D_PC_t1_p8_c0_b4)_ 1
     Flow(D_PC_t1_p8_c0_b4) c_u_KvLinks(D_PC_t1_p8_c0_b4)_ 0.67862528
     Flow(D_PC_t1_p8_c0_b4) c_u_PowerBudget_ 21.734870566576976
     Flow(D_PC_t1_p8_c0_b4) c_e_ShareSum(PC_decode)_ -21.734870566576976
     Flow(D_PC_t1_p8_c0_b4) c_u_PointHot(D_PC_t1_p8_c0_b4)_ 2.716858820822122
     Flow(D_PC_t1_p8_c0_b64) Objective 2.7983349264801762
     Flow(D_PC_t1_p8_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p8_c0_b64) c_u_Capacity(D_PC_t1_p8_c0_b64)_ 1
     Flow(D_PC_t1_p8_c0_b64) c_u_KvLinks(D_PC_t1_p8_c0_b64)_ 0.67862528
     Flow(D_PC_t1_p8_c0_b64) c_u_PowerBudget_ 2.7983349264801762
     Flow(D_PC_t1_p8_c0_b64) c_e_ShareSum(PC_decode)_ -2.7983349264801762
     Flow(D_PC_t1_p8_c0_b64) c_u_PointHot(D_PC_t1_p8_c0_b64)_ 0.34979186581002203
     Flow(D_PC_t1_p8_c0_b8) Objective 21.688768838306935
     Flow(D_PC_t1_p8_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_PC_t1_p8_c0_b8) c_u_Capacity(D_PC_t1_p8_c0_b8)_ 1
     Flow(D_PC_t1_p8_c0_b8) c_u_KvLinks(D_PC_t1_p8_c0_b8)_ 0.67862528
     Flow(D_PC_t1_p8_c0_b8) c_u_PowerBudget_ 21.688768838306935
     Flow(D_PC_t1_p8_c0_b8) c_e_ShareSum(PC_decode)_ -21.688768838306935
     Flow(D_PC_t1_p8_c0_b8) c_u_PointHot(D_PC_t1_p8_c0_b8)_ 2.7110961047883668
     Flow(D_PC_t2_p3_c0_b32) Objective 2.7906212107508286
     Flow(D_PC_t2_p3_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p3_c0_b32) c_u_Capacity(D_PC_t2_p3_c0_b32)_ 1
     Flow(D_PC_t2_p3_c0_b32) c_u_KvLinks(D_PC_t2_p3_c0_b32)_ 0.67862528
     Flow(D_PC_t2_p3_c0_b32) c_u_PowerBudget_ 2.7906212107508286
     Flow(D_PC_t2_p3_c0_b32) c_e_ShareSum(PC_decode)_ -2.7906212107508286
     Flow(D_PC_t2_p3_c0_b32) c_u_PointHot(D_PC_t2_p3_c0_b32)_ 0.46510353512513808
     Flow(D_PC_t2_p3_c0_b4) Objective 11.884652132568101
     Flow(D_PC_t2_p3_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p3_c0_b4) c_u_Capacity(D_PC_t2_p3_c0_b4)_ 1
     Flow(D_PC_t2_p3_c0_b4) c_u_KvLinks(D_PC_t2_p3_c0_b4)_ 0.67862528
     Flow(D_PC_t2_p3_c0_b4) c_u_PowerBudget_ 11.884652132568101
     Flow(D_PC_t2_p3_c0_b4) c_e_ShareSum(PC_decode)_ -11.884652132568101
     Flow(D_PC_t2_p3_c0_b4) c_u_PointHot(D_PC_t2_p3_c0_b4)_ 1.980775355428017
     Flow(D_PC_t2_p3_c0_b64) Objective 2.7729427264960669
     Flow(D_PC_t2_p3_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p3_c0_b64) c_u_Capacity(D_PC_t2_p3_c0_b64)_ 1
     Flow(D_PC_t2_p3_c0_b64) c_u_KvLinks(D_PC_t2_p3_c0_b64)_ 0.67862528
     Flow(D_PC_t2_p3_c0_b64) c_u_PowerBudget_ 2.7729427264960669
     Flow(D_PC_t2_p3_c0_b64) c_e_ShareSum(PC_decode)_ -2.7729427264960669
     Flow(D_PC_t2_p3_c0_b64) c_u_PointHot(D_PC_t2_p3_c0_b64)_ 0.46215712108267781
     Flow(D_PC_t2_p3_c0_b8) Objective 3.2439159156071979
     Flow(D_PC_t2_p3_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p3_c0_b8) c_u_Capacity(D_PC_t2_p3_c0_b8)_ 1
     Flow(D_PC_t2_p3_c0_b8) c_u_KvLinks(D_PC_t2_p3_c0_b8)_ 0.67862528
     Flow(D_PC_t2_p3_c0_b8) c_u_PowerBudget_ 3.2439159156071979
     Flow(D_PC_t2_p3_c0_b8) c_e_ShareSum(PC_decode)_ -3.2439159156071979
     Flow(D_PC_t2_p3_c0_b8) c_u_PointHot(D_PC_t2_p3_c0_b8)_ 0.54065265260119966
     Flow(D_PC_t2_p3_c1_b32) Objective 2.7906250441143166
     Flow(D_PC_t2_p3_c1_b32) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p3_c1_b32) c_u_Capacity(D_PC_t2_p3_c1_b32)_ 1
     Flow(D_PC_t2_p3_c1_b32) c_u_KvLinks(D_PC_t2_p3_c1_b32)_ 0.67862528
     Flow(D_PC_t2_p3_c1_b32) c_u_PowerBudget_ 2.7906250441143166
     Flow(D_PC_t2_p3_c1_b32) c_e_ShareSum(PC_decode)_ -2.7906250441143166
     Flow(D_PC_t2_p3_c1_b32) c_u_PointHot(D_PC_t2_p3_c1_b32)_ 0.46510417401905274
     Flow(D_PC_t2_p3_c1_b4) Objective 11.884689854775722
     Flow(D_PC_t2_p3_c1_b4) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p3_c1_b4) c_u_Capacity(D_PC_t2_p3_c1_b4)_ 1
     Flow(D_PC_t2_p3_c1_b4) c_u_KvLinks(D_PC_t2_p3_c1_b4)_ 0.67862528
     Flow(D_PC_t2_p3_c1_b4) c_u_PowerBudget_ 11.884689854775722
     Flow(D_PC_t2_p3_c1_b4) c_e_ShareSum(PC_decode)_ -11.884689854775722
     Flow(D_PC_t2_p3_c1_b4) c_u_PointHot(D_PC_t2_p3_c1_b4)_ 1.9807816424626203
     Flow(D_PC_t2_p3_c1_b64) Objective 2.7729465520706755
     Flow(D_PC_t2_p3_c1_b64) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p3_c1_b64) c_u_Capacity(D_PC_t2_p3_c1_b64)_ 1
     Flow(D_PC_t2_p3_c1_b64) c_u_KvLinks(D_PC_t2_p3_c1_b64)_ 0.67862528
     Flow(D_PC_t2_p3_c1_b64) c_u_PowerBudget_ 2.7729465520706755
     Flow(D_PC_t2_p3_c1_b64) c_e_ShareSum(PC_decode)_ -2.7729465520706755
     Flow(D_PC_t2_p3_c1_b64) c_u_PointHot(D_PC_t2_p3_c1_b64)_ 0.46215775867844594
     Flow(D_PC_t2_p3_c1_b8) Objective 3.2439252843175308
     Flow(D_PC_t2_p3_c1_b8) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p3_c1_b8) c_u_Capacity(D_PC_t2_p3_c1_b8)_ 1
     Flow(D_PC_t2_p3_c1_b8) c_u_KvLinks(D_PC_t2_p3_c1_b8)_ 0.67862528
     Flow(D_PC_t2_p3_c1_b8) c_u_PowerBudget_ 3.2439252843175308
     Flow(D_PC_t2_p3_c1_b8) c_e_ShareSum(PC_decode)_ -3.2439252843175308
     Flow(D_PC_t2_p3_c1_b8) c_u_PointHot(D_PC_t2_p3_c1_b8)_ 0.5406542140529218
     Flow(D_PC_t2_p4_c0_b128) Objective 2.7854287238013398
     Flow(D_PC_t2_p4_c0_b128) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p4_c0_b128) c_u_Capacity(D_PC_t2_p4_c0_b128)_ 1
     Flow(D_PC_t2_p4_c0_b128) c_u_KvLinks(D_PC_t2_p4_c0_b128)_ 0.67862528
     Flow(D_PC_t2_p4_c0_b128) c_u_PowerBudget_ 2.7854287238013398
     Flow(D_PC_t2_p4_c0_b128) c_e_ShareSum(PC_decode)_ -2.7854287238013398
     Flow(D_PC_t2_p4_c0_b128) c_u_PointHot(D_PC_t2_p4_c0_b128)_ 0.34817859047516747
     Flow(D_PC_t2_p4_c0_b4) Objective 21.895484719851261
     Flow(D_PC_t2_p4_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p4_c0_b4) c_u_Capacity(D_PC_t2_p4_c0_b4)_ 1
     Flow(D_PC_t2_p4_c0_b4) c_u_KvLinks(D_PC_t2_p4_c0_b4)_ 0.67862528
     Flow(D_PC_t2_p4_c0_b4) c_u_PowerBudget_ 21.895484719851261
     Flow(D_PC_t2_p4_c0_b4) c_e_ShareSum(PC_decode)_ -21.895484719851261
     Flow(D_PC_t2_p4_c0_b4) c_u_PointHot(D_PC_t2_p4_c0_b4)_ 2.7369355899814076
     Flow(D_PC_t2_p4_c0_b8) Objective 4.2001926596392387
     Flow(D_PC_t2_p4_c0_b8) c_e_DecodeFlow_ 1
     Flow(D_PC_t2_p4_c0_b8) c_u_Capacity(D_PC_t2_p4_c0_b8)_ 1
     Flow(D_PC_t2_p4_c0_b8) c_u_KvLinks(D_PC_t2_p4_c0_b8)_ 0.67862528
     Flow(D_PC_t2_p4_c0_b8) c_u_PowerBudget_ 4.2001926596392387
     Flow(D_PC_t2_p4_c0_b8) c_e_ShareSum(PC_decode)_ -4.2001926596392387
     Flow(D_PC_t2_p4_c0_b8) c_u_PointHot(D_PC_t2_p4_c0_b8)_ 0.52502408245490484
     Flow(D_PC_t4_p2_c0_b2) Objective 22.285531727971573
     Flow(D_PC_t4_p2_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_PC_t4_p2_c0_b2) c_u_Capacity(D_PC_t4_p2_c0_b2)_ 1
     Flow(D_PC_t4_p2_c0_b2) c_u_KvLinks(D_PC_t4_p2_c0_b2)_ 0.67862528
     Flow(D_PC_t4_p2_c0_b2) c_u_PowerBudget_ 22.285531727971573
     Flow(D_PC_t4_p2_c0_b2) c_e_ShareSum(PC_decode)_ -22.285531727971573
     Flow(D_PC_t4_p2_c0_b2) c_u_PointHot(D_PC_t4_p2_c0_b2)_ 2.7856914659964467
     Flow(D_PC_t4_p2_c0_b4) Objective 6.0272542086135283
     Flow(D_PC_t4_p2_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_PC_t4_p2_c0_b4) c_u_Capacity(D_PC_t4_p2_c0_b4)_ 1
     Flow(D_PC_t4_p2_c0_b4) c_u_KvLinks(D_PC_t4_p2_c0_b4)_ 0.67862528
     Flow(D_PC_t4_p2_c0_b4) c_u_PowerBudget_ 6.0272542086135283
     Flow(D_PC_t4_p2_c0_b4) c_e_ShareSum(PC_decode)_ -6.0272542086135283
     Flow(D_PC_t4_p2_c0_b4) c_u_PointHot(D_PC_t4_p2_c0_b4)_ 0.75340677607669104
     Flow(D_PC_t4_p2_c0_b64) Objective 2.7523565412569369
     Flow(D_PC_t4_p2_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_PC_t4_p2_c0_b64) c_u_Capacity(D_PC_t4_p2_c0_b64)_ 1
     Flow(D_PC_t4_p2_c0_b64) c_u_KvLinks(D_PC_t4_p2_c0_b64)_ 0.67862528
     Flow(D_PC_t4_p2_c0_b64) c_u_PowerBudget_ 2.7523565412569369
     Flow(D_PC_t4_p2_c0_b64) c_e_ShareSum(PC_decode)_ -2.7523565412569369
     Flow(D_PC_t4_p2_c0_b64) c_u_PointHot(D_PC_t4_p2_c0_b64)_ 0.34404456765711711
     Flow(D_PC_t8_p1_c0_b1) Objective 23.018752207530881
     Flow(D_PC_t8_p1_c0_b1) c_e_DecodeFlow_ 1
     Flow(D_PC_t8_p1_c0_b1) c_u_Capacity(D_PC_t8_p1_c0_b1)_ 1
     Flow(D_PC_t8_p1_c0_b1) c_u_KvLinks(D_PC_t8_p1_c0_b1)_ 0.67862528
     Flow(D_PC_t8_p1_c0_b1) c_u_PowerBudget_ 23.018752207530881
     Flow(D_PC_t8_p1_c0_b1) c_e_ShareSum(PC_decode)_ -23.018752207530881
     Flow(D_PC_t8_p1_c0_b1) c_u_PointHot(D_PC_t8_p1_c0_b1)_ 2.8773440259413601
     Flow(D_PC_t8_p1_c0_b2) Objective 8.3000662130391945
     Flow(D_PC_t8_p1_c0_b2) c_e_DecodeFlow_ 1
     Flow(D_PC_t8_p1_c0_b2) c_u_Capacity(D_PC_t8_p1_c0_b2)_ 1
     Flow(D_PC_t8_p1_c0_b2) c_u_KvLinks(D_PC_t8_p1_c0_b2)_ 0.67862528
     Flow(D_PC_t8_p1_c0_b2) c_u_PowerBudget_ 8.3000662130391945
     Flow(D_PC_t8_p1_c0_b2) c_e_ShareSum(PC_decode)_ -8.3000662130391945
     Flow(D_PC_t8_p1_c0_b2) c_u_PointHot(D_PC_t8_p1_c0_b2)_ 1.0375082766298993
     Flow(D_PC_t8_p1_c0_b32) Objective 2.6522573241348071
     Flow(D_PC_t8_p1_c0_b32) c_e_DecodeFlow_ 1
     Flow(D_PC_t8_p1_c0_b32) c_u_Capacity(D_PC_t8_p1_c0_b32)_ 1
     Flow(D_PC_t8_p1_c0_b32) c_u_KvLinks(D_PC_t8_p1_c0_b32)_ 0.67862528
     Flow(D_PC_t8_p1_c0_b32) c_u_PowerBudget_ 2.6522573241348071
     Flow(D_PC_t8_p1_c0_b32) c_e_ShareSum(PC_decode)_ -2.6522573241348071
     Flow(D_PC_t8_p1_c0_b32) c_u_PointHot(D_PC_t8_p1_c0_b32)_ 0.33153216551685089
     Flow(D_PC_t8_p1_c0_b4) Objective 3.4124206756583528
     Flow(D_PC_t8_p1_c0_b4) c_e_DecodeFlow_ 1
     Flow(D_PC_t8_p1_c0_b4) c_u_Capacity(D_PC_t8_p1_c0_b4)_ 1
     Flow(D_PC_t8_p1_c0_b4) c_u_KvLinks(D_PC_t8_p1_c0_b4)_ 0.67862528
     Flow(D_PC_t8_p1_c0_b4) c_u_PowerBudget_ 3.4124206756583528
     Flow(D_PC_t8_p1_c0_b4) c_e_ShareSum(PC_decode)_ -3.4124206756583528
     Flow(D_PC_t8_p1_c0_b4) c_u_PointHot(D_PC_t8_p1_c0_b4)_ 0.4265525844572941
     Flow(D_PC_t8_p1_c0_b64) Objective 1.1046605933219793
     Flow(D_PC_t8_p1_c0_b64) c_e_DecodeFlow_ 1
     Flow(D_PC_t8_p1_c0_b64) c_u_Capacity(D_PC_t8_p1_c0_b64)_ 1
     Flow(D_PC_t8_p1_c0_b64) c_u_KvLinks(D_PC_t8_p1_c0_b64)_ 0.67862528
     Flow(D_PC_t8_p1_c0_b64) c_u_PowerBudget_ 1.1046605933219793
     Flow(D_PC_t8_p1_c0_b64) c_e_ShareSum(PC_decode)_ -1.1046605933219793
     Flow(D_PC_t8_p1_c0_b64) c_u_PointHot(D_PC_t8_p1_c0_b64)_ 0.13808257416524741
     Flow(P_DC_t1_p3_c0_b1) Objective 233.01704485437332
     Flow(P_DC_t1_p3_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t1_p3_c0_b1) c_u_Capacity(P_DC_t1_p3_c0_b1)_ 1
     Flow(P_DC_t1_p3_c0_b1) c_u_KvLinks(P_DC_t1_p3_c0_b1)_ 0.67862528
     Flow(P_DC_t1_p3_c0_b1) c_u_PowerBudget_ 233.01704485437332
     Flow(P_DC_t1_p3_c0_b1) c_e_ShareSum(DC_prefill)_ -233.01704485437332
     Flow(P_DC_t1_p3_c0_b1) c_u_PointHot(P_DC_t1_p3_c0_b1)_ 77.672348284791113
     Flow(P_DC_t1_p4_c0_b1) Objective 233.01720772444148
     Flow(P_DC_t1_p4_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t1_p4_c0_b1) c_u_Capacity(P_DC_t1_p4_c0_b1)_ 1
     Flow(P_DC_t1_p4_c0_b1) c_u_KvLinks(P_DC_t1_p4_c0_b1)_ 0.67862528
     Flow(P_DC_t1_p4_c0_b1) c_u_PowerBudget_ 233.01720772444148
     Flow(P_DC_t1_p4_c0_b1) c_e_ShareSum(DC_prefill)_ -233.01720772444148
     Flow(P_DC_t1_p4_c0_b1) c_u_PointHot(P_DC_t1_p4_c0_b1)_ 58.254301931110369
     Flow(P_DC_t1_p5_c0_b1) Objective 233.01737059450784
     Flow(P_DC_t1_p5_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t1_p5_c0_b1) c_u_Capacity(P_DC_t1_p5_c0_b1)_ 1
     Flow(P_DC_t1_p5_c0_b1) c_u_KvLinks(P_DC_t1_p5_c0_b1)_ 0.67862528
     Flow(P_DC_t1_p5_c0_b1) c_u_PowerBudget_ 233.01737059450784
     Flow(P_DC_t1_p5_c0_b1) c_e_ShareSum(DC_prefill)_ -233.01737059450784
     Flow(P_DC_t1_p5_c0_b1) c_u_PointHot(P_DC_t1_p5_c0_b1)_ 46.603474118901566
     Flow(P_DC_t1_p6_c0_b1) Objective 233.01753346457602
     Flow(P_DC_t1_p6_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t1_p6_c0_b1) c_u_Capacity(P_DC_t1_p6_c0_b1)_ 1
     Flow(P_DC_t1_p6_c0_b1) c_u_KvLinks(P_DC_t1_p6_c0_b1)_ 0.67862528
     Flow(P_DC_t1_p6_c0_b1) c_u_PowerBudget_ 233.01753346457602
     Flow(P_DC_t1_p6_c0_b1) c_e_ShareSum(DC_prefill)_ -233.01753346457602
     Flow(P_DC_t1_p6_c0_b1) c_u_PointHot(P_DC_t1_p6_c0_b1)_ 38.836255577429334
     Flow(P_DC_t1_p8_c0_b1) Objective 233.01785920470982
     Flow(P_DC_t1_p8_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t1_p8_c0_b1) c_u_Capacity(P_DC_t1_p8_c0_b1)_ 1
     Flow(P_DC_t1_p8_c0_b1) c_u_KvLinks(P_DC_t1_p8_c0_b1)_ 0.67862528
     Flow(P_DC_t1_p8_c0_b1) c_u_PowerBudget_ 233.01785920470982
     Flow(P_DC_t1_p8_c0_b1) c_e_ShareSum(DC_prefill)_ -233.01785920470982
     Flow(P_DC_t1_p8_c0_b1) c_u_PointHot(P_DC_t1_p8_c0_b1)_ 29.127232400588728
     Flow(P_DC_t2_p2_c0_b1) Objective 232.7611759788025
     Flow(P_DC_t2_p2_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t2_p2_c0_b1) c_u_Capacity(P_DC_t2_p2_c0_b1)_ 1
     Flow(P_DC_t2_p2_c0_b1) c_u_KvLinks(P_DC_t2_p2_c0_b1)_ 0.67862528
     Flow(P_DC_t2_p2_c0_b1) c_u_PowerBudget_ 232.7611759788025
     Flow(P_DC_t2_p2_c0_b1) c_e_ShareSum(DC_prefill)_ -232.7611759788025
     Flow(P_DC_t2_p2_c0_b1) c_u_PointHot(P_DC_t2_p2_c0_b1)_ 58.190293994700625
     Flow(P_DC_t2_p2_c1_b1) Objective 232.76133884887008
     Flow(P_DC_t2_p2_c1_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t2_p2_c1_b1) c_u_Capacity(P_DC_t2_p2_c1_b1)_ 1
     Flow(P_DC_t2_p2_c1_b1) c_u_KvLinks(P_DC_t2_p2_c1_b1)_ 0.67862528
     Flow(P_DC_t2_p2_c1_b1) c_u_PowerBudget_ 232.76133884887008
     Flow(P_DC_t2_p2_c1_b1) c_e_ShareSum(DC_prefill)_ -232.76133884887008
     Flow(P_DC_t2_p2_c1_b1) c_u_PointHot(P_DC_t2_p2_c1_b1)_ 58.190334712217521
     Flow(P_DC_t2_p3_c0_b1) Objective 232.76133884887005
     Flow(P_DC_t2_p3_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t2_p3_c0_b1) c_u_Capacity(P_DC_t2_p3_c0_b1)_ 1
     Flow(P_DC_t2_p3_c0_b1) c_u_KvLinks(P_DC_t2_p3_c0_b1)_ 0.67862528
     Flow(P_DC_t2_p3_c0_b1) c_u_PowerBudget_ 232.76133884887005
     Flow(P_DC_t2_p3_c0_b1) c_e_ShareSum(DC_prefill)_ -232.76133884887005
     Flow(P_DC_t2_p3_c0_b1) c_u_PointHot(P_DC_t2_p3_c0_b1)_ 38.793556474811673
     Flow(P_DC_t2_p3_c1_b1) Objective 232.76166458900474
     Flow(P_DC_t2_p3_c1_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t2_p3_c1_b1) c_u_Capacity(P_DC_t2_p3_c1_b1)_ 1
     Flow(P_DC_t2_p3_c1_b1) c_u_KvLinks(P_DC_t2_p3_c1_b1)_ 0.67862528
     Flow(P_DC_t2_p3_c1_b1) c_u_PowerBudget_ 232.76166458900474
     Flow(P_DC_t2_p3_c1_b1) c_e_ShareSum(DC_prefill)_ -232.76166458900474
     Flow(P_DC_t2_p3_c1_b1) c_u_PointHot(P_DC_t2_p3_c1_b1)_ 38.793610764834121
     Flow(P_DC_t2_p4_c0_b1) Objective 232.7619903291388
     Flow(P_DC_t2_p4_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t2_p4_c0_b1) c_u_Capacity(P_DC_t2_p4_c0_b1)_ 1
     Flow(P_DC_t2_p4_c0_b1) c_u_KvLinks(P_DC_t2_p4_c0_b1)_ 0.67862528
     Flow(P_DC_t2_p4_c0_b1) c_u_PowerBudget_ 232.7619903291388
     Flow(P_DC_t2_p4_c0_b1) c_e_ShareSum(DC_prefill)_ -232.7619903291388
     Flow(P_DC_t2_p4_c0_b1) c_u_PointHot(P_DC_t2_p4_c0_b1)_ 29.09524879114235
     Flow(P_DC_t4_p1_c0_b1) Objective 232.62203065139104
     Flow(P_DC_t4_p1_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_DC_t4_p1_c0_b1) c_u_Capacity(P_DC_t4_p1_c0_b1)_ 1
     Flow(P_DC_t4_p1_c0_b1) c_u_KvLinks(P_DC_t4_p1_c0_b1)_ 0.67862528
     Flow(P_DC_t4_p1_c0_b1) c_u_PowerBudget_ 232.62203065139104
     Flow(P_DC_t4_p1_c0_b1) c_e_ShareSum(DC_prefill)_ -232.62203065139104
     Flow(P_DC_t4_p1_c0_b1) c_u_PointHot(P_DC_t4_p1_c0_b1)_ 58.155507662847761
     Flow(P_PC_t1_p5_c0_b1) Objective 233.01737059450707
     Flow(P_PC_t1_p5_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_PC_t1_p5_c0_b1) c_u_Capacity(P_PC_t1_p5_c0_b1)_ 1
     Flow(P_PC_t1_p5_c0_b1) c_u_KvLinks(P_PC_t1_p5_c0_b1)_ 0.67862528
     Flow(P_PC_t1_p5_c0_b1) c_u_PowerBudget_ 233.01737059450707
     Flow(P_PC_t1_p5_c0_b1) c_e_ShareSum(PC_prefill)_ -233.01737059450707
     Flow(P_PC_t1_p5_c0_b1) c_u_PointHot(P_PC_t1_p5_c0_b1)_ 46.603474118901417
     Flow(P_PC_t1_p6_c0_b1) Objective 233.01753346457602
     Flow(P_PC_t1_p6_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_PC_t1_p6_c0_b1) c_u_Capacity(P_PC_t1_p6_c0_b1)_ 1
     Flow(P_PC_t1_p6_c0_b1) c_u_KvLinks(P_PC_t1_p6_c0_b1)_ 0.67862528
     Flow(P_PC_t1_p6_c0_b1) c_u_PowerBudget_ 233.01753346457602
     Flow(P_PC_t1_p6_c0_b1) c_e_ShareSum(PC_prefill)_ -233.01753346457602
     Flow(P_PC_t1_p6_c0_b1) c_u_PointHot(P_PC_t1_p6_c0_b1)_ 38.836255577429334
     Flow(P_PC_t1_p8_c0_b1) Objective 233.01785920471031
     Flow(P_PC_t1_p8_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_PC_t1_p8_c0_b1) c_u_Capacity(P_PC_t1_p8_c0_b1)_ 1
     Flow(P_PC_t1_p8_c0_b1) c_u_KvLinks(P_PC_t1_p8_c0_b1)_ 0.67862528
     Flow(P_PC_t1_p8_c0_b1) c_u_PowerBudget_ 233.01785920471031
     Flow(P_PC_t1_p8_c0_b1) c_e_ShareSum(PC_prefill)_ -233.01785920471031
     Flow(P_PC_t1_p8_c0_b1) c_u_PointHot(P_PC_t1_p8_c0_b1)_ 29.127232400588788
     Flow(P_PC_t2_p3_c0_b1) Objective 232.76133884887034
     Flow(P_PC_t2_p3_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_PC_t2_p3_c0_b1) c_u_Capacity(P_PC_t2_p3_c0_b1)_ 1
     Flow(P_PC_t2_p3_c0_b1) c_u_KvLinks(P_PC_t2_p3_c0_b1)_ 0.67862528
     Flow(P_PC_t2_p3_c0_b1) c_u_PowerBudget_ 232.76133884887034
     Flow(P_PC_t2_p3_c0_b1) c_e_ShareSum(PC_prefill)_ -232.76133884887034
     Flow(P_PC_t2_p3_c0_b1) c_u_PointHot(P_PC_t2_p3_c0_b1)_ 38.793556474811723
     Flow(P_PC_t2_p3_c1_b1) Objective 232.76166458900474
     Flow(P_PC_t2_p3_c1_b1) c_e_PrefillFlow_ 1
     Flow(P_PC_t2_p3_c1_b1) c_u_Capacity(P_PC_t2_p3_c1_b1)_ 1
     Flow(P_PC_t2_p3_c1_b1) c_u_KvLinks(P_PC_t2_p3_c1_b1)_ 0.67862528
     Flow(P_PC_t2_p3_c1_b1) c_u_PowerBudget_ 232.76166458900474
     Flow(P_PC_t2_p3_c1_b1) c_e_ShareSum(PC_prefill)_ -232.76166458900474
     Flow(P_PC_t2_p3_c1_b1) c_u_PointHot(P_PC_t2_p3_c1_b1)_ 38.793610764834121
     Flow(P_PC_t2_p4_c0_b1) Objective 232.76199032913786
     Flow(P_PC_t2_p4_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_PC_t2_p4_c0_b1) c_u_Capacity(P_PC_t2_p4_c0_b1)_ 1
     Flow(P_PC_t2_p4_c0_b1) c_u_KvLinks(P_PC_t2_p4_c0_b1)_ 0.67862528
     Flow(P_PC_t2_p4_c0_b1) c_u_PowerBudget_ 232.76199032913786
     Flow(P_PC_t2_p4_c0_b1) c_e_ShareSum(PC_prefill)_ -232.76199032913786
     Flow(P_PC_t2_p4_c0_b1) c_u_PointHot(P_PC_t2_p4_c0_b1)_ 29.095248791142232
     Flow(P_PC_t4_p2_c0_b1) Objective 232.93506692055027
     Flow(P_PC_t4_p2_c0_b1) c_e_PrefillFlow_ 1
     Flow(P_PC_t4_p2_c0_b1) c_u_Capacity(P_PC_t4_p2_c0_b1)_ 1
     Flow(P_PC_t4_p2_c0_b1) c_u_KvLinks(P_PC_t4_p2_c0_b1)_ 0.67862528
     Flow(P_PC_t4_p2_c0_b1) c_u_PowerBudget_ 232.93506692055027
     Flow(P_PC_t4_p2_c0_b1) c_e_ShareSum(PC_prefill)_ -232.93506692055027
     Flow(P_PC_t4_p2_c0_b1) c_u_PointHot(P_PC_t4_p2_c0_b1)_ 29.116883365068784
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
     DynLevel(DC_decode) c_u_HotLevel(DC_decode)_ 1
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
     DynLevel(DC_prefill) c_u_HotLevel(DC_prefill)_ 1
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
     DynLevel(PC_decode) c_u_HotLevel(PC_decode)_ 1
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
     DynLevel(PC_prefill) c_u_HotLevel(PC_prefill)_ 1
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
     LeakW(0) c_e_HotSitePowerDef(0)_ -1
     LeakW(0) c_u_PowerBudget_ 1
     LeakW(0) c_u_Leakage(DC_0)_ -1
     LeakW(0) c_u_Leakage(PC_0)_ -1
     LeakW(0) c_u_LeakageFloor(0)_ -1
     LeakW(1) Objective 1
     LeakW(1) c_e_SitePowerDef(1)_ -1
     LeakW(1) c_e_HotSitePowerDef(1)_ -1
     LeakW(1) c_u_PowerBudget_ 1
     LeakW(1) c_u_Leakage(DC_1)_ -1
     LeakW(1) c_u_Leakage(PC_1)_ -1
     LeakW(1) c_u_LeakageFloor(1)_ -1
     LeakW(2) Objective 1
     LeakW(2) c_e_SitePowerDef(2)_ -1
     LeakW(2) c_e_HotSitePowerDef(2)_ -1
     LeakW(2) c_u_PowerBudget_ 1
     LeakW(2) c_u_Leakage(DC_2)_ -1
     LeakW(2) c_u_Leakage(PC_2)_ -1
     LeakW(2) c_u_LeakageFloor(2)_ -1
     LeakW(3) Objective 1
     LeakW(3) c_e_SitePowerDef(3)_ -1
     LeakW(3) c_e_HotSitePowerDef(3)_ -1
     LeakW(3) c_u_PowerBudget_ 1
     LeakW(3) c_u_Leakage(DC_3)_ -1
     LeakW(3) c_u_Leakage(PC_3)_ -1
     LeakW(3) c_u_LeakageFloor(3)_ -1
     LeakW(4) Objective 1
     LeakW(4) c_e_SitePowerDef(4)_ -1
     LeakW(4) c_e_HotSitePowerDef(4)_ -1
     LeakW(4) c_u_PowerBudget_ 1
     LeakW(4) c_u_Leakage(DC_4)_ -1
     LeakW(4) c_u_Leakage(PC_4)_ -1
     LeakW(4) c_u_LeakageFloor(4)_ -1
     LeakW(5) Objective 1
     LeakW(5) c_e_SitePowerDef(5)_ -1
     LeakW(5) c_e_HotSitePowerDef(5)_ -1
     LeakW(5) c_u_PowerBudget_ 1
     LeakW(5) c_u_Leakage(DC_5)_ -1
     LeakW(5) c_u_Leakage(PC_5)_ -1
     LeakW(5) c_u_LeakageFloor(5)_ -1
     LeakW(6) Objective 1
     LeakW(6) c_e_SitePowerDef(6)_ -1
     LeakW(6) c_e_HotSitePowerDef(6)_ -1
     LeakW(6) c_u_PowerBudget_ 1
     LeakW(6) c_u_Leakage(DC_6)_ -1
     LeakW(6) c_u_Leakage(PC_6)_ -1
     LeakW(6) c_u_LeakageFloor(6)_ -1
     LeakW(7) Objective 1
     LeakW(7) c_e_SitePowerDef(7)_ -1
     LeakW(7) c_e_HotSitePowerDef(7)_ -1
     LeakW(7) c_u_PowerBudget_ 1
     LeakW(7) c_u_Leakage(DC_7)_ -1
     LeakW(7) c_u_Leakage(PC_7)_ -1
     LeakW(7) c_u_LeakageFloor(7)_ -1
     LeakW(8) Objective 1
     LeakW(8) c_e_SitePowerDef(8)_ -1
     LeakW(8) c_e_HotSitePowerDef(8)_ -1
     LeakW(8) c_u_PowerBudget_ 1
     LeakW(8) c_u_Leakage(DC_8)_ -1
     LeakW(8) c_u_Leakage(PC_8)_ -1
     LeakW(8) c_u_LeakageFloor(8)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p3_c0_b16)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p3_c0_b2)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p3_c0_b32)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p3_c0_b4)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p3_c0_b64)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p3_c0_b8)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p4_c0_b1)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p4_c0_b16)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p4_c0_b2)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p4_c0_b32)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p4_c0_b4)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p4_c0_b64)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p4_c0_b8)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p5_c0_b16)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p5_c0_b2)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p5_c0_b32)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p5_c0_b4)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p5_c0_b64)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p5_c0_b8)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p6_c0_b16)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p6_c0_b32)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p6_c0_b4)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p6_c0_b64)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p6_c0_b8)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p8_c0_b32)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p8_c0_b4)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p8_c0_b64)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t1_p8_c0_b8)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p2_c0_b1)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p2_c0_b128)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p2_c0_b2)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p2_c0_b32)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p2_c0_b4)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p2_c0_b64)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p2_c1_b1)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p2_c1_b128)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p2_c1_b2)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p2_c1_b32)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p2_c1_b4)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p2_c1_b64)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p3_c0_b4)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p3_c0_b8)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p3_c1_b4)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p3_c1_b8)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p4_c0_b32)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p4_c0_b4)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t2_p4_c0_b8)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p1_c0_b1)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p1_c0_b128)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p1_c0_b16)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p1_c0_b2)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p1_c0_b32)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p1_c0_b4)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p1_c0_b64)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p1_c1_b1)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p1_c1_b128)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p1_c1_b16)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p1_c1_b2)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p1_c1_b32)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p1_c1_b4)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p1_c1_b64)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p1_c1_b8)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p2_c0_b16)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p2_c0_b2)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p2_c0_b4)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t4_p2_c0_b64)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t8_p1_c0_b1)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t8_p1_c0_b16)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t8_p1_c0_b2)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t8_p1_c0_b4)_ -1
     DynHot(DC_decode) c_u_PointHot(D_DC_t8_p1_c0_b8)_ -1
     DynHot(DC_decode) c_u_HotLevel(DC_decode)_ -1
     DynHot(DC_decode) c_u_HotFloor(0_DC_decode)_ 1
     DynHot(DC_decode) c_u_HotFloor(1_DC_decode)_ 1
     DynHot(DC_decode) c_u_HotFloor(2_DC_decode)_ 1
     DynHot(DC_decode) c_u_HotFloor(3_DC_decode)_ 1
     DynHot(DC_decode) c_u_HotFloor(4_DC_decode)_ 1
     DynHot(DC_decode) c_u_HotFloor(5_DC_decode)_ 1
     DynHot(DC_decode) c_u_HotFloor(6_DC_decode)_ 1
     DynHot(DC_decode) c_u_HotFloor(7_DC_decode)_ 1
     DynHot(DC_decode) c_u_HotFloor(8_DC_decode)_ 1
     DynHot(DC_prefill) c_u_PointHot(P_DC_t1_p3_c0_b1)_ -1
     DynHot(DC_prefill) c_u_PointHot(P_DC_t1_p4_c0_b1)_ -1
     DynHot(DC_prefill) c_u_PointHot(P_DC_t1_p5_c0_b1)_ -1
     DynHot(DC_prefill) c_u_PointHot(P_DC_t1_p6_c0_b1)_ -1
     DynHot(DC_prefill) c_u_PointHot(P_DC_t1_p8_c0_b1)_ -1
     DynHot(DC_prefill) c_u_PointHot(P_DC_t2_p2_c0_b1)_ -1
     DynHot(DC_prefill) c_u_PointHot(P_DC_t2_p2_c1_b1)_ -1
     DynHot(DC_prefill) c_u_PointHot(P_DC_t2_p3_c0_b1)_ -1
     DynHot(DC_prefill) c_u_PointHot(P_DC_t2_p3_c1_b1)_ -1
     DynHot(DC_prefill) c_u_PointHot(P_DC_t2_p4_c0_b1)_ -1
     DynHot(DC_prefill) c_u_PointHot(P_DC_t4_p1_c0_b1)_ -1
     DynHot(DC_prefill) c_u_HotLevel(DC_prefill)_ -1
     DynHot(DC_prefill) c_u_HotFloor(0_DC_prefill)_ 1
     DynHot(DC_prefill) c_u_HotFloor(1_DC_prefill)_ 1
     DynHot(DC_prefill) c_u_HotFloor(2_DC_prefill)_ 1
     DynHot(DC_prefill) c_u_HotFloor(3_DC_prefill)_ 1
     DynHot(DC_prefill) c_u_HotFloor(4_DC_prefill)_ 1
     DynHot(DC_prefill) c_u_HotFloor(5_DC_prefill)_ 1
     DynHot(DC_prefill) c_u_HotFloor(6_DC_prefill)_ 1
     DynHot(DC_prefill) c_u_HotFloor(7_DC_prefill)_ 1
     DynHot(DC_prefill) c_u_HotFloor(8_DC_prefill)_ 1
     DynHot(PC_decode) c_u_PointHot(D_PC_t1_p5_c0_b16)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t1_p5_c0_b2)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t1_p5_c0_b4)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t1_p5_c0_b8)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t1_p6_c0_b16)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t1_p6_c0_b32)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t1_p6_c0_b4)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t1_p6_c0_b64)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t1_p6_c0_b8)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t1_p8_c0_b128)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t1_p8_c0_b32)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t1_p8_c0_b4)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t1_p8_c0_b64)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t1_p8_c0_b8)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t2_p3_c0_b32)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t2_p3_c0_b4)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t2_p3_c0_b64)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t2_p3_c0_b8)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t2_p3_c1_b32)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t2_p3_c1_b4)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t2_p3_c1_b64)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t2_p3_c1_b8)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t2_p4_c0_b128)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t2_p4_c0_b4)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t2_p4_c0_b8)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t4_p2_c0_b2)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t4_p2_c0_b4)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t4_p2_c0_b64)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t8_p1_c0_b1)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t8_p1_c0_b2)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t8_p1_c0_b32)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t8_p1_c0_b4)_ -1
     DynHot(PC_decode) c_u_PointHot(D_PC_t8_p1_c0_b64)_ -1
     DynHot(PC_decode) c_u_HotLevel(PC_decode)_ -1
     DynHot(PC_decode) c_u_HotFloor(0_PC_decode)_ 1
     DynHot(PC_decode) c_u_HotFloor(1_PC_decode)_ 1
     DynHot(PC_decode) c_u_HotFloor(2_PC_decode)_ 1
     DynHot(PC_decode) c_u_HotFloor(3_PC_decode)_ 1
     DynHot(PC_decode) c_u_HotFloor(4_PC_decode)_ 1
     DynHot(PC_decode) c_u_HotFloor(5_PC_decode)_ 1
     DynHot(PC_decode) c_u_HotFloor(6_PC_decode)_ 1
     DynHot(PC_decode) c_u_HotFloor(7_PC_decode)_ 1
     DynHot(PC_decode) c_u_HotFloor(8_PC_decode)_ 1
     DynHot(PC_prefill) c_u_PointHot(P_PC_t1_p5_c0_b1)_ -1
     DynHot(PC_prefill) c_u_PointHot(P_PC_t1_p6_c0_b1)_ -1
     DynHot(PC_prefill) c_u_PointHot(P_PC_t1_p8_c0_b1)_ -1
     DynHot(PC_prefill) c_u_PointHot(P_PC_t2_p3_c0_b1)_ -1
     DynHot(PC_prefill) c_u_PointHot(P_PC_t2_p3_c1_b1)_ -1
     DynHot(PC_prefill) c_u_PointHot(P_PC_t2_p4_c0_b1)_ -1
     DynHot(PC_prefill) c_u_PointHot(P_PC_t4_p2_c0_b1)_ -1
     DynHot(PC_prefill) c_u_HotLevel(PC_prefill)_ -1
     DynHot(PC_prefill) c_u_HotFloor(0_PC_prefill)_ 1
     DynHot(PC_prefill) c_u_HotFloor(1_PC_prefill)_ 1
     DynHot(PC_prefill) c_u_HotFloor(2_PC_prefill)_ 1
     DynHot(PC_prefill) c_u_HotFloor(3_PC_prefill)_ 1
     DynHot(PC_prefill) c_u_HotFloor(4_PC_prefill)_ 1
     DynHot(PC_prefill) c_u_HotFloor(5_PC_prefill)_ 1
     DynHot(PC_prefill) c_u_HotFloor(6_PC_prefill)_ 1
     DynHot(PC_prefill) c_u_HotFloor(7_PC_prefill)_ 1
     DynHot(PC_prefill) c_u_HotFloor(8_PC_prefill)_ 1
     HotShare(0_DC_decode) c_e_HotSitePowerDef(0)_ -1
     HotShare(0_DC_decode) c_u_HotFloor(0_DC_decode)_ -1
     HotShare(0_DC_prefill) c_e_HotSitePowerDef(0)_ -1
     HotShare(0_DC_prefill) c_u_HotFloor(0_DC_prefill)_ -1
     HotShare(0_PC_decode) c_e_HotSitePowerDef(0)_ -1
     HotShare(0_PC_decode) c_u_HotFloor(0_PC_decode)_ -1
     HotShare(0_PC_prefill) c_e_HotSitePowerDef(0)_ -1
     HotShare(0_PC_prefill) c_u_HotFloor(0_PC_prefill)_ -1
     HotShare(1_DC_decode) c_e_HotSitePowerDef(1)_ -1
     HotShare(1_DC_decode) c_u_HotFloor(1_DC_decode)_ -1
     HotShare(1_DC_prefill) c_e_HotSitePowerDef(1)_ -1
     HotShare(1_DC_prefill) c_u_HotFloor(1_DC_prefill)_ -1
     HotShare(1_PC_decode) c_e_HotSitePowerDef(1)_ -1
     HotShare(1_PC_decode) c_u_HotFloor(1_PC_decode)_ -1
     HotShare(1_PC_prefill) c_e_HotSitePowerDef(1)_ -1
     HotShare(1_PC_prefill) c_u_HotFloor(1_PC_prefill)_ -1
     HotShare(2_DC_decode) c_e_HotSitePowerDef(2)_ -1
     HotShare(2_DC_decode) c_u_HotFloor(2_DC_decode)_ -1
     HotShare(2_DC_prefill) c_e_HotSitePowerDef(2)_ -1
     HotShare(2_DC_prefill) c_u_HotFloor(2_DC_prefill)_ -1
     HotShare(2_PC_decode) c_e_HotSitePowerDef(2)_ -1
     HotShare(2_PC_decode) c_u_HotFloor(2_PC_decode)_ -1
     HotShare(2_PC_prefill) c_e_HotSitePowerDef(2)_ -1
     HotShare(2_PC_prefill) c_u_HotFloor(2_PC_prefill)_ -1
     HotShare(3_DC_decode) c_e_HotSitePowerDef(3)_ -1
     HotShare(3_DC_decode) c_u_HotFloor(3_DC_decode)_ -1
     HotShare(3_DC_prefill) c_e_HotSitePowerDef(3)_ -1
     HotShare(3_DC_prefill) c_u_HotFloor(3_DC_prefill)_ -1
     HotShare(3_PC_decode) c_e_HotSitePowerDef(3)_ -1
     HotShare(3_PC_decode) c_u_HotFloor(3_PC_decode)_ -1
     HotShare(3_PC_prefill) c_e_HotSitePowerDef(3)_ -1
     HotShare(3_PC_prefill) c_u_HotFloor(3_PC_prefill)_ -1
     HotShare(4_DC_decode) c_e_HotSitePowerDef(4)_ -1
     HotShare(4_DC_decode) c_u_HotFloor(4_DC_decode)_ -1
     HotShare(4_DC_prefill) c_e_HotSitePowerDef(4)_ -1
     HotShare(4_DC_prefill) c_u_HotFloor(4_DC_prefill)_ -1
     HotShare(4_PC_decode) c_e_HotSitePowerDef(4)_ -1
     HotShare(4_PC_decode) c_u_HotFloor(4_PC_decode)_ -1
     HotShare(4_PC_prefill) c_e_HotSitePowerDef(4)_ -1
     HotShare(4_PC_prefill) c_u_HotFloor(4_PC_prefill)_ -1
     HotShare(5_DC_decode) c_e_HotSitePowerDef(5)_ -1
     HotShare(5_DC_decode) c_u_HotFloor(5_DC_decode)_ -1
     HotShare(5_DC_prefill) c_e_HotSitePowerDef(5)_ -1
     HotShare(5_DC_prefill) c_u_HotFloor(5_DC_prefill)_ -1
     HotShare(5_PC_decode) c_e_HotSitePowerDef(5)_ -1
     HotShare(5_PC_decode) c_u_HotFloor(5_PC_decode)_ -1
     HotShare(5_PC_prefill) c_e_HotSitePowerDef(5)_ -1
     HotShare(5_PC_prefill) c_u_HotFloor(5_PC_prefill)_ -1
     HotShare(6_DC_decode) c_e_HotSitePowerDef(6)_ -1
     HotShare(6_DC_decode) c_u_HotFloor(6_DC_decode)_ -1
     HotShare(6_DC_prefill) c_e_HotSitePowerDef(6)_ -1
     HotShare(6_DC_prefill) c_u_HotFloor(6_DC_prefill)_ -1
     HotShare(6_PC_decode) c_e_HotSitePowerDef(6)_ -1
     HotShare(6_PC_decode) c_u_HotFloor(6_PC_decode)_ -1
     HotShare(6_PC_prefill) c_e_HotSitePowerDef(6)_ -1
     HotShare(6_PC_prefill) c_u_HotFloor(6_PC_prefill)_ -1
     HotShare(7_DC_decode) c_e_HotSitePowerDef(7)_ -1
     HotShare(7_DC_decode) c_u_HotFloor(7_DC_decode)_ -1
     HotShare(7_DC_prefill) c_e_HotSitePowerDef(7)_ -1
     HotShare(7_DC_prefill) c_u_HotFloor(7_DC_prefill)_ -1
     HotShare(7_PC_decode) c_e_HotSitePowerDef(7)_ -1
     HotShare(7_PC_decode) c_u_HotFloor(7_PC_decode)_ -1
     HotShare(7_PC_prefill) c_e_HotSitePowerDef(7)_ -1
     HotShare(7_PC_prefill) c_u_HotFloor(7_PC_prefill)_ -1
     HotShare(8_DC_decode) c_e_HotSitePowerDef(8)_ -1
     HotShare(8_DC_decode) c_u_HotFloor(8_DC_decode)_ -1
     HotShare(8_DC_prefill) c_e_HotSitePowerDef(8)_ -1
     HotShare(8_DC_prefill) c_u_HotFloor(8_DC_prefill)_ -1
     HotShare(8_PC_decode) c_e_HotSitePowerDef(8)_ -1
     HotShare(8_PC_decode) c_u_HotFloor(8_PC_decode)_ -1
     HotShare(8_PC_prefill) c_e_HotSitePowerDef(8)_ -1
     HotShare(8_PC_prefill) c_u_HotFloor(8_PC_prefill)_ -1
     Used(D_DC_t1_p3_c0_b16) c_u_UsedLink(D_DC_t1_p3_c0_b16)_ -3
     Used(D_DC_t1_p3_c0_b16) c_u_PointHot(D_DC_t1_p3_c0_b16)_ 204.39615517203492
     Used(D_DC_t1_p3_c0_b2) c_u_UsedLink(D_DC_t1_p3_c0_b2)_ -3
     Used(D_DC_t1_p3_c0_b2) c_u_PointHot(D_DC_t1_p3_c0_b2)_ 83.792994421712777
     Used(D_DC_t1_p3_c0_b32) c_u_UsedLink(D_DC_t1_p3_c0_b32)_ -3
     Used(D_DC_t1_p3_c0_b32) c_u_PointHot(D_DC_t1_p3_c0_b32)_ 287.14790527942267
     Used(D_DC_t1_p3_c0_b4) c_u_UsedLink(D_DC_t1_p3_c0_b4)_ -3
     Used(D_DC_t1_p3_c0_b4) c_u_PointHot(D_DC_t1_p3_c0_b4)_ 136.27445393793278
     Used(D_DC_t1_p3_c0_b64) c_u_UsedLink(D_DC_t1_p3_c0_b64)_ -3
     Used(D_DC_t1_p3_c0_b64) c_u_PointHot(D_DC_t1_p3_c0_b64)_ 330.25032734201784
     Used(D_DC_t1_p3_c0_b8) c_u_UsedLink(D_DC_t1_p3_c0_b8)_ -3
     Used(D_DC_t1_p3_c0_b8) c_u_PointHot(D_DC_t1_p3_c0_b8)_ 161.58567221275737
     Used(D_DC_t1_p4_c0_b1) c_u_UsedLink(D_DC_t1_p4_c0_b1)_ -2
     Used(D_DC_t1_p4_c0_b1) c_u_PointHot(D_DC_t1_p4_c0_b1)_ 28.851414545184742
     Used(D_DC_t1_p4_c0_b16) c_u_UsedLink(D_DC_t1_p4_c0_b16)_ -2
     Used(D_DC_t1_p4_c0_b16) c_u_PointHot(D_DC_t1_p4_c0_b16)_ 178.38850199061062
     Used(D_DC_t1_p4_c0_b2) c_u_UsedLink(D_DC_t1_p4_c0_b2)_ -2
     Used(D_DC_t1_p4_c0_b2) c_u_PointHot(D_DC_t1_p4_c0_b2)_ 62.84392139504223
     Used(D_DC_t1_p4_c0_b32) c_u_UsedLink(D_DC_t1_p4_c0_b32)_ -2
     Used(D_DC_t1_p4_c0_b32) c_u_PointHot(D_DC_t1_p4_c0_b32)_ 239.42452282514353
     Used(D_DC_t1_p4_c0_b4) c_u_UsedLink(D_DC_t1_p4_c0_b4)_ -2
     Used(D_DC_t1_p4_c0_b4) c_u_PointHot(D_DC_t1_p4_c0_b4)_ 125.30550302667648
     Used(D_DC_t1_p4_c0_b64) c_u_UsedLink(D_DC_t1_p4_c0_b64)_ -2
     Used(D_DC_t1_p4_c0_b64) c_u_PointHot(D_DC_t1_p4_c0_b64)_ 318.04943393212909
     Used(D_DC_t1_p4_c0_b8) c_u_UsedLink(D_DC_t1_p4_c0_b8)_ -2
     Used(D_DC_t1_p4_c0_b8) c_u_PointHot(D_DC_t1_p4_c0_b8)_ 146.29728762322324
     Used(D_DC_t1_p5_c0_b16) c_u_UsedLink(D_DC_t1_p5_c0_b16)_ -1
     Used(D_DC_t1_p5_c0_b16) c_u_PointHot(D_DC_t1_p5_c0_b16)_ 163.38331903196405
     Used(D_DC_t1_p5_c0_b2) c_u_UsedLink(D_DC_t1_p5_c0_b2)_ -1
     Used(D_DC_t1_p5_c0_b2) c_u_PointHot(D_DC_t1_p5_c0_b2)_ 50.274477596459334
     Used(D_DC_t1_p5_c0_b32) c_u_UsedLink(D_DC_t1_p5_c0_b32)_ -1
     Used(D_DC_t1_p5_c0_b32) c_u_PointHot(D_DC_t1_p5_c0_b32)_ 212.22034495692338
     Used(D_DC_t1_p5_c0_b4) c_u_UsedLink(D_DC_t1_p5_c0_b4)_ -1
     Used(D_DC_t1_p5_c0_b4) c_u_PointHot(D_DC_t1_p5_c0_b4)_ 103.66837089426592
     Used(D_DC_t1_p5_c0_b64) c_u_UsedLink(D_DC_t1_p5_c0_b64)_ -1
     Used(D_DC_t1_p5_c0_b64) c_u_PointHot(D_DC_t1_p5_c0_b64)_ 279.80199639917043
     Used(D_DC_t1_p5_c0_b8) c_u_UsedLink(D_DC_t1_p5_c0_b8)_ -1
     Used(D_DC_t1_p5_c0_b8) c_u_PointHot(D_DC_t1_p5_c0_b8)_ 137.34770664851499
     Used(D_DC_t1_p6_c0_b16) c_u_UsedLink(D_DC_t1_p6_c0_b16)_ -1
     Used(D_DC_t1_p6_c0_b16) c_u_PointHot(D_DC_t1_p6_c0_b16)_ 157.23705518114596
     Used(D_DC_t1_p6_c0_b32) c_u_UsedLink(D_DC_t1_p6_c0_b32)_ -1
     Used(D_DC_t1_p6_c0_b32) c_u_PointHot(D_DC_t1_p6_c0_b32)_ 198.42589627567023
     Used(D_DC_t1_p6_c0_b4) c_u_UsedLink(D_DC_t1_p6_c0_b4)_ -1
     Used(D_DC_t1_p6_c0_b4) c_u_PointHot(D_DC_t1_p6_c0_b4)_ 86.389175807802175
     Used(D_DC_t1_p6_c0_b64) c_u_UsedLink(D_DC_t1_p6_c0_b64)_ -1
     Used(D_DC_t1_p6_c0_b64) c_u_PointHot(D_DC_t1_p6_c0_b64)_ 253.42429007610326
     Used(D_DC_t1_p6_c0_b8) c_u_UsedLink(D_DC_t1_p6_c0_b8)_ -1
     Used(D_DC_t1_p6_c0_b8) c_u_PointHot(D_DC_t1_p6_c0_b8)_ 133.46463274347047
     Used(D_DC_t1_p8_c0_b32) c_u_UsedLink(D_DC_t1_p8_c0_b32)_ -1
     Used(D_DC_t1_p8_c0_b32) c_u_PointHot(D_DC_t1_p8_c0_b32)_ 170.23100888565409
     Used(D_DC_t1_p8_c0_b4) c_u_UsedLink(D_DC_t1_p8_c0_b4)_ -1
     Used(D_DC_t1_p8_c0_b4) c_u_PointHot(D_DC_t1_p8_c0_b4)_ 64.790182017065689
     Used(D_DC_t1_p8_c0_b64) c_u_UsedLink(D_DC_t1_p8_c0_b64)_ -1
     Used(D_DC_t1_p8_c0_b64) c_u_PointHot(D_DC_t1_p8_c0_b64)_ 213.52631070032396
     Used(D_DC_t1_p8_c0_b8) c_u_UsedLink(D_DC_t1_p8_c0_b8)_ -1
     Used(D_DC_t1_p8_c0_b8) c_u_PointHot(D_DC_t1_p8_c0_b8)_ 119.62416327841274
     Used(D_DC_t2_p2_c0_b1) c_u_UsedLink(D_DC_t2_p2_c0_b1)_ -2
     Used(D_DC_t2_p2_c0_b1) c_u_PointHot(D_DC_t2_p2_c0_b1)_ 62.520414205367707
     Used(D_DC_t2_p2_c0_b128) c_u_UsedLink(D_DC_t2_p2_c0_b128)_ -2
     Used(D_DC_t2_p2_c0_b128) c_u_PointHot(D_DC_t2_p2_c0_b128)_ 539.61575790811821
     Used(D_DC_t2_p2_c0_b2) c_u_UsedLink(D_DC_t2_p2_c0_b2)_ -2
     Used(D_DC_t2_p2_c0_b2) c_u_PointHot(D_DC_t2_p2_c0_b2)_ 127.78402382902304
     Used(D_DC_t2_p2_c0_b32) c_u_UsedLink(D_DC_t2_p2_c0_b32)_ -2
     Used(D_DC_t2_p2_c0_b32) c_u_PointHot(D_DC_t2_p2_c0_b32)_ 318.35541215138375
     Used(D_DC_t2_p2_c0_b4) c_u_UsedLink(D_DC_t2_p2_c0_b4)_ -2
     Used(D_DC_t2_p2_c0_b4) c_u_PointHot(D_DC_t2_p2_c0_b4)_ 147.58340695052038
     Used(D_DC_t2_p2_c0_b64) c_u_UsedLink(D_DC_t2_p2_c0_b64)_ -2
     Used(D_DC_t2_p2_c0_b64) c_u_PointHot(D_DC_t2_p2_c0_b64)_ 416.36601051373327
     Used(D_DC_t2_p2_c1_b1) c_u_UsedLink(D_DC_t2_p2_c1_b1)_ -2
     Used(D_DC_t2_p2_c1_b1) c_u_PointHot(D_DC_t2_p2_c1_b1)_ 62.519361287408273
     Used(D_DC_t2_p2_c1_b128) c_u_UsedLink(D_DC_t2_p2_c1_b128)_ -2
     Used(D_DC_t2_p2_c1_b128) c_u_PointHot(D_DC_t2_p2_c1_b128)_ 539.45779084802359
     Used(D_DC_t2_p2_c1_b2) c_u_UsedLink(D_DC_t2_p2_c1_b2)_ -2
     Used(D_DC_t2_p2_c1_b2) c_u_PointHot(D_DC_t2_p2_c1_b2)_ 127.77975227589025
     Used(D_DC_t2_p2_c1_b32) c_u_UsedLink(D_DC_t2_p2_c1_b32)_ -2
     Used(D_DC_t2_p2_c1_b32) c_u_PointHot(D_DC_t2_p2_c1_b32)_ 318.31342811435331
     Used(D_DC_t2_p2_c1_b4) c_u_UsedLink(D_DC_t2_p2_c1_b4)_ -2
     Used(D_DC_t2_p2_c1_b4) c_u_PointHot(D_DC_t2_p2_c1_b4)_ 147.57502397969355
     Used(D_DC_t2_p2_c1_b64) c_u_UsedLink(D_DC_t2_p2_c1_b64)_ -2
     Used(D_DC_t2_p2_c1_b64) c_u_PointHot(D_DC_t2_p2_c1_b64)_ 416.25783809203989
     Used(D_DC_t2_p3_c0_b4) c_u_UsedLink(D_DC_t2_p3_c0_b4)_ -1
     Used(D_DC_t2_p3_c0_b4) c_u_PointHot(D_DC_t2_p3_c0_b4)_ 135.19074682503381
     Used(D_DC_t2_p3_c0_b8) c_u_UsedLink(D_DC_t2_p3_c0_b8)_ -1
     Used(D_DC_t2_p3_c0_b8) c_u_PointHot(D_DC_t2_p3_c0_b8)_ 159.73752314495957
     Used(D_DC_t2_p3_c1_b4) c_u_UsedLink(D_DC_t2_p3_c1_b4)_ -1
     Used(D_DC_t2_p3_c1_b4) c_u_PointHot(D_DC_t2_p3_c1_b4)_ 135.19073636385056
     Used(D_DC_t2_p3_c1_b8) c_u_UsedLink(D_DC_t2_p3_c1_b8)_ -1
     Used(D_DC_t2_p3_c1_b8) c_u_PointHot(D_DC_t2_p3_c1_b8)_ 159.73757242728507
     Used(D_DC_t2_p4_c0_b32) c_u_UsedLink(D_DC_t2_p4_c0_b32)_ -1
     Used(D_DC_t2_p4_c0_b32) c_u_PointHot(D_DC_t2_p4_c0_b32)_ 217.78711710154906
     Used(D_DC_t2_p4_c0_b4) c_u_UsedLink(D_DC_t2_p4_c0_b4)_ -1
     Used(D_DC_t2_p4_c0_b4) c_u_PointHot(D_DC_t2_p4_c0_b4)_ 124.73988524108047
     Used(D_DC_t2_p4_c0_b8) c_u_UsedLink(D_DC_t2_p4_c0_b8)_ -1
     Used(D_DC_t2_p4_c0_b8) c_u_PointHot(D_DC_t2_p4_c0_b8)_ 145.06031768260871
     Used(D_DC_t4_p1_c0_b1) c_u_UsedLink(D_DC_t4_p1_c0_b1)_ -2
     Used(D_DC_t4_p1_c0_b1) c_u_PointHot(D_DC_t4_p1_c0_b1)_ 127.70468407154029
     Used(D_DC_t4_p1_c0_b128) c_u_UsedLink(D_DC_t4_p1_c0_b128)_ -2
     Used(D_DC_t4_p1_c0_b128) c_u_PointHot(D_DC_t4_p1_c0_b128)_ 548.98887408051053
     Used(D_DC_t4_p1_c0_b16) c_u_UsedLink(D_DC_t4_p1_c0_b16)_ -2
     Used(D_DC_t4_p1_c0_b16) c_u_PointHot(D_DC_t4_p1_c0_b16)_ 298.750157935061
     Used(D_DC_t4_p1_c0_b2) c_u_UsedLink(D_DC_t4_p1_c0_b2)_ -2
     Used(D_DC_t4_p1_c0_b2) c_u_PointHot(D_DC_t4_p1_c0_b2)_ 145.17769860266429
     Used(D_DC_t4_p1_c0_b32) c_u_UsedLink(D_DC_t4_p1_c0_b32)_ -2
     Used(D_DC_t4_p1_c0_b32) c_u_PointHot(D_DC_t4_p1_c0_b32)_ 367.42179954216073
     Used(D_DC_t4_p1_c0_b4) c_u_UsedLink(D_DC_t4_p1_c0_b4)_ -2
     Used(D_DC_t4_p1_c0_b4) c_u_PointHot(D_DC_t4_p1_c0_b4)_ 175.47755292462784
     Used(D_DC_t4_p1_c0_b64) c_u_UsedLink(D_DC_t4_p1_c0_b64)_ -2
     Used(D_DC_t4_p1_c0_b64) c_u_PointHot(D_DC_t4_p1_c0_b64)_ 495.48662927329951
     Used(D_DC_t4_p1_c1_b1) c_u_UsedLink(D_DC_t4_p1_c1_b1)_ -2
     Used(D_DC_t4_p1_c1_b1) c_u_PointHot(D_DC_t4_p1_c1_b1)_ 126.99606262086108
     Used(D_DC_t4_p1_c1_b128) c_u_UsedLink(D_DC_t4_p1_c1_b128)_ -2
     Used(D_DC_t4_p1_c1_b128) c_u_PointHot(D_DC_t4_p1_c1_b128)_ 547.53941421765512
     Used(D_DC_t4_p1_c1_b16) c_u_UsedLink(D_DC_t4_p1_c1_b16)_ -2
     Used(D_DC_t4_p1_c1_b16) c_u_PointHot(D_DC_t4_p1_c1_b16)_ 297.69268769098539
     Used(D_DC_t4_p1_c1_b2) c_u_UsedLink(D_DC_t4_p1_c1_b2)_ -2
     Used(D_DC_t4_p1_c1_b2) c_u_PointHot(D_DC_t4_p1_c1_b2)_ 144.40301988181008
     Used(D_DC_t4_p1_c1_b32) c_u_UsedLink(D_DC_t4_p1_c1_b32)_ -2
     Used(D_DC_t4_p1_c1_b32) c_u_PointHot(D_DC_t4_p1_c1_b32)_ 364.11082172411898
     Used(D_DC_t4_p1_c1_b4) c_u_UsedLink(D_DC_t4_p1_c1_b4)_ -2
     Used(D_DC_t4_p1_c1_b4) c_u_PointHot(D_DC_t4_p1_c1_b4)_ 174.60150423810924
     Used(D_DC_t4_p1_c1_b64) c_u_UsedLink(D_DC_t4_p1_c1_b64)_ -2
     Used(D_DC_t4_p1_c1_b64) c_u_PointHot(D_DC_t4_p1_c1_b64)_ 492.45586772563536
     Used(D_DC_t4_p1_c1_b8) c_u_UsedLink(D_DC_t4_p1_c1_b8)_ -2
     Used(D_DC_t4_p1_c1_b8) c_u_PointHot(D_DC_t4_p1_c1_b8)_ 225.90044876412242
     Used(D_DC_t4_p2_c0_b16) c_u_UsedLink(D_DC_t4_p2_c0_b16)_ -1
     Used(D_DC_t4_p2_c0_b16) c_u_PointHot(D_DC_t4_p2_c0_b16)_ 217.51862762255536
     Used(D_DC_t4_p2_c0_b2) c_u_UsedLink(D_DC_t4_p2_c0_b2)_ -1
     Used(D_DC_t4_p2_c0_b2) c_u_PointHot(D_DC_t4_p2_c0_b2)_ 125.74541121721262
     Used(D_DC_t4_p2_c0_b4) c_u_UsedLink(D_DC_t4_p2_c0_b4)_ -1
     Used(D_DC_t4_p2_c0_b4) c_u_PointHot(D_DC_t4_p2_c0_b4)_ 144.16408513769818
     Used(D_DC_t4_p2_c0_b64) c_u_UsedLink(D_DC_t4_p2_c0_b64)_ -1
     Used(D_DC_t4_p2_c0_b64) c_u_PointHot(D_DC_t4_p2_c0_b64)_ 399.38932242481576
     Used(D_DC_t8_p1_c0_b1) c_u_UsedLink(D_DC_t8_p1_c0_b1)_ -1
     Used(D_DC_t8_p1_c0_b1) c_u_PointHot(D_DC_t8_p1_c0_b1)_ 121.33048295006144
     Used(D_DC_t8_p1_c0_b16) c_u_UsedLink(D_DC_t8_p1_c0_b16)_ -1
     Used(D_DC_t8_p1_c0_b16) c_u_PointHot(D_DC_t8_p1_c0_b16)_ 208.64548138429802
     Used(D_DC_t8_p1_c0_b2) c_u_UsedLink(D_DC_t8_p1_c0_b2)_ -1
     Used(D_DC_t8_p1_c0_b2) c_u_PointHot(D_DC_t8_p1_c0_b2)_ 136.14446255562203
     Used(D_DC_t8_p1_c0_b4) c_u_UsedLink(D_DC_t8_p1_c0_b4)_ -1
     Used(D_DC_t8_p1_c0_b4) c_u_PointHot(D_DC_t8_p1_c0_b4)_ 160.65432338098691
     Used(D_DC_t8_p1_c0_b8) c_u_UsedLink(D_DC_t8_p1_c0_b8)_ -1
     Used(D_DC_t8_p1_c0_b8) c_u_PointHot(D_DC_t8_p1_c0_b8)_ 198.98545237095607
     Used(D_PC_t1_p5_c0_b16) c_u_UsedLink(D_PC_t1_p5_c0_b16)_ -1
     Used(D_PC_t1_p5_c0_b16) c_u_PointHot(D_PC_t1_p5_c0_b16)_ 66.110338595996524
     Used(D_PC_t1_p5_c0_b2) c_u_UsedLink(D_PC_t1_p5_c0_b2)_ -1
     Used(D_PC_t1_p5_c0_b2) c_u_PointHot(D_PC_t1_p5_c0_b2)_ 17.7985886345758
     Used(D_PC_t1_p5_c0_b4) c_u_UsedLink(D_PC_t1_p5_c0_b4)_ -1
     Used(D_PC_t1_p5_c0_b4) c_u_PointHot(D_PC_t1_p5_c0_b4)_ 39.68298057167344
     Used(D_PC_t1_p5_c0_b8) c_u_UsedLink(D_PC_t1_p5_c0_b8)_ -1
     Used(D_PC_t1_p5_c0_b8) c_u_PointHot(D_PC_t1_p5_c0_b8)_ 55.452586168374616
     Used(D_PC_t1_p6_c0_b16) c_u_UsedLink(D_PC_t1_p6_c0_b16)_ -1
     Used(D_PC_t1_p6_c0_b16) c_u_PointHot(D_PC_t1_p6_c0_b16)_ 63.622997054618416
     Used(D_PC_t1_p6_c0_b32) c_u_UsedLink(D_PC_t1_p6_c0_b32)_ -1
     Used(D_PC_t1_p6_c0_b32) c_u_PointHot(D_PC_t1_p6_c0_b32)_ 80.298335772319135
     Used(D_PC_t1_p6_c0_b4) c_u_UsedLink(D_PC_t1_p6_c0_b4)_ -1
     Used(D_PC_t1_p6_c0_b4) c_u_PointHot(D_PC_t1_p6_c0_b4)_ 33.068976686436351
     Used(D_PC_t1_p6_c0_b64) c_u_UsedLink(D_PC_t1_p6_c0_b64)_ -1
     Used(D_PC_t1_p6_c0_b64) c_u_PointHot(D_PC_t1_p6_c0_b64)_ 112.66706181571317
     Used(D_PC_t1_p6_c0_b8) c_u_UsedLink(D_PC_t1_p6_c0_b8)_ -1
     Used(D_PC_t1_p6_c0_b8) c_u_PointHot(D_PC_t1_p6_c0_b8)_ 53.866851030711871
     Used(D_PC_t1_p8_c0_b128) c_u_UsedLink(D_PC_t1_p8_c0_b128)_ -1
     Used(D_PC_t1_p8_c0_b128) c_u_PointHot(D_PC_t1_p8_c0_b128)_ 136.97741647989622
     Used(D_PC_t1_p8_c0_b32) c_u_UsedLink(D_PC_t1_p8_c0_b32)_ -1
     Used(D_PC_t1_p8_c0_b32) c_u_PointHot(D_PC_t1_p8_c0_b32)_ 68.886913835366926
     Used(D_PC_t1_p8_c0_b4) c_u_UsedLink(D_PC_t1_p8_c0_b4)_ -1
     Used(D_PC_t1_p8_c0_b4) c_u_PointHot(D_PC_t1_p8_c0_b4)_ 24.80147183406844
     Used(D_PC_t1_p8_c0_b64) c_u_UsedLink(D_PC_t1_p8_c0_b64)_ -1
     Used(D_PC_t1_p8_c0_b64) c_u_PointHot(D_PC_t1_p8_c0_b64)_ 92.458207684308832
     Used(D_PC_t1_p8_c0_b8) c_u_UsedLink(D_PC_t1_p8_c0_b8)_ -1
     Used(D_PC_t1_p8_c0_b8) c_u_PointHot(D_PC_t1_p8_c0_b8)_ 48.075832249525831
     Used(D_PC_t2_p3_c0_b32) c_u_UsedLink(D_PC_t2_p3_c0_b32)_ -1
     Used(D_PC_t2_p3_c0_b32) c_u_PointHot(D_PC_t2_p3_c0_b32)_ 114.32994703526525
     Used(D_PC_t2_p3_c0_b4) c_u_UsedLink(D_PC_t2_p3_c0_b4)_ -1
     Used(D_PC_t2_p3_c0_b4) c_u_PointHot(D_PC_t2_p3_c0_b4)_ 54.954209937096401
     Used(D_PC_t2_p3_c0_b64) c_u_UsedLink(D_PC_t2_p3_c0_b64)_ -1
     Used(D_PC_t2_p3_c0_b64) c_u_PointHot(D_PC_t2_p3_c0_b64)_ 172.76629825739573
     Used(D_PC_t2_p3_c0_b8) c_u_UsedLink(D_PC_t2_p3_c0_b8)_ -1
     Used(D_PC_t2_p3_c0_b8) c_u_PointHot(D_PC_t2_p3_c0_b8)_ 65.071813052847176
     Used(D_PC_t2_p3_c1_b32) c_u_UsedLink(D_PC_t2_p3_c1_b32)_ -1
     Used(D_PC_t2_p3_c1_b32) c_u_PointHot(D_PC_t2_p3_c1_b32)_ 114.33003855235336
     Used(D_PC_t2_p3_c1_b4) c_u_UsedLink(D_PC_t2_p3_c1_b4)_ -1
     Used(D_PC_t2_p3_c1_b4) c_u_PointHot(D_PC_t2_p3_c1_b4)_ 54.95421585231211
     Used(D_PC_t2_p3_c1_b64) c_u_UsedLink(D_PC_t2_p3_c1_b64)_ -1
     Used(D_PC_t2_p3_c1_b64) c_u_PointHot(D_PC_t2_p3_c1_b64)_ 172.76647010996521
     Used(D_PC_t2_p3_c1_b8) c_u_UsedLink(D_PC_t2_p3_c1_b8)_ -1
     Used(D_PC_t2_p3_c1_b8) c_u_PointHot(D_PC_t2_p3_c1_b8)_ 65.071835521650272
     Used(D_PC_t2_p4_c0_b128) c_u_UsedLink(D_PC_t2_p4_c0_b128)_ -1
     Used(D_PC_t2_p4_c0_b128) c_u_PointHot(D_PC_t2_p4_c0_b128)_ 148.62008758474855
     Used(D_PC_t2_p4_c0_b4) c_u_UsedLink(D_PC_t2_p4_c0_b4)_ -1
     Used(D_PC_t2_p4_c0_b4) c_u_PointHot(D_PC_t2_p4_c0_b4)_ 50.542633895932809
     Used(D_PC_t2_p4_c0_b8) c_u_UsedLink(D_PC_t2_p4_c0_b8)_ -1
     Used(D_PC_t2_p4_c0_b8) c_u_PointHot(D_PC_t2_p4_c0_b8)_ 58.99040210793946
     Used(D_PC_t4_p2_c0_b2) c_u_UsedLink(D_PC_t4_p2_c0_b2)_ -1
     Used(D_PC_t4_p2_c0_b2) c_u_PointHot(D_PC_t4_p2_c0_b2)_ 51.506953549925846
     Used(D_PC_t4_p2_c0_b4) c_u_UsedLink(D_PC_t4_p2_c0_b4)_ -1
     Used(D_PC_t4_p2_c0_b4) c_u_PointHot(D_PC_t4_p2_c0_b4)_ 59.450164280605222
     Used(D_PC_t4_p2_c0_b64) c_u_UsedLink(D_PC_t4_p2_c0_b64)_ -1
     Used(D_PC_t4_p2_c0_b64) c_u_PointHot(D_PC_t4_p2_c0_b64)_ 149.10148906438059
     Used(D_PC_t8_p1_c0_b1) c_u_UsedLink(D_PC_t8_p1_c0_b1)_ -1
     Used(D_PC_t8_p1_c0_b1) c_u_PointHot(D_PC_t8_p1_c0_b1)_ 50.967399188535651
     Used(D_PC_t8_p1_c0_b2) c_u_UsedLink(D_PC_t8_p1_c0_b2)_ -1
     Used(D_PC_t8_p1_c0_b2) c_u_PointHot(D_PC_t8_p1_c0_b2)_ 58.095067993050669
     Used(D_PC_t8_p1_c0_b32) c_u_UsedLink(D_PC_t8_p1_c0_b32)_ -1
     Used(D_PC_t8_p1_c0_b32) c_u_PointHot(D_PC_t8_p1_c0_b32)_ 147.22358937497293
     Used(D_PC_t8_p1_c0_b4) c_u_UsedLink(D_PC_t8_p1_c0_b4)_ -1
     Used(D_PC_t8_p1_c0_b4) c_u_PointHot(D_PC_t8_p1_c0_b4)_ 70.365271419268538
     Used(D_PC_t8_p1_c0_b64) c_u_UsedLink(D_PC_t8_p1_c0_b64)_ -1
     Used(D_PC_t8_p1_c0_b64) c_u_PointHot(D_PC_t8_p1_c0_b64)_ 165.90288400604663
     Used(P_DC_t1_p3_c0_b1) c_u_UsedLink(P_DC_t1_p3_c0_b1)_ -3
     Used(P_DC_t1_p3_c0_b1) c_u_PointHot(P_DC_t1_p3_c0_b1)_ 186.50616412759143
     Used(P_DC_t1_p4_c0_b1) c_u_UsedLink(P_DC_t1_p4_c0_b1)_ -2
     Used(P_DC_t1_p4_c0_b1) c_u_PointHot(P_DC_t1_p4_c0_b1)_ 204.17424734306022
     Used(P_DC_t1_p5_c0_b1) c_u_UsedLink(P_DC_t1_p5_c0_b1)_ -1
     Used(P_DC_t1_p5_c0_b1) c_u_PointHot(P_DC_t1_p5_c0_b1)_ 213.60679016217804
     Used(P_DC_t1_p6_c0_b1) c_u_UsedLink(P_DC_t1_p6_c0_b1)_ -1
     Used(P_DC_t1_p6_c0_b1) c_u_PointHot(P_DC_t1_p6_c0_b1)_ 208.104122184099
     Used(P_DC_t1_p8_c0_b1) c_u_UsedLink(P_DC_t1_p8_c0_b1)_ -1
     Used(P_DC_t1_p8_c0_b1) c_u_PointHot(P_DC_t1_p8_c0_b1)_ 228.75949065711603
     Used(P_DC_t2_p2_c0_b1) c_u_UsedLink(P_DC_t2_p2_c0_b1)_ -2
     Used(P_DC_t2_p2_c0_b1) c_u_PointHot(P_DC_t2_p2_c0_b1)_ 203.08680693101755
     Used(P_DC_t2_p2_c1_b1) c_u_UsedLink(P_DC_t2_p2_c1_b1)_ -2
     Used(P_DC_t2_p2_c1_b1) c_u_PointHot(P_DC_t2_p2_c1_b1)_ 203.01504762537658
     Used(P_DC_t2_p3_c0_b1) c_u_UsedLink(P_DC_t2_p3_c0_b1)_ -1
     Used(P_DC_t2_p3_c0_b1) c_u_PointHot(P_DC_t2_p3_c0_b1)_ 212.34055733992909
     Used(P_DC_t2_p3_c1_b1) c_u_UsedLink(P_DC_t2_p3_c1_b1)_ -1
     Used(P_DC_t2_p3_c1_b1) c_u_PointHot(P_DC_t2_p3_c1_b1)_ 212.21561654127709
     Used(P_DC_t2_p4_c0_b1) c_u_UsedLink(P_DC_t2_p4_c0_b1)_ -1
     Used(P_DC_t2_p4_c0_b1) c_u_PointHot(P_DC_t2_p4_c0_b1)_ 221.61216495619394
     Used(P_DC_t4_p1_c0_b1) c_u_UsedLink(P_DC_t4_p1_c0_b1)_ -2
     Used(P_DC_t4_p1_c0_b1) c_u_PointHot(P_DC_t4_p1_c0_b1)_ 183.13015214621396
     Used(P_PC_t1_p5_c0_b1) c_u_UsedLink(P_PC_t1_p5_c0_b1)_ -1
     Used(P_PC_t1_p5_c0_b1) c_u_PointHot(P_PC_t1_p5_c0_b1)_ 213.52007779376171
     Used(P_PC_t1_p6_c0_b1) c_u_UsedLink(P_PC_t1_p6_c0_b1)_ -1
     Used(P_PC_t1_p6_c0_b1) c_u_PointHot(P_PC_t1_p6_c0_b1)_ 208.104122184099
     Used(P_PC_t1_p8_c0_b1) c_u_UsedLink(P_PC_t1_p8_c0_b1)_ -1
     Used(P_PC_t1_p8_c0_b1) c_u_PointHot(P_PC_t1_p8_c0_b1)_ 228.56626816558688
     Used(P_PC_t2_p3_c0_b1) c_u_UsedLink(P_PC_t2_p3_c0_b1)_ -1
     Used(P_PC_t2_p3_c0_b1) c_u_PointHot(P_PC_t2_p3_c0_b1)_ 212.33796323936602
     Used(P_PC_t2_p3_c1_b1) c_u_UsedLink(P_PC_t2_p3_c1_b1)_ -1
     Used(P_PC_t2_p3_c1_b1) c_u_PointHot(P_PC_t2_p3_c1_b1)_ 212.21561654127709
     Used(P_PC_t2_p4_c0_b1) c_u_UsedLink(P_PC_t2_p4_c0_b1)_ -1
     Used(P_PC_t2_p4_c0_b1) c_u_PointHot(P_PC_t2_p4_c0_b1)_ 221.60999067583938
     Used(P_PC_t4_p2_c0_b1) c_u_UsedLink(P_PC_t4_p2_c0_b1)_ -1
     Used(P_PC_t4_p2_c0_b1) c_u_PointHot(P_PC_t4_p2_c0_b1)_ 199.77250520454348
     Occupied(0_DC_decode) Objective 91.549999999999997
     Occupied(0_DC_decode) c_e_OccupiedDef(0_DC_decode)_ 1
     Occupied(0_DC_decode) c_e_SitePowerDef(0)_ -91.549999999999997
     Occupied(0_DC_decode) c_e_HotSitePowerDef(0)_ -91.549999999999997
     Occupied(0_DC_decode) c_u_SitePacking(0)_ 1
     Occupied(0_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(0_DC_decode) c_u_ShareOccupied(0_DC_decode)_ -548.98887408051053
     Occupied(0_DC_decode) c_u_ShareFloor(0_DC_decode)_ 548.98887408051053
     Occupied(0_DC_decode) c_u_HotFloor(0_DC_decode)_ 548.98887408051053
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_0)_ 40.001767864460874
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_1)_ 34.096878414676951
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_2)_ 46.324361388084242
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_3)_ 46.324361388087198
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_4)_ 40.001767864468661
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_5)_ 40.001767864463631
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_6)_ 46.324361388085663
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_7)_ 46.32436138808913
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_8)_ 40.001767864467439
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_9)_ 34.096878414677747
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_10)_ 40.001767864467695
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_11)_ 40.001767864464483
     Occupied(0_DC_decode) c_u_Thermal(DC_dram_0_12)_ 34.096878414684085
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_0)_ 33.525005123473136
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_1)_ 27.418593691338572
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_2)_ 40.046748895837737
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_3)_ 40.046748895840778
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_4)_ 33.525005123480696
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_5)_ 33.525005123475808
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_6)_ 40.046748895839244
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_7)_ 40.046748895842484
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_8)_ 33.525005123479502
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_9)_ 27.418593691339254
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_10)_ 33.525005123479843
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_11)_ 33.525005123476546
     Occupied(0_DC_decode) c_u_Thermal(DC_logic_0_12)_ 27.418593691345734
     Occupied(0_DC_decode) c_u_Leakage(DC_0)_ 109.95090096920879
     Occupied(0_DC_decode) c_u_LeakageFloor(0)_ 83.353628813769163
     Occupied(0_DC_decode) c_l_MirrorLeftRight_ 1
     Occupied(0_DC_decode) c_l_MirrorTopBottom_ 1
     Occupied(0_DC_prefill) Objective 91.549999999999997
     Occupied(0_DC_prefill) c_e_OccupiedDef(0_DC_prefill)_ 1
     Occupied(0_DC_prefill) c_e_SitePowerDef(0)_ -91.549999999999997
     Occupied(0_DC_prefill) c_e_HotSitePowerDef(0)_ -91.549999999999997
     Occupied(0_DC_prefill) c_u_SitePacking(0)_ 1
     Occupied(0_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(0_DC_prefill) c_u_ShareOccupied(0_DC_prefill)_ -228.75949065711603
     Occupied(0_DC_prefill) c_u_ShareFloor(0_DC_prefill)_ 228.75949065711603
     Occupied(0_DC_prefill) c_u_HotFloor(0_DC_prefill)_ 228.75949065711603
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_0)_ 40.001767864460874
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_1)_ 34.096878414676951
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_2)_ 46.324361388084242
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_3)_ 46.324361388087198
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_4)_ 40.001767864468661
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_5)_ 40.001767864463631
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_6)_ 46.324361388085663
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_7)_ 46.32436138808913
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_8)_ 40.001767864467439
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_9)_ 34.096878414677747
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_10)_ 40.001767864467695
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_11)_ 40.001767864464483
     Occupied(0_DC_prefill) c_u_Thermal(DC_dram_0_12)_ 34.096878414684085
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_0)_ 33.525005123473136
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_1)_ 27.418593691338572
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_2)_ 40.046748895837737
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_3)_ 40.046748895840778
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_4)_ 33.525005123480696
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_5)_ 33.525005123475808
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_6)_ 40.046748895839244
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_7)_ 40.046748895842484
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_8)_ 33.525005123479502
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_9)_ 27.418593691339254
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_10)_ 33.525005123479843
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_11)_ 33.525005123476546
     Occupied(0_DC_prefill) c_u_Thermal(DC_logic_0_12)_ 27.418593691345734
     Occupied(0_DC_prefill) c_u_Leakage(DC_0)_ 109.95090096920879
     Occupied(0_DC_prefill) c_u_LeakageFloor(0)_ 83.353628813769163
     Occupied(0_DC_prefill) c_l_MirrorLeftRight_ 2
     Occupied(0_DC_prefill) c_l_MirrorTopBottom_ 2
     Occupied(0_PC_decode) Objective 31.449999999999999
     Occupied(0_PC_decode) c_e_OccupiedDef(0_PC_decode)_ 1
     Occupied(0_PC_decode) c_e_SitePowerDef(0)_ -31.449999999999999
     Occupied(0_PC_decode) c_e_HotSitePowerDef(0)_ -31.449999999999999
     Occupied(0_PC_decode) c_u_SitePacking(0)_ 1
     Occupied(0_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(0_PC_decode) c_u_ShareOccupied(0_PC_decode)_ -172.76647010996521
     Occupied(0_PC_decode) c_u_ShareFloor(0_PC_decode)_ 172.76647010996521
     Occupied(0_PC_decode) c_u_HotFloor(0_PC_decode)_ 172.76647010996521
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_0)_ 27.789866909766303
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_1)_ 19.98644399678696
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_2)_ 36.69383887594546
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_3)_ 36.693838875945659
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_4)_ 27.789866909773806
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_5)_ 27.78986690976447
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_6)_ 36.693838875944266
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_7)_ 36.693838875944323
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_8)_ 27.789866909773878
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_9)_ 19.986443996783734
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_10)_ 27.789866909769771
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_11)_ 27.789866909768051
     Occupied(0_PC_decode) c_u_Thermal(PC_dram_0_12)_ 19.986443996790427
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_0)_ 21.470662931371407
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_1)_ 13.34409617035395
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_2)_ 30.693448703531601
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_3)_ 30.693448703531658
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_4)_ 21.470662931378811
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_5)_ 21.47066293136956
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_6)_ 30.693448703530464
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_7)_ 30.693448703530521
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_8)_ 21.470662931378982
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_9)_ 13.344096170350682
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_10)_ 21.470662931374903
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_11)_ 21.470662931373099
     Occupied(0_PC_decode) c_u_Thermal(PC_logic_0_12)_ 13.344096170357346
     Occupied(0_PC_decode) c_u_Leakage(PC_0)_ 34.352858610186651
     Occupied(0_PC_decode) c_u_LeakageFloor(0)_ 25.484981630959364
     Occupied(0_PC_decode) c_l_MirrorLeftRight_ 3
     Occupied(0_PC_decode) c_l_MirrorTopBottom_ 3
     Occupied(0_PC_prefill) Objective 31.449999999999999
     Occupied(0_PC_prefill) c_e_OccupiedDef(0_PC_prefill)_ 1
     Occupied(0_PC_prefill) c_e_SitePowerDef(0)_ -31.449999999999999
     Occupied(0_PC_prefill) c_e_HotSitePowerDef(0)_ -31.449999999999999
     Occupied(0_PC_prefill) c_u_SitePacking(0)_ 1
     Occupied(0_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(0_PC_prefill) c_u_ShareOccupied(0_PC_prefill)_ -228.56626816558688
     Occupied(0_PC_prefill) c_u_ShareFloor(0_PC_prefill)_ 228.56626816558688
     Occupied(0_PC_prefill) c_u_HotFloor(0_PC_prefill)_ 228.56626816558688
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_0)_ 27.789866909766303
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_1)_ 19.98644399678696
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_2)_ 36.69383887594546
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_3)_ 36.693838875945659
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_4)_ 27.789866909773806
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_5)_ 27.78986690976447
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_6)_ 36.693838875944266
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_7)_ 36.693838875944323
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_8)_ 27.789866909773878
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_9)_ 19.986443996783734
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_10)_ 27.789866909769771
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_11)_ 27.789866909768051
     Occupied(0_PC_prefill) c_u_Thermal(PC_dram_0_12)_ 19.986443996790427
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_0)_ 21.470662931371407
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_1)_ 13.34409617035395
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_2)_ 30.693448703531601
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_3)_ 30.693448703531658
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_4)_ 21.470662931378811
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_5)_ 21.47066293136956
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_6)_ 30.693448703530464
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_7)_ 30.693448703530521
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_8)_ 21.470662931378982
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_9)_ 13.344096170350682
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_10)_ 21.470662931374903
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_11)_ 21.470662931373099
     Occupied(0_PC_prefill) c_u_Thermal(PC_logic_0_12)_ 13.344096170357346
     Occupied(0_PC_prefill) c_u_Leakage(PC_0)_ 34.352858610186651
     Occupied(0_PC_prefill) c_u_LeakageFloor(0)_ 25.484981630959364
     Occupied(0_PC_prefill) c_l_MirrorLeftRight_ 4
     Occupied(0_PC_prefill) c_l_MirrorTopBottom_ 4
     Occupied(1_DC_decode) Objective 91.549999999999997
     Occupied(1_DC_decode) c_e_OccupiedDef(1_DC_decode)_ 1
     Occupied(1_DC_decode) c_e_SitePowerDef(1)_ -91.549999999999997
     Occupied(1_DC_decode) c_e_HotSitePowerDef(1)_ -91.549999999999997
     Occupied(1_DC_decode) c_u_SitePacking(1)_ 1
     Occupied(1_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(1_DC_decode) c_u_ShareOccupied(1_DC_decode)_ -548.98887408051053
     Occupied(1_DC_decode) c_u_ShareFloor(1_DC_decode)_ 548.98887408051053
     Occupied(1_DC_decode) c_u_HotFloor(1_DC_decode)_ 548.98887408051053
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_0)_ 34.096878414678201
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_1)_ 40.001767864463375
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_2)_ 40.001767864460533
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_3)_ 34.096878414683573
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_4)_ 40.001767864471276
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_5)_ 46.324361388087596
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_6)_ 46.324361388087226
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_7)_ 40.001767864474004
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_8)_ 40.00176786447355
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_9)_ 46.324361388090495
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_10)_ 46.324361388089415
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_11)_ 40.001767864464739
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_12)_ 34.096878414684255
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_13)_ 40.001767864469997
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_14)_ 40.001767864465933
     Occupied(1_DC_decode) c_u_Thermal(DC_dram_1_15)_ 34.096878414683033
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_0)_ 27.418593691339765
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_1)_ 33.525005123475381
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_2)_ 33.525005123472511
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_3)_ 27.418593691345222
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_4)_ 33.525005123483481
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_5)_ 40.046748895841091
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_6)_ 40.046748895840693
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_7)_ 33.525005123486153
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_8)_ 33.525005123485641
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_9)_ 40.046748895844047
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_10)_ 40.046748895843024
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_11)_ 33.525005123476831
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_12)_ 27.418593691345905
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_13)_ 33.52500512348206
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_14)_ 33.525005123478081
     Occupied(1_DC_decode) c_u_Thermal(DC_logic_1_15)_ 27.418593691344626
     Occupied(1_DC_decode) c_u_Leakage(DC_1)_ 109.95090096920983
     Occupied(1_DC_decode) c_u_LeakageFloor(1)_ 82.973477254573339
     Occupied(1_DC_decode) c_l_MirrorTopBottom_ 1
     Occupied(1_DC_prefill) Objective 91.549999999999997
     Occupied(1_DC_prefill) c_e_OccupiedDef(1_DC_prefill)_ 1
     Occupied(1_DC_prefill) c_e_SitePowerDef(1)_ -91.549999999999997
     Occupied(1_DC_prefill) c_e_HotSitePowerDef(1)_ -91.549999999999997
     Occupied(1_DC_prefill) c_u_SitePacking(1)_ 1
     Occupied(1_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(1_DC_prefill) c_u_ShareOccupied(1_DC_prefill)_ -228.75949065711603
     Occupied(1_DC_prefill) c_u_ShareFloor(1_DC_prefill)_ 228.75949065711603
     Occupied(1_DC_prefill) c_u_HotFloor(1_DC_prefill)_ 228.75949065711603
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_0)_ 34.096878414678201
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_1)_ 40.001767864463375
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_2)_ 40.001767864460533
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_3)_ 34.096878414683573
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_4)_ 40.001767864471276
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_5)_ 46.324361388087596
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_6)_ 46.324361388087226
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_7)_ 40.001767864474004
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_8)_ 40.00176786447355
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_9)_ 46.324361388090495
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_10)_ 46.324361388089415
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_11)_ 40.001767864464739
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_12)_ 34.096878414684255
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_13)_ 40.001767864469997
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_14)_ 40.001767864465933
     Occupied(1_DC_prefill) c_u_Thermal(DC_dram_1_15)_ 34.096878414683033
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_0)_ 27.418593691339765
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_1)_ 33.525005123475381
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_2)_ 33.525005123472511
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_3)_ 27.418593691345222
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_4)_ 33.525005123483481
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_5)_ 40.046748895841091
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_6)_ 40.046748895840693
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_7)_ 33.525005123486153
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_8)_ 33.525005123485641
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_9)_ 40.046748895844047
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_10)_ 40.046748895843024
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_11)_ 33.525005123476831
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_12)_ 27.418593691345905
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_13)_ 33.52500512348206
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_14)_ 33.525005123478081
     Occupied(1_DC_prefill) c_u_Thermal(DC_logic_1_15)_ 27.418593691344626
     Occupied(1_DC_prefill) c_u_Leakage(DC_1)_ 109.95090096920983
     Occupied(1_DC_prefill) c_u_LeakageFloor(1)_ 82.973477254573339
     Occupied(1_DC_prefill) c_l_MirrorTopBottom_ 2
     Occupied(1_PC_decode) Objective 31.449999999999999
     Occupied(1_PC_decode) c_e_OccupiedDef(1_PC_decode)_ 1
     Occupied(1_PC_decode) c_e_SitePowerDef(1)_ -31.449999999999999
     Occupied(1_PC_decode) c_e_HotSitePowerDef(1)_ -31.449999999999999
     Occupied(1_PC_decode) c_u_SitePacking(1)_ 1
     Occupied(1_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(1_PC_decode) c_u_ShareOccupied(1_PC_decode)_ -172.76647010996521
     Occupied(1_PC_decode) c_u_ShareFloor(1_PC_decode)_ 172.76647010996521
     Occupied(1_PC_decode) c_u_HotFloor(1_PC_decode)_ 172.76647010996521
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_0)_ 19.986443996785468
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_1)_ 27.789866909768492
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_2)_ 27.78986690976835
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_3)_ 19.986443996784786
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_4)_ 27.789866909773735
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_5)_ 36.693838875948757
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_6)_ 36.693838875950121
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_7)_ 27.789866909771774
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_8)_ 27.789866909773934
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_9)_ 36.69383887595103
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_10)_ 36.693838875950746
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_11)_ 27.789866909773622
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_12)_ 19.986443996790982
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_13)_ 27.789866909775455
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_14)_ 27.789866909776265
     Occupied(1_PC_decode) c_u_Thermal(PC_dram_1_15)_ 19.986443996792303
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_0)_ 13.344096170352486
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_1)_ 21.470662931373582
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_2)_ 21.470662931373496
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_3)_ 13.344096170351861
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_4)_ 21.470662931378939
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_5)_ 30.69344870353487
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_6)_ 30.693448703536262
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_7)_ 21.47066293137685
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_8)_ 21.47066293137911
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_9)_ 30.693448703537001
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_10)_ 30.693448703536802
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_11)_ 21.470662931378612
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_12)_ 13.344096170357943
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_13)_ 21.470662931380517
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_14)_ 21.470662931381369
     Occupied(1_PC_decode) c_u_Thermal(PC_logic_1_15)_ 13.344096170359308
     Occupied(1_PC_decode) c_u_Leakage(PC_1)_ 34.352858610187141
     Occupied(1_PC_decode) c_u_LeakageFloor(1)_ 25.44765275631536
     Occupied(1_PC_decode) c_l_MirrorTopBottom_ 3
     Occupied(1_PC_prefill) Objective 31.449999999999999
     Occupied(1_PC_prefill) c_e_OccupiedDef(1_PC_prefill)_ 1
     Occupied(1_PC_prefill) c_e_SitePowerDef(1)_ -31.449999999999999
     Occupied(1_PC_prefill) c_e_HotSitePowerDef(1)_ -31.449999999999999
     Occupied(1_PC_prefill) c_u_SitePacking(1)_ 1
     Occupied(1_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(1_PC_prefill) c_u_ShareOccupied(1_PC_prefill)_ -228.56626816558688
     Occupied(1_PC_prefill) c_u_ShareFloor(1_PC_prefill)_ 228.56626816558688
     Occupied(1_PC_prefill) c_u_HotFloor(1_PC_prefill)_ 228.56626816558688
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_0)_ 19.986443996785468
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_1)_ 27.789866909768492
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_2)_ 27.78986690976835
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_3)_ 19.986443996784786
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_4)_ 27.789866909773735
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_5)_ 36.693838875948757
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_6)_ 36.693838875950121
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_7)_ 27.789866909771774
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_8)_ 27.789866909773934
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_9)_ 36.69383887595103
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_10)_ 36.693838875950746
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_11)_ 27.789866909773622
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_12)_ 19.986443996790982
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_13)_ 27.789866909775455
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_14)_ 27.789866909776265
     Occupied(1_PC_prefill) c_u_Thermal(PC_dram_1_15)_ 19.986443996792303
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_0)_ 13.344096170352486
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_1)_ 21.470662931373582
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_2)_ 21.470662931373496
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_3)_ 13.344096170351861
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_4)_ 21.470662931378939
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_5)_ 30.69344870353487
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_6)_ 30.693448703536262
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_7)_ 21.47066293137685
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_8)_ 21.47066293137911
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_9)_ 30.693448703537001
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_10)_ 30.693448703536802
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_11)_ 21.470662931378612
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_12)_ 13.344096170357943
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_13)_ 21.470662931380517
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_14)_ 21.470662931381369
     Occupied(1_PC_prefill) c_u_Thermal(PC_logic_1_15)_ 13.344096170359308
     Occupied(1_PC_prefill) c_u_Leakage(PC_1)_ 34.352858610187141
     Occupied(1_PC_prefill) c_u_LeakageFloor(1)_ 25.44765275631536
     Occupied(1_PC_prefill) c_l_MirrorTopBottom_ 4
     Occupied(2_DC_decode) Objective 91.549999999999997
     Occupied(2_DC_decode) c_e_OccupiedDef(2_DC_decode)_ 1
     Occupied(2_DC_decode) c_e_SitePowerDef(2)_ -91.549999999999997
     Occupied(2_DC_decode) c_e_HotSitePowerDef(2)_ -91.549999999999997
     Occupied(2_DC_decode) c_u_SitePacking(2)_ 1
     Occupied(2_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(2_DC_decode) c_u_ShareOccupied(2_DC_decode)_ -548.98887408051053
     Occupied(2_DC_decode) c_u_ShareFloor(2_DC_decode)_ 548.98887408051053
     Occupied(2_DC_decode) c_u_HotFloor(2_DC_decode)_ 548.98887408051053
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_0)_ 34.096878414678315
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_1)_ 40.001767864462209
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_2)_ 40.001767864470139
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_3)_ 46.324361388090665
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_4)_ 46.32436138808805
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_5)_ 40.001767864472129
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_6)_ 46.324361388087823
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_7)_ 46.324361388086089
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_8)_ 40.001767864464682
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_9)_ 34.096878414683829
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_10)_ 40.001767864470793
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_11)_ 40.001767864464398
     Occupied(2_DC_decode) c_u_Thermal(DC_dram_2_12)_ 34.096878414674052
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_0)_ 27.418593691339879
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_1)_ 33.525005123474244
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_2)_ 33.525005123482231
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_3)_ 40.04674889584436
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_4)_ 40.046748895841631
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_5)_ 33.52500512348422
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_6)_ 40.046748895841404
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_7)_ 40.046748895839528
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_8)_ 33.525005123476802
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_9)_ 27.418593691345393
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_10)_ 33.525005123482856
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_11)_ 33.525005123476433
     Occupied(2_DC_decode) c_u_Thermal(DC_logic_2_12)_ 27.418593691335673
     Occupied(2_DC_decode) c_u_Leakage(DC_2)_ 109.95090096920916
     Occupied(2_DC_decode) c_u_LeakageFloor(2)_ 83.353628813769234
     Occupied(2_DC_decode) c_l_MirrorLeftRight_ -1
     Occupied(2_DC_decode) c_l_MirrorTopBottom_ 1
     Occupied(2_DC_prefill) Objective 91.549999999999997
     Occupied(2_DC_prefill) c_e_OccupiedDef(2_DC_prefill)_ 1
     Occupied(2_DC_prefill) c_e_SitePowerDef(2)_ -91.549999999999997
     Occupied(2_DC_prefill) c_e_HotSitePowerDef(2)_ -91.549999999999997
     Occupied(2_DC_prefill) c_u_SitePacking(2)_ 1
     Occupied(2_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(2_DC_prefill) c_u_ShareOccupied(2_DC_prefill)_ -228.75949065711603
     Occupied(2_DC_prefill) c_u_ShareFloor(2_DC_prefill)_ 228.75949065711603
     Occupied(2_DC_prefill) c_u_HotFloor(2_DC_prefill)_ 228.75949065711603
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_0)_ 34.096878414678315
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_1)_ 40.001767864462209
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_2)_ 40.001767864470139
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_3)_ 46.324361388090665
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_4)_ 46.32436138808805
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_5)_ 40.001767864472129
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_6)_ 46.324361388087823
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_7)_ 46.324361388086089
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_8)_ 40.001767864464682
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_9)_ 34.096878414683829
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_10)_ 40.001767864470793
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_11)_ 40.001767864464398
     Occupied(2_DC_prefill) c_u_Thermal(DC_dram_2_12)_ 34.096878414674052
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_0)_ 27.418593691339879
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_1)_ 33.525005123474244
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_2)_ 33.525005123482231
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_3)_ 40.04674889584436
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_4)_ 40.046748895841631
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_5)_ 33.52500512348422
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_6)_ 40.046748895841404
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_7)_ 40.046748895839528
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_8)_ 33.525005123476802
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_9)_ 27.418593691345393
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_10)_ 33.525005123482856
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_11)_ 33.525005123476433
     Occupied(2_DC_prefill) c_u_Thermal(DC_logic_2_12)_ 27.418593691335673
     Occupied(2_DC_prefill) c_u_Leakage(DC_2)_ 109.95090096920916
     Occupied(2_DC_prefill) c_u_LeakageFloor(2)_ 83.353628813769234
     Occupied(2_DC_prefill) c_l_MirrorLeftRight_ -2
     Occupied(2_DC_prefill) c_l_MirrorTopBottom_ 2
     Occupied(2_PC_decode) Objective 31.449999999999999
     Occupied(2_PC_decode) c_e_OccupiedDef(2_PC_decode)_ 1
     Occupied(2_PC_decode) c_e_SitePowerDef(2)_ -31.449999999999999
     Occupied(2_PC_decode) c_e_HotSitePowerDef(2)_ -31.449999999999999
     Occupied(2_PC_decode) c_u_SitePacking(2)_ 1
     Occupied(2_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(2_PC_decode) c_u_ShareOccupied(2_PC_decode)_ -172.76647010996521
     Occupied(2_PC_decode) c_u_ShareFloor(2_PC_decode)_ 172.76647010996521
     Occupied(2_PC_decode) c_u_HotFloor(2_PC_decode)_ 172.76647010996521
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_0)_ 19.986443996787202
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_1)_ 27.789866909770282
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_2)_ 27.789866909771746
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_3)_ 36.693838875948472
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_4)_ 36.693838875942731
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_5)_ 27.789866909773593
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_6)_ 36.693838875947705
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_7)_ 36.693838875943584
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_8)_ 27.789866909764967
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_9)_ 19.986443996793483
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_10)_ 27.789866909773693
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_11)_ 27.789866909770907
     Occupied(2_PC_decode) c_u_Thermal(PC_dram_2_12)_ 19.986443996784146
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_0)_ 13.344096170354362
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_1)_ 21.470662931375458
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_2)_ 21.470662931376822
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_3)_ 30.693448703534557
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_4)_ 30.693448703528702
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_5)_ 21.470662931378783
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_6)_ 30.693448703533761
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_7)_ 30.693448703529782
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_8)_ 21.470662931370185
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_9)_ 13.34409617036053
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_10)_ 21.470662931378868
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_11)_ 21.470662931375855
     Occupied(2_PC_decode) c_u_Thermal(PC_logic_2_12)_ 13.344096170351236
     Occupied(2_PC_decode) c_u_Leakage(PC_2)_ 34.352858610186743
     Occupied(2_PC_decode) c_u_LeakageFloor(2)_ 25.484981630959371
     Occupied(2_PC_decode) c_l_MirrorLeftRight_ -3
     Occupied(2_PC_decode) c_l_MirrorTopBottom_ 3
     Occupied(2_PC_prefill) Objective 31.449999999999999
     Occupied(2_PC_prefill) c_e_OccupiedDef(2_PC_prefill)_ 1
     Occupied(2_PC_prefill) c_e_SitePowerDef(2)_ -31.449999999999999
     Occupied(2_PC_prefill) c_e_HotSitePowerDef(2)_ -31.449999999999999
     Occupied(2_PC_prefill) c_u_SitePacking(2)_ 1
     Occupied(2_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(2_PC_prefill) c_u_ShareOccupied(2_PC_prefill)_ -228.56626816558688
     Occupied(2_PC_prefill) c_u_ShareFloor(2_PC_prefill)_ 228.56626816558688
     Occupied(2_PC_prefill) c_u_HotFloor(2_PC_prefill)_ 228.56626816558688
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_0)_ 19.986443996787202
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_1)_ 27.789866909770282
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_2)_ 27.789866909771746
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_3)_ 36.693838875948472
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_4)_ 36.693838875942731
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_5)_ 27.789866909773593
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_6)_ 36.693838875947705
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_7)_ 36.693838875943584
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_8)_ 27.789866909764967
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_9)_ 19.986443996793483
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_10)_ 27.789866909773693
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_11)_ 27.789866909770907
     Occupied(2_PC_prefill) c_u_Thermal(PC_dram_2_12)_ 19.986443996784146
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_0)_ 13.344096170354362
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_1)_ 21.470662931375458
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_2)_ 21.470662931376822
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_3)_ 30.693448703534557
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_4)_ 30.693448703528702
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_5)_ 21.470662931378783
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_6)_ 30.693448703533761
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_7)_ 30.693448703529782
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_8)_ 21.470662931370185
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_9)_ 13.34409617036053
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_10)_ 21.470662931378868
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_11)_ 21.470662931375855
     Occupied(2_PC_prefill) c_u_Thermal(PC_logic_2_12)_ 13.344096170351236
     Occupied(2_PC_prefill) c_u_Leakage(PC_2)_ 34.352858610186743
     Occupied(2_PC_prefill) c_u_LeakageFloor(2)_ 25.484981630959371
     Occupied(2_PC_prefill) c_l_MirrorLeftRight_ -4
     Occupied(2_PC_prefill) c_l_MirrorTopBottom_ 4
     Occupied(3_DC_decode) Objective 91.549999999999997
     Occupied(3_DC_decode) c_e_OccupiedDef(3_DC_decode)_ 1
     Occupied(3_DC_decode) c_e_SitePowerDef(3)_ -91.549999999999997
     Occupied(3_DC_decode) c_e_HotSitePowerDef(3)_ -91.549999999999997
     Occupied(3_DC_decode) c_u_SitePacking(3)_ 1
     Occupied(3_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(3_DC_decode) c_u_ShareOccupied(3_DC_decode)_ -548.98887408051053
     Occupied(3_DC_decode) c_u_ShareFloor(3_DC_decode)_ 548.98887408051053
     Occupied(3_DC_decode) c_u_HotFloor(3_DC_decode)_ 548.98887408051053
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_0)_ 34.096878414681044
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_1)_ 40.001767864468206
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_2)_ 40.001767864472498
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_3)_ 34.096878414686444
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_4)_ 40.001767864464256
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_5)_ 46.324361388085663
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_6)_ 46.324361388086743
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_7)_ 40.001767864469826
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_8)_ 40.001767864460561
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_9)_ 46.324361388086203
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_10)_ 46.324361388089415
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_11)_ 40.001767864467979
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_12)_ 34.096878414683317
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_13)_ 40.00176786447264
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_14)_ 40.0017678644694
     Occupied(3_DC_decode) c_u_Thermal(DC_dram_3_15)_ 34.096878414689087
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_0)_ 27.418593691342721
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_1)_ 33.525005123480412
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_2)_ 33.525005123484618
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_3)_ 27.418593691347951
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_4)_ 33.525005123476262
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_5)_ 40.04674889583913
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_6)_ 40.046748895840324
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_7)_ 33.525005123481833
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_8)_ 33.525005123472596
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_9)_ 40.046748895839642
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_10)_ 40.046748895843052
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_11)_ 33.525005123480014
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_12)_ 27.418593691344967
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_13)_ 33.525005123484789
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_14)_ 33.525005123481492
     Occupied(3_DC_decode) c_u_Thermal(DC_logic_3_15)_ 27.418593691350679
     Occupied(3_DC_decode) c_u_Leakage(DC_3)_ 109.9509009692099
     Occupied(3_DC_decode) c_u_LeakageFloor(3)_ 82.973477254573339
     Occupied(3_DC_decode) c_l_MirrorLeftRight_ 1
     Occupied(3_DC_prefill) Objective 91.549999999999997
     Occupied(3_DC_prefill) c_e_OccupiedDef(3_DC_prefill)_ 1
     Occupied(3_DC_prefill) c_e_SitePowerDef(3)_ -91.549999999999997
     Occupied(3_DC_prefill) c_e_HotSitePowerDef(3)_ -91.549999999999997
     Occupied(3_DC_prefill) c_u_SitePacking(3)_ 1
     Occupied(3_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(3_DC_prefill) c_u_ShareOccupied(3_DC_prefill)_ -228.75949065711603
     Occupied(3_DC_prefill) c_u_ShareFloor(3_DC_prefill)_ 228.75949065711603
     Occupied(3_DC_prefill) c_u_HotFloor(3_DC_prefill)_ 228.75949065711603
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_0)_ 34.096878414681044
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_1)_ 40.001767864468206
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_2)_ 40.001767864472498
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_3)_ 34.096878414686444
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_4)_ 40.001767864464256
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_5)_ 46.324361388085663
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_6)_ 46.324361388086743
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_7)_ 40.001767864469826
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_8)_ 40.001767864460561
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_9)_ 46.324361388086203
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_10)_ 46.324361388089415
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_11)_ 40.001767864467979
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_12)_ 34.096878414683317
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_13)_ 40.00176786447264
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_14)_ 40.0017678644694
     Occupied(3_DC_prefill) c_u_Thermal(DC_dram_3_15)_ 34.096878414689087
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_0)_ 27.418593691342721
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_1)_ 33.525005123480412
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_2)_ 33.525005123484618
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_3)_ 27.418593691347951
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_4)_ 33.525005123476262
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_5)_ 40.04674889583913
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_6)_ 40.046748895840324
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_7)_ 33.525005123481833
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_8)_ 33.525005123472596
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_9)_ 40.046748895839642
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_10)_ 40.046748895843052
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_11)_ 33.525005123480014
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_12)_ 27.418593691344967
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_13)_ 33.525005123484789
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_14)_ 33.525005123481492
     Occupied(3_DC_prefill) c_u_Thermal(DC_logic_3_15)_ 27.418593691350679
     Occupied(3_DC_prefill) c_u_Leakage(DC_3)_ 109.9509009692099
     Occupied(3_DC_prefill) c_u_LeakageFloor(3)_ 82.973477254573339
     Occupied(3_DC_prefill) c_l_MirrorLeftRight_ 2
     Occupied(3_PC_decode) Objective 31.449999999999999
     Occupied(3_PC_decode) c_e_OccupiedDef(3_PC_decode)_ 1
     Occupied(3_PC_decode) c_e_SitePowerDef(3)_ -31.449999999999999
     Occupied(3_PC_decode) c_e_HotSitePowerDef(3)_ -31.449999999999999
     Occupied(3_PC_decode) c_u_SitePacking(3)_ 1
     Occupied(3_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(3_PC_decode) c_u_ShareOccupied(3_PC_decode)_ -172.76647010996521
     Occupied(3_PC_decode) c_u_ShareFloor(3_PC_decode)_ 172.76647010996521
     Occupied(3_PC_decode) c_u_HotFloor(3_PC_decode)_ 172.76647010996521
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_0)_ 19.986443996786448
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_1)_ 27.789866909771689
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_2)_ 27.789866909768548
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_3)_ 19.986443996788026
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_4)_ 27.789866909768165
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_5)_ 36.6938388759487
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_6)_ 36.693838875949211
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_7)_ 27.789866909771888
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_8)_ 27.789866909770069
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_9)_ 36.693838875949609
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_10)_ 36.693838875951599
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_11)_ 27.789866909772215
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_12)_ 19.986443996783976
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_13)_ 27.78986690977159
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_14)_ 27.789866909775583
     Occupied(3_PC_decode) c_u_Thermal(PC_dram_3_15)_ 19.986443996790186
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_0)_ 13.344096170353566
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_1)_ 21.470662931376808
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_2)_ 21.470662931373639
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_3)_ 13.344096170355044
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_4)_ 21.470662931373184
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_5)_ 30.693448703534727
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_6)_ 30.693448703535182
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_7)_ 21.470662931376964
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_8)_ 21.470662931375202
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_9)_ 30.693448703535807
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_10)_ 30.693448703537626
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_11)_ 21.470662931377234
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_12)_ 13.344096170350966
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_13)_ 21.470662931376623
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_14)_ 21.470662931380573
     Occupied(3_PC_decode) c_u_Thermal(PC_logic_3_15)_ 13.344096170357105
     Occupied(3_PC_decode) c_u_Leakage(PC_3)_ 34.352858610187013
     Occupied(3_PC_decode) c_u_LeakageFloor(3)_ 25.447652756315357
     Occupied(3_PC_decode) c_l_MirrorLeftRight_ 3
     Occupied(3_PC_prefill) Objective 31.449999999999999
     Occupied(3_PC_prefill) c_e_OccupiedDef(3_PC_prefill)_ 1
     Occupied(3_PC_prefill) c_e_SitePowerDef(3)_ -31.449999999999999
     Occupied(3_PC_prefill) c_e_HotSitePowerDef(3)_ -31.449999999999999
     Occupied(3_PC_prefill) c_u_SitePacking(3)_ 1
     Occupied(3_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(3_PC_prefill) c_u_ShareOccupied(3_PC_prefill)_ -228.56626816558688
     Occupied(3_PC_prefill) c_u_ShareFloor(3_PC_prefill)_ 228.56626816558688
     Occupied(3_PC_prefill) c_u_HotFloor(3_PC_prefill)_ 228.56626816558688
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_0)_ 19.986443996786448
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_1)_ 27.789866909771689
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_2)_ 27.789866909768548
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_3)_ 19.986443996788026
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_4)_ 27.789866909768165
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_5)_ 36.6938388759487
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_6)_ 36.693838875949211
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_7)_ 27.789866909771888
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_8)_ 27.789866909770069
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_9)_ 36.693838875949609
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_10)_ 36.693838875951599
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_11)_ 27.789866909772215
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_12)_ 19.986443996783976
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_13)_ 27.78986690977159
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_14)_ 27.789866909775583
     Occupied(3_PC_prefill) c_u_Thermal(PC_dram_3_15)_ 19.986443996790186
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_0)_ 13.344096170353566
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_1)_ 21.470662931376808
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_2)_ 21.470662931373639
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_3)_ 13.344096170355044
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_4)_ 21.470662931373184
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_5)_ 30.693448703534727
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_6)_ 30.693448703535182
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_7)_ 21.470662931376964
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_8)_ 21.470662931375202
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_9)_ 30.693448703535807
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_10)_ 30.693448703537626
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_11)_ 21.470662931377234
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_12)_ 13.344096170350966
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_13)_ 21.470662931376623
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_14)_ 21.470662931380573
     Occupied(3_PC_prefill) c_u_Thermal(PC_logic_3_15)_ 13.344096170357105
     Occupied(3_PC_prefill) c_u_Leakage(PC_3)_ 34.352858610187013
     Occupied(3_PC_prefill) c_u_LeakageFloor(3)_ 25.447652756315357
     Occupied(3_PC_prefill) c_l_MirrorLeftRight_ 4
     Occupied(4_DC_decode) Objective 91.549999999999997
     Occupied(4_DC_decode) c_e_OccupiedDef(4_DC_decode)_ 1
     Occupied(4_DC_decode) c_e_SitePowerDef(4)_ -91.549999999999997
     Occupied(4_DC_decode) c_e_HotSitePowerDef(4)_ -91.549999999999997
     Occupied(4_DC_decode) c_u_SitePacking(4)_ 1
     Occupied(4_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(4_DC_decode) c_u_ShareOccupied(4_DC_decode)_ -548.98887408051053
     Occupied(4_DC_decode) c_u_ShareFloor(4_DC_decode)_ 548.98887408051053
     Occupied(4_DC_decode) c_u_HotFloor(4_DC_decode)_ 548.98887408051053
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_0)_ 34.096878414684284
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_1)_ 40.001767864472725
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_2)_ 40.00176786447139
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_3)_ 34.096878414684625
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_4)_ 40.001767864470196
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_5)_ 46.324361388094644
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_6)_ 46.324361388092768
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_7)_ 40.001767864474175
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_8)_ 40.001767864470708
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_9)_ 46.324361388089869
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_10)_ 46.324361388089073
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_11)_ 40.001767864466103
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_12)_ 34.096878414686614
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_13)_ 40.001767864470963
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_14)_ 40.001767864469087
     Occupied(4_DC_decode) c_u_Thermal(DC_dram_4_15)_ 34.096878414687524
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_0)_ 27.418593691345677
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_1)_ 33.525005123484874
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_2)_ 33.525005123483481
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_3)_ 27.418593691346246
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_4)_ 33.525005123482231
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_5)_ 40.046748895848168
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_6)_ 40.046748895846406
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_7)_ 33.525005123486409
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_8)_ 33.525005123482742
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_9)_ 40.046748895843564
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_10)_ 40.046748895842626
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_11)_ 33.525005123478252
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_12)_ 27.418593691348292
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_13)_ 33.525005123483055
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_14)_ 33.525005123481264
     Occupied(4_DC_decode) c_u_Thermal(DC_logic_4_15)_ 27.418593691349145
     Occupied(4_DC_decode) c_u_Leakage(DC_4)_ 109.95090096921089
     Occupied(4_DC_decode) c_u_LeakageFloor(4)_ 82.644901273455687
     Occupied(4_DC_prefill) Objective 91.549999999999997
     Occupied(4_DC_prefill) c_e_OccupiedDef(4_DC_prefill)_ 1
     Occupied(4_DC_prefill) c_e_SitePowerDef(4)_ -91.549999999999997
     Occupied(4_DC_prefill) c_e_HotSitePowerDef(4)_ -91.549999999999997
     Occupied(4_DC_prefill) c_u_SitePacking(4)_ 1
     Occupied(4_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(4_DC_prefill) c_u_ShareOccupied(4_DC_prefill)_ -228.75949065711603
     Occupied(4_DC_prefill) c_u_ShareFloor(4_DC_prefill)_ 228.75949065711603
     Occupied(4_DC_prefill) c_u_HotFloor(4_DC_prefill)_ 228.75949065711603
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_0)_ 34.096878414684284
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_1)_ 40.001767864472725
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_2)_ 40.00176786447139
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_3)_ 34.096878414684625
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_4)_ 40.001767864470196
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_5)_ 46.324361388094644
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_6)_ 46.324361388092768
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_7)_ 40.001767864474175
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_8)_ 40.001767864470708
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_9)_ 46.324361388089869
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_10)_ 46.324361388089073
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_11)_ 40.001767864466103
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_12)_ 34.096878414686614
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_13)_ 40.001767864470963
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_14)_ 40.001767864469087
     Occupied(4_DC_prefill) c_u_Thermal(DC_dram_4_15)_ 34.096878414687524
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_0)_ 27.418593691345677
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_1)_ 33.525005123484874
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_2)_ 33.525005123483481
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_3)_ 27.418593691346246
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_4)_ 33.525005123482231
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_5)_ 40.046748895848168
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_6)_ 40.046748895846406
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_7)_ 33.525005123486409
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_8)_ 33.525005123482742
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_9)_ 40.046748895843564
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_10)_ 40.046748895842626
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_11)_ 33.525005123478252
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_12)_ 27.418593691348292
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_13)_ 33.525005123483055
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_14)_ 33.525005123481264
     Occupied(4_DC_prefill) c_u_Thermal(DC_logic_4_15)_ 27.418593691349145
     Occupied(4_DC_prefill) c_u_Leakage(DC_4)_ 109.95090096921089
     Occupied(4_DC_prefill) c_u_LeakageFloor(4)_ 82.644901273455687
     Occupied(4_PC_decode) Objective 31.449999999999999
     Occupied(4_PC_decode) c_e_OccupiedDef(4_PC_decode)_ 1
     Occupied(4_PC_decode) c_e_SitePowerDef(4)_ -31.449999999999999
     Occupied(4_PC_decode) c_e_HotSitePowerDef(4)_ -31.449999999999999
     Occupied(4_PC_decode) c_u_SitePacking(4)_ 1
     Occupied(4_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(4_PC_decode) c_u_ShareOccupied(4_PC_decode)_ -172.76647010996521
     Occupied(4_PC_decode) c_u_ShareFloor(4_PC_decode)_ 172.76647010996521
     Occupied(4_PC_decode) c_u_HotFloor(4_PC_decode)_ 172.76647010996521
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_0)_ 19.986443996788623
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_1)_ 27.789866909776208
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_2)_ 27.789866909779875
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_3)_ 19.986443996792175
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_4)_ 27.789866909772741
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_5)_ 36.693838875949723
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_6)_ 36.693838875950064
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_7)_ 27.78986690977429
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_8)_ 27.789866909771277
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_9)_ 36.69383887594779
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_10)_ 36.693838875948387
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_11)_ 27.789866909771035
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_12)_ 19.986443996790243
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_13)_ 27.789866909773679
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_14)_ 27.789866909776251
     Occupied(4_PC_decode) c_u_Thermal(PC_dram_4_15)_ 19.986443996790399
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_0)_ 13.34409617035557
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_1)_ 21.470662931381298
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_2)_ 21.470662931385192
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_3)_ 13.344096170359208
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_4)_ 21.47066293137776
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_5)_ 30.693448703535722
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_6)_ 30.693448703535978
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_7)_ 21.470662931379394
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_8)_ 21.470662931376523
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_9)_ 30.69344870353379
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_10)_ 30.693448703534386
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_11)_ 21.470662931376111
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_12)_ 13.34409617035729
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_13)_ 21.470662931378897
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_14)_ 21.470662931381412
     Occupied(4_PC_decode) c_u_Thermal(PC_logic_4_15)_ 13.34409617035746
     Occupied(4_PC_decode) c_u_Leakage(PC_4)_ 34.352858610187241
     Occupied(4_PC_decode) c_u_LeakageFloor(4)_ 25.415322436789829
     Occupied(4_PC_prefill) Objective 31.449999999999999
     Occupied(4_PC_prefill) c_e_OccupiedDef(4_PC_prefill)_ 1
     Occupied(4_PC_prefill) c_e_SitePowerDef(4)_ -31.449999999999999
     Occupied(4_PC_prefill) c_e_HotSitePowerDef(4)_ -31.449999999999999
     Occupied(4_PC_prefill) c_u_SitePacking(4)_ 1
     Occupied(4_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(4_PC_prefill) c_u_ShareOccupied(4_PC_prefill)_ -228.56626816558688
     Occupied(4_PC_prefill) c_u_ShareFloor(4_PC_prefill)_ 228.56626816558688
     Occupied(4_PC_prefill) c_u_HotFloor(4_PC_prefill)_ 228.56626816558688
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_0)_ 19.986443996788623
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_1)_ 27.789866909776208
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_2)_ 27.789866909779875
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_3)_ 19.986443996792175
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_4)_ 27.789866909772741
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_5)_ 36.693838875949723
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_6)_ 36.693838875950064
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_7)_ 27.78986690977429
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_8)_ 27.789866909771277
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_9)_ 36.69383887594779
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_10)_ 36.693838875948387
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_11)_ 27.789866909771035
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_12)_ 19.986443996790243
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_13)_ 27.789866909773679
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_14)_ 27.789866909776251
     Occupied(4_PC_prefill) c_u_Thermal(PC_dram_4_15)_ 19.986443996790399
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_0)_ 13.34409617035557
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_1)_ 21.470662931381298
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_2)_ 21.470662931385192
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_3)_ 13.344096170359208
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_4)_ 21.47066293137776
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_5)_ 30.693448703535722
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_6)_ 30.693448703535978
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_7)_ 21.470662931379394
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_8)_ 21.470662931376523
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_9)_ 30.69344870353379
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_10)_ 30.693448703534386
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_11)_ 21.470662931376111
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_12)_ 13.34409617035729
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_13)_ 21.470662931378897
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_14)_ 21.470662931381412
     Occupied(4_PC_prefill) c_u_Thermal(PC_logic_4_15)_ 13.34409617035746
     Occupied(4_PC_prefill) c_u_Leakage(PC_4)_ 34.352858610187241
     Occupied(4_PC_prefill) c_u_LeakageFloor(4)_ 25.415322436789829
     Occupied(5_DC_decode) Objective 91.549999999999997
     Occupied(5_DC_decode) c_e_OccupiedDef(5_DC_decode)_ 1
     Occupied(5_DC_decode) c_e_SitePowerDef(5)_ -91.549999999999997
     Occupied(5_DC_decode) c_e_HotSitePowerDef(5)_ -91.549999999999997
     Occupied(5_DC_decode) c_u_SitePacking(5)_ 1
     Occupied(5_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(5_DC_decode) c_u_ShareOccupied(5_DC_decode)_ -548.98887408051053
     Occupied(5_DC_decode) c_u_ShareFloor(5_DC_decode)_ 548.98887408051053
     Occupied(5_DC_decode) c_u_HotFloor(5_DC_decode)_ 548.98887408051053
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_0)_ 34.096878414684454
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_1)_ 40.001767864471447
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_2)_ 40.001767864472981
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_3)_ 34.096878414683545
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_4)_ 40.001767864474004
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_5)_ 46.324361388092029
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_6)_ 46.324361388089102
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_7)_ 40.001767864469969
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_8)_ 40.001767864467411
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_9)_ 46.324361388086686
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_10)_ 46.324361388087766
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_11)_ 40.001767864464853
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_12)_ 34.096878414686103
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_13)_ 40.001767864472157
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_14)_ 40.001767864464341
     Occupied(5_DC_decode) c_u_Thermal(DC_dram_5_15)_ 34.096878414678542
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_0)_ 27.418593691345961
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_1)_ 33.525005123483538
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_2)_ 33.52500512348513
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_3)_ 27.418593691345421
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_4)_ 33.525005123486181
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_5)_ 40.04674889584561
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_6)_ 40.046748895842683
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_7)_ 33.525005123482117
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_8)_ 33.525005123479417
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_9)_ 40.046748895840324
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_10)_ 40.046748895841176
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_11)_ 33.525005123477001
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_12)_ 27.41859369134778
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_13)_ 33.52500512348422
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_14)_ 33.525005123476433
     Occupied(5_DC_decode) c_u_Thermal(DC_logic_5_15)_ 27.418593691340305
     Occupied(5_DC_decode) c_u_Leakage(DC_5)_ 109.95090096921024
     Occupied(5_DC_decode) c_u_LeakageFloor(5)_ 82.973477254573424
     Occupied(5_DC_decode) c_l_MirrorLeftRight_ -1
     Occupied(5_DC_prefill) Objective 91.549999999999997
     Occupied(5_DC_prefill) c_e_OccupiedDef(5_DC_prefill)_ 1
     Occupied(5_DC_prefill) c_e_SitePowerDef(5)_ -91.549999999999997
     Occupied(5_DC_prefill) c_e_HotSitePowerDef(5)_ -91.549999999999997
     Occupied(5_DC_prefill) c_u_SitePacking(5)_ 1
     Occupied(5_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(5_DC_prefill) c_u_ShareOccupied(5_DC_prefill)_ -228.75949065711603
     Occupied(5_DC_prefill) c_u_ShareFloor(5_DC_prefill)_ 228.75949065711603
     Occupied(5_DC_prefill) c_u_HotFloor(5_DC_prefill)_ 228.75949065711603
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_0)_ 34.096878414684454
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_1)_ 40.001767864471447
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_2)_ 40.001767864472981
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_3)_ 34.096878414683545
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_4)_ 40.001767864474004
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_5)_ 46.324361388092029
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_6)_ 46.324361388089102
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_7)_ 40.001767864469969
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_8)_ 40.001767864467411
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_9)_ 46.324361388086686
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_10)_ 46.324361388087766
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_11)_ 40.001767864464853
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_12)_ 34.096878414686103
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_13)_ 40.001767864472157
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_14)_ 40.001767864464341
     Occupied(5_DC_prefill) c_u_Thermal(DC_dram_5_15)_ 34.096878414678542
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_0)_ 27.418593691345961
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_1)_ 33.525005123483538
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_2)_ 33.52500512348513
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_3)_ 27.418593691345421
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_4)_ 33.525005123486181
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_5)_ 40.04674889584561
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_6)_ 40.046748895842683
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_7)_ 33.525005123482117
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_8)_ 33.525005123479417
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_9)_ 40.046748895840324
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_10)_ 40.046748895841176
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_11)_ 33.525005123477001
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_12)_ 27.41859369134778
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_13)_ 33.52500512348422
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_14)_ 33.525005123476433
     Occupied(5_DC_prefill) c_u_Thermal(DC_logic_5_15)_ 27.418593691340305
     Occupied(5_DC_prefill) c_u_Leakage(DC_5)_ 109.95090096921024
     Occupied(5_DC_prefill) c_u_LeakageFloor(5)_ 82.973477254573424
     Occupied(5_DC_prefill) c_l_MirrorLeftRight_ -2
     Occupied(5_PC_decode) Objective 31.449999999999999
     Occupied(5_PC_decode) c_e_OccupiedDef(5_PC_decode)_ 1
     Occupied(5_PC_decode) c_e_SitePowerDef(5)_ -31.449999999999999
     Occupied(5_PC_decode) c_e_HotSitePowerDef(5)_ -31.449999999999999
     Occupied(5_PC_decode) c_u_SitePacking(5)_ 1
     Occupied(5_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(5_PC_decode) c_u_ShareOccupied(5_PC_decode)_ -172.76647010996521
     Occupied(5_PC_decode) c_u_ShareFloor(5_PC_decode)_ 172.76647010996521
     Occupied(5_PC_decode) c_u_HotFloor(5_PC_decode)_ 172.76647010996521
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_0)_ 19.986443996791834
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_1)_ 27.789866909773892
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_2)_ 27.789866909771746
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_3)_ 19.986443996785141
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_4)_ 27.789866909774346
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_5)_ 36.693838875949552
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_6)_ 36.693838875947307
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_7)_ 27.789866909767667
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_8)_ 27.789866909775483
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_9)_ 36.6938388759487
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_10)_ 36.693838875951997
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_11)_ 27.789866909770282
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_12)_ 19.986443996792445
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_13)_ 27.789866909773991
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_14)_ 27.789866909774148
     Occupied(5_PC_decode) c_u_Thermal(PC_dram_5_15)_ 19.986443996785752
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_0)_ 13.344096170358824
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_1)_ 21.470662931378982
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_2)_ 21.470662931376836
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_3)_ 13.344096170352202
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_4)_ 21.47066293137938
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_5)_ 30.69344870353558
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_6)_ 30.693448703533249
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_7)_ 21.470662931372743
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_8)_ 21.470662931380744
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_9)_ 30.693448703534727
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_10)_ 30.693448703538024
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_11)_ 21.470662931375372
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_12)_ 13.344096170359549
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_13)_ 21.47066293137911
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_14)_ 21.470662931379223
     Occupied(5_PC_decode) c_u_Thermal(PC_logic_5_15)_ 13.344096170352756
     Occupied(5_PC_decode) c_u_Leakage(PC_5)_ 34.352858610187127
     Occupied(5_PC_decode) c_u_LeakageFloor(5)_ 25.44765275631536
     Occupied(5_PC_decode) c_l_MirrorLeftRight_ -3
     Occupied(5_PC_prefill) Objective 31.449999999999999
     Occupied(5_PC_prefill) c_e_OccupiedDef(5_PC_prefill)_ 1
     Occupied(5_PC_prefill) c_e_SitePowerDef(5)_ -31.449999999999999
     Occupied(5_PC_prefill) c_e_HotSitePowerDef(5)_ -31.449999999999999
     Occupied(5_PC_prefill) c_u_SitePacking(5)_ 1
     Occupied(5_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(5_PC_prefill) c_u_ShareOccupied(5_PC_prefill)_ -228.56626816558688
     Occupied(5_PC_prefill) c_u_ShareFloor(5_PC_prefill)_ 228.56626816558688
     Occupied(5_PC_prefill) c_u_HotFloor(5_PC_prefill)_ 228.56626816558688
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_0)_ 19.986443996791834
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_1)_ 27.789866909773892
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_2)_ 27.789866909771746
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_3)_ 19.986443996785141
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_4)_ 27.789866909774346
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_5)_ 36.693838875949552
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_6)_ 36.693838875947307
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_7)_ 27.789866909767667
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_8)_ 27.789866909775483
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_9)_ 36.6938388759487
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_10)_ 36.693838875951997
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_11)_ 27.789866909770282
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_12)_ 19.986443996792445
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_13)_ 27.789866909773991
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_14)_ 27.789866909774148
     Occupied(5_PC_prefill) c_u_Thermal(PC_dram_5_15)_ 19.986443996785752
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_0)_ 13.344096170358824
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_1)_ 21.470662931378982
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_2)_ 21.470662931376836
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_3)_ 13.344096170352202
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_4)_ 21.47066293137938
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_5)_ 30.69344870353558
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_6)_ 30.693448703533249
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_7)_ 21.470662931372743
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_8)_ 21.470662931380744
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_9)_ 30.693448703534727
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_10)_ 30.693448703538024
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_11)_ 21.470662931375372
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_12)_ 13.344096170359549
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_13)_ 21.47066293137911
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_14)_ 21.470662931379223
     Occupied(5_PC_prefill) c_u_Thermal(PC_logic_5_15)_ 13.344096170352756
     Occupied(5_PC_prefill) c_u_Leakage(PC_5)_ 34.352858610187127
     Occupied(5_PC_prefill) c_u_LeakageFloor(5)_ 25.44765275631536
     Occupied(5_PC_prefill) c_l_MirrorLeftRight_ -4
     Occupied(6_DC_decode) Objective 91.549999999999997
     Occupied(6_DC_decode) c_e_OccupiedDef(6_DC_decode)_ 1
     Occupied(6_DC_decode) c_e_SitePowerDef(6)_ -91.549999999999997
     Occupied(6_DC_decode) c_e_HotSitePowerDef(6)_ -91.549999999999997
     Occupied(6_DC_decode) c_u_SitePacking(6)_ 1
     Occupied(6_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(6_DC_decode) c_u_ShareOccupied(6_DC_decode)_ -548.98887408051053
     Occupied(6_DC_decode) c_u_ShareFloor(6_DC_decode)_ 548.98887408051053
     Occupied(6_DC_decode) c_u_HotFloor(6_DC_decode)_ 548.98887408051053
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_0)_ 34.096878414680134
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_1)_ 40.001767864470111
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_2)_ 40.001767864473351
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_3)_ 34.096878414688376
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_4)_ 40.001767864463147
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_5)_ 46.324361388087709
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_6)_ 46.324361388091745
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_7)_ 40.00176786447355
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_8)_ 46.324361388088676
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_9)_ 46.324361388092029
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_10)_ 40.001767864469713
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_11)_ 40.001767864464739
     Occupied(6_DC_decode) c_u_Thermal(DC_dram_6_12)_ 34.09687841467661
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_0)_ 27.418593691341783
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_1)_ 33.525005123482316
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_2)_ 33.525005123485244
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_3)_ 27.418593691349827
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_4)_ 33.525005123475296
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_5)_ 40.046748895841233
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_6)_ 40.046748895845383
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_7)_ 33.525005123485641
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_8)_ 40.046748895842256
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_9)_ 40.046748895845525
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_10)_ 33.525005123481861
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_11)_ 33.525005123477001
     Occupied(6_DC_decode) c_u_Thermal(DC_logic_6_12)_ 27.418593691338373
     Occupied(6_DC_decode) c_u_Leakage(DC_6)_ 109.9509009692099
     Occupied(6_DC_decode) c_u_LeakageFloor(6)_ 83.353628813769362
     Occupied(6_DC_decode) c_l_MirrorLeftRight_ 1
     Occupied(6_DC_decode) c_l_MirrorTopBottom_ -1
     Occupied(6_DC_prefill) Objective 91.549999999999997
     Occupied(6_DC_prefill) c_e_OccupiedDef(6_DC_prefill)_ 1
     Occupied(6_DC_prefill) c_e_SitePowerDef(6)_ -91.549999999999997
     Occupied(6_DC_prefill) c_e_HotSitePowerDef(6)_ -91.549999999999997
     Occupied(6_DC_prefill) c_u_SitePacking(6)_ 1
     Occupied(6_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(6_DC_prefill) c_u_ShareOccupied(6_DC_prefill)_ -228.75949065711603
     Occupied(6_DC_prefill) c_u_ShareFloor(6_DC_prefill)_ 228.75949065711603
     Occupied(6_DC_prefill) c_u_HotFloor(6_DC_prefill)_ 228.75949065711603
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_0)_ 34.096878414680134
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_1)_ 40.001767864470111
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_2)_ 40.001767864473351
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_3)_ 34.096878414688376
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_4)_ 40.001767864463147
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_5)_ 46.324361388087709
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_6)_ 46.324361388091745
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_7)_ 40.00176786447355
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_8)_ 46.324361388088676
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_9)_ 46.324361388092029
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_10)_ 40.001767864469713
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_11)_ 40.001767864464739
     Occupied(6_DC_prefill) c_u_Thermal(DC_dram_6_12)_ 34.09687841467661
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_0)_ 27.418593691341783
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_1)_ 33.525005123482316
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_2)_ 33.525005123485244
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_3)_ 27.418593691349827
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_4)_ 33.525005123475296
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_5)_ 40.046748895841233
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_6)_ 40.046748895845383
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_7)_ 33.525005123485641
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_8)_ 40.046748895842256
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_9)_ 40.046748895845525
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_10)_ 33.525005123481861
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_11)_ 33.525005123477001
     Occupied(6_DC_prefill) c_u_Thermal(DC_logic_6_12)_ 27.418593691338373
     Occupied(6_DC_prefill) c_u_Leakage(DC_6)_ 109.9509009692099
     Occupied(6_DC_prefill) c_u_LeakageFloor(6)_ 83.353628813769362
     Occupied(6_DC_prefill) c_l_MirrorLeftRight_ 2
     Occupied(6_DC_prefill) c_l_MirrorTopBottom_ -2
     Occupied(6_PC_decode) Objective 31.449999999999999
     Occupied(6_PC_decode) c_e_OccupiedDef(6_PC_decode)_ 1
     Occupied(6_PC_decode) c_e_SitePowerDef(6)_ -31.449999999999999
     Occupied(6_PC_decode) c_e_HotSitePowerDef(6)_ -31.449999999999999
     Occupied(6_PC_decode) c_u_SitePacking(6)_ 1
     Occupied(6_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(6_PC_decode) c_u_ShareOccupied(6_PC_decode)_ -172.76647010996521
     Occupied(6_PC_decode) c_u_ShareFloor(6_PC_decode)_ 172.76647010996521
     Occupied(6_PC_decode) c_u_HotFloor(6_PC_decode)_ 172.76647010996521
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_0)_ 19.986443996785795
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_1)_ 27.789866909769941
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_2)_ 27.789866909773551
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_3)_ 19.986443996793
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_4)_ 27.789866909764498
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_5)_ 36.69383887594455
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_6)_ 36.693838875945687
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_7)_ 27.789866909773082
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_8)_ 36.693838875944664
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_9)_ 36.693838875944152
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_10)_ 27.78986690977176
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_11)_ 27.789866909766701
     Occupied(6_PC_decode) c_u_Thermal(PC_dram_6_12)_ 19.986443996783706
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_0)_ 13.344096170352955
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_1)_ 21.470662931375017
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_2)_ 21.470662931378669
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_3)_ 13.344096170360061
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_4)_ 21.47066293136956
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_5)_ 30.693448703530578
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_6)_ 30.693448703531715
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_7)_ 21.470662931378158
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_8)_ 30.693448703530777
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_9)_ 30.693448703530379
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_10)_ 21.470662931376793
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_11)_ 21.470662931371876
     Occupied(6_PC_decode) c_u_Thermal(PC_logic_6_12)_ 13.344096170350738
     Occupied(6_PC_decode) c_u_Leakage(PC_6)_ 34.352858610186651
     Occupied(6_PC_decode) c_u_LeakageFloor(6)_ 25.484981630959364
     Occupied(6_PC_decode) c_l_MirrorLeftRight_ 3
     Occupied(6_PC_decode) c_l_MirrorTopBottom_ -3
     Occupied(6_PC_prefill) Objective 31.449999999999999
     Occupied(6_PC_prefill) c_e_OccupiedDef(6_PC_prefill)_ 1
     Occupied(6_PC_prefill) c_e_SitePowerDef(6)_ -31.449999999999999
     Occupied(6_PC_prefill) c_e_HotSitePowerDef(6)_ -31.449999999999999
     Occupied(6_PC_prefill) c_u_SitePacking(6)_ 1
     Occupied(6_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(6_PC_prefill) c_u_ShareOccupied(6_PC_prefill)_ -228.56626816558688
     Occupied(6_PC_prefill) c_u_ShareFloor(6_PC_prefill)_ 228.56626816558688
     Occupied(6_PC_prefill) c_u_HotFloor(6_PC_prefill)_ 228.56626816558688
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_0)_ 19.986443996785795
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_1)_ 27.789866909769941
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_2)_ 27.789866909773551
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_3)_ 19.986443996793
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_4)_ 27.789866909764498
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_5)_ 36.69383887594455
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_6)_ 36.693838875945687
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_7)_ 27.789866909773082
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_8)_ 36.693838875944664
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_9)_ 36.693838875944152
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_10)_ 27.78986690977176
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_11)_ 27.789866909766701
     Occupied(6_PC_prefill) c_u_Thermal(PC_dram_6_12)_ 19.986443996783706
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_0)_ 13.344096170352955
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_1)_ 21.470662931375017
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_2)_ 21.470662931378669
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_3)_ 13.344096170360061
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_4)_ 21.47066293136956
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_5)_ 30.693448703530578
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_6)_ 30.693448703531715
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_7)_ 21.470662931378158
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_8)_ 30.693448703530777
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_9)_ 30.693448703530379
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_10)_ 21.470662931376793
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_11)_ 21.470662931371876
     Occupied(6_PC_prefill) c_u_Thermal(PC_logic_6_12)_ 13.344096170350738
     Occupied(6_PC_prefill) c_u_Leakage(PC_6)_ 34.352858610186651
     Occupied(6_PC_prefill) c_u_LeakageFloor(6)_ 25.484981630959364
     Occupied(6_PC_prefill) c_l_MirrorLeftRight_ 4
     Occupied(6_PC_prefill) c_l_MirrorTopBottom_ -4
     Occupied(7_DC_decode) Objective 91.549999999999997
     Occupied(7_DC_decode) c_e_OccupiedDef(7_DC_decode)_ 1
     Occupied(7_DC_decode) c_e_SitePowerDef(7)_ -91.549999999999997
     Occupied(7_DC_decode) c_e_HotSitePowerDef(7)_ -91.549999999999997
     Occupied(7_DC_decode) c_u_SitePacking(7)_ 1
     Occupied(7_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(7_DC_decode) c_u_ShareOccupied(7_DC_decode)_ -548.98887408051053
     Occupied(7_DC_decode) c_u_ShareFloor(7_DC_decode)_ 548.98887408051053
     Occupied(7_DC_decode) c_u_HotFloor(7_DC_decode)_ 548.98887408051053
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_0)_ 34.096878414687694
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_1)_ 40.001767864471617
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_2)_ 40.001767864473891
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_3)_ 34.096878414689371
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_4)_ 40.00176786447247
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_5)_ 46.324361388093536
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_6)_ 46.324361388091575
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_7)_ 40.001767864471276
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_8)_ 40.00176786447517
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_9)_ 46.324361388091518
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_10)_ 46.324361388089528
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_11)_ 40.001767864464568
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_12)_ 34.096878414682635
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_13)_ 40.001767864469826
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_14)_ 40.001767864466274
     Occupied(7_DC_decode) c_u_Thermal(DC_dram_7_15)_ 34.096878414678883
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_0)_ 27.418593691349116
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_1)_ 33.525005123483567
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_2)_ 33.525005123485982
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_3)_ 27.418593691351191
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_4)_ 33.525005123484533
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_5)_ 40.046748895847088
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_6)_ 40.046748895845326
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_7)_ 33.525005123483453
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_8)_ 33.525005123487347
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_9)_ 40.04674889584507
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_10)_ 40.046748895842995
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_11)_ 33.525005123476689
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_12)_ 27.418593691344284
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_13)_ 33.525005123482003
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_14)_ 33.525005123478365
     Occupied(7_DC_decode) c_u_Thermal(DC_logic_7_15)_ 27.418593691340561
     Occupied(7_DC_decode) c_u_Leakage(DC_7)_ 109.95090096921079
     Occupied(7_DC_decode) c_u_LeakageFloor(7)_ 82.973477254573496
     Occupied(7_DC_decode) c_l_MirrorTopBottom_ -1
     Occupied(7_DC_prefill) Objective 91.549999999999997
     Occupied(7_DC_prefill) c_e_OccupiedDef(7_DC_prefill)_ 1
     Occupied(7_DC_prefill) c_e_SitePowerDef(7)_ -91.549999999999997
     Occupied(7_DC_prefill) c_e_HotSitePowerDef(7)_ -91.549999999999997
     Occupied(7_DC_prefill) c_u_SitePacking(7)_ 1
     Occupied(7_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(7_DC_prefill) c_u_ShareOccupied(7_DC_prefill)_ -228.75949065711603
     Occupied(7_DC_prefill) c_u_ShareFloor(7_DC_prefill)_ 228.75949065711603
     Occupied(7_DC_prefill) c_u_HotFloor(7_DC_prefill)_ 228.75949065711603
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_0)_ 34.096878414687694
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_1)_ 40.001767864471617
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_2)_ 40.001767864473891
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_3)_ 34.096878414689371
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_4)_ 40.00176786447247
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_5)_ 46.324361388093536
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_6)_ 46.324361388091575
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_7)_ 40.001767864471276
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_8)_ 40.00176786447517
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_9)_ 46.324361388091518
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_10)_ 46.324361388089528
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_11)_ 40.001767864464568
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_12)_ 34.096878414682635
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_13)_ 40.001767864469826
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_14)_ 40.001767864466274
     Occupied(7_DC_prefill) c_u_Thermal(DC_dram_7_15)_ 34.096878414678883
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_0)_ 27.418593691349116
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_1)_ 33.525005123483567
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_2)_ 33.525005123485982
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_3)_ 27.418593691351191
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_4)_ 33.525005123484533
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_5)_ 40.046748895847088
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_6)_ 40.046748895845326
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_7)_ 33.525005123483453
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_8)_ 33.525005123487347
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_9)_ 40.04674889584507
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_10)_ 40.046748895842995
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_11)_ 33.525005123476689
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_12)_ 27.418593691344284
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_13)_ 33.525005123482003
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_14)_ 33.525005123478365
     Occupied(7_DC_prefill) c_u_Thermal(DC_logic_7_15)_ 27.418593691340561
     Occupied(7_DC_prefill) c_u_Leakage(DC_7)_ 109.95090096921079
     Occupied(7_DC_prefill) c_u_LeakageFloor(7)_ 82.973477254573496
     Occupied(7_DC_prefill) c_l_MirrorTopBottom_ -2
     Occupied(7_PC_decode) Objective 31.449999999999999
     Occupied(7_PC_decode) c_e_OccupiedDef(7_PC_decode)_ 1
     Occupied(7_PC_decode) c_e_SitePowerDef(7)_ -31.449999999999999
     Occupied(7_PC_decode) c_e_HotSitePowerDef(7)_ -31.449999999999999
     Occupied(7_PC_decode) c_u_SitePacking(7)_ 1
     Occupied(7_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(7_PC_decode) c_u_ShareOccupied(7_PC_decode)_ -172.76647010996521
     Occupied(7_PC_decode) c_u_ShareFloor(7_PC_decode)_ 172.76647010996521
     Occupied(7_PC_decode) c_u_HotFloor(7_PC_decode)_ 172.76647010996521
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_0)_ 19.986443996792161
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_1)_ 27.789866909776933
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_2)_ 27.789866909777558
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_3)_ 19.986443996790257
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_4)_ 27.789866909772527
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_5)_ 36.69383887594978
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_6)_ 36.693838875951315
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_7)_ 27.789866909773821
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_8)_ 27.789866909771092
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_9)_ 36.693838875948586
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_10)_ 36.693838875950036
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_11)_ 27.78986690977213
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_12)_ 19.986443996786022
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_13)_ 27.789866909767198
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_14)_ 27.789866909770097
     Occupied(7_PC_decode) c_u_Thermal(PC_dram_7_15)_ 19.986443996786292
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_0)_ 13.344096170359123
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_1)_ 21.470662931382023
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_2)_ 21.470662931382734
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_3)_ 13.344096170357318
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_4)_ 21.470662931377504
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_5)_ 30.693448703535864
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_6)_ 30.693448703537399
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_7)_ 21.470662931378911
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_8)_ 21.470662931376197
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_9)_ 30.693448703534614
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_10)_ 30.693448703536092
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_11)_ 21.470662931377163
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_12)_ 13.344096170353055
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_13)_ 21.470662931372303
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_14)_ 21.470662931375188
     Occupied(7_PC_decode) c_u_Thermal(PC_logic_7_15)_ 13.344096170353325
     Occupied(7_PC_decode) c_u_Leakage(PC_7)_ 34.352858610187141
     Occupied(7_PC_decode) c_u_LeakageFloor(7)_ 25.44765275631536
     Occupied(7_PC_decode) c_l_MirrorTopBottom_ -3
     Occupied(7_PC_prefill) Objective 31.449999999999999
     Occupied(7_PC_prefill) c_e_OccupiedDef(7_PC_prefill)_ 1
     Occupied(7_PC_prefill) c_e_SitePowerDef(7)_ -31.449999999999999
     Occupied(7_PC_prefill) c_e_HotSitePowerDef(7)_ -31.449999999999999
     Occupied(7_PC_prefill) c_u_SitePacking(7)_ 1
     Occupied(7_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(7_PC_prefill) c_u_ShareOccupied(7_PC_prefill)_ -228.56626816558688
     Occupied(7_PC_prefill) c_u_ShareFloor(7_PC_prefill)_ 228.56626816558688
     Occupied(7_PC_prefill) c_u_HotFloor(7_PC_prefill)_ 228.56626816558688
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_0)_ 19.986443996792161
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_1)_ 27.789866909776933
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_2)_ 27.789866909777558
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_3)_ 19.986443996790257
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_4)_ 27.789866909772527
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_5)_ 36.69383887594978
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_6)_ 36.693838875951315
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_7)_ 27.789866909773821
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_8)_ 27.789866909771092
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_9)_ 36.693838875948586
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_10)_ 36.693838875950036
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_11)_ 27.78986690977213
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_12)_ 19.986443996786022
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_13)_ 27.789866909767198
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_14)_ 27.789866909770097
     Occupied(7_PC_prefill) c_u_Thermal(PC_dram_7_15)_ 19.986443996786292
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_0)_ 13.344096170359123
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_1)_ 21.470662931382023
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_2)_ 21.470662931382734
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_3)_ 13.344096170357318
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_4)_ 21.470662931377504
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_5)_ 30.693448703535864
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_6)_ 30.693448703537399
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_7)_ 21.470662931378911
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_8)_ 21.470662931376197
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_9)_ 30.693448703534614
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_10)_ 30.693448703536092
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_11)_ 21.470662931377163
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_12)_ 13.344096170353055
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_13)_ 21.470662931372303
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_14)_ 21.470662931375188
     Occupied(7_PC_prefill) c_u_Thermal(PC_logic_7_15)_ 13.344096170353325
     Occupied(7_PC_prefill) c_u_Leakage(PC_7)_ 34.352858610187141
     Occupied(7_PC_prefill) c_u_LeakageFloor(7)_ 25.44765275631536
     Occupied(7_PC_prefill) c_l_MirrorTopBottom_ -4
     Occupied(8_DC_decode) Objective 91.549999999999997
     Occupied(8_DC_decode) c_e_OccupiedDef(8_DC_decode)_ 1
     Occupied(8_DC_decode) c_e_SitePowerDef(8)_ -91.549999999999997
     Occupied(8_DC_decode) c_e_HotSitePowerDef(8)_ -91.549999999999997
     Occupied(8_DC_decode) c_u_SitePacking(8)_ 1
     Occupied(8_DC_decode) c_u_PowerBudget_ 91.549999999999997
     Occupied(8_DC_decode) c_u_ShareOccupied(8_DC_decode)_ -548.98887408051053
     Occupied(8_DC_decode) c_u_ShareFloor(8_DC_decode)_ 548.98887408051053
     Occupied(8_DC_decode) c_u_HotFloor(8_DC_decode)_ 548.98887408051053
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_0)_ 34.096878414685222
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_1)_ 40.001767864473919
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_2)_ 40.001767864470281
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_3)_ 34.096878414680361
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_4)_ 40.001767864470366
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_5)_ 46.324361388093394
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_6)_ 46.324361388087823
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_7)_ 40.001767864467695
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_8)_ 40.001767864471958
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_9)_ 46.32436138809129
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_10)_ 46.324361388092655
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_11)_ 34.096878414683829
     Occupied(8_DC_decode) c_u_Thermal(DC_dram_8_12)_ 40.001767864469628
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_0)_ 27.418593691346842
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_1)_ 33.525005123486096
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_2)_ 33.525005123482288
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_3)_ 27.418593691342039
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_4)_ 33.525005123482458
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_5)_ 40.046748895846974
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_6)_ 40.046748895841375
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_7)_ 33.525005123479843
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_8)_ 33.525005123483993
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_9)_ 40.046748895844928
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_10)_ 40.04674889584615
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_11)_ 27.418593691345563
     Occupied(8_DC_decode) c_u_Thermal(DC_logic_8_12)_ 33.525005123481776
     Occupied(8_DC_decode) c_u_Leakage(DC_8)_ 109.95090096921035
     Occupied(8_DC_decode) c_u_LeakageFloor(8)_ 83.35362881376949
     Occupied(8_DC_decode) c_l_MirrorLeftRight_ -1
     Occupied(8_DC_decode) c_l_MirrorTopBottom_ -1
     Occupied(8_DC_prefill) Objective 91.549999999999997
     Occupied(8_DC_prefill) c_e_OccupiedDef(8_DC_prefill)_ 1
     Occupied(8_DC_prefill) c_e_SitePowerDef(8)_ -91.549999999999997
     Occupied(8_DC_prefill) c_e_HotSitePowerDef(8)_ -91.549999999999997
     Occupied(8_DC_prefill) c_u_SitePacking(8)_ 1
     Occupied(8_DC_prefill) c_u_PowerBudget_ 91.549999999999997
     Occupied(8_DC_prefill) c_u_ShareOccupied(8_DC_prefill)_ -228.75949065711603
     Occupied(8_DC_prefill) c_u_ShareFloor(8_DC_prefill)_ 228.75949065711603
     Occupied(8_DC_prefill) c_u_HotFloor(8_DC_prefill)_ 228.75949065711603
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_0)_ 34.096878414685222
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_1)_ 40.001767864473919
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_2)_ 40.001767864470281
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_3)_ 34.096878414680361
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_4)_ 40.001767864470366
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_5)_ 46.324361388093394
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_6)_ 46.324361388087823
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_7)_ 40.001767864467695
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_8)_ 40.001767864471958
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_9)_ 46.32436138809129
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_10)_ 46.324361388092655
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_11)_ 34.096878414683829
     Occupied(8_DC_prefill) c_u_Thermal(DC_dram_8_12)_ 40.001767864469628
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_0)_ 27.418593691346842
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_1)_ 33.525005123486096
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_2)_ 33.525005123482288
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_3)_ 27.418593691342039
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_4)_ 33.525005123482458
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_5)_ 40.046748895846974
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_6)_ 40.046748895841375
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_7)_ 33.525005123479843
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_8)_ 33.525005123483993
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_9)_ 40.046748895844928
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_10)_ 40.04674889584615
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_11)_ 27.418593691345563
     Occupied(8_DC_prefill) c_u_Thermal(DC_logic_8_12)_ 33.525005123481776
     Occupied(8_DC_prefill) c_u_Leakage(DC_8)_ 109.95090096921035
     Occupied(8_DC_prefill) c_u_LeakageFloor(8)_ 83.35362881376949
     Occupied(8_DC_prefill) c_l_MirrorLeftRight_ -2
     Occupied(8_DC_prefill) c_l_MirrorTopBottom_ -2
     Occupied(8_PC_decode) Objective 31.449999999999999
     Occupied(8_PC_decode) c_e_OccupiedDef(8_PC_decode)_ 1
     Occupied(8_PC_decode) c_e_SitePowerDef(8)_ -31.449999999999999
     Occupied(8_PC_decode) c_e_HotSitePowerDef(8)_ -31.449999999999999
     Occupied(8_PC_decode) c_u_SitePacking(8)_ 1
     Occupied(8_PC_decode) c_u_PowerBudget_ 31.449999999999999
     Occupied(8_PC_decode) c_u_ShareOccupied(8_PC_decode)_ -172.76647010996521
     Occupied(8_PC_decode) c_u_ShareFloor(8_PC_decode)_ 172.76647010996521
     Occupied(8_PC_decode) c_u_HotFloor(8_PC_decode)_ 172.76647010996521
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_0)_ 19.986443996790413
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_1)_ 27.789866909773124
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_2)_ 27.789866909773806
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_3)_ 19.9864439967848
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_4)_ 27.789866909773238
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_5)_ 36.693838875950007
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_6)_ 36.693838875946398
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_7)_ 27.789866909767596
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_8)_ 27.789866909771632
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_9)_ 36.693838875945687
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_10)_ 36.69383887594779
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_11)_ 19.986443996786662
     Occupied(8_PC_decode) c_u_Thermal(PC_dram_8_12)_ 27.789866909770367
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_0)_ 13.344096170357403
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_1)_ 21.470662931378129
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_2)_ 21.470662931378939
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_3)_ 13.344096170351847
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_4)_ 21.4706629313783
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_5)_ 30.693448703536035
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_6)_ 30.693448703532368
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_7)_ 21.470662931372644
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_8)_ 21.470662931376793
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_9)_ 30.693448703531715
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_10)_ 30.693448703533903
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_11)_ 13.344096170353666
     Occupied(8_PC_decode) c_u_Thermal(PC_logic_8_12)_ 21.470662931375429
     Occupied(8_PC_decode) c_u_Leakage(PC_8)_ 34.3528586101869
     Occupied(8_PC_decode) c_u_LeakageFloor(8)_ 25.484981630959382
     Occupied(8_PC_decode) c_l_MirrorLeftRight_ -3
     Occupied(8_PC_decode) c_l_MirrorTopBottom_ -3
     Occupied(8_PC_prefill) Objective 31.449999999999999
     Occupied(8_PC_prefill) c_e_OccupiedDef(8_PC_prefill)_ 1
     Occupied(8_PC_prefill) c_e_SitePowerDef(8)_ -31.449999999999999
     Occupied(8_PC_prefill) c_e_HotSitePowerDef(8)_ -31.449999999999999
     Occupied(8_PC_prefill) c_u_SitePacking(8)_ 1
     Occupied(8_PC_prefill) c_u_PowerBudget_ 31.449999999999999
     Occupied(8_PC_prefill) c_u_ShareOccupied(8_PC_prefill)_ -228.56626816558688
     Occupied(8_PC_prefill) c_u_ShareFloor(8_PC_prefill)_ 228.56626816558688
     Occupied(8_PC_prefill) c_u_HotFloor(8_PC_prefill)_ 228.56626816558688
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_0)_ 19.986443996790413
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_1)_ 27.789866909773124
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_2)_ 27.789866909773806
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_3)_ 19.9864439967848
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_4)_ 27.789866909773238
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_5)_ 36.693838875950007
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_6)_ 36.693838875946398
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_7)_ 27.789866909767596
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_8)_ 27.789866909771632
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_9)_ 36.693838875945687
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_10)_ 36.69383887594779
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_11)_ 19.986443996786662
     Occupied(8_PC_prefill) c_u_Thermal(PC_dram_8_12)_ 27.789866909770367
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_0)_ 13.344096170357403
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_1)_ 21.470662931378129
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_2)_ 21.470662931378939
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_3)_ 13.344096170351847
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_4)_ 21.4706629313783
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_5)_ 30.693448703536035
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_6)_ 30.693448703532368
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_7)_ 21.470662931372644
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_8)_ 21.470662931376793
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_9)_ 30.693448703531715
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_10)_ 30.693448703533903
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_11)_ 13.344096170353666
     Occupied(8_PC_prefill) c_u_Thermal(PC_logic_8_12)_ 21.470662931375429
     Occupied(8_PC_prefill) c_u_Leakage(PC_8)_ 34.3528586101869
     Occupied(8_PC_prefill) c_u_LeakageFloor(8)_ 25.484981630959382
     Occupied(8_PC_prefill) c_l_MirrorLeftRight_ -4
     Occupied(8_PC_prefill) c_l_MirrorTopBottom_ -4
     SitePower_W(0) c_e_SitePowerDef(0)_ 1
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
     HotSitePower_W(0) c_e_HotSitePowerDef(0)_ 1
     HotSitePower_W(0) c_u_Thermal(DC_dram_0_0)_ 0.11452428902422702
     HotSitePower_W(0) c_u_Thermal(DC_dram_0_1)_ 0.093109143661285657
     HotSitePower_W(0) c_u_Thermal(DC_dram_0_2)_ 0.12593525481390305
     HotSitePower_W(0) c_u_Thermal(DC_dram_0_3)_ 0.12175320616448289
     HotSitePower_W(0) c_u_Thermal(DC_dram_0_4)_ 0.099251378412457986
     HotSitePower_W(0) c_u_Thermal(DC_dram_0_5)_ 0.1145242890242304
     HotSitePower_W(0) c_u_Thermal(DC_dram_0_6)_ 0.12175320616448095
     HotSitePower_W(0) c_u_Thermal(DC_dram_0_7)_ 0.1179251367421808
     HotSitePower_W(0) c_u_Thermal(DC_dram_0_8)_ 0.096400636532630313
     HotSitePower_W(0) c_u_Thermal(DC_dram_0_9)_ 0.093109143661286364
     HotSitePower_W(0) c_u_Thermal(DC_dram_0_10)_ 0.099251378412457444
     HotSitePower_W(0) c_u_Thermal(DC_dram_0_11)_ 0.096400636532627371
     HotSitePower_W(0) c_u_Thermal(DC_dram_0_12)_ 0.079443754070913641
     HotSitePower_W(0) c_u_Thermal(DC_dram_1_0)_ 0.01976615326817727
     HotSitePower_W(0) c_u_Thermal(DC_dram_1_1)_ 0.006314982888117205
     HotSitePower_W(0) c_u_Thermal(DC_dram_1_2)_ 0.0021157783509715903
     HotSitePower_W(0) c_u_Thermal(DC_dram_1_3)_ 0.00070293196894382834
     HotSitePower_W(0) c_u_Thermal(DC_dram_1_4)_ 0.020316705554954226
     HotSitePower_W(0) c_u_Thermal(DC_dram_1_5)_ 0.0063092419959490994
     HotSitePower_W(0) c_u_Thermal(DC_dram_1_6)_ 0.0020789092156864044
     HotSitePower_W(0) c_u_Thermal(DC_dram_1_7)_ 0.00068284640671310176
     HotSitePower_W(0) c_u_Thermal(DC_dram_1_8)_ 0.018916575468459571
     HotSitePower_W(0) c_u_Thermal(DC_dram_1_9)_ 0.0057316291852727427
     HotSitePower_W(0) c_u_Thermal(DC_dram_1_10)_ 0.001861037132773176
     HotSitePower_W(0) c_u_Thermal(DC_dram_1_11)_ 0.00060575438615350242
     HotSitePower_W(0) c_u_Thermal(DC_dram_1_12)_ 0.014270592054200488
     HotSitePower_W(0) c_u_Thermal(DC_dram_1_13)_ 0.0042848238782047668
     HotSitePower_W(0) c_u_Thermal(DC_dram_1_14)_ 0.0014010906897175264
     HotSitePower_W(0) c_u_Thermal(DC_dram_1_15)_ 0.00046114567824032208
     HotSitePower_W(0) c_u_Thermal(DC_dram_2_0)_ 0.00023123066906537558
     HotSitePower_W(0) c_u_Thermal(DC_dram_2_1)_ 7.6695420247504368e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_2_2)_ 0.00022273608562566749
     HotSitePower_W(0) c_u_Thermal(DC_dram_2_3)_ 7.3503606162158056e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_2_4)_ 2.5219475323411728e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_2_5)_ 0.00019657825766239277
     HotSitePower_W(0) c_u_Thermal(DC_dram_2_6)_ 6.4735697285282936e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_2_7)_ 2.2213067090096935e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_2_8)_ 9.4096669610207063e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_2_9)_ 0.00015156233778865861
     HotSitePower_W(0) c_u_Thermal(DC_dram_2_10)_ 5.0511504719752989e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_2_11)_ 1.7520196058813341e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_2_12)_ 7.5055522066067147e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_3_0)_ 0.019766153268178079
     HotSitePower_W(0) c_u_Thermal(DC_dram_3_1)_ 0.020316705554953279
     HotSitePower_W(0) c_u_Thermal(DC_dram_3_2)_ 0.018916575468459186
     HotSitePower_W(0) c_u_Thermal(DC_dram_3_3)_ 0.014270592054200852
     HotSitePower_W(0) c_u_Thermal(DC_dram_3_4)_ 0.0063149828881174644
     HotSitePower_W(0) c_u_Thermal(DC_dram_3_5)_ 0.0063092419959488531
     HotSitePower_W(0) c_u_Thermal(DC_dram_3_6)_ 0.0057316291852723697
     HotSitePower_W(0) c_u_Thermal(DC_dram_3_7)_ 0.0042848238782047052
     HotSitePower_W(0) c_u_Thermal(DC_dram_3_8)_ 0.002115778350971645
     HotSitePower_W(0) c_u_Thermal(DC_dram_3_9)_ 0.002078909215686325
     HotSitePower_W(0) c_u_Thermal(DC_dram_3_10)_ 0.0018610371327730964
     HotSitePower_W(0) c_u_Thermal(DC_dram_3_11)_ 0.0014010906897175251
     HotSitePower_W(0) c_u_Thermal(DC_dram_3_12)_ 0.00070293196894383333
     HotSitePower_W(0) c_u_Thermal(DC_dram_3_13)_ 0.00068284640671306977
     HotSitePower_W(0) c_u_Thermal(DC_dram_3_14)_ 0.00060575438615352649
     HotSitePower_W(0) c_u_Thermal(DC_dram_3_15)_ 0.00046114567824035585
     HotSitePower_W(0) c_u_Thermal(DC_dram_4_0)_ 0.0058799011503244221
     HotSitePower_W(0) c_u_Thermal(DC_dram_4_1)_ 0.0022425726969646145
     HotSitePower_W(0) c_u_Thermal(DC_dram_4_2)_ 0.0008201856445185881
     HotSitePower_W(0) c_u_Thermal(DC_dram_4_3)_ 0.00028968283581520945
     HotSitePower_W(0) c_u_Thermal(DC_dram_4_4)_ 0.0022425726969645204
     HotSitePower_W(0) c_u_Thermal(DC_dram_4_5)_ 0.001001278018658813
     HotSitePower_W(0) c_u_Thermal(DC_dram_4_6)_ 0.00041035836358357486
     HotSitePower_W(0) c_u_Thermal(DC_dram_4_7)_ 0.0001578011952554188
     HotSitePower_W(0) c_u_Thermal(DC_dram_4_8)_ 0.00082018564451855319
     HotSitePower_W(0) c_u_Thermal(DC_dram_4_9)_ 0.00041035836358354558
     HotSitePower_W(0) c_u_Thermal(DC_dram_4_10)_ 0.00018533098362584973
     HotSitePower_W(0) c_u_Thermal(DC_dram_4_11)_ 7.7214728994588012e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_4_12)_ 0.00028968283581521146
     HotSitePower_W(0) c_u_Thermal(DC_dram_4_13)_ 0.00015780119525540763
     HotSitePower_W(0) c_u_Thermal(DC_dram_4_14)_ 7.7214728994589977e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_4_15)_ 3.4567039614063226e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_5_0)_ 0.00010010844796826143
     HotSitePower_W(0) c_u_Thermal(DC_dram_5_1)_ 3.4650945737197453e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_5_2)_ 1.239397978632769e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_5_3)_ 5.4513474386697059e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_5_4)_ 5.8249750330187303e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_5_5)_ 2.1266802607806746e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_5_6)_ 7.9599582092951803e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_5_7)_ 3.6372585346923389e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_5_8)_ 3.0502178740542055e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_5_9)_ 1.1803068327997566e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_5_10)_ 4.6477712836657009e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_5_11)_ 2.218924471104761e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_5_12)_ 1.4567789045198237e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_5_13)_ 5.9703032019240074e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_5_14)_ 2.4758575006609803e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_5_15)_ 1.2382835476588582e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_6_0)_ 0.00023123066906538013
     HotSitePower_W(0) c_u_Thermal(DC_dram_6_1)_ 0.00022273608562566031
     HotSitePower_W(0) c_u_Thermal(DC_dram_6_2)_ 0.00019657825766239829
     HotSitePower_W(0) c_u_Thermal(DC_dram_6_3)_ 0.00015156233778867374
     HotSitePower_W(0) c_u_Thermal(DC_dram_6_4)_ 7.6695420247504896e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_6_5)_ 7.3503606162154072e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_6_6)_ 6.473569728528673e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_6_7)_ 5.0511504719757922e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_6_8)_ 2.5219475323411477e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_6_9)_ 2.2213067090099083e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_6_10)_ 1.7520196058815665e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_6_11)_ 9.4096669610209367e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_6_12)_ 7.5055522066074262e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_7_0)_ 0.00010010844796826782
     HotSitePower_W(0) c_u_Thermal(DC_dram_7_1)_ 5.8249750330185317e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_7_2)_ 3.0502178740545182e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_7_3)_ 1.4567789045199314e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_7_4)_ 3.4650945737200252e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_7_5)_ 2.1266802607807997e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_7_6)_ 1.1803068327999038e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_7_7)_ 5.9703032019242725e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_7_8)_ 1.2393979786329092e-05
     HotSitePower_W(0) c_u_Thermal(DC_dram_7_9)_ 7.9599582092960324e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_7_10)_ 4.6477712836662193e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_7_11)_ 2.4758575006611548e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_7_12)_ 5.4513474386701243e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_7_13)_ 3.6372585346926379e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_7_14)_ 2.2189244711050316e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_7_15)_ 1.2382835476589688e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_8_0)_ 6.5203042281162228e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_8_1)_ 2.8246680560289681e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_8_2)_ 1.2349244296735958e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_8_3)_ 6.4797658181839058e-07
     HotSitePower_W(0) c_u_Thermal(DC_dram_8_4)_ 2.8246680560289202e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_8_5)_ 1.2915562318546958e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_8_6)_ 5.9573082892321328e-07
     HotSitePower_W(0) c_u_Thermal(DC_dram_8_7)_ 3.279410485280495e-07
     HotSitePower_W(0) c_u_Thermal(DC_dram_8_8)_ 1.2349244296736718e-06
     HotSitePower_W(0) c_u_Thermal(DC_dram_8_9)_ 5.9573082892324324e-07
     HotSitePower_W(0) c_u_Thermal(DC_dram_8_10)_ 2.8995213660942913e-07
     HotSitePower_W(0) c_u_Thermal(DC_dram_8_11)_ 6.4797658181846077e-07
     HotSitePower_W(0) c_u_Thermal(DC_dram_8_12)_ 3.2794104852806586e-07
     HotSitePower_W(0) c_u_Thermal(DC_logic_0_0)_ 0.11928985876288993
     HotSitePower_W(0) c_u_Thermal(DC_logic_0_1)_ 0.097526061333986183
     HotSitePower_W(0) c_u_Thermal(DC_logic_0_2)_ 0.13097310154996222
     HotSitePower_W(0) c_u_Thermal(DC_logic_0_3)_ 0.12678701219337077
     HotSitePower_W(0) c_u_Thermal(DC_logic_0_4)_ 0.10393593179268258
     HotSitePower_W(0) c_u_Thermal(DC_logic_0_5)_ 0.11928985876289321
     HotSitePower_W(0) c_u_Thermal(DC_logic_0_6)_ 0.12678701219336888
     HotSitePower_W(0) c_u_Thermal(DC_logic_0_7)_ 0.122955060057681
     HotSitePower_W(0) c_u_Thermal(DC_logic_0_8)_ 0.10108220955858215
     HotSitePower_W(0) c_u_Thermal(DC_logic_0_9)_ 0.097526061333986752
     HotSitePower_W(0) c_u_Thermal(DC_logic_0_10)_ 0.10393593179268212
     HotSitePower_W(0) c_u_Thermal(DC_logic_0_11)_ 0.10108220955857918
     HotSitePower_W(0) c_u_Thermal(DC_logic_0_12)_ 0.083786199873680925
     HotSitePower_W(0) c_u_Thermal(DC_logic_1_0)_ 0.019847126326392201
     HotSitePower_W(0) c_u_Thermal(DC_logic_1_1)_ 0.0063201291277388541
     HotSitePower_W(0) c_u_Thermal(DC_logic_1_2)_ 0.0021172060054490322
     HotSitePower_W(0) c_u_Thermal(DC_logic_1_3)_ 0.00070339918269871277
     HotSitePower_W(0) c_u_Thermal(DC_logic_1_4)_ 0.020402049984126199
     HotSitePower_W(0) c_u_Thermal(DC_logic_1_5)_ 0.0063148448954125167
     HotSitePower_W(0) c_u_Thermal(DC_logic_1_6)_ 0.0020804454940006284
     HotSitePower_W(0) c_u_Thermal(DC_logic_1_7)_ 0.00068334948743223713
     HotSitePower_W(0) c_u_Thermal(DC_logic_1_8)_ 0.01900114543990224
     HotSitePower_W(0) c_u_Thermal(DC_logic_1_9)_ 0.0057369402725907272
     HotSitePower_W(0) c_u_Thermal(DC_logic_1_10)_ 0.0018624421180560256
     HotSitePower_W(0) c_u_Thermal(DC_logic_1_11)_ 0.00060620982231965206
     HotSitePower_W(0) c_u_Thermal(DC_logic_1_12)_ 0.014345460585437855
     HotSitePower_W(0) c_u_Thermal(DC_logic_1_13)_ 0.0042888009681168477
     HotSitePower_W(0) c_u_Thermal(DC_logic_1_14)_ 0.0014020710348572364
     HotSitePower_W(0) c_u_Thermal(DC_logic_1_15)_ 0.00046146087019664328
     HotSitePower_W(0) c_u_Thermal(DC_logic_2_0)_ 0.00023135847896635372
     HotSitePower_W(0) c_u_Thermal(DC_logic_2_1)_ 7.6736601175416148e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_2_2)_ 0.00022287415341882001
     HotSitePower_W(0) c_u_Thermal(DC_logic_2_3)_ 7.3547372193310344e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_2_4)_ 2.5237327376697236e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_2_5)_ 0.00019670282850858529
     HotSitePower_W(0) c_u_Thermal(DC_logic_2_6)_ 6.4775107695758943e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_2_7)_ 2.2229088852963056e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_2_8)_ 9.4164152415232045e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_2_9)_ 0.0001516486777994671
     HotSitePower_W(0) c_u_Thermal(DC_logic_2_10)_ 5.0539496626502209e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_2_11)_ 1.7531797465940219e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_2_12)_ 7.5104228696142445e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_3_0)_ 0.01984712632639303
     HotSitePower_W(0) c_u_Thermal(DC_logic_3_1)_ 0.020402049984125262
     HotSitePower_W(0) c_u_Thermal(DC_logic_3_2)_ 0.019001145439901865
     HotSitePower_W(0) c_u_Thermal(DC_logic_3_3)_ 0.014345460585438194
     HotSitePower_W(0) c_u_Thermal(DC_logic_3_4)_ 0.0063201291277391134
     HotSitePower_W(0) c_u_Thermal(DC_logic_3_5)_ 0.006314844895412266
     HotSitePower_W(0) c_u_Thermal(DC_logic_3_6)_ 0.0057369402725903568
     HotSitePower_W(0) c_u_Thermal(DC_logic_3_7)_ 0.0042888009681167861
     HotSitePower_W(0) c_u_Thermal(DC_logic_3_8)_ 0.0021172060054490856
     HotSitePower_W(0) c_u_Thermal(DC_logic_3_9)_ 0.0020804454940005486
     HotSitePower_W(0) c_u_Thermal(DC_logic_3_10)_ 0.0018624421180559452
     HotSitePower_W(0) c_u_Thermal(DC_logic_3_11)_ 0.0014020710348572342
     HotSitePower_W(0) c_u_Thermal(DC_logic_3_12)_ 0.00070339918269871808
     HotSitePower_W(0) c_u_Thermal(DC_logic_3_13)_ 0.00068334948743220536
     HotSitePower_W(0) c_u_Thermal(DC_logic_3_14)_ 0.00060620982231967624
     HotSitePower_W(0) c_u_Thermal(DC_logic_3_15)_ 0.00046146087019667689
     HotSitePower_W(0) c_u_Thermal(DC_logic_4_0)_ 0.0058862395923353168
     HotSitePower_W(0) c_u_Thermal(DC_logic_4_1)_ 0.0022438792292973427
     HotSitePower_W(0) c_u_Thermal(DC_logic_4_2)_ 0.00082070734276747472
     HotSitePower_W(0) c_u_Thermal(DC_logic_4_3)_ 0.00028986679997030935
     HotSitePower_W(0) c_u_Thermal(DC_logic_4_4)_ 0.0022438792292972473
     HotSitePower_W(0) c_u_Thermal(DC_logic_4_5)_ 0.0010018502860092344
     HotSitePower_W(0) c_u_Thermal(DC_logic_4_6)_ 0.00041063199450139346
     HotSitePower_W(0) c_u_Thermal(DC_logic_4_7)_ 0.00015790726995940768
     HotSitePower_W(0) c_u_Thermal(DC_logic_4_8)_ 0.00082070734276743916
     HotSitePower_W(0) c_u_Thermal(DC_logic_4_9)_ 0.00041063199450136446
     HotSitePower_W(0) c_u_Thermal(DC_logic_4_10)_ 0.00018546919243942457
     HotSitePower_W(0) c_u_Thermal(DC_logic_4_11)_ 7.7271219921911925e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_4_12)_ 0.00028986679997031152
     HotSitePower_W(0) c_u_Thermal(DC_logic_4_13)_ 0.00015790726995939622
     HotSitePower_W(0) c_u_Thermal(DC_logic_4_14)_ 7.7271219921913877e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_4_15)_ 3.4591009289482311e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_5_0)_ 0.00010016176267156885
     HotSitePower_W(0) c_u_Thermal(DC_logic_5_1)_ 3.4669143140516851e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_5_2)_ 1.2401800835087947e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_5_3)_ 5.4547112637540681e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_5_4)_ 5.8283503271547101e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_5_5)_ 2.1279053854304975e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_5_6)_ 7.965385168624345e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_5_7)_ 3.639703556885347e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_5_8)_ 3.0521663864240721e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_5_9)_ 1.1810614196728889e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_5_10)_ 4.6511880795294507e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_5_11)_ 2.2205116109736196e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_5_12)_ 1.4576580966897527e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_5_13)_ 5.9739691615843479e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_5_14)_ 2.4775842366422193e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_5_15)_ 1.2391027882408988e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_6_0)_ 0.00023135847896635841
     HotSitePower_W(0) c_u_Thermal(DC_logic_6_1)_ 0.00022287415341881289
     HotSitePower_W(0) c_u_Thermal(DC_logic_6_2)_ 0.00019670282850859063
     HotSitePower_W(0) c_u_Thermal(DC_logic_6_3)_ 0.00015164867779948204
     HotSitePower_W(0) c_u_Thermal(DC_logic_6_4)_ 7.6736601175416745e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_6_5)_ 7.3547372193306278e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_6_6)_ 6.4775107695762724e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_6_7)_ 5.0539496626507129e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_6_8)_ 2.5237327376697009e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_6_9)_ 2.2229088852965215e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_6_10)_ 1.7531797465942554e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_6_11)_ 9.4164152415234518e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_6_12)_ 7.5104228696149679e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_7_0)_ 0.00010016176267157515
     HotSitePower_W(0) c_u_Thermal(DC_logic_7_1)_ 5.8283503271544967e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_7_2)_ 3.0521663864243866e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_7_3)_ 1.4576580966898608e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_7_4)_ 3.4669143140519636e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_7_5)_ 2.1279053854306201e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_7_6)_ 1.1810614196730368e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_7_7)_ 5.9739691615846214e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_7_8)_ 1.2401800835089346e-05
     HotSitePower_W(0) c_u_Thermal(DC_logic_7_9)_ 7.9653851686251954e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_7_10)_ 4.6511880795299708e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_7_11)_ 2.4775842366423947e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_7_12)_ 5.4547112637544772e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_7_13)_ 3.6397035568856477e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_7_14)_ 2.2205116109738894e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_7_15)_ 1.2391027882410081e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_8_0)_ 6.5237432757806453e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_8_1)_ 2.8262170311440712e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_8_2)_ 1.2357025340873583e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_8_3)_ 6.483627380442104e-07
     HotSitePower_W(0) c_u_Thermal(DC_logic_8_4)_ 2.8262170311440216e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_8_5)_ 1.2922972564444635e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_8_6)_ 5.9612209642234185e-07
     HotSitePower_W(0) c_u_Thermal(DC_logic_8_7)_ 3.2814760114668304e-07
     HotSitePower_W(0) c_u_Thermal(DC_logic_8_8)_ 1.2357025340874354e-06
     HotSitePower_W(0) c_u_Thermal(DC_logic_8_9)_ 5.9612209642237203e-07
     HotSitePower_W(0) c_u_Thermal(DC_logic_8_10)_ 2.9016353106253517e-07
     HotSitePower_W(0) c_u_Thermal(DC_logic_8_11)_ 6.4836273804428134e-07
     HotSitePower_W(0) c_u_Thermal(DC_logic_8_12)_ 3.2814760114669972e-07
     HotSitePower_W(0) c_u_Thermal(PC_dram_0_0)_ 0.098594766688453572
     HotSitePower_W(0) c_u_Thermal(PC_dram_0_1)_ 0.075984929826551639
     HotSitePower_W(0) c_u_Thermal(PC_dram_0_2)_ 0.11327820849925936
     HotSitePower_W(0) c_u_Thermal(PC_dram_0_3)_ 0.10935111806777763
     HotSitePower_W(0) c_u_Thermal(PC_dram_0_4)_ 0.084511631444248295
     HotSitePower_W(0) c_u_Thermal(PC_dram_0_5)_ 0.098594766688451491
     HotSitePower_W(0) c_u_Thermal(PC_dram_0_6)_ 0.10935111806777632
     HotSitePower_W(0) c_u_Thermal(PC_dram_0_7)_ 0.10575022160701239
     HotSitePower_W(0) c_u_Thermal(PC_dram_0_8)_ 0.081868527023661999
     HotSitePower_W(0) c_u_Thermal(PC_dram_0_9)_ 0.075984929826548198
     HotSitePower_W(0) c_u_Thermal(PC_dram_0_10)_ 0.084511631444244492
     HotSitePower_W(0) c_u_Thermal(PC_dram_0_11)_ 0.081868527023656587
     HotSitePower_W(0) c_u_Thermal(PC_dram_0_12)_ 0.063710318716939857
     HotSitePower_W(0) c_u_Thermal(PC_dram_1_0)_ 0.017890182651584825
     HotSitePower_W(0) c_u_Thermal(PC_dram_1_1)_ 0.0058166997428758449
     HotSitePower_W(0) c_u_Thermal(PC_dram_1_2)_ 0.0019275546988391365
     HotSitePower_W(0) c_u_Thermal(PC_dram_1_3)_ 0.00063154005413695858
     HotSitePower_W(0) c_u_Thermal(PC_dram_1_4)_ 0.018733129197647275
     HotSitePower_W(0) c_u_Thermal(PC_dram_1_5)_ 0.0058778284711051452
     HotSitePower_W(0) c_u_Thermal(PC_dram_1_6)_ 0.001908087936664384
     HotSitePower_W(0) c_u_Thermal(PC_dram_1_7)_ 0.0006162099099831079
     HotSitePower_W(0) c_u_Thermal(PC_dram_1_8)_ 0.017440469418773016
     HotSitePower_W(0) c_u_Thermal(PC_dram_1_9)_ 0.0053495143559713918
     HotSitePower_W(0) c_u_Thermal(PC_dram_1_10)_ 0.0017110422082019325
     HotSitePower_W(0) c_u_Thermal(PC_dram_1_11)_ 0.00054727788050755379
     HotSitePower_W(0) c_u_Thermal(PC_dram_1_12)_ 0.012817133639623616
     HotSitePower_W(0) c_u_Thermal(PC_dram_1_13)_ 0.0039502181058255785
     HotSitePower_W(0) c_u_Thermal(PC_dram_1_14)_ 0.0012780363930378633
     HotSitePower_W(0) c_u_Thermal(PC_dram_1_15)_ 0.00041446591375616582
     HotSitePower_W(0) c_u_Thermal(PC_dram_2_0)_ 0.00020512314217643611
     HotSitePower_W(0) c_u_Thermal(PC_dram_2_1)_ 6.7048645866537335e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_2_2)_ 0.00019803696787063061
     HotSitePower_W(0) c_u_Thermal(PC_dram_2_3)_ 6.4331850524574778e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_2_4)_ 2.168174756561479e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_2_5)_ 0.0001748902487189699
     HotSitePower_W(0) c_u_Thermal(PC_dram_2_6)_ 5.6668812670523934e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_2_7)_ 1.9093125665245674e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_2_8)_ 7.938375253894089e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_2_9)_ 0.00013437577672334217
     HotSitePower_W(0) c_u_Thermal(PC_dram_2_10)_ 4.4097270512074527e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_2_11)_ 1.5019978310812948e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_2_12)_ 6.3191604706335759e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_3_0)_ 0.017890182651584222
     HotSitePower_W(0) c_u_Thermal(PC_dram_3_1)_ 0.018733129197645696
     HotSitePower_W(0) c_u_Thermal(PC_dram_3_2)_ 0.017440469418770897
     HotSitePower_W(0) c_u_Thermal(PC_dram_3_3)_ 0.012817133639622794
     HotSitePower_W(0) c_u_Thermal(PC_dram_3_4)_ 0.0058166997428754797
     HotSitePower_W(0) c_u_Thermal(PC_dram_3_5)_ 0.0058778284711046864
     HotSitePower_W(0) c_u_Thermal(PC_dram_3_6)_ 0.005349514355970795
     HotSitePower_W(0) c_u_Thermal(PC_dram_3_7)_ 0.0039502181058251578
     HotSitePower_W(0) c_u_Thermal(PC_dram_3_8)_ 0.0019275546988390792
     HotSitePower_W(0) c_u_Thermal(PC_dram_3_9)_ 0.0019080879366642218
     HotSitePower_W(0) c_u_Thermal(PC_dram_3_10)_ 0.0017110422082017929
     HotSitePower_W(0) c_u_Thermal(PC_dram_3_11)_ 0.0012780363930377044
     HotSitePower_W(0) c_u_Thermal(PC_dram_3_12)_ 0.00063154005413692659
     HotSitePower_W(0) c_u_Thermal(PC_dram_3_13)_ 0.00061620990998306009
     HotSitePower_W(0) c_u_Thermal(PC_dram_3_14)_ 0.00054727788050752593
     HotSitePower_W(0) c_u_Thermal(PC_dram_3_15)_ 0.00041446591375611638
     HotSitePower_W(0) c_u_Thermal(PC_dram_4_0)_ 0.0054149116760743464
     HotSitePower_W(0) c_u_Thermal(PC_dram_4_1)_ 0.0020534851147603825
     HotSitePower_W(0) c_u_Thermal(PC_dram_4_2)_ 0.00074132612260798913
     HotSitePower_W(0) c_u_Thermal(PC_dram_4_3)_ 0.00025828426508090531
     HotSitePower_W(0) c_u_Thermal(PC_dram_4_4)_ 0.0020534851147602389
     HotSitePower_W(0) c_u_Thermal(PC_dram_4_5)_ 0.0009067366380691225
     HotSitePower_W(0) c_u_Thermal(PC_dram_4_6)_ 0.00036687082274689003
     HotSitePower_W(0) c_u_Thermal(PC_dram_4_7)_ 0.00013924758496071293
     HotSitePower_W(0) c_u_Thermal(PC_dram_4_8)_ 0.00074132612260784222
     HotSitePower_W(0) c_u_Thermal(PC_dram_4_9)_ 0.00036687082274685501
     HotSitePower_W(0) c_u_Thermal(PC_dram_4_10)_ 0.00016367615076609351
     HotSitePower_W(0) c_u_Thermal(PC_dram_4_11)_ 6.7341947486912893e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_4_12)_ 0.00025828426508086384
     HotSitePower_W(0) c_u_Thermal(PC_dram_4_13)_ 0.00013924758496069469
     HotSitePower_W(0) c_u_Thermal(PC_dram_4_14)_ 6.7341947486914682e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_4_15)_ 2.9798994540437494e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_5_0)_ 8.8147359231834066e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_5_1)_ 3.0068189132666774e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_5_2)_ 1.0568975854350494e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_5_3)_ 4.5689602013488375e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_5_4)_ 5.0781378376213181e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_5_5)_ 1.8284146506613031e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_5_6)_ 6.7324463183275364e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_5_7)_ 3.0254856277532348e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_5_8)_ 2.6294831342594421e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_5_9)_ 1.0041550650342156e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_5_10)_ 3.8926071320877313e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_5_11)_ 1.8289620232537994e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_5_12)_ 1.2422380602455392e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_5_13)_ 5.0258985441289051e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_5_14)_ 2.0522905459320714e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_5_15)_ 1.0112504429535518e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_6_0)_ 0.00020512314217642334
     HotSitePower_W(0) c_u_Thermal(PC_dram_6_1)_ 0.0001980369678706112
     HotSitePower_W(0) c_u_Thermal(PC_dram_6_2)_ 0.00017489024871895824
     HotSitePower_W(0) c_u_Thermal(PC_dram_6_3)_ 0.00013437577672332804
     HotSitePower_W(0) c_u_Thermal(PC_dram_6_4)_ 6.7048645866527373e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_6_5)_ 6.4331850524565617e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_6_6)_ 5.6668812670518106e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_6_7)_ 4.4097270512070089e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_6_8)_ 2.1681747565612737e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_6_9)_ 1.9093125665243943e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_6_10)_ 1.5019978310811589e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_6_11)_ 7.9383752538935215e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_6_12)_ 6.3191604706328856e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_7_0)_ 8.8147359231822872e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_7_1)_ 5.0781378376208858e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_7_2)_ 2.6294831342594154e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_7_3)_ 1.2422380602454816e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_7_4)_ 3.0068189132662932e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_7_5)_ 1.828414650661133e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_7_6)_ 1.0041550650342106e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_7_7)_ 5.0258985441287967e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_7_8)_ 1.0568975854349221e-05
     HotSitePower_W(0) c_u_Thermal(PC_dram_7_9)_ 6.7324463183270714e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_7_10)_ 3.8926071320874551e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_7_11)_ 2.0522905459319511e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_7_12)_ 4.5689602013484361e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_7_13)_ 3.0254856277529519e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_7_14)_ 1.8289620232536662e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_7_15)_ 1.0112504429534982e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_8_0)_ 5.5018175464121369e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_8_1)_ 2.3531059877724265e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_8_2)_ 1.0132781058336572e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_8_3)_ 5.2420437018807686e-07
     HotSitePower_W(0) c_u_Thermal(PC_dram_8_4)_ 2.3531059877724087e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_8_5)_ 1.0624843644123198e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_8_6)_ 4.8292636219710974e-07
     HotSitePower_W(0) c_u_Thermal(PC_dram_8_7)_ 2.6219075371604515e-07
     HotSitePower_W(0) c_u_Thermal(PC_dram_8_8)_ 1.0132781058335945e-06
     HotSitePower_W(0) c_u_Thermal(PC_dram_8_9)_ 4.8292636219709322e-07
     HotSitePower_W(0) c_u_Thermal(PC_dram_8_10)_ 2.3170907632799446e-07
     HotSitePower_W(0) c_u_Thermal(PC_dram_8_11)_ 5.2420437018806722e-07
     HotSitePower_W(0) c_u_Thermal(PC_dram_8_12)_ 2.6219075371605119e-07
     HotSitePower_W(0) c_u_Thermal(PC_logic_0_0)_ 0.10357523260773414
     HotSitePower_W(0) c_u_Thermal(PC_logic_0_1)_ 0.080472449501136467
     HotSitePower_W(0) c_u_Thermal(PC_logic_0_2)_ 0.11869144686806006
     HotSitePower_W(0) c_u_Thermal(PC_logic_0_3)_ 0.11476162433306263
     HotSitePower_W(0) c_u_Thermal(PC_logic_0_4)_ 0.089428823789176465
     HotSitePower_W(0) c_u_Thermal(PC_logic_0_5)_ 0.10357523260773202
     HotSitePower_W(0) c_u_Thermal(PC_logic_0_6)_ 0.11476162433306153
     HotSitePower_W(0) c_u_Thermal(PC_logic_0_7)_ 0.1111581034337086
     HotSitePower_W(0) c_u_Thermal(PC_logic_0_8)_ 0.086783932751863621
     HotSitePower_W(0) c_u_Thermal(PC_logic_0_9)_ 0.080472449501132956
     HotSitePower_W(0) c_u_Thermal(PC_logic_0_10)_ 0.089428823789172801
     HotSitePower_W(0) c_u_Thermal(PC_logic_0_11)_ 0.086783932751858153
     HotSitePower_W(0) c_u_Thermal(PC_logic_0_12)_ 0.068142798820314834
     HotSitePower_W(0) c_u_Thermal(PC_logic_1_0)_ 0.017949285069857636
     HotSitePower_W(0) c_u_Thermal(PC_logic_1_1)_ 0.0058203442254170686
     HotSitePower_W(0) c_u_Thermal(PC_logic_1_2)_ 0.0019289161249622633
     HotSitePower_W(0) c_u_Thermal(PC_logic_1_3)_ 0.00063197628466354124
     HotSitePower_W(0) c_u_Thermal(PC_logic_1_4)_ 0.018799292578171017
     HotSitePower_W(0) c_u_Thermal(PC_logic_1_5)_ 0.005882145430382197
     HotSitePower_W(0) c_u_Thermal(PC_logic_1_6)_ 0.0019096518205010543
     HotSitePower_W(0) c_u_Thermal(PC_logic_1_7)_ 0.00061671846942034747
     HotSitePower_W(0) c_u_Thermal(PC_logic_1_8)_ 0.017506100307443956
     HotSitePower_W(0) c_u_Thermal(PC_logic_1_9)_ 0.0053535993243882807
     HotSitePower_W(0) c_u_Thermal(PC_logic_1_10)_ 0.0017124834571567264
     HotSitePower_W(0) c_u_Thermal(PC_logic_1_11)_ 0.00054774259913940165
     HotSitePower_W(0) c_u_Thermal(PC_logic_1_12)_ 0.012872538042467295
     HotSitePower_W(0) c_u_Thermal(PC_logic_1_13)_ 0.0039529578058519199
     HotSitePower_W(0) c_u_Thermal(PC_logic_1_14)_ 0.0012789770928221991
     HotSitePower_W(0) c_u_Thermal(PC_logic_1_15)_ 0.00041476397262700803
     HotSitePower_W(0) c_u_Thermal(PC_logic_2_0)_ 0.00020522625990138964
     HotSitePower_W(0) c_u_Thermal(PC_logic_2_1)_ 6.7082014184661278e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_2_2)_ 0.00019815983959837856
     HotSitePower_W(0) c_u_Thermal(PC_logic_2_3)_ 6.4370215263279893e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_2_4)_ 2.1699140379526403e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_2_5)_ 0.00017500251735607573
     HotSitePower_W(0) c_u_Thermal(PC_logic_2_6)_ 5.6703828700941239e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_2_7)_ 1.9108860822524157e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_2_8)_ 7.9446649308781792e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_2_9)_ 0.0001344467532693583
     HotSitePower_W(0) c_u_Thermal(PC_logic_2_10)_ 4.4120405584146683e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_2_11)_ 1.5030729867549819e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_2_12)_ 6.3233642536097546e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_3_0)_ 0.017949285069857053
     HotSitePower_W(0) c_u_Thermal(PC_logic_3_1)_ 0.018799292578169414
     HotSitePower_W(0) c_u_Thermal(PC_logic_3_2)_ 0.017506100307441822
     HotSitePower_W(0) c_u_Thermal(PC_logic_3_3)_ 0.012872538042466478
     HotSitePower_W(0) c_u_Thermal(PC_logic_3_4)_ 0.0058203442254166999
     HotSitePower_W(0) c_u_Thermal(PC_logic_3_5)_ 0.0058821454303817364
     HotSitePower_W(0) c_u_Thermal(PC_logic_3_6)_ 0.0053535993243876813
     HotSitePower_W(0) c_u_Thermal(PC_logic_3_7)_ 0.0039529578058514992
     HotSitePower_W(0) c_u_Thermal(PC_logic_3_8)_ 0.001928916124962205
     HotSitePower_W(0) c_u_Thermal(PC_logic_3_9)_ 0.0019096518205008919
     HotSitePower_W(0) c_u_Thermal(PC_logic_3_10)_ 0.0017124834571565853
     HotSitePower_W(0) c_u_Thermal(PC_logic_3_11)_ 0.0012789770928220384
     HotSitePower_W(0) c_u_Thermal(PC_logic_3_12)_ 0.00063197628466350861
     HotSitePower_W(0) c_u_Thermal(PC_logic_3_13)_ 0.00061671846942029911
     HotSitePower_W(0) c_u_Thermal(PC_logic_3_14)_ 0.00054774259913937379
     HotSitePower_W(0) c_u_Thermal(PC_logic_3_15)_ 0.00041476397262695826
     HotSitePower_W(0) c_u_Thermal(PC_logic_4_0)_ 0.0054188152006429619
     HotSitePower_W(0) c_u_Thermal(PC_logic_4_1)_ 0.0020545167341186432
     HotSitePower_W(0) c_u_Thermal(PC_logic_4_2)_ 0.00074181786222776496
     HotSitePower_W(0) c_u_Thermal(PC_logic_4_3)_ 0.00025845088299168608
     HotSitePower_W(0) c_u_Thermal(PC_logic_4_4)_ 0.0020545167341184988
     HotSitePower_W(0) c_u_Thermal(PC_logic_4_5)_ 0.00090724096943903341
     HotSitePower_W(0) c_u_Thermal(PC_logic_4_6)_ 0.00036713787416007567
     HotSitePower_W(0) c_u_Thermal(PC_logic_4_7)_ 0.00013934810045634509
     HotSitePower_W(0) c_u_Thermal(PC_logic_4_8)_ 0.00074181786222761751
     HotSitePower_W(0) c_u_Thermal(PC_logic_4_9)_ 0.00036713787416004076
     HotSitePower_W(0) c_u_Thermal(PC_logic_4_10)_ 0.00016381707799071699
     HotSitePower_W(0) c_u_Thermal(PC_logic_4_11)_ 6.7397057601269652e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_4_12)_ 0.00025845088299164456
     HotSitePower_W(0) c_u_Thermal(PC_logic_4_13)_ 0.00013934810045632698
     HotSitePower_W(0) c_u_Thermal(PC_logic_4_14)_ 6.7397057601271482e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_4_15)_ 2.9820832235465376e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_5_0)_ 8.8189063712020555e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_5_1)_ 3.0082604314829458e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_5_2)_ 1.0576003150817689e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_5_3)_ 4.5717734528195313e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_5_4)_ 5.0809877949888002e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_5_5)_ 1.8294531343567277e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_5_6)_ 6.7375420587140396e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_5_7)_ 3.0276638536801072e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_5_8)_ 2.6312177654917952e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_5_9)_ 1.0048328451659045e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_5_10)_ 3.8958956267165258e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_5_11)_ 1.8304051689501393e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_5_12)_ 1.2429679517598083e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_5_13)_ 5.0290375213282648e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_5_14)_ 2.0538649472474331e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_5_15)_ 1.011940798083279e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_6_0)_ 0.00020522625990137687
     HotSitePower_W(0) c_u_Thermal(PC_logic_6_1)_ 0.00019815983959835904
     HotSitePower_W(0) c_u_Thermal(PC_logic_6_2)_ 0.00017500251735606392
     HotSitePower_W(0) c_u_Thermal(PC_logic_6_3)_ 0.00013444675326934426
     HotSitePower_W(0) c_u_Thermal(PC_logic_6_4)_ 6.7082014184651194e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_6_5)_ 6.4370215263270691e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_6_6)_ 5.670382870093537e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_6_7)_ 4.4120405584142183e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_6_8)_ 2.1699140379524381e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_6_9)_ 1.9108860822522429e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_6_10)_ 1.5030729867548493e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_6_11)_ 7.94466493087761e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_6_12)_ 6.3233642536090575e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_7_0)_ 8.8189063712009334e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_7_1)_ 5.0809877949883692e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_7_2)_ 2.6312177654917647e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_7_3)_ 1.2429679517597504e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_7_4)_ 3.0082604314825568e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_7_5)_ 1.8294531343565576e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_7_6)_ 1.0048328451658994e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_7_7)_ 5.0290375213281555e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_7_8)_ 1.0576003150816417e-05
     HotSitePower_W(0) c_u_Thermal(PC_logic_7_9)_ 6.7375420587135788e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_7_10)_ 3.8958956267162513e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_7_11)_ 2.0538649472473107e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_7_12)_ 4.5717734528191256e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_7_13)_ 3.0276638536798243e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_7_14)_ 1.8304051689500057e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_7_15)_ 1.011940798083226e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_8_0)_ 5.5043853266241554e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_8_1)_ 2.3543194885982069e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_8_2)_ 1.0139414359503282e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_8_3)_ 5.2450776429331376e-07
     HotSitePower_W(0) c_u_Thermal(PC_logic_8_4)_ 2.3543194885981916e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_8_5)_ 1.0630855305914749e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_8_6)_ 4.8326920102668469e-07
     HotSitePower_W(0) c_u_Thermal(PC_logic_8_7)_ 2.6236129563027374e-07
     HotSitePower_W(0) c_u_Thermal(PC_logic_8_8)_ 1.0139414359502664e-06
     HotSitePower_W(0) c_u_Thermal(PC_logic_8_9)_ 4.8326920102666828e-07
     HotSitePower_W(0) c_u_Thermal(PC_logic_8_10)_ 2.3190232603303778e-07
     HotSitePower_W(0) c_u_Thermal(PC_logic_8_11)_ 5.2450776429330381e-07
     HotSitePower_W(0) c_u_Thermal(PC_logic_8_12)_ 2.6236129563027982e-07
     HotSitePower_W(1) c_e_HotSitePowerDef(1)_ 1
     HotSitePower_W(1) c_u_Thermal(DC_dram_0_0)_ 0.0062646583188627966
     HotSitePower_W(1) c_u_Thermal(DC_dram_0_1)_ 0.019546094181496349
     HotSitePower_W(1) c_u_Thermal(DC_dram_0_2)_ 0.0021271933465251422
     HotSitePower_W(1) c_u_Thermal(DC_dram_0_3)_ 0.006260957865110486
     HotSitePower_W(1) c_u_Thermal(DC_dram_0_4)_ 0.020104636986383113
     HotSitePower_W(1) c_u_Thermal(DC_dram_0_5)_ 0.00079292297685486723
     HotSitePower_W(1) c_u_Thermal(DC_dram_0_6)_ 0.0019035597629683436
     HotSitePower_W(1) c_u_Thermal(DC_dram_0_7)_ 0.0056891065550776065
     HotSitePower_W(1) c_u_Thermal(DC_dram_0_8)_ 0.018729406877757752
     HotSitePower_W(1) c_u_Thermal(DC_dram_0_9)_ 0.00060520246382235931
     HotSitePower_W(1) c_u_Thermal(DC_dram_0_10)_ 0.0014340819983785476
     HotSitePower_W(1) c_u_Thermal(DC_dram_0_11)_ 0.0042518325695436567
     HotSitePower_W(1) c_u_Thermal(DC_dram_0_12)_ 0.014126535268618763
     HotSitePower_W(1) c_u_Thermal(DC_dram_1_0)_ 0.092417383274728038
     HotSitePower_W(1) c_u_Thermal(DC_dram_1_1)_ 0.1124348815242517
     HotSitePower_W(1) c_u_Thermal(DC_dram_1_2)_ 0.11243488152424803
     HotSitePower_W(1) c_u_Thermal(DC_dram_1_3)_ 0.092417383274733561
     HotSitePower_W(1) c_u_Thermal(DC_dram_1_4)_ 0.09857919952280296
     HotSitePower_W(1) c_u_Thermal(DC_dram_1_5)_ 0.11969951642412041
     HotSitePower_W(1) c_u_Thermal(DC_dram_1_6)_ 0.1196995164241199
     HotSitePower_W(1) c_u_Thermal(DC_dram_1_7)_ 0.098579199522805583
     HotSitePower_W(1) c_u_Thermal(DC_dram_1_8)_ 0.095804291813445228
     HotSitePower_W(1) c_u_Thermal(DC_dram_1_9)_ 0.11608631267649942
     HotSitePower_W(1) c_u_Thermal(DC_dram_1_10)_ 0.11608631267649849
     HotSitePower_W(1) c_u_Thermal(DC_dram_1_11)_ 0.095804291813435569
     HotSitePower_W(1) c_u_Thermal(DC_dram_1_12)_ 0.078990113944880827
     HotSitePower_W(1) c_u_Thermal(DC_dram_1_13)_ 0.095017066038974363
     HotSitePower_W(1) c_u_Thermal(DC_dram_1_14)_ 0.095017066038970574
     HotSitePower_W(1) c_u_Thermal(DC_dram_1_15)_ 0.078990113944879745
     HotSitePower_W(1) c_u_Thermal(DC_dram_2_0)_ 0.019546094181497099
     HotSitePower_W(1) c_u_Thermal(DC_dram_2_1)_ 0.0062646583188630508
     HotSitePower_W(1) c_u_Thermal(DC_dram_2_2)_ 0.020104636986383376
     HotSitePower_W(1) c_u_Thermal(DC_dram_2_3)_ 0.0062609578651107514
     HotSitePower_W(1) c_u_Thermal(DC_dram_2_4)_ 0.0021271933465252693
     HotSitePower_W(1) c_u_Thermal(DC_dram_2_5)_ 0.018729406877757808
     HotSitePower_W(1) c_u_Thermal(DC_dram_2_6)_ 0.0056891065550773931
     HotSitePower_W(1) c_u_Thermal(DC_dram_2_7)_ 0.0019035597629683061
     HotSitePower_W(1) c_u_Thermal(DC_dram_2_8)_ 0.00079292297685486224
     HotSitePower_W(1) c_u_Thermal(DC_dram_2_9)_ 0.014126535268617889
     HotSitePower_W(1) c_u_Thermal(DC_dram_2_10)_ 0.0042518325695437608
     HotSitePower_W(1) c_u_Thermal(DC_dram_2_11)_ 0.0014340819983784344
     HotSitePower_W(1) c_u_Thermal(DC_dram_2_12)_ 0.00060520246382230185
     HotSitePower_W(1) c_u_Thermal(DC_dram_3_0)_ 0.00038433993634479107
     HotSitePower_W(1) c_u_Thermal(DC_dram_3_1)_ 0.00084244261046945634
     HotSitePower_W(1) c_u_Thermal(DC_dram_3_2)_ 0.0022203157310138168
     HotSitePower_W(1) c_u_Thermal(DC_dram_3_3)_ 0.0057852440497951196
     HotSitePower_W(1) c_u_Thermal(DC_dram_3_4)_ 0.00021241368705088724
     HotSitePower_W(1) c_u_Thermal(DC_dram_3_5)_ 0.00042366520798205605
     HotSitePower_W(1) c_u_Thermal(DC_dram_3_6)_ 0.00098797117426023735
     HotSitePower_W(1) c_u_Thermal(DC_dram_3_7)_ 0.0021879602051691079
     HotSitePower_W(1) c_u_Thermal(DC_dram_3_8)_ 0.00010549798326401517
     HotSitePower_W(1) c_u_Thermal(DC_dram_3_9)_ 0.00019248628067017705
     HotSitePower_W(1) c_u_Thermal(DC_dram_3_10)_ 0.00040320306653922073
     HotSitePower_W(1) c_u_Thermal(DC_dram_3_11)_ 0.00079190239024911854
     HotSitePower_W(1) c_u_Thermal(DC_dram_3_12)_ 4.7896545111598814e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_3_13)_ 8.0709174695857433e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_3_14)_ 0.00015430674955414721
     HotSitePower_W(1) c_u_Thermal(DC_dram_3_15)_ 0.00027635333031768869
     HotSitePower_W(1) c_u_Thermal(DC_dram_4_0)_ 0.013986360565823983
     HotSitePower_W(1) c_u_Thermal(DC_dram_4_1)_ 0.018108783803727328
     HotSitePower_W(1) c_u_Thermal(DC_dram_4_2)_ 0.018108783803726484
     HotSitePower_W(1) c_u_Thermal(DC_dram_4_3)_ 0.013986360565823364
     HotSitePower_W(1) c_u_Thermal(DC_dram_4_4)_ 0.0041306599414840132
     HotSitePower_W(1) c_u_Thermal(DC_dram_4_5)_ 0.0053292307798988242
     HotSitePower_W(1) c_u_Thermal(DC_dram_4_6)_ 0.0053292307798985389
     HotSitePower_W(1) c_u_Thermal(DC_dram_4_7)_ 0.0041306599414840462
     HotSitePower_W(1) c_u_Thermal(DC_dram_4_8)_ 0.0013260948851941011
     HotSitePower_W(1) c_u_Thermal(DC_dram_4_9)_ 0.0016803539204310342
     HotSitePower_W(1) c_u_Thermal(DC_dram_4_10)_ 0.0016803539204309926
     HotSitePower_W(1) c_u_Thermal(DC_dram_4_11)_ 0.0013260948851940017
     HotSitePower_W(1) c_u_Thermal(DC_dram_4_12)_ 0.0004278169221739491
     HotSitePower_W(1) c_u_Thermal(DC_dram_4_13)_ 0.00053101551465963937
     HotSitePower_W(1) c_u_Thermal(DC_dram_4_14)_ 0.00053101551465961898
     HotSitePower_W(1) c_u_Thermal(DC_dram_4_15)_ 0.0004278169221739395
     HotSitePower_W(1) c_u_Thermal(DC_dram_5_0)_ 0.0057852440497946252
     HotSitePower_W(1) c_u_Thermal(DC_dram_5_1)_ 0.0022203157310136576
     HotSitePower_W(1) c_u_Thermal(DC_dram_5_2)_ 0.00084244261046946046
     HotSitePower_W(1) c_u_Thermal(DC_dram_5_3)_ 0.00038433993634478343
     HotSitePower_W(1) c_u_Thermal(DC_dram_5_4)_ 0.0021879602051691079
     HotSitePower_W(1) c_u_Thermal(DC_dram_5_5)_ 0.00098797117426025014
     HotSitePower_W(1) c_u_Thermal(DC_dram_5_6)_ 0.00042366520798205621
     HotSitePower_W(1) c_u_Thermal(DC_dram_5_7)_ 0.00021241368705089255
     HotSitePower_W(1) c_u_Thermal(DC_dram_5_8)_ 0.00079190239024908514
     HotSitePower_W(1) c_u_Thermal(DC_dram_5_9)_ 0.0004032030665391894
     HotSitePower_W(1) c_u_Thermal(DC_dram_5_10)_ 0.00019248628067017426
     HotSitePower_W(1) c_u_Thermal(DC_dram_5_11)_ 0.00010549798326401766
     HotSitePower_W(1) c_u_Thermal(DC_dram_5_12)_ 0.0002763533303176669
     HotSitePower_W(1) c_u_Thermal(DC_dram_5_13)_ 0.00015430674955414268
     HotSitePower_W(1) c_u_Thermal(DC_dram_5_14)_ 8.070917469584571e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_5_15)_ 4.7896545111593868e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_6_0)_ 2.0440116691493837e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_6_1)_ 3.2091922366899738e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_6_2)_ 5.6660006703833753e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_6_3)_ 9.4236120321974251e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_6_4)_ 8.4670302094237318e-06
     HotSitePower_W(1) c_u_Thermal(DC_dram_6_5)_ 1.2498893730930122e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_6_6)_ 2.0570977204876938e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_6_7)_ 3.2154218729701273e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_6_8)_ 4.9535499759799381e-06
     HotSitePower_W(1) c_u_Thermal(DC_dram_6_9)_ 7.6541795169824237e-06
     HotSitePower_W(1) c_u_Thermal(DC_dram_6_10)_ 1.132651243504518e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_6_11)_ 3.476774564554289e-06
     HotSitePower_W(1) c_u_Thermal(DC_dram_6_12)_ 4.9043137253141572e-06
     HotSitePower_W(1) c_u_Thermal(DC_dram_7_0)_ 0.00013764252532529587
     HotSitePower_W(1) c_u_Thermal(DC_dram_7_1)_ 0.0001673110033515351
     HotSitePower_W(1) c_u_Thermal(DC_dram_7_2)_ 0.00016731100335153651
     HotSitePower_W(1) c_u_Thermal(DC_dram_7_3)_ 0.00013764252532529362
     HotSitePower_W(1) c_u_Thermal(DC_dram_7_4)_ 4.4869142566362646e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_7_5)_ 5.3528359786217027e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_7_6)_ 5.3528359786214574e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_7_7)_ 4.4869142566359292e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_7_8)_ 1.5211795636546302e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_7_9)_ 1.7855247943044488e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_7_10)_ 1.7855247943043563e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_7_11)_ 1.5211795636543049e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_7_12)_ 6.3682115274123122e-06
     HotSitePower_W(1) c_u_Thermal(DC_dram_7_13)_ 7.358199568307718e-06
     HotSitePower_W(1) c_u_Thermal(DC_dram_7_14)_ 7.3581995683071378e-06
     HotSitePower_W(1) c_u_Thermal(DC_dram_7_15)_ 6.3682115274113686e-06
     HotSitePower_W(1) c_u_Thermal(DC_dram_8_0)_ 9.4236120321964222e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_8_1)_ 5.6660006703828861e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_8_2)_ 3.2091922366897224e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_8_3)_ 2.0440116691492539e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_8_4)_ 3.2154218729696713e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_8_5)_ 2.0570977204875427e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_8_6)_ 1.2498893730929148e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_8_7)_ 8.4670302094236556e-06
     HotSitePower_W(1) c_u_Thermal(DC_dram_8_8)_ 1.1326512435044228e-05
     HotSitePower_W(1) c_u_Thermal(DC_dram_8_9)_ 7.6541795169816664e-06
     HotSitePower_W(1) c_u_Thermal(DC_dram_8_10)_ 4.9535499759797518e-06
     HotSitePower_W(1) c_u_Thermal(DC_dram_8_11)_ 4.9043137253141403e-06
     HotSitePower_W(1) c_u_Thermal(DC_dram_8_12)_ 3.4767745645542018e-06
     HotSitePower_W(1) c_u_Thermal(DC_logic_0_0)_ 0.0062697804109207193
     HotSitePower_W(1) c_u_Thermal(DC_logic_0_1)_ 0.019626946523481105
     HotSitePower_W(1) c_u_Thermal(DC_logic_0_2)_ 0.0021287555388172343
     HotSitePower_W(1) c_u_Thermal(DC_logic_0_3)_ 0.0062665348505960344
     HotSitePower_W(1) c_u_Thermal(DC_logic_0_4)_ 0.020189850863120803
     HotSitePower_W(1) c_u_Thermal(DC_logic_0_5)_ 0.00079349623558670789
     HotSitePower_W(1) c_u_Thermal(DC_logic_0_6)_ 0.001904988136898804
     HotSitePower_W(1) c_u_Thermal(DC_logic_0_7)_ 0.0056943942537479716
     HotSitePower_W(1) c_u_Thermal(DC_logic_0_8)_ 0.018813859026634735
     HotSitePower_W(1) c_u_Thermal(DC_logic_0_9)_ 0.00060559912512648086
     HotSitePower_W(1) c_u_Thermal(DC_logic_0_10)_ 0.0014350787340178797
     HotSitePower_W(1) c_u_Thermal(DC_logic_0_11)_ 0.0042557932689561134
     HotSitePower_W(1) c_u_Thermal(DC_logic_0_12)_ 0.014201322330508319
     HotSitePower_W(1) c_u_Thermal(DC_logic_1_0)_ 0.096833840827344364
     HotSitePower_W(1) c_u_Thermal(DC_logic_1_1)_ 0.11719904064180107
     HotSitePower_W(1) c_u_Thermal(DC_logic_1_2)_ 0.1171990406417974
     HotSitePower_W(1) c_u_Thermal(DC_logic_1_3)_ 0.096833840827349943
     HotSitePower_W(1) c_u_Thermal(DC_logic_1_4)_ 0.10326325733766745
     HotSitePower_W(1) c_u_Thermal(DC_logic_1_5)_ 0.12473180402674729
     HotSitePower_W(1) c_u_Thermal(DC_logic_1_6)_ 0.12473180402674677
     HotSitePower_W(1) c_u_Thermal(DC_logic_1_7)_ 0.10326325733767
     HotSitePower_W(1) c_u_Thermal(DC_logic_1_8)_ 0.10048541615151144
     HotSitePower_W(1) c_u_Thermal(DC_logic_1_9)_ 0.12111484702847983
     HotSitePower_W(1) c_u_Thermal(DC_logic_1_10)_ 0.12111484702847894
     HotSitePower_W(1) c_u_Thermal(DC_logic_1_11)_ 0.10048541615150178
     HotSitePower_W(1) c_u_Thermal(DC_logic_1_12)_ 0.083332249426354796
     HotSitePower_W(1) c_u_Thermal(DC_logic_1_13)_ 0.099697670321193643
     HotSitePower_W(1) c_u_Thermal(DC_logic_1_14)_ 0.09969767032118991
     HotSitePower_W(1) c_u_Thermal(DC_logic_1_15)_ 0.083332249426353658
     HotSitePower_W(1) c_u_Thermal(DC_logic_2_0)_ 0.019626946523481847
     HotSitePower_W(1) c_u_Thermal(DC_logic_2_1)_ 0.0062697804109209587
     HotSitePower_W(1) c_u_Thermal(DC_logic_2_2)_ 0.020189850863121073
     HotSitePower_W(1) c_u_Thermal(DC_logic_2_3)_ 0.0062665348505963137
     HotSitePower_W(1) c_u_Thermal(DC_logic_2_4)_ 0.0021287555388173614
     HotSitePower_W(1) c_u_Thermal(DC_logic_2_5)_ 0.018813859026634783
     HotSitePower_W(1) c_u_Thermal(DC_logic_2_6)_ 0.0056943942537477713
     HotSitePower_W(1) c_u_Thermal(DC_logic_2_7)_ 0.0019049881368987632
     HotSitePower_W(1) c_u_Thermal(DC_logic_2_8)_ 0.00079349623558670247
     HotSitePower_W(1) c_u_Thermal(DC_logic_2_9)_ 0.014201322330507448
     HotSitePower_W(1) c_u_Thermal(DC_logic_2_10)_ 0.0042557932689562209
     HotSitePower_W(1) c_u_Thermal(DC_logic_2_11)_ 0.0014350787340177656
     HotSitePower_W(1) c_u_Thermal(DC_logic_2_12)_ 0.00060559912512642394
     HotSitePower_W(1) c_u_Thermal(DC_logic_3_0)_ 0.00038457385137811431
     HotSitePower_W(1) c_u_Thermal(DC_logic_3_1)_ 0.00084297468507290338
     HotSitePower_W(1) c_u_Thermal(DC_logic_3_2)_ 0.0022216118869919864
     HotSitePower_W(1) c_u_Thermal(DC_logic_3_3)_ 0.0057915325409278002
     HotSitePower_W(1) c_u_Thermal(DC_logic_3_4)_ 0.00021255106967404242
     HotSitePower_W(1) c_u_Thermal(DC_logic_3_5)_ 0.00042394566318704283
     HotSitePower_W(1) c_u_Thermal(DC_logic_3_6)_ 0.00098853661732349108
     HotSitePower_W(1) c_u_Thermal(DC_logic_3_7)_ 0.0021892354295826666
     HotSitePower_W(1) c_u_Thermal(DC_logic_3_8)_ 0.00010557237217516879
     HotSitePower_W(1) c_u_Thermal(DC_logic_3_9)_ 0.00019262861855661923
     HotSitePower_W(1) c_u_Thermal(DC_logic_3_10)_ 0.00040347256838417137
     HotSitePower_W(1) c_u_Thermal(DC_logic_3_11)_ 0.00079240619051417448
     HotSitePower_W(1) c_u_Thermal(DC_logic_3_12)_ 4.7928487468135145e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_3_13)_ 8.076760484686039e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_3_14)_ 0.0001544108850344567
     HotSitePower_W(1) c_u_Thermal(DC_logic_3_15)_ 0.00027652932179167129
     HotSitePower_W(1) c_u_Thermal(DC_logic_4_0)_ 0.014061048496731293
     HotSitePower_W(1) c_u_Thermal(DC_logic_4_1)_ 0.018192839897969885
     HotSitePower_W(1) c_u_Thermal(DC_logic_4_2)_ 0.018192839897969035
     HotSitePower_W(1) c_u_Thermal(DC_logic_4_3)_ 0.01406104849673071
     HotSitePower_W(1) c_u_Thermal(DC_logic_4_4)_ 0.0041345334017142974
     HotSitePower_W(1) c_u_Thermal(DC_logic_4_5)_ 0.0053342736632583142
     HotSitePower_W(1) c_u_Thermal(DC_logic_4_6)_ 0.0053342736632580401
     HotSitePower_W(1) c_u_Thermal(DC_logic_4_7)_ 0.0041345334017143399
     HotSitePower_W(1) c_u_Thermal(DC_logic_4_8)_ 0.001327020326546355
     HotSitePower_W(1) c_u_Thermal(DC_logic_4_9)_ 0.001681624113696176
     HotSitePower_W(1) c_u_Thermal(DC_logic_4_10)_ 0.0016816241136961307
     HotSitePower_W(1) c_u_Thermal(DC_logic_4_11)_ 0.0013270203265462572
     HotSitePower_W(1) c_u_Thermal(DC_logic_4_12)_ 0.00042810896369543326
     HotSitePower_W(1) c_u_Thermal(DC_logic_4_13)_ 0.00053141618663444655
     HotSitePower_W(1) c_u_Thermal(DC_logic_4_14)_ 0.0005314161866344265
     HotSitePower_W(1) c_u_Thermal(DC_logic_4_15)_ 0.0004281089636954235
     HotSitePower_W(1) c_u_Thermal(DC_logic_5_0)_ 0.0057915325409273041
     HotSitePower_W(1) c_u_Thermal(DC_logic_5_1)_ 0.0022216118869918255
     HotSitePower_W(1) c_u_Thermal(DC_logic_5_2)_ 0.00084297468507290674
     HotSitePower_W(1) c_u_Thermal(DC_logic_5_3)_ 0.00038457385137810748
     HotSitePower_W(1) c_u_Thermal(DC_logic_5_4)_ 0.0021892354295826705
     HotSitePower_W(1) c_u_Thermal(DC_logic_5_5)_ 0.00098853661732350431
     HotSitePower_W(1) c_u_Thermal(DC_logic_5_6)_ 0.00042394566318704375
     HotSitePower_W(1) c_u_Thermal(DC_logic_5_7)_ 0.000212551069674048
     HotSitePower_W(1) c_u_Thermal(DC_logic_5_8)_ 0.00079240619051414141
     HotSitePower_W(1) c_u_Thermal(DC_logic_5_9)_ 0.00040347256838414069
     HotSitePower_W(1) c_u_Thermal(DC_logic_5_10)_ 0.0001926286185566163
     HotSitePower_W(1) c_u_Thermal(DC_logic_5_11)_ 0.00010557237217517143
     HotSitePower_W(1) c_u_Thermal(DC_logic_5_12)_ 0.00027652932179164956
     HotSitePower_W(1) c_u_Thermal(DC_logic_5_13)_ 0.00015441088503445212
     HotSitePower_W(1) c_u_Thermal(DC_logic_5_14)_ 8.0767604846848667e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_5_15)_ 4.7928487468130293e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_6_0)_ 2.0451961504631713e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_6_1)_ 3.2112178361299783e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_6_2)_ 5.6692988774492044e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_6_3)_ 9.428638213384304e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_6_4)_ 8.4720385915805448e-06
     HotSitePower_W(1) c_u_Thermal(DC_logic_6_5)_ 1.250678935675207e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_6_6)_ 2.058287869428453e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_6_7)_ 3.2171073710524203e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_6_8)_ 4.9571466448897214e-06
     HotSitePower_W(1) c_u_Thermal(DC_logic_6_9)_ 7.6594266032655549e-06
     HotSitePower_W(1) c_u_Thermal(DC_logic_6_10)_ 1.1333671128068312e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_6_11)_ 3.4791287828053016e-06
     HotSitePower_W(1) c_u_Thermal(DC_logic_6_12)_ 4.9073559736685471e-06
     HotSitePower_W(1) c_u_Thermal(DC_logic_7_0)_ 0.00013772045957063069
     HotSitePower_W(1) c_u_Thermal(DC_logic_7_1)_ 0.00016741686717844267
     HotSitePower_W(1) c_u_Thermal(DC_logic_7_2)_ 0.0001674168671784443
     HotSitePower_W(1) c_u_Thermal(DC_logic_7_3)_ 0.00013772045957062898
     HotSitePower_W(1) c_u_Thermal(DC_logic_7_4)_ 4.4893675066070127e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_7_5)_ 5.3560615595460785e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_7_6)_ 5.3560615595458434e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_7_7)_ 4.4893675066066854e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_7_8)_ 1.5221786056368583e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_7_9)_ 1.7868064304499983e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_7_10)_ 1.7868064304499021e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_7_11)_ 1.5221786056365322e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_7_12)_ 6.3723275293336609e-06
     HotSitePower_W(1) c_u_Thermal(DC_logic_7_13)_ 7.3634764576179922e-06
     HotSitePower_W(1) c_u_Thermal(DC_logic_7_14)_ 7.3634764576174069e-06
     HotSitePower_W(1) c_u_Thermal(DC_logic_7_15)_ 6.372327529332719e-06
     HotSitePower_W(1) c_u_Thermal(DC_logic_8_0)_ 9.428638213383316e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_8_1)_ 5.6692988774487294e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_8_2)_ 3.2112178361297222e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_8_3)_ 2.0451961504630426e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_8_4)_ 3.2171073710519663e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_8_5)_ 2.0582878694283002e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_8_6)_ 1.2506789356751091e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_8_7)_ 8.4720385915804669e-06
     HotSitePower_W(1) c_u_Thermal(DC_logic_8_8)_ 1.133367112806734e-05
     HotSitePower_W(1) c_u_Thermal(DC_logic_8_9)_ 7.6594266032648078e-06
     HotSitePower_W(1) c_u_Thermal(DC_logic_8_10)_ 4.9571466448895275e-06
     HotSitePower_W(1) c_u_Thermal(DC_logic_8_11)_ 4.9073559736685302e-06
     HotSitePower_W(1) c_u_Thermal(DC_logic_8_12)_ 3.4791287828052101e-06
     HotSitePower_W(1) c_u_Thermal(PC_dram_0_0)_ 0.0057723065178607764
     HotSitePower_W(1) c_u_Thermal(PC_dram_0_1)_ 0.017694490798176692
     HotSitePower_W(1) c_u_Thermal(PC_dram_0_2)_ 0.001950738039623281
     HotSitePower_W(1) c_u_Thermal(PC_dram_0_3)_ 0.0058351783681462027
     HotSitePower_W(1) c_u_Thermal(PC_dram_0_4)_ 0.018544096973219706
     HotSitePower_W(1) c_u_Thermal(PC_dram_0_5)_ 0.00071422975397249493
     HotSitePower_W(1) c_u_Thermal(PC_dram_0_6)_ 0.0017486178952070607
     HotSitePower_W(1) c_u_Thermal(PC_dram_0_7)_ 0.0053119386689658276
     HotSitePower_W(1) c_u_Thermal(PC_dram_0_8)_ 0.017273517545308443
     HotSitePower_W(1) c_u_Thermal(PC_dram_0_9)_ 0.00054252253000876282
     HotSitePower_W(1) c_u_Thermal(PC_dram_0_10)_ 0.0013071136852389983
     HotSitePower_W(1) c_u_Thermal(PC_dram_0_11)_ 0.0039211408136240657
     HotSitePower_W(1) c_u_Thermal(PC_dram_0_12)_ 0.012689077023371376
     HotSitePower_W(1) c_u_Thermal(PC_dram_1_0)_ 0.075362821061180987
     HotSitePower_W(1) c_u_Thermal(PC_dram_1_1)_ 0.096689867410468727
     HotSitePower_W(1) c_u_Thermal(PC_dram_1_2)_ 0.096689867410468686
     HotSitePower_W(1) c_u_Thermal(PC_dram_1_3)_ 0.075362821061180363
     HotSitePower_W(1) c_u_Thermal(PC_dram_1_4)_ 0.083904426277708111
     HotSitePower_W(1) c_u_Thermal(PC_dram_1_5)_ 0.10746471187868278
     HotSitePower_W(1) c_u_Thermal(PC_dram_1_6)_ 0.10746471187868457
     HotSitePower_W(1) c_u_Thermal(PC_dram_1_7)_ 0.083904426277706251
     HotSitePower_W(1) c_u_Thermal(PC_dram_1_8)_ 0.081329187518408716
     HotSitePower_W(1) c_u_Thermal(PC_dram_1_9)_ 0.1040582725244832
     HotSitePower_W(1) c_u_Thermal(PC_dram_1_10)_ 0.10405827252448287
     HotSitePower_W(1) c_u_Thermal(PC_dram_1_11)_ 0.08132918751840805
     HotSitePower_W(1) c_u_Thermal(PC_dram_1_12)_ 0.063302171963655202
     HotSitePower_W(1) c_u_Thermal(PC_dram_1_13)_ 0.08060551060893624
     HotSitePower_W(1) c_u_Thermal(PC_dram_1_14)_ 0.080605510608936629
     HotSitePower_W(1) c_u_Thermal(PC_dram_1_15)_ 0.063302171963655646
     HotSitePower_W(1) c_u_Thermal(PC_dram_2_0)_ 0.01769449079817615
     HotSitePower_W(1) c_u_Thermal(PC_dram_2_1)_ 0.0057723065178608779
     HotSitePower_W(1) c_u_Thermal(PC_dram_2_2)_ 0.018544096973218582
     HotSitePower_W(1) c_u_Thermal(PC_dram_2_3)_ 0.0058351783681461367
     HotSitePower_W(1) c_u_Thermal(PC_dram_2_4)_ 0.0019507380396231924
     HotSitePower_W(1) c_u_Thermal(PC_dram_2_5)_ 0.017273517545308054
     HotSitePower_W(1) c_u_Thermal(PC_dram_2_6)_ 0.0053119386689659785
     HotSitePower_W(1) c_u_Thermal(PC_dram_2_7)_ 0.0017486178952070572
     HotSitePower_W(1) c_u_Thermal(PC_dram_2_8)_ 0.00071422975397250491
     HotSitePower_W(1) c_u_Thermal(PC_dram_2_9)_ 0.012689077023371543
     HotSitePower_W(1) c_u_Thermal(PC_dram_2_10)_ 0.0039211408136243572
     HotSitePower_W(1) c_u_Thermal(PC_dram_2_11)_ 0.0013071136852390692
     HotSitePower_W(1) c_u_Thermal(PC_dram_2_12)_ 0.00054252253000878819
     HotSitePower_W(1) c_u_Thermal(PC_dram_3_0)_ 0.00034186266411132205
     HotSitePower_W(1) c_u_Thermal(PC_dram_3_1)_ 0.00076082533588618878
     HotSitePower_W(1) c_u_Thermal(PC_dram_3_2)_ 0.0020339859014819012
     HotSitePower_W(1) c_u_Thermal(PC_dram_3_3)_ 0.0053313332770441573
     HotSitePower_W(1) c_u_Thermal(PC_dram_3_4)_ 0.00018700347770913753
     HotSitePower_W(1) c_u_Thermal(PC_dram_3_5)_ 0.00037842252293515525
     HotSitePower_W(1) c_u_Thermal(PC_dram_3_6)_ 0.00089518493788084388
     HotSitePower_W(1) c_u_Thermal(PC_dram_3_7)_ 0.0020057292220118815
     HotSitePower_W(1) c_u_Thermal(PC_dram_3_8)_ 9.1807816806247094e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_3_9)_ 0.00016982509428435283
     HotSitePower_W(1) c_u_Thermal(PC_dram_3_10)_ 0.00036072187922863666
     HotSitePower_W(1) c_u_Thermal(PC_dram_3_11)_ 0.00071686025328856671
     HotSitePower_W(1) c_u_Thermal(PC_dram_3_12)_ 4.1210124699934257e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_3_13)_ 7.0315555485111868e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_3_14)_ 0.00013627397696251557
     HotSitePower_W(1) c_u_Thermal(PC_dram_3_15)_ 0.00024687313492138412
     HotSitePower_W(1) c_u_Thermal(PC_dram_4_0)_ 0.012563418334743996
     HotSitePower_W(1) c_u_Thermal(PC_dram_4_1)_ 0.016709712272020647
     HotSitePower_W(1) c_u_Thermal(PC_dram_4_2)_ 0.016709712272021417
     HotSitePower_W(1) c_u_Thermal(PC_dram_4_3)_ 0.012563418334744543
     HotSitePower_W(1) c_u_Thermal(PC_dram_4_4)_ 0.003813996006492619
     HotSitePower_W(1) c_u_Thermal(PC_dram_4_5)_ 0.0049893759795430672
     HotSitePower_W(1) c_u_Thermal(PC_dram_4_6)_ 0.0049893759795431774
     HotSitePower_W(1) c_u_Thermal(PC_dram_4_7)_ 0.0038139960064927743
     HotSitePower_W(1) c_u_Thermal(PC_dram_4_8)_ 0.0012125234075741364
     HotSitePower_W(1) c_u_Thermal(PC_dram_4_9)_ 0.0015512586645679421
     HotSitePower_W(1) c_u_Thermal(PC_dram_4_10)_ 0.0015512586645679788
     HotSitePower_W(1) c_u_Thermal(PC_dram_4_11)_ 0.0012125234075741616
     HotSitePower_W(1) c_u_Thermal(PC_dram_4_12)_ 0.00038567816965866296
     HotSitePower_W(1) c_u_Thermal(PC_dram_4_13)_ 0.00048198822356658412
     HotSitePower_W(1) c_u_Thermal(PC_dram_4_14)_ 0.00048198822356661128
     HotSitePower_W(1) c_u_Thermal(PC_dram_4_15)_ 0.00038567816965867733
     HotSitePower_W(1) c_u_Thermal(PC_dram_5_0)_ 0.0053313332770444808
     HotSitePower_W(1) c_u_Thermal(PC_dram_5_1)_ 0.0020339859014821462
     HotSitePower_W(1) c_u_Thermal(PC_dram_5_2)_ 0.00076082533588624516
     HotSitePower_W(1) c_u_Thermal(PC_dram_5_3)_ 0.0003418626641113369
     HotSitePower_W(1) c_u_Thermal(PC_dram_5_4)_ 0.0020057292220120298
     HotSitePower_W(1) c_u_Thermal(PC_dram_5_5)_ 0.00089518493788090709
     HotSitePower_W(1) c_u_Thermal(PC_dram_5_6)_ 0.00037842252293517455
     HotSitePower_W(1) c_u_Thermal(PC_dram_5_7)_ 0.00018700347770914732
     HotSitePower_W(1) c_u_Thermal(PC_dram_5_8)_ 0.00071686025328862959
     HotSitePower_W(1) c_u_Thermal(PC_dram_5_9)_ 0.00036072187922864187
     HotSitePower_W(1) c_u_Thermal(PC_dram_5_10)_ 0.0001698250942843669
     HotSitePower_W(1) c_u_Thermal(PC_dram_5_11)_ 9.180781680625265e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_5_12)_ 0.00024687313492140596
     HotSitePower_W(1) c_u_Thermal(PC_dram_5_13)_ 0.00013627397696251768
     HotSitePower_W(1) c_u_Thermal(PC_dram_5_14)_ 7.0315555485117668e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_5_15)_ 4.1210124699938194e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_6_0)_ 1.7399993778676962e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_6_1)_ 2.7634659224531496e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_6_2)_ 4.9441550494273494e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_6_3)_ 8.3169746055607906e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_6_4)_ 7.1168137781837841e-06
     HotSitePower_W(1) c_u_Thermal(PC_dram_6_5)_ 1.0621108652556704e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_6_6)_ 1.7704588504396997e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_6_7)_ 2.7977273898609813e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_6_8)_ 4.1438244179563476e-06
     HotSitePower_W(1) c_u_Thermal(PC_dram_6_9)_ 6.4812290324580747e-06
     HotSitePower_W(1) c_u_Thermal(PC_dram_6_10)_ 9.6877330866471785e-06
     HotSitePower_W(1) c_u_Thermal(PC_dram_6_11)_ 2.8953302121673444e-06
     HotSitePower_W(1) c_u_Thermal(PC_dram_6_12)_ 4.123378740139728e-06
     HotSitePower_W(1) c_u_Thermal(PC_dram_7_0)_ 0.00012247760049107124
     HotSitePower_W(1) c_u_Thermal(PC_dram_7_1)_ 0.00014960869548222419
     HotSitePower_W(1) c_u_Thermal(PC_dram_7_2)_ 0.00014960869548222893
     HotSitePower_W(1) c_u_Thermal(PC_dram_7_3)_ 0.00012247760049107089
     HotSitePower_W(1) c_u_Thermal(PC_dram_7_4)_ 3.9333562721661935e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_7_5)_ 4.7110188382384502e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_7_6)_ 4.7110188382386094e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_7_7)_ 3.9333562721662722e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_7_8)_ 1.3099723103011841e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_7_9)_ 1.5432227609489444e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_7_10)_ 1.5432227609489738e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_7_11)_ 1.3099723103012178e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_7_12)_ 5.3865329366596176e-06
     HotSitePower_W(1) c_u_Thermal(PC_dram_7_13)_ 6.2414485687721113e-06
     HotSitePower_W(1) c_u_Thermal(PC_dram_7_14)_ 6.2414485687724272e-06
     HotSitePower_W(1) c_u_Thermal(PC_dram_7_15)_ 5.3865329366596939e-06
     HotSitePower_W(1) c_u_Thermal(PC_dram_8_0)_ 8.3169746055608706e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_8_1)_ 4.9441550494273833e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_8_2)_ 2.7634659224534292e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_8_3)_ 1.7399993778677951e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_8_4)_ 2.7977273898610149e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_8_5)_ 1.7704588504398041e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_8_6)_ 1.0621108652557423e-05
     HotSitePower_W(1) c_u_Thermal(PC_dram_8_7)_ 7.116813778184477e-06
     HotSitePower_W(1) c_u_Thermal(PC_dram_8_8)_ 9.6877330866471683e-06
     HotSitePower_W(1) c_u_Thermal(PC_dram_8_9)_ 6.4812290324583365e-06
     HotSitePower_W(1) c_u_Thermal(PC_dram_8_10)_ 4.1438244179566805e-06
     HotSitePower_W(1) c_u_Thermal(PC_dram_8_11)_ 4.1233787401399499e-06
     HotSitePower_W(1) c_u_Thermal(PC_dram_8_12)_ 2.8953302121675897e-06
     HotSitePower_W(1) c_u_Thermal(PC_logic_0_0)_ 0.0057759332725964762
     HotSitePower_W(1) c_u_Thermal(PC_logic_0_1)_ 0.017753496172938539
     HotSitePower_W(1) c_u_Thermal(PC_logic_0_2)_ 0.0019523228953847447
     HotSitePower_W(1) c_u_Thermal(PC_logic_0_3)_ 0.0058394743554984552
     HotSitePower_W(1) c_u_Thermal(PC_logic_0_4)_ 0.018610144435621791
     HotSitePower_W(1) c_u_Thermal(PC_logic_0_5)_ 0.00071480045156446488
     HotSitePower_W(1) c_u_Thermal(PC_logic_0_6)_ 0.0017500784250349967
     HotSitePower_W(1) c_u_Thermal(PC_logic_0_7)_ 0.0053160043565095901
     HotSitePower_W(1) c_u_Thermal(PC_logic_0_8)_ 0.01733904245501925
     HotSitePower_W(1) c_u_Thermal(PC_logic_0_9)_ 0.00054288736164264479
     HotSitePower_W(1) c_u_Thermal(PC_logic_0_10)_ 0.0013080667685386701
     HotSitePower_W(1) c_u_Thermal(PC_logic_0_11)_ 0.0039238681301350725
     HotSitePower_W(1) c_u_Thermal(PC_logic_0_12)_ 0.012744414653452002
     HotSitePower_W(1) c_u_Thermal(PC_logic_1_0)_ 0.079849910579453273
     HotSitePower_W(1) c_u_Thermal(PC_logic_1_1)_ 0.10166898754413878
     HotSitePower_W(1) c_u_Thermal(PC_logic_1_2)_ 0.10166898754413879
     HotSitePower_W(1) c_u_Thermal(PC_logic_1_3)_ 0.079849910579452704
     HotSitePower_W(1) c_u_Thermal(PC_logic_1_4)_ 0.088821117016805368
     HotSitePower_W(1) c_u_Thermal(PC_logic_1_5)_ 0.11287367165294515
     HotSitePower_W(1) c_u_Thermal(PC_logic_1_6)_ 0.112873671652947
     HotSitePower_W(1) c_u_Thermal(PC_logic_1_7)_ 0.088821117016803383
     HotSitePower_W(1) c_u_Thermal(PC_logic_1_8)_ 0.086244134817655513
     HotSitePower_W(1) c_u_Thermal(PC_logic_1_9)_ 0.1094647288373817
     HotSitePower_W(1) c_u_Thermal(PC_logic_1_10)_ 0.10946472883738147
     HotSitePower_W(1) c_u_Thermal(PC_logic_1_11)_ 0.086244134817654708
     HotSitePower_W(1) c_u_Thermal(PC_logic_1_12)_ 0.067734358211942361
     HotSitePower_W(1) c_u_Thermal(PC_logic_1_13)_ 0.085519986388910202
     HotSitePower_W(1) c_u_Thermal(PC_logic_1_14)_ 0.085519986388910674
     HotSitePower_W(1) c_u_Thermal(PC_logic_1_15)_ 0.067734358211942833
     HotSitePower_W(1) c_u_Thermal(PC_logic_2_0)_ 0.017753496172938046
     HotSitePower_W(1) c_u_Thermal(PC_logic_2_1)_ 0.0057759332725965829
     HotSitePower_W(1) c_u_Thermal(PC_logic_2_2)_ 0.018610144435620674
     HotSitePower_W(1) c_u_Thermal(PC_logic_2_3)_ 0.0058394743554983945
     HotSitePower_W(1) c_u_Thermal(PC_logic_2_4)_ 0.0019523228953846527
     HotSitePower_W(1) c_u_Thermal(PC_logic_2_5)_ 0.017339042455018872
     HotSitePower_W(1) c_u_Thermal(PC_logic_2_6)_ 0.0053160043565097306
     HotSitePower_W(1) c_u_Thermal(PC_logic_2_7)_ 0.0017500784250349926
     HotSitePower_W(1) c_u_Thermal(PC_logic_2_8)_ 0.00071480045156447573
     HotSitePower_W(1) c_u_Thermal(PC_logic_2_9)_ 0.012744414653452194
     HotSitePower_W(1) c_u_Thermal(PC_logic_2_10)_ 0.0039238681301353683
     HotSitePower_W(1) c_u_Thermal(PC_logic_2_11)_ 0.0013080667685387379
     HotSitePower_W(1) c_u_Thermal(PC_logic_2_12)_ 0.00054288736164267103
     HotSitePower_W(1) c_u_Thermal(PC_logic_3_0)_ 0.00034206817325081892
     HotSitePower_W(1) c_u_Thermal(PC_logic_3_1)_ 0.00076132446339165813
     HotSitePower_W(1) c_u_Thermal(PC_logic_3_2)_ 0.002035010132954468
     HotSitePower_W(1) c_u_Thermal(PC_logic_3_3)_ 0.0053351979103840597
     HotSitePower_W(1) c_u_Thermal(PC_logic_3_4)_ 0.00018713031455251753
     HotSitePower_W(1) c_u_Thermal(PC_logic_3_5)_ 0.00037869486344490884
     HotSitePower_W(1) c_u_Thermal(PC_logic_3_6)_ 0.00089568398015418685
     HotSitePower_W(1) c_u_Thermal(PC_logic_3_7)_ 0.0020067345200223945
     HotSitePower_W(1) c_u_Thermal(PC_logic_3_8)_ 9.1878830087231025e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_3_9)_ 0.00016996951081566471
     HotSitePower_W(1) c_u_Thermal(PC_logic_3_10)_ 0.00036098544133513448
     HotSitePower_W(1) c_u_Thermal(PC_logic_3_11)_ 0.00071733608974171238
     HotSitePower_W(1) c_u_Thermal(PC_logic_3_12)_ 4.1238570954975092e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_3_13)_ 7.0372230175352583e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_3_14)_ 0.00013637292788226354
     HotSitePower_W(1) c_u_Thermal(PC_logic_3_15)_ 0.00024703314427215159
     HotSitePower_W(1) c_u_Thermal(PC_logic_4_0)_ 0.01261865893292837
     HotSitePower_W(1) c_u_Thermal(PC_logic_4_1)_ 0.016774858448368266
     HotSitePower_W(1) c_u_Thermal(PC_logic_4_2)_ 0.016774858448369075
     HotSitePower_W(1) c_u_Thermal(PC_logic_4_3)_ 0.012618658932928925
     HotSitePower_W(1) c_u_Thermal(PC_logic_4_4)_ 0.0038166373692492522
     HotSitePower_W(1) c_u_Thermal(PC_logic_4_5)_ 0.0049931989922871595
     HotSitePower_W(1) c_u_Thermal(PC_logic_4_6)_ 0.0049931989922872688
     HotSitePower_W(1) c_u_Thermal(PC_logic_4_7)_ 0.0038166373692494118
     HotSitePower_W(1) c_u_Thermal(PC_logic_4_8)_ 0.0012134104403898143
     HotSitePower_W(1) c_u_Thermal(PC_logic_4_9)_ 0.0015525622747927415
     HotSitePower_W(1) c_u_Thermal(PC_logic_4_10)_ 0.0015525622747927779
     HotSitePower_W(1) c_u_Thermal(PC_logic_4_11)_ 0.0012134104403898355
     HotSitePower_W(1) c_u_Thermal(PC_logic_4_12)_ 0.00038595508118960734
     HotSitePower_W(1) c_u_Thermal(PC_logic_4_13)_ 0.00048239940648539152
     HotSitePower_W(1) c_u_Thermal(PC_logic_4_14)_ 0.0004823994064854183
     HotSitePower_W(1) c_u_Thermal(PC_logic_4_15)_ 0.00038595508118962176
     HotSitePower_W(1) c_u_Thermal(PC_logic_5_0)_ 0.0053351979103843815
     HotSitePower_W(1) c_u_Thermal(PC_logic_5_1)_ 0.0020350101329547122
     HotSitePower_W(1) c_u_Thermal(PC_logic_5_2)_ 0.00076132446339171461
     HotSitePower_W(1) c_u_Thermal(PC_logic_5_3)_ 0.00034206817325083361
     HotSitePower_W(1) c_u_Thermal(PC_logic_5_4)_ 0.0020067345200225416
     HotSitePower_W(1) c_u_Thermal(PC_logic_5_5)_ 0.00089568398015425104
     HotSitePower_W(1) c_u_Thermal(PC_logic_5_6)_ 0.00037869486344492776
     HotSitePower_W(1) c_u_Thermal(PC_logic_5_7)_ 0.00018713031455252745
     HotSitePower_W(1) c_u_Thermal(PC_logic_5_8)_ 0.000717336089741777
     HotSitePower_W(1) c_u_Thermal(PC_logic_5_9)_ 0.00036098544133513996
     HotSitePower_W(1) c_u_Thermal(PC_logic_5_10)_ 0.00016996951081567853
     HotSitePower_W(1) c_u_Thermal(PC_logic_5_11)_ 9.1878830087236595e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_5_12)_ 0.00024703314427217403
     HotSitePower_W(1) c_u_Thermal(PC_logic_5_13)_ 0.00013637292788226587
     HotSitePower_W(1) c_u_Thermal(PC_logic_5_14)_ 7.0372230175358452e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_5_15)_ 4.1238570954979036e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_6_0)_ 1.7409557079926448e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_6_1)_ 2.765255570756408e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_6_2)_ 4.9469499897239255e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_6_3)_ 8.3209186149687701e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_6_4)_ 7.1209957142946917e-06
     HotSitePower_W(1) c_u_Thermal(PC_logic_6_5)_ 1.0628144781223167e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_6_6)_ 1.7714715014001647e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_6_7)_ 2.7990646121860938e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_6_8)_ 4.1472625017096784e-06
     HotSitePower_W(1) c_u_Thermal(PC_logic_6_9)_ 6.4861751837200645e-06
     HotSitePower_W(1) c_u_Thermal(PC_logic_6_10)_ 9.6941964438235974e-06
     HotSitePower_W(1) c_u_Thermal(PC_logic_6_11)_ 2.8974372870058893e-06
     HotSitePower_W(1) c_u_Thermal(PC_logic_6_12)_ 4.1259395263000184e-06
     HotSitePower_W(1) c_u_Thermal(PC_logic_7_0)_ 0.0001225415815160498
     HotSitePower_W(1) c_u_Thermal(PC_logic_7_1)_ 0.00014970428113712298
     HotSitePower_W(1) c_u_Thermal(PC_logic_7_2)_ 0.00014970428113712794
     HotSitePower_W(1) c_u_Thermal(PC_logic_7_3)_ 0.00012254158151604963
     HotSitePower_W(1) c_u_Thermal(PC_logic_7_4)_ 3.9353729358448868e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_7_5)_ 4.7138769450314528e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_7_6)_ 4.713876945031612e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_7_7)_ 3.9353729358449701e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_7_8)_ 1.3108999649259289e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_7_9)_ 1.5444867521844136e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_7_10)_ 1.5444867521844451e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_7_11)_ 1.3108999649259612e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_7_12)_ 5.3900972933008954e-06
     HotSitePower_W(1) c_u_Thermal(PC_logic_7_13)_ 6.2463944908857527e-06
     HotSitePower_W(1) c_u_Thermal(PC_logic_7_14)_ 6.2463944908860678e-06
     HotSitePower_W(1) c_u_Thermal(PC_logic_7_15)_ 5.3900972933009734e-06
     HotSitePower_W(1) c_u_Thermal(PC_logic_8_0)_ 8.3209186149688392e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_8_1)_ 4.9469499897239553e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_8_2)_ 2.7652555707566889e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_8_3)_ 1.7409557079927421e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_8_4)_ 2.799064612186127e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_8_5)_ 1.7714715014002697e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_8_6)_ 1.0628144781223874e-05
     HotSitePower_W(1) c_u_Thermal(PC_logic_8_7)_ 7.1209957142953913e-06
     HotSitePower_W(1) c_u_Thermal(PC_logic_8_8)_ 9.6941964438236042e-06
     HotSitePower_W(1) c_u_Thermal(PC_logic_8_9)_ 6.4861751837203119e-06
     HotSitePower_W(1) c_u_Thermal(PC_logic_8_10)_ 4.1472625017100121e-06
     HotSitePower_W(1) c_u_Thermal(PC_logic_8_11)_ 4.1259395263002369e-06
     HotSitePower_W(1) c_u_Thermal(PC_logic_8_12)_ 2.8974372870061311e-06
     HotSitePower_W(2) c_e_HotSitePowerDef(2)_ 1
     HotSitePower_W(2) c_u_Thermal(DC_dram_0_0)_ 7.6695420247503636e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_0_1)_ 0.00023123066906537555
     HotSitePower_W(2) c_u_Thermal(DC_dram_0_2)_ 2.5219475323410538e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_0_3)_ 7.3503606162155969e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_0_4)_ 0.00022273608562566841
     HotSitePower_W(2) c_u_Thermal(DC_dram_0_5)_ 9.4096669610207301e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_0_6)_ 2.2213067090097281e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_0_7)_ 6.4735697285284738e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_0_8)_ 0.00019657825766238865
     HotSitePower_W(2) c_u_Thermal(DC_dram_0_9)_ 7.5055522066073161e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_0_10)_ 1.7520196058814439e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_0_11)_ 5.0511504719750943e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_0_12)_ 0.00015156233778866604
     HotSitePower_W(2) c_u_Thermal(DC_dram_1_0)_ 0.00070293196894380329
     HotSitePower_W(2) c_u_Thermal(DC_dram_1_1)_ 0.0021157783509717139
     HotSitePower_W(2) c_u_Thermal(DC_dram_1_2)_ 0.0063149828881171712
     HotSitePower_W(2) c_u_Thermal(DC_dram_1_3)_ 0.019766153268178946
     HotSitePower_W(2) c_u_Thermal(DC_dram_1_4)_ 0.00068284640671309081
     HotSitePower_W(2) c_u_Thermal(DC_dram_1_5)_ 0.0020789092156864378
     HotSitePower_W(2) c_u_Thermal(DC_dram_1_6)_ 0.0063092419959492078
     HotSitePower_W(2) c_u_Thermal(DC_dram_1_7)_ 0.02031670555495534
     HotSitePower_W(2) c_u_Thermal(DC_dram_1_8)_ 0.00060575438615357192
     HotSitePower_W(2) c_u_Thermal(DC_dram_1_9)_ 0.0018610371327731539
     HotSitePower_W(2) c_u_Thermal(DC_dram_1_10)_ 0.0057316291852725614
     HotSitePower_W(2) c_u_Thermal(DC_dram_1_11)_ 0.018916575468458291
     HotSitePower_W(2) c_u_Thermal(DC_dram_1_12)_ 0.00046114567824033362
     HotSitePower_W(2) c_u_Thermal(DC_dram_1_13)_ 0.0014010906897175249
     HotSitePower_W(2) c_u_Thermal(DC_dram_1_14)_ 0.0042848238782043418
     HotSitePower_W(2) c_u_Thermal(DC_dram_1_15)_ 0.014270592054200285
     HotSitePower_W(2) c_u_Thermal(DC_dram_2_0)_ 0.093109143661286795
     HotSitePower_W(2) c_u_Thermal(DC_dram_2_1)_ 0.11452428902422855
     HotSitePower_W(2) c_u_Thermal(DC_dram_2_2)_ 0.09925137841245972
     HotSitePower_W(2) c_u_Thermal(DC_dram_2_3)_ 0.1217532061644872
     HotSitePower_W(2) c_u_Thermal(DC_dram_2_4)_ 0.12593525481390805
     HotSitePower_W(2) c_u_Thermal(DC_dram_2_5)_ 0.09640063653263635
     HotSitePower_W(2) c_u_Thermal(DC_dram_2_6)_ 0.11792513674217929
     HotSitePower_W(2) c_u_Thermal(DC_dram_2_7)_ 0.12175320616448161
     HotSitePower_W(2) c_u_Thermal(DC_dram_2_8)_ 0.11452428902423162
     HotSitePower_W(2) c_u_Thermal(DC_dram_2_9)_ 0.079443754070914502
     HotSitePower_W(2) c_u_Thermal(DC_dram_2_10)_ 0.096400636532634101
     HotSitePower_W(2) c_u_Thermal(DC_dram_2_11)_ 0.099251378412453239
     HotSitePower_W(2) c_u_Thermal(DC_dram_2_12)_ 0.093109143661281854
     HotSitePower_W(2) c_u_Thermal(DC_dram_3_0)_ 5.4513474386696415e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_3_1)_ 1.2393979786327178e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_3_2)_ 3.4650945737198626e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_3_3)_ 0.00010010844796826505
     HotSitePower_W(2) c_u_Thermal(DC_dram_3_4)_ 3.6372585346921013e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_3_5)_ 7.9599582092948178e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_3_6)_ 2.1266802607805361e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_3_7)_ 5.8249750330183752e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_3_8)_ 2.2189244711046365e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_3_9)_ 4.6477712836656103e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_3_10)_ 1.1803068327997993e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_3_11)_ 3.0502178740541926e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_3_12)_ 1.2382835476589561e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_3_13)_ 2.4758575006612577e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_3_14)_ 5.9703032019239193e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_3_15)_ 1.4567789045198709e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_4_0)_ 0.00028968283581520707
     HotSitePower_W(2) c_u_Thermal(DC_dram_4_1)_ 0.00082018564451857162
     HotSitePower_W(2) c_u_Thermal(DC_dram_4_2)_ 0.0022425726969644917
     HotSitePower_W(2) c_u_Thermal(DC_dram_4_3)_ 0.0058799011503243631
     HotSitePower_W(2) c_u_Thermal(DC_dram_4_4)_ 0.00015780119525540931
     HotSitePower_W(2) c_u_Thermal(DC_dram_4_5)_ 0.0004103583635835773
     HotSitePower_W(2) c_u_Thermal(DC_dram_4_6)_ 0.0010012780186587776
     HotSitePower_W(2) c_u_Thermal(DC_dram_4_7)_ 0.0022425726969646509
     HotSitePower_W(2) c_u_Thermal(DC_dram_4_8)_ 7.7214728994590398e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_4_9)_ 0.00018533098362584813
     HotSitePower_W(2) c_u_Thermal(DC_dram_4_10)_ 0.00041035836358354098
     HotSitePower_W(2) c_u_Thermal(DC_dram_4_11)_ 0.00082018564451852185
     HotSitePower_W(2) c_u_Thermal(DC_dram_4_12)_ 3.4567039614062515e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_4_13)_ 7.7214728994590574e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_4_14)_ 0.00015780119525540177
     HotSitePower_W(2) c_u_Thermal(DC_dram_4_15)_ 0.0002896828358152133
     HotSitePower_W(2) c_u_Thermal(DC_dram_5_0)_ 0.014270592054200584
     HotSitePower_W(2) c_u_Thermal(DC_dram_5_1)_ 0.018916575468459321
     HotSitePower_W(2) c_u_Thermal(DC_dram_5_2)_ 0.0203167055549539
     HotSitePower_W(2) c_u_Thermal(DC_dram_5_3)_ 0.019766153268177888
     HotSitePower_W(2) c_u_Thermal(DC_dram_5_4)_ 0.0042848238782049524
     HotSitePower_W(2) c_u_Thermal(DC_dram_5_5)_ 0.0057316291852727765
     HotSitePower_W(2) c_u_Thermal(DC_dram_5_6)_ 0.0063092419959490612
     HotSitePower_W(2) c_u_Thermal(DC_dram_5_7)_ 0.0063149828881176821
     HotSitePower_W(2) c_u_Thermal(DC_dram_5_8)_ 0.0014010906897175435
     HotSitePower_W(2) c_u_Thermal(DC_dram_5_9)_ 0.0018610371327730775
     HotSitePower_W(2) c_u_Thermal(DC_dram_5_10)_ 0.0020789092156864083
     HotSitePower_W(2) c_u_Thermal(DC_dram_5_11)_ 0.0021157783509717551
     HotSitePower_W(2) c_u_Thermal(DC_dram_5_12)_ 0.00046114567824034132
     HotSitePower_W(2) c_u_Thermal(DC_dram_5_13)_ 0.00060575438615354448
     HotSitePower_W(2) c_u_Thermal(DC_dram_5_14)_ 0.00068284640671301274
     HotSitePower_W(2) c_u_Thermal(DC_dram_5_15)_ 0.00070293196894379907
     HotSitePower_W(2) c_u_Thermal(DC_dram_6_0)_ 6.4797658181841143e-07
     HotSitePower_W(2) c_u_Thermal(DC_dram_6_1)_ 1.2349244296736474e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_6_2)_ 2.8246680560290901e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_6_3)_ 6.5203042281166014e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_6_4)_ 3.2794104852804198e-07
     HotSitePower_W(2) c_u_Thermal(DC_dram_6_5)_ 5.9573082892323763e-07
     HotSitePower_W(2) c_u_Thermal(DC_dram_6_6)_ 1.2915562318547399e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_6_7)_ 2.8246680560291769e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_6_8)_ 2.8995213660942781e-07
     HotSitePower_W(2) c_u_Thermal(DC_dram_6_9)_ 5.9573082892327469e-07
     HotSitePower_W(2) c_u_Thermal(DC_dram_6_10)_ 1.234924429673705e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_6_11)_ 3.2794104852805432e-07
     HotSitePower_W(2) c_u_Thermal(DC_dram_6_12)_ 6.4797658181842107e-07
     HotSitePower_W(2) c_u_Thermal(DC_dram_7_0)_ 1.4567789045198841e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_7_1)_ 3.0502178740543834e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_7_2)_ 5.8249750330185466e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_7_3)_ 0.00010010844796826745
     HotSitePower_W(2) c_u_Thermal(DC_dram_7_4)_ 5.9703032019243911e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_7_5)_ 1.1803068327998936e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_7_6)_ 2.126680260780633e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_7_7)_ 3.465094573719786e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_7_8)_ 2.4758575006615038e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_7_9)_ 4.6477712836660973e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_7_10)_ 7.9599582092952125e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_7_11)_ 1.2393979786326593e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_7_12)_ 1.2382835476590454e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_7_13)_ 2.2189244711050037e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_7_14)_ 3.6372585346921678e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_7_15)_ 5.451347438669456e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_8_0)_ 0.0001515623377886636
     HotSitePower_W(2) c_u_Thermal(DC_dram_8_1)_ 0.00019657825766239434
     HotSitePower_W(2) c_u_Thermal(DC_dram_8_2)_ 0.00022273608562565784
     HotSitePower_W(2) c_u_Thermal(DC_dram_8_3)_ 0.00023123066906537834
     HotSitePower_W(2) c_u_Thermal(DC_dram_8_4)_ 5.051150471975322e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_8_5)_ 6.4735697285286717e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_8_6)_ 7.3503606162153435e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_8_7)_ 7.6695420247509098e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_8_8)_ 1.7520196058815245e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_8_9)_ 2.2213067090098487e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_8_10)_ 2.5219475323412287e-05
     HotSitePower_W(2) c_u_Thermal(DC_dram_8_11)_ 7.5055522066079082e-06
     HotSitePower_W(2) c_u_Thermal(DC_dram_8_12)_ 9.4096669610213298e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_0_0)_ 7.6736601175415647e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_0_1)_ 0.00023135847896635383
     HotSitePower_W(2) c_u_Thermal(DC_logic_0_2)_ 2.5237327376696047e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_0_3)_ 7.3547372193308148e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_0_4)_ 0.00022287415341882066
     HotSitePower_W(2) c_u_Thermal(DC_logic_0_5)_ 9.4164152415232384e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_0_6)_ 2.2229088852963419e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_0_7)_ 6.4775107695760596e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_0_8)_ 0.00019670282850858134
     HotSitePower_W(2) c_u_Thermal(DC_logic_0_9)_ 7.5104228696148358e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_0_10)_ 1.7531797465941327e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_0_11)_ 5.0539496626500142e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_0_12)_ 0.00015164867779947464
     HotSitePower_W(2) c_u_Thermal(DC_logic_1_0)_ 0.0007033991826986874
     HotSitePower_W(2) c_u_Thermal(DC_logic_1_1)_ 0.0021172060054491545
     HotSitePower_W(2) c_u_Thermal(DC_logic_1_2)_ 0.0063201291277388202
     HotSitePower_W(2) c_u_Thermal(DC_logic_1_3)_ 0.019847126326393894
     HotSitePower_W(2) c_u_Thermal(DC_logic_1_4)_ 0.00068334948743222672
     HotSitePower_W(2) c_u_Thermal(DC_logic_1_5)_ 0.0020804454940006622
     HotSitePower_W(2) c_u_Thermal(DC_logic_1_6)_ 0.0063148448954126208
     HotSitePower_W(2) c_u_Thermal(DC_logic_1_7)_ 0.020402049984127309
     HotSitePower_W(2) c_u_Thermal(DC_logic_1_8)_ 0.00060620982231972145
     HotSitePower_W(2) c_u_Thermal(DC_logic_1_9)_ 0.0018624421180560024
     HotSitePower_W(2) c_u_Thermal(DC_logic_1_10)_ 0.0057369402725905433
     HotSitePower_W(2) c_u_Thermal(DC_logic_1_11)_ 0.019001145439900974
     HotSitePower_W(2) c_u_Thermal(DC_logic_1_12)_ 0.00046146087019665493
     HotSitePower_W(2) c_u_Thermal(DC_logic_1_13)_ 0.0014020710348572345
     HotSitePower_W(2) c_u_Thermal(DC_logic_1_14)_ 0.0042888009681164244
     HotSitePower_W(2) c_u_Thermal(DC_logic_1_15)_ 0.01434546058543764
     HotSitePower_W(2) c_u_Thermal(DC_logic_2_0)_ 0.097526061333987252
     HotSitePower_W(2) c_u_Thermal(DC_logic_2_1)_ 0.11928985876289118
     HotSitePower_W(2) c_u_Thermal(DC_logic_2_2)_ 0.10393593179268437
     HotSitePower_W(2) c_u_Thermal(DC_logic_2_3)_ 0.12678701219337526
     HotSitePower_W(2) c_u_Thermal(DC_logic_2_4)_ 0.13097310154996727
     HotSitePower_W(2) c_u_Thermal(DC_logic_2_5)_ 0.10108220955858818
     HotSitePower_W(2) c_u_Thermal(DC_logic_2_6)_ 0.12295506005767974
     HotSitePower_W(2) c_u_Thermal(DC_logic_2_7)_ 0.12678701219336935
     HotSitePower_W(2) c_u_Thermal(DC_logic_2_8)_ 0.11928985876289436
     HotSitePower_W(2) c_u_Thermal(DC_logic_2_9)_ 0.08378619987368173
     HotSitePower_W(2) c_u_Thermal(DC_logic_2_10)_ 0.10108220955858598
     HotSitePower_W(2) c_u_Thermal(DC_logic_2_11)_ 0.10393593179267785
     HotSitePower_W(2) c_u_Thermal(DC_logic_2_12)_ 0.097526061333982339
     HotSitePower_W(2) c_u_Thermal(DC_logic_3_0)_ 5.454711263753991e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_3_1)_ 1.2401800835087449e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_3_2)_ 3.466914314051805e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_3_3)_ 0.00010016176267157252
     HotSitePower_W(2) c_u_Thermal(DC_logic_3_4)_ 3.6397035568851061e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_3_5)_ 7.9653851686239706e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_3_6)_ 2.1279053854303586e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_3_7)_ 5.8283503271543449e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_3_8)_ 2.2205116109734909e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_3_9)_ 4.6511880795293652e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_3_10)_ 1.1810614196729296e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_3_11)_ 3.0521663864240606e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_3_12)_ 1.2391027882409949e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_3_13)_ 2.4775842366424967e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_3_14)_ 5.9739691615842615e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_3_15)_ 1.4576580966897983e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_4_0)_ 0.00028986679997030615
     HotSitePower_W(2) c_u_Thermal(DC_logic_4_1)_ 0.00082070734276745846
     HotSitePower_W(2) c_u_Thermal(DC_logic_4_2)_ 0.0022438792292972186
     HotSitePower_W(2) c_u_Thermal(DC_logic_4_3)_ 0.0058862395923352726
     HotSitePower_W(2) c_u_Thermal(DC_logic_4_4)_ 0.0001579072699593979
     HotSitePower_W(2) c_u_Thermal(DC_logic_4_5)_ 0.00041063199450139509
     HotSitePower_W(2) c_u_Thermal(DC_logic_4_6)_ 0.0010018502860092012
     HotSitePower_W(2) c_u_Thermal(DC_logic_4_7)_ 0.0022438792292973826
     HotSitePower_W(2) c_u_Thermal(DC_logic_4_8)_ 7.7271219921914202e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_4_9)_ 0.00018546919243942321
     HotSitePower_W(2) c_u_Thermal(DC_logic_4_10)_ 0.00041063199450135909
     HotSitePower_W(2) c_u_Thermal(DC_logic_4_11)_ 0.00082070734276740902
     HotSitePower_W(2) c_u_Thermal(DC_logic_4_12)_ 3.459100928948162e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_4_13)_ 7.7271219921914405e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_4_14)_ 0.00015790726995939047
     HotSitePower_W(2) c_u_Thermal(DC_logic_4_15)_ 0.00028986679997031309
     HotSitePower_W(2) c_u_Thermal(DC_logic_5_0)_ 0.014345460585437933
     HotSitePower_W(2) c_u_Thermal(DC_logic_5_1)_ 0.019001145439902001
     HotSitePower_W(2) c_u_Thermal(DC_logic_5_2)_ 0.020402049984125866
     HotSitePower_W(2) c_u_Thermal(DC_logic_5_3)_ 0.019847126326392878
     HotSitePower_W(2) c_u_Thermal(DC_logic_5_4)_ 0.0042888009681170359
     HotSitePower_W(2) c_u_Thermal(DC_logic_5_5)_ 0.0057369402725907627
     HotSitePower_W(2) c_u_Thermal(DC_logic_5_6)_ 0.0063148448954124829
     HotSitePower_W(2) c_u_Thermal(DC_logic_5_7)_ 0.0063201291277393389
     HotSitePower_W(2) c_u_Thermal(DC_logic_5_8)_ 0.0014020710348572522
     HotSitePower_W(2) c_u_Thermal(DC_logic_5_9)_ 0.0018624421180559287
     HotSitePower_W(2) c_u_Thermal(DC_logic_5_10)_ 0.0020804454940006301
     HotSitePower_W(2) c_u_Thermal(DC_logic_5_11)_ 0.0021172060054491988
     HotSitePower_W(2) c_u_Thermal(DC_logic_5_12)_ 0.00046146087019666279
     HotSitePower_W(2) c_u_Thermal(DC_logic_5_13)_ 0.00060620982231969392
     HotSitePower_W(2) c_u_Thermal(DC_logic_5_14)_ 0.00068334948743214823
     HotSitePower_W(2) c_u_Thermal(DC_logic_5_15)_ 0.00070339918269868502
     HotSitePower_W(2) c_u_Thermal(DC_logic_6_0)_ 6.4836273804423126e-07
     HotSitePower_W(2) c_u_Thermal(DC_logic_6_1)_ 1.2357025340874129e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_6_2)_ 2.8262170311441843e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_6_3)_ 6.5237432757810112e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_6_4)_ 3.2814760114667552e-07
     HotSitePower_W(2) c_u_Thermal(DC_logic_6_5)_ 5.9612209642236589e-07
     HotSitePower_W(2) c_u_Thermal(DC_logic_6_6)_ 1.2922972564445088e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_6_7)_ 2.8262170311442757e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_6_8)_ 2.9016353106253422e-07
     HotSitePower_W(2) c_u_Thermal(DC_logic_6_9)_ 5.9612209642240273e-07
     HotSitePower_W(2) c_u_Thermal(DC_logic_6_10)_ 1.2357025340874699e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_6_11)_ 3.281476011466886e-07
     HotSitePower_W(2) c_u_Thermal(DC_logic_6_12)_ 6.4836273804424164e-07
     HotSitePower_W(2) c_u_Thermal(DC_logic_7_0)_ 1.4576580966898085e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_7_1)_ 3.052166386424249e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_7_2)_ 5.8283503271545204e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_7_3)_ 0.00010016176267157514
     HotSitePower_W(2) c_u_Thermal(DC_logic_7_4)_ 5.9739691615847307e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_7_5)_ 1.1810614196730241e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_7_6)_ 2.1279053854304582e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_7_7)_ 3.4669143140517305e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_7_8)_ 2.4775842366427424e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_7_9)_ 4.6511880795298565e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_7_10)_ 7.9653851686243619e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_7_11)_ 1.2401800835086851e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_7_12)_ 1.2391027882410847e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_7_13)_ 2.2205116109738619e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_7_14)_ 3.6397035568851743e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_7_15)_ 5.454711263753808e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_8_0)_ 0.0001516486777994722
     HotSitePower_W(2) c_u_Thermal(DC_logic_8_1)_ 0.00019670282850858733
     HotSitePower_W(2) c_u_Thermal(DC_logic_8_2)_ 0.00022287415341880996
     HotSitePower_W(2) c_u_Thermal(DC_logic_8_3)_ 0.00023135847896635662
     HotSitePower_W(2) c_u_Thermal(DC_logic_8_4)_ 5.0539496626502439e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_8_5)_ 6.4775107695762683e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_8_6)_ 7.3547372193305655e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_8_7)_ 7.6736601175420973e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_8_8)_ 1.7531797465942106e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_8_9)_ 2.2229088852964639e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_8_10)_ 2.5237327376697795e-05
     HotSitePower_W(2) c_u_Thermal(DC_logic_8_11)_ 7.5104228696154465e-06
     HotSitePower_W(2) c_u_Thermal(DC_logic_8_12)_ 9.4164152415238381e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_0_0)_ 6.7048645866534746e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_0_1)_ 0.00020512314217643822
     HotSitePower_W(2) c_u_Thermal(PC_dram_0_2)_ 2.1681747565615413e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_0_3)_ 6.4331850524574236e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_0_4)_ 0.00019803696787063882
     HotSitePower_W(2) c_u_Thermal(PC_dram_0_5)_ 7.9383752538938976e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_0_6)_ 1.9093125665245508e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_0_7)_ 5.6668812670521759e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_0_8)_ 0.00017489024871897266
     HotSitePower_W(2) c_u_Thermal(PC_dram_0_9)_ 6.319160470633249e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_0_10)_ 1.5019978310812098e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_0_11)_ 4.4097270512071166e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_0_12)_ 0.00013437577672334076
     HotSitePower_W(2) c_u_Thermal(PC_dram_1_0)_ 0.00063154005413695305
     HotSitePower_W(2) c_u_Thermal(PC_dram_1_1)_ 0.0019275546988390872
     HotSitePower_W(2) c_u_Thermal(PC_dram_1_2)_ 0.0058166997428756653
     HotSitePower_W(2) c_u_Thermal(PC_dram_1_3)_ 0.01789018265158452
     HotSitePower_W(2) c_u_Thermal(PC_dram_1_4)_ 0.00061620990998311018
     HotSitePower_W(2) c_u_Thermal(PC_dram_1_5)_ 0.0019080879366643118
     HotSitePower_W(2) c_u_Thermal(PC_dram_1_6)_ 0.0058778284711050776
     HotSitePower_W(2) c_u_Thermal(PC_dram_1_7)_ 0.018733129197646449
     HotSitePower_W(2) c_u_Thermal(PC_dram_1_8)_ 0.00054727788050755672
     HotSitePower_W(2) c_u_Thermal(PC_dram_1_9)_ 0.0017110422082019211
     HotSitePower_W(2) c_u_Thermal(PC_dram_1_10)_ 0.0053495143559712981
     HotSitePower_W(2) c_u_Thermal(PC_dram_1_11)_ 0.017440469418772999
     HotSitePower_W(2) c_u_Thermal(PC_dram_1_12)_ 0.00041446591375616983
     HotSitePower_W(2) c_u_Thermal(PC_dram_1_13)_ 0.0012780363930378672
     HotSitePower_W(2) c_u_Thermal(PC_dram_1_14)_ 0.0039502181058256305
     HotSitePower_W(2) c_u_Thermal(PC_dram_1_15)_ 0.012817133639623984
     HotSitePower_W(2) c_u_Thermal(PC_dram_2_0)_ 0.0759849298265525
     HotSitePower_W(2) c_u_Thermal(PC_dram_2_1)_ 0.098594766688458735
     HotSitePower_W(2) c_u_Thermal(PC_dram_2_2)_ 0.084511631444246574
     HotSitePower_W(2) c_u_Thermal(PC_dram_2_3)_ 0.10935111806778129
     HotSitePower_W(2) c_u_Thermal(PC_dram_2_4)_ 0.1132782084992557
     HotSitePower_W(2) c_u_Thermal(PC_dram_2_5)_ 0.081868527023661597
     HotSitePower_W(2) c_u_Thermal(PC_dram_2_6)_ 0.10575022160701605
     HotSitePower_W(2) c_u_Thermal(PC_dram_2_7)_ 0.10935111806777521
     HotSitePower_W(2) c_u_Thermal(PC_dram_2_8)_ 0.098594766688452018
     HotSitePower_W(2) c_u_Thermal(PC_dram_2_9)_ 0.063710318716942257
     HotSitePower_W(2) c_u_Thermal(PC_dram_2_10)_ 0.08186852702366168
     HotSitePower_W(2) c_u_Thermal(PC_dram_2_11)_ 0.084511631444245353
     HotSitePower_W(2) c_u_Thermal(PC_dram_2_12)_ 0.075984929826548711
     HotSitePower_W(2) c_u_Thermal(PC_dram_3_0)_ 4.5689602013486707e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_3_1)_ 1.0568975854349792e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_3_2)_ 3.006818913266366e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_3_3)_ 8.8147359231830136e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_3_4)_ 3.0254856277531552e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_3_5)_ 6.7324463183274416e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_3_6)_ 1.8284146506612543e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_3_7)_ 5.0781378376212009e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_3_8)_ 1.8289620232537715e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_3_9)_ 3.8926071320876474e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_3_10)_ 1.0041550650342682e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_3_11)_ 2.629483134259416e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_3_12)_ 1.0112504429535181e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_3_13)_ 2.0522905459320583e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_3_14)_ 5.0258985441291982e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_3_15)_ 1.2422380602455414e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_4_0)_ 0.0002582842650809006
     HotSitePower_W(2) c_u_Thermal(PC_dram_4_1)_ 0.00074132612260799488
     HotSitePower_W(2) c_u_Thermal(PC_dram_4_2)_ 0.0020534851147605989
     HotSitePower_W(2) c_u_Thermal(PC_dram_4_3)_ 0.0054149116760748746
     HotSitePower_W(2) c_u_Thermal(PC_dram_4_4)_ 0.0001392475849607164
     HotSitePower_W(2) c_u_Thermal(PC_dram_4_5)_ 0.00036687082274691242
     HotSitePower_W(2) c_u_Thermal(PC_dram_4_6)_ 0.00090673663806920555
     HotSitePower_W(2) c_u_Thermal(PC_dram_4_7)_ 0.0020534851147604493
     HotSitePower_W(2) c_u_Thermal(PC_dram_4_8)_ 6.7341947486916946e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_4_9)_ 0.00016367615076610481
     HotSitePower_W(2) c_u_Thermal(PC_dram_4_10)_ 0.00036687082274689057
     HotSitePower_W(2) c_u_Thermal(PC_dram_4_11)_ 0.00074132612260790359
     HotSitePower_W(2) c_u_Thermal(PC_dram_4_12)_ 2.9798994540439107e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_4_13)_ 6.7341947486917894e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_4_14)_ 0.00013924758496071399
     HotSitePower_W(2) c_u_Thermal(PC_dram_4_15)_ 0.00025828426508088759
     HotSitePower_W(2) c_u_Thermal(PC_dram_5_0)_ 0.012817133639623996
     HotSitePower_W(2) c_u_Thermal(PC_dram_5_1)_ 0.01744046941877303
     HotSitePower_W(2) c_u_Thermal(PC_dram_5_2)_ 0.018733129197646182
     HotSitePower_W(2) c_u_Thermal(PC_dram_5_3)_ 0.017890182651584145
     HotSitePower_W(2) c_u_Thermal(PC_dram_5_4)_ 0.0039502181058256106
     HotSitePower_W(2) c_u_Thermal(PC_dram_5_5)_ 0.0053495143559712252
     HotSitePower_W(2) c_u_Thermal(PC_dram_5_6)_ 0.0058778284711047887
     HotSitePower_W(2) c_u_Thermal(PC_dram_5_7)_ 0.0058166997428755014
     HotSitePower_W(2) c_u_Thermal(PC_dram_5_8)_ 0.0012780363930378622
     HotSitePower_W(2) c_u_Thermal(PC_dram_5_9)_ 0.0017110422082018335
     HotSitePower_W(2) c_u_Thermal(PC_dram_5_10)_ 0.0019080879366643484
     HotSitePower_W(2) c_u_Thermal(PC_dram_5_11)_ 0.0019275546988391061
     HotSitePower_W(2) c_u_Thermal(PC_dram_5_12)_ 0.00041446591375616349
     HotSitePower_W(2) c_u_Thermal(PC_dram_5_13)_ 0.00054727788050753774
     HotSitePower_W(2) c_u_Thermal(PC_dram_5_14)_ 0.00061620990998310975
     HotSitePower_W(2) c_u_Thermal(PC_dram_5_15)_ 0.00063154005413696389
     HotSitePower_W(2) c_u_Thermal(PC_dram_6_0)_ 5.2420437018808956e-07
     HotSitePower_W(2) c_u_Thermal(PC_dram_6_1)_ 1.0132781058336509e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_6_2)_ 2.3531059877726221e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_6_3)_ 5.5018175464126604e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_6_4)_ 2.6219075371604372e-07
     HotSitePower_W(2) c_u_Thermal(PC_dram_6_5)_ 4.8292636219712573e-07
     HotSitePower_W(2) c_u_Thermal(PC_dram_6_6)_ 1.0624843644123611e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_6_7)_ 2.3531059877726213e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_6_8)_ 2.3170907632800034e-07
     HotSitePower_W(2) c_u_Thermal(PC_dram_6_9)_ 4.8292636219712265e-07
     HotSitePower_W(2) c_u_Thermal(PC_dram_6_10)_ 1.0132781058336879e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_6_11)_ 2.6219075371605473e-07
     HotSitePower_W(2) c_u_Thermal(PC_dram_6_12)_ 5.2420437018808755e-07
     HotSitePower_W(2) c_u_Thermal(PC_dram_7_0)_ 1.2422380602456068e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_7_1)_ 2.6294831342595943e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_7_2)_ 5.0781378376213981e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_7_3)_ 8.8147359231826843e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_7_4)_ 5.0258985441291533e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_7_5)_ 1.0041550650342722e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_7_6)_ 1.8284146506613109e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_7_7)_ 3.006818913266489e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_7_8)_ 2.0522905459320862e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_7_9)_ 3.8926071320877194e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_7_10)_ 6.7324463183276321e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_7_11)_ 1.0568975854349967e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_7_12)_ 1.0112504429535727e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_7_13)_ 1.8289620232537348e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_7_14)_ 3.0254856277533169e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_7_15)_ 4.5689602013487427e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_8_0)_ 0.00013437577672333336
     HotSitePower_W(2) c_u_Thermal(PC_dram_8_1)_ 0.00017489024871896293
     HotSitePower_W(2) c_u_Thermal(PC_dram_8_2)_ 0.00019803696787063348
     HotSitePower_W(2) c_u_Thermal(PC_dram_8_3)_ 0.0002051231421764303
     HotSitePower_W(2) c_u_Thermal(PC_dram_8_4)_ 4.4097270512072237e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_8_5)_ 5.6668812670523148e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_8_6)_ 6.4331850524571255e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_8_7)_ 6.7048645866533309e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_8_8)_ 1.5019978310812209e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_8_9)_ 1.9093125665245443e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_8_10)_ 2.1681747565615e-05
     HotSitePower_W(2) c_u_Thermal(PC_dram_8_11)_ 6.319160470633559e-06
     HotSitePower_W(2) c_u_Thermal(PC_dram_8_12)_ 7.9383752538945634e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_0_0)_ 6.7082014184658635e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_0_1)_ 0.00020522625990139124
     HotSitePower_W(2) c_u_Thermal(PC_logic_0_2)_ 2.1699140379527054e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_0_3)_ 6.4370215263279284e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_0_4)_ 0.00019815983959838655
     HotSitePower_W(2) c_u_Thermal(PC_logic_0_5)_ 7.9446649308779776e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_0_6)_ 1.9108860822523984e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_0_7)_ 5.6703828700939151e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_0_8)_ 0.00017500251735607834
     HotSitePower_W(2) c_u_Thermal(PC_logic_0_9)_ 6.3233642536094124e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_0_10)_ 1.503072986754902e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_0_11)_ 4.4120405584143267e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_0_12)_ 0.00013444675326935662
     HotSitePower_W(2) c_u_Thermal(PC_logic_1_0)_ 0.00063197628466353517
     HotSitePower_W(2) c_u_Thermal(PC_logic_1_1)_ 0.001928916124962213
     HotSitePower_W(2) c_u_Thermal(PC_logic_1_2)_ 0.0058203442254168942
     HotSitePower_W(2) c_u_Thermal(PC_logic_1_3)_ 0.017949285069857344
     HotSitePower_W(2) c_u_Thermal(PC_logic_1_4)_ 0.00061671846942034996
     HotSitePower_W(2) c_u_Thermal(PC_logic_1_5)_ 0.0019096518205009799
     HotSitePower_W(2) c_u_Thermal(PC_logic_1_6)_ 0.0058821454303821345
     HotSitePower_W(2) c_u_Thermal(PC_logic_1_7)_ 0.018799292578170156
     HotSitePower_W(2) c_u_Thermal(PC_logic_1_8)_ 0.00054774259913940545
     HotSitePower_W(2) c_u_Thermal(PC_logic_1_9)_ 0.0017124834571567138
     HotSitePower_W(2) c_u_Thermal(PC_logic_1_10)_ 0.0053535993243881939
     HotSitePower_W(2) c_u_Thermal(PC_logic_1_11)_ 0.017506100307443911
     HotSitePower_W(2) c_u_Thermal(PC_logic_1_12)_ 0.00041476397262701193
     HotSitePower_W(2) c_u_Thermal(PC_logic_1_13)_ 0.001278977092822203
     HotSitePower_W(2) c_u_Thermal(PC_logic_1_14)_ 0.003952957805851972
     HotSitePower_W(2) c_u_Thermal(PC_logic_1_15)_ 0.012872538042467671
     HotSitePower_W(2) c_u_Thermal(PC_logic_2_0)_ 0.080472449501137508
     HotSitePower_W(2) c_u_Thermal(PC_logic_2_1)_ 0.1035752326077394
     HotSitePower_W(2) c_u_Thermal(PC_logic_2_2)_ 0.089428823789174827
     HotSitePower_W(2) c_u_Thermal(PC_logic_2_3)_ 0.11476162433306641
     HotSitePower_W(2) c_u_Thermal(PC_logic_2_4)_ 0.11869144686805623
     HotSitePower_W(2) c_u_Thermal(PC_logic_2_5)_ 0.086783932751863316
     HotSitePower_W(2) c_u_Thermal(PC_logic_2_6)_ 0.11115810343371214
     HotSitePower_W(2) c_u_Thermal(PC_logic_2_7)_ 0.11476162433306046
     HotSitePower_W(2) c_u_Thermal(PC_logic_2_8)_ 0.10357523260773271
     HotSitePower_W(2) c_u_Thermal(PC_logic_2_9)_ 0.068142798820317346
     HotSitePower_W(2) c_u_Thermal(PC_logic_2_10)_ 0.086783932751863371
     HotSitePower_W(2) c_u_Thermal(PC_logic_2_11)_ 0.089428823789173467
     HotSitePower_W(2) c_u_Thermal(PC_logic_2_12)_ 0.080472449501133678
     HotSitePower_W(2) c_u_Thermal(PC_logic_3_0)_ 4.5717734528193653e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_3_1)_ 1.0576003150816994e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_3_2)_ 3.0082604314826368e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_3_3)_ 8.8189063712016652e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_3_4)_ 3.0276638536800272e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_3_5)_ 6.7375420587139524e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_3_6)_ 1.8294531343566769e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_3_7)_ 5.080987794988687e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_3_8)_ 1.8304051689501132e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_3_9)_ 3.8958956267164436e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_3_10)_ 1.0048328451659567e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_3_11)_ 2.6312177654917573e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_3_12)_ 1.0119407980832453e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_3_13)_ 2.0538649472474187e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_3_14)_ 5.0290375213285519e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_3_15)_ 1.2429679517598078e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_4_0)_ 0.0002584508829916812
     HotSitePower_W(2) c_u_Thermal(PC_logic_4_1)_ 0.00074181786222776865
     HotSitePower_W(2) c_u_Thermal(PC_logic_4_2)_ 0.0020545167341188665
     HotSitePower_W(2) c_u_Thermal(PC_logic_4_3)_ 0.0054188152006434962
     HotSitePower_W(2) c_u_Thermal(PC_logic_4_4)_ 0.00013934810045634837
     HotSitePower_W(2) c_u_Thermal(PC_logic_4_5)_ 0.00036713787416009806
     HotSitePower_W(2) c_u_Thermal(PC_logic_4_6)_ 0.00090724096943911646
     HotSitePower_W(2) c_u_Thermal(PC_logic_4_7)_ 0.0020545167341187113
     HotSitePower_W(2) c_u_Thermal(PC_logic_4_8)_ 6.7397057601273854e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_4_9)_ 0.00016381707799072834
     HotSitePower_W(2) c_u_Thermal(PC_logic_4_10)_ 0.00036713787416007627
     HotSitePower_W(2) c_u_Thermal(PC_logic_4_11)_ 0.00074181786222767714
     HotSitePower_W(2) c_u_Thermal(PC_logic_4_12)_ 2.9820832235467002e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_4_13)_ 6.7397057601274721e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_4_14)_ 0.00013934810045634614
     HotSitePower_W(2) c_u_Thermal(PC_logic_4_15)_ 0.00025845088299166825
     HotSitePower_W(2) c_u_Thermal(PC_logic_5_0)_ 0.012872538042467681
     HotSitePower_W(2) c_u_Thermal(PC_logic_5_1)_ 0.017506100307443956
     HotSitePower_W(2) c_u_Thermal(PC_logic_5_2)_ 0.0187992925781699
     HotSitePower_W(2) c_u_Thermal(PC_logic_5_3)_ 0.017949285069856973
     HotSitePower_W(2) c_u_Thermal(PC_logic_5_4)_ 0.0039529578058519477
     HotSitePower_W(2) c_u_Thermal(PC_logic_5_5)_ 0.0053535993243881193
     HotSitePower_W(2) c_u_Thermal(PC_logic_5_6)_ 0.0058821454303818327
     HotSitePower_W(2) c_u_Thermal(PC_logic_5_7)_ 0.0058203442254167268
     HotSitePower_W(2) c_u_Thermal(PC_logic_5_8)_ 0.0012789770928221995
     HotSitePower_W(2) c_u_Thermal(PC_logic_5_9)_ 0.0017124834571566286
     HotSitePower_W(2) c_u_Thermal(PC_logic_5_10)_ 0.0019096518205010164
     HotSitePower_W(2) c_u_Thermal(PC_logic_5_11)_ 0.0019289161249622312
     HotSitePower_W(2) c_u_Thermal(PC_logic_5_12)_ 0.00041476397262700618
     HotSitePower_W(2) c_u_Thermal(PC_logic_5_13)_ 0.00054774259913938615
     HotSitePower_W(2) c_u_Thermal(PC_logic_5_14)_ 0.00061671846942034909
     HotSitePower_W(2) c_u_Thermal(PC_logic_5_15)_ 0.0006319762846635458
     HotSitePower_W(2) c_u_Thermal(PC_logic_6_0)_ 5.24507764293327e-07
     HotSitePower_W(2) c_u_Thermal(PC_logic_6_1)_ 1.013941435950321e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_6_2)_ 2.3543194885984068e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_6_3)_ 5.5043853266246865e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_6_4)_ 2.623612956302722e-07
     HotSitePower_W(2) c_u_Thermal(PC_logic_6_5)_ 4.832692010267011e-07
     HotSitePower_W(2) c_u_Thermal(PC_logic_6_6)_ 1.063085530591516e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_6_7)_ 2.3543194885984047e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_6_8)_ 2.3190232603304365e-07
     HotSitePower_W(2) c_u_Thermal(PC_logic_6_9)_ 4.8326920102669877e-07
     HotSitePower_W(2) c_u_Thermal(PC_logic_6_10)_ 1.0139414359503576e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_6_11)_ 2.6236129563028374e-07
     HotSitePower_W(2) c_u_Thermal(PC_logic_6_12)_ 5.2450776429332456e-07
     HotSitePower_W(2) c_u_Thermal(PC_logic_7_0)_ 1.2429679517598742e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_7_1)_ 2.6312177654919413e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_7_2)_ 5.080987794988889e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_7_3)_ 8.8189063712013386e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_7_4)_ 5.0290375213285053e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_7_5)_ 1.0048328451659609e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_7_6)_ 1.8294531343567359e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_7_7)_ 3.0082604314827571e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_7_8)_ 2.0538649472474488e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_7_9)_ 3.8958956267165122e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_7_10)_ 6.7375420587141438e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_7_11)_ 1.0576003150817154e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_7_12)_ 1.0119407980833004e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_7_13)_ 1.8304051689500743e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_7_14)_ 3.0276638536801902e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_7_15)_ 4.5717734528194314e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_8_0)_ 0.00013444675326934941
     HotSitePower_W(2) c_u_Thermal(PC_logic_8_1)_ 0.0001750025173560685
     HotSitePower_W(2) c_u_Thermal(PC_logic_8_2)_ 0.00019815983959838151
     HotSitePower_W(2) c_u_Thermal(PC_logic_8_3)_ 0.00020522625990138343
     HotSitePower_W(2) c_u_Thermal(PC_logic_8_4)_ 4.4120405584144324e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_8_5)_ 5.6703828700940432e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_8_6)_ 6.4370215263276289e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_8_7)_ 6.7082014184657144e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_8_8)_ 1.503072986754913e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_8_9)_ 1.9108860822523883e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_8_10)_ 2.1699140379526651e-05
     HotSitePower_W(2) c_u_Thermal(PC_logic_8_11)_ 6.3233642536097292e-06
     HotSitePower_W(2) c_u_Thermal(PC_logic_8_12)_ 7.9446649308786417e-06
     HotSitePower_W(3) c_e_HotSitePowerDef(3)_ 1
     HotSitePower_W(3) c_u_Thermal(DC_dram_0_0)_ 0.00079292297685482863
     HotSitePower_W(3) c_u_Thermal(DC_dram_0_1)_ 0.0006052024638223514
     HotSitePower_W(3) c_u_Thermal(DC_dram_0_2)_ 0.0021271933465251487
     HotSitePower_W(3) c_u_Thermal(DC_dram_0_3)_ 0.0019035597629683536
     HotSitePower_W(3) c_u_Thermal(DC_dram_0_4)_ 0.001434081998378565
     HotSitePower_W(3) c_u_Thermal(DC_dram_0_5)_ 0.0062646583188631141
     HotSitePower_W(3) c_u_Thermal(DC_dram_0_6)_ 0.0062609578651103056
     HotSitePower_W(3) c_u_Thermal(DC_dram_0_7)_ 0.0056891065550775102
     HotSitePower_W(3) c_u_Thermal(DC_dram_0_8)_ 0.0042518325695437764
     HotSitePower_W(3) c_u_Thermal(DC_dram_0_9)_ 0.019546094181496745
     HotSitePower_W(3) c_u_Thermal(DC_dram_0_10)_ 0.020104636986382429
     HotSitePower_W(3) c_u_Thermal(DC_dram_0_11)_ 0.018729406877756913
     HotSitePower_W(3) c_u_Thermal(DC_dram_0_12)_ 0.014126535268618816
     HotSitePower_W(3) c_u_Thermal(DC_dram_1_0)_ 0.00038433993634478218
     HotSitePower_W(3) c_u_Thermal(DC_dram_1_1)_ 0.00021241368705088613
     HotSitePower_W(3) c_u_Thermal(DC_dram_1_2)_ 0.00010549798326401663
     HotSitePower_W(3) c_u_Thermal(DC_dram_1_3)_ 4.789654511159977e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_1_4)_ 0.00084244261046949884
     HotSitePower_W(3) c_u_Thermal(DC_dram_1_5)_ 0.00042366520798207833
     HotSitePower_W(3) c_u_Thermal(DC_dram_1_6)_ 0.00019248628067018543
     HotSitePower_W(3) c_u_Thermal(DC_dram_1_7)_ 8.0709174695859398e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_1_8)_ 0.0022203157310138224
     HotSitePower_W(3) c_u_Thermal(DC_dram_1_9)_ 0.00098797117426029286
     HotSitePower_W(3) c_u_Thermal(DC_dram_1_10)_ 0.00040320306653923054
     HotSitePower_W(3) c_u_Thermal(DC_dram_1_11)_ 0.00015430674955413585
     HotSitePower_W(3) c_u_Thermal(DC_dram_1_12)_ 0.0057852440497949539
     HotSitePower_W(3) c_u_Thermal(DC_dram_1_13)_ 0.0021879602051691253
     HotSitePower_W(3) c_u_Thermal(DC_dram_1_14)_ 0.00079190239024911908
     HotSitePower_W(3) c_u_Thermal(DC_dram_1_15)_ 0.00027635333031767042
     HotSitePower_W(3) c_u_Thermal(DC_dram_2_0)_ 2.0440116691493607e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_2_1)_ 8.4670302094235811e-06
     HotSitePower_W(3) c_u_Thermal(DC_dram_2_2)_ 3.2091922366899528e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_2_3)_ 1.2498893730930171e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_2_4)_ 4.9535499759796933e-06
     HotSitePower_W(3) c_u_Thermal(DC_dram_2_5)_ 5.6660006703829708e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_2_6)_ 2.0570977204874682e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_2_7)_ 7.6541795169812785e-06
     HotSitePower_W(3) c_u_Thermal(DC_dram_2_8)_ 3.4767745645540472e-06
     HotSitePower_W(3) c_u_Thermal(DC_dram_2_9)_ 9.4236120321965157e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_2_10)_ 3.2154218729697959e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_2_11)_ 1.1326512435043544e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_2_12)_ 4.9043137253135931e-06
     HotSitePower_W(3) c_u_Thermal(DC_dram_3_0)_ 0.092417383274731008
     HotSitePower_W(3) c_u_Thermal(DC_dram_3_1)_ 0.098579199522799921
     HotSitePower_W(3) c_u_Thermal(DC_dram_3_2)_ 0.095804291813444215
     HotSitePower_W(3) c_u_Thermal(DC_dram_3_3)_ 0.078990113944882867
     HotSitePower_W(3) c_u_Thermal(DC_dram_3_4)_ 0.11243488152425259
     HotSitePower_W(3) c_u_Thermal(DC_dram_3_5)_ 0.11969951642411816
     HotSitePower_W(3) c_u_Thermal(DC_dram_3_6)_ 0.11608631267649509
     HotSitePower_W(3) c_u_Thermal(DC_dram_3_7)_ 0.095017066038974474
     HotSitePower_W(3) c_u_Thermal(DC_dram_3_8)_ 0.11243488152424803
     HotSitePower_W(3) c_u_Thermal(DC_dram_3_9)_ 0.11969951642411865
     HotSitePower_W(3) c_u_Thermal(DC_dram_3_10)_ 0.11608631267649805
     HotSitePower_W(3) c_u_Thermal(DC_dram_3_11)_ 0.095017066038972517
     HotSitePower_W(3) c_u_Thermal(DC_dram_3_12)_ 0.092417383274733089
     HotSitePower_W(3) c_u_Thermal(DC_dram_3_13)_ 0.098579199522804029
     HotSitePower_W(3) c_u_Thermal(DC_dram_3_14)_ 0.095804291813439427
     HotSitePower_W(3) c_u_Thermal(DC_dram_3_15)_ 0.078990113944884158
     HotSitePower_W(3) c_u_Thermal(DC_dram_4_0)_ 0.013986360565824007
     HotSitePower_W(3) c_u_Thermal(DC_dram_4_1)_ 0.0041306599414841329
     HotSitePower_W(3) c_u_Thermal(DC_dram_4_2)_ 0.0013260948851941594
     HotSitePower_W(3) c_u_Thermal(DC_dram_4_3)_ 0.00042781692217395544
     HotSitePower_W(3) c_u_Thermal(DC_dram_4_4)_ 0.018108783803726703
     HotSitePower_W(3) c_u_Thermal(DC_dram_4_5)_ 0.0053292307798986855
     HotSitePower_W(3) c_u_Thermal(DC_dram_4_6)_ 0.0016803539204310952
     HotSitePower_W(3) c_u_Thermal(DC_dram_4_7)_ 0.00053101551465967287
     HotSitePower_W(3) c_u_Thermal(DC_dram_4_8)_ 0.018108783803726689
     HotSitePower_W(3) c_u_Thermal(DC_dram_4_9)_ 0.0053292307798982847
     HotSitePower_W(3) c_u_Thermal(DC_dram_4_10)_ 0.0016803539204309666
     HotSitePower_W(3) c_u_Thermal(DC_dram_4_11)_ 0.00053101551465960023
     HotSitePower_W(3) c_u_Thermal(DC_dram_4_12)_ 0.013986360565824491
     HotSitePower_W(3) c_u_Thermal(DC_dram_4_13)_ 0.0041306599414841199
     HotSitePower_W(3) c_u_Thermal(DC_dram_4_14)_ 0.0013260948851941126
     HotSitePower_W(3) c_u_Thermal(DC_dram_4_15)_ 0.00042781692217396753
     HotSitePower_W(3) c_u_Thermal(DC_dram_5_0)_ 0.00013764252532529178
     HotSitePower_W(3) c_u_Thermal(DC_dram_5_1)_ 4.4869142566360335e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_5_2)_ 1.5211795636544891e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_5_3)_ 6.3682115274118963e-06
     HotSitePower_W(3) c_u_Thermal(DC_dram_5_4)_ 0.00016731100335154187
     HotSitePower_W(3) c_u_Thermal(DC_dram_5_5)_ 5.3528359786215008e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_5_6)_ 1.7855247943043065e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_5_7)_ 7.3581995683072504e-06
     HotSitePower_W(3) c_u_Thermal(DC_dram_5_8)_ 0.00016731100335152011
     HotSitePower_W(3) c_u_Thermal(DC_dram_5_9)_ 5.3528359786208984e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_5_10)_ 1.7855247943042177e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_5_11)_ 7.3581995683065237e-06
     HotSitePower_W(3) c_u_Thermal(DC_dram_5_12)_ 0.000137642525325294
     HotSitePower_W(3) c_u_Thermal(DC_dram_5_13)_ 4.4869142566360796e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_5_14)_ 1.5211795636543249e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_5_15)_ 6.3682115274113347e-06
     HotSitePower_W(3) c_u_Thermal(DC_dram_6_0)_ 0.019546094181497286
     HotSitePower_W(3) c_u_Thermal(DC_dram_6_1)_ 0.02010463698638312
     HotSitePower_W(3) c_u_Thermal(DC_dram_6_2)_ 0.018729406877758766
     HotSitePower_W(3) c_u_Thermal(DC_dram_6_3)_ 0.014126535268619565
     HotSitePower_W(3) c_u_Thermal(DC_dram_6_4)_ 0.0062646583188630846
     HotSitePower_W(3) c_u_Thermal(DC_dram_6_5)_ 0.0062609578651105164
     HotSitePower_W(3) c_u_Thermal(DC_dram_6_6)_ 0.005689106555077858
     HotSitePower_W(3) c_u_Thermal(DC_dram_6_7)_ 0.0042518325695442925
     HotSitePower_W(3) c_u_Thermal(DC_dram_6_8)_ 0.0021271933465252775
     HotSitePower_W(3) c_u_Thermal(DC_dram_6_9)_ 0.0019035597629685282
     HotSitePower_W(3) c_u_Thermal(DC_dram_6_10)_ 0.0014340819983786662
     HotSitePower_W(3) c_u_Thermal(DC_dram_6_11)_ 0.00079292297685489889
     HotSitePower_W(3) c_u_Thermal(DC_dram_6_12)_ 0.00060520246382237525
     HotSitePower_W(3) c_u_Thermal(DC_dram_7_0)_ 0.0057852440497953867
     HotSitePower_W(3) c_u_Thermal(DC_dram_7_1)_ 0.002187960205169245
     HotSitePower_W(3) c_u_Thermal(DC_dram_7_2)_ 0.0007919023902492275
     HotSitePower_W(3) c_u_Thermal(DC_dram_7_3)_ 0.00027635333031771368
     HotSitePower_W(3) c_u_Thermal(DC_dram_7_4)_ 0.0022203157310139669
     HotSitePower_W(3) c_u_Thermal(DC_dram_7_5)_ 0.00098797117426039369
     HotSitePower_W(3) c_u_Thermal(DC_dram_7_6)_ 0.00040320306653927223
     HotSitePower_W(3) c_u_Thermal(DC_dram_7_7)_ 0.00015430674955416442
     HotSitePower_W(3) c_u_Thermal(DC_dram_7_8)_ 0.00084244261046959794
     HotSitePower_W(3) c_u_Thermal(DC_dram_7_9)_ 0.00042366520798213118
     HotSitePower_W(3) c_u_Thermal(DC_dram_7_10)_ 0.0001924862806702108
     HotSitePower_W(3) c_u_Thermal(DC_dram_7_11)_ 8.0709174695859127e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_7_12)_ 0.00038433993634482772
     HotSitePower_W(3) c_u_Thermal(DC_dram_7_13)_ 0.00021241368705092155
     HotSitePower_W(3) c_u_Thermal(DC_dram_7_14)_ 0.00010549798326403731
     HotSitePower_W(3) c_u_Thermal(DC_dram_7_15)_ 4.7896545111602297e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_8_0)_ 9.4236120321974522e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_8_1)_ 3.2154218729700738e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_8_2)_ 1.1326512435044836e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_8_3)_ 4.9043137253141649e-06
     HotSitePower_W(3) c_u_Thermal(DC_dram_8_4)_ 5.6660006703834194e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_8_5)_ 2.0570977204877768e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_8_6)_ 7.6541795169822356e-06
     HotSitePower_W(3) c_u_Thermal(DC_dram_8_7)_ 3.4767745645544775e-06
     HotSitePower_W(3) c_u_Thermal(DC_dram_8_8)_ 3.2091922366902726e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_8_9)_ 1.2498893730931285e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_8_10)_ 4.9535499759804065e-06
     HotSitePower_W(3) c_u_Thermal(DC_dram_8_11)_ 2.0440116691496842e-05
     HotSitePower_W(3) c_u_Thermal(DC_dram_8_12)_ 8.4670302094250634e-06
     HotSitePower_W(3) c_u_Thermal(DC_logic_0_0)_ 0.00079349623558667059
     HotSitePower_W(3) c_u_Thermal(DC_logic_0_1)_ 0.0006055991251264737
     HotSitePower_W(3) c_u_Thermal(DC_logic_0_2)_ 0.0021287555388172399
     HotSitePower_W(3) c_u_Thermal(DC_logic_0_3)_ 0.0019049881368988122
     HotSitePower_W(3) c_u_Thermal(DC_logic_0_4)_ 0.0014350787340178959
     HotSitePower_W(3) c_u_Thermal(DC_logic_0_5)_ 0.0062697804109210298
     HotSitePower_W(3) c_u_Thermal(DC_logic_0_6)_ 0.0062665348505958549
     HotSitePower_W(3) c_u_Thermal(DC_logic_0_7)_ 0.0056943942537478762
     HotSitePower_W(3) c_u_Thermal(DC_logic_0_8)_ 0.0042557932689562357
     HotSitePower_W(3) c_u_Thermal(DC_logic_0_9)_ 0.019626946523481476
     HotSitePower_W(3) c_u_Thermal(DC_logic_0_10)_ 0.020189850863120137
     HotSitePower_W(3) c_u_Thermal(DC_logic_0_11)_ 0.018813859026633892
     HotSitePower_W(3) c_u_Thermal(DC_logic_0_12)_ 0.01420132233050838
     HotSitePower_W(3) c_u_Thermal(DC_logic_1_0)_ 0.00038457385137810498
     HotSitePower_W(3) c_u_Thermal(DC_logic_1_1)_ 0.00021255106967404136
     HotSitePower_W(3) c_u_Thermal(DC_logic_1_2)_ 0.00010557237217517024
     HotSitePower_W(3) c_u_Thermal(DC_logic_1_3)_ 4.7928487468136101e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_1_4)_ 0.00084297468507294555
     HotSitePower_W(3) c_u_Thermal(DC_logic_1_5)_ 0.00042394566318706522
     HotSitePower_W(3) c_u_Thermal(DC_logic_1_6)_ 0.00019262861855662755
     HotSitePower_W(3) c_u_Thermal(DC_logic_1_7)_ 8.0767604846862368e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_1_8)_ 0.002221611886991989
     HotSitePower_W(3) c_u_Thermal(DC_logic_1_9)_ 0.00098853661732354638
     HotSitePower_W(3) c_u_Thermal(DC_logic_1_10)_ 0.00040347256838418118
     HotSitePower_W(3) c_u_Thermal(DC_logic_1_11)_ 0.00015441088503444534
     HotSitePower_W(3) c_u_Thermal(DC_logic_1_12)_ 0.0057915325409276415
     HotSitePower_W(3) c_u_Thermal(DC_logic_1_13)_ 0.0021892354295826857
     HotSitePower_W(3) c_u_Thermal(DC_logic_1_14)_ 0.000792406190514176
     HotSitePower_W(3) c_u_Thermal(DC_logic_1_15)_ 0.00027652932179165297
     HotSitePower_W(3) c_u_Thermal(DC_logic_2_0)_ 2.0451961504631479e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_2_1)_ 8.4720385915803856e-06
     HotSitePower_W(3) c_u_Thermal(DC_logic_2_2)_ 3.2112178361299573e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_2_3)_ 1.2506789356752122e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_2_4)_ 4.9571466448894707e-06
     HotSitePower_W(3) c_u_Thermal(DC_logic_2_5)_ 5.6692988774488039e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_2_6)_ 2.058287869428227e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_2_7)_ 7.6594266032644097e-06
     HotSitePower_W(3) c_u_Thermal(DC_logic_2_8)_ 3.4791287828050509e-06
     HotSitePower_W(3) c_u_Thermal(DC_logic_2_9)_ 9.4286382133834096e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_2_10)_ 3.2171073710520896e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_2_11)_ 1.1333671128066664e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_2_12)_ 4.9073559736679762e-06
     HotSitePower_W(3) c_u_Thermal(DC_logic_3_0)_ 0.096833840827347431
     HotSitePower_W(3) c_u_Thermal(DC_logic_3_1)_ 0.10326325733766439
     HotSitePower_W(3) c_u_Thermal(DC_logic_3_2)_ 0.10048541615151046
     HotSitePower_W(3) c_u_Thermal(DC_logic_3_3)_ 0.083332249426356725
     HotSitePower_W(3) c_u_Thermal(DC_logic_3_4)_ 0.11719904064180192
     HotSitePower_W(3) c_u_Thermal(DC_logic_3_5)_ 0.12473180402674505
     HotSitePower_W(3) c_u_Thermal(DC_logic_3_6)_ 0.12111484702847551
     HotSitePower_W(3) c_u_Thermal(DC_logic_3_7)_ 0.099697670321193685
     HotSitePower_W(3) c_u_Thermal(DC_logic_3_8)_ 0.1171990406417974
     HotSitePower_W(3) c_u_Thermal(DC_logic_3_9)_ 0.12473180402674551
     HotSitePower_W(3) c_u_Thermal(DC_logic_3_10)_ 0.12111484702847854
     HotSitePower_W(3) c_u_Thermal(DC_logic_3_11)_ 0.099697670321191756
     HotSitePower_W(3) c_u_Thermal(DC_logic_3_12)_ 0.096833840827349499
     HotSitePower_W(3) c_u_Thermal(DC_logic_3_13)_ 0.10326325733766842
     HotSitePower_W(3) c_u_Thermal(DC_logic_3_14)_ 0.10048541615150568
     HotSitePower_W(3) c_u_Thermal(DC_logic_3_15)_ 0.083332249426358099
     HotSitePower_W(3) c_u_Thermal(DC_logic_4_0)_ 0.014061048496731314
     HotSitePower_W(3) c_u_Thermal(DC_logic_4_1)_ 0.0041345334017144231
     HotSitePower_W(3) c_u_Thermal(DC_logic_4_2)_ 0.0013270203265464138
     HotSitePower_W(3) c_u_Thermal(DC_logic_4_3)_ 0.00042810896369543971
     HotSitePower_W(3) c_u_Thermal(DC_logic_4_4)_ 0.01819283989796925
     HotSitePower_W(3) c_u_Thermal(DC_logic_4_5)_ 0.0053342736632581754
     HotSitePower_W(3) c_u_Thermal(DC_logic_4_6)_ 0.0016816241136962348
     HotSitePower_W(3) c_u_Thermal(DC_logic_4_7)_ 0.00053141618663448081
     HotSitePower_W(3) c_u_Thermal(DC_logic_4_8)_ 0.018192839897969222
     HotSitePower_W(3) c_u_Thermal(DC_logic_4_9)_ 0.0053342736632577895
     HotSitePower_W(3) c_u_Thermal(DC_logic_4_10)_ 0.0016816241136961053
     HotSitePower_W(3) c_u_Thermal(DC_logic_4_11)_ 0.00053141618663440763
     HotSitePower_W(3) c_u_Thermal(DC_logic_4_12)_ 0.014061048496731844
     HotSitePower_W(3) c_u_Thermal(DC_logic_4_13)_ 0.0041345334017144041
     HotSitePower_W(3) c_u_Thermal(DC_logic_4_14)_ 0.0013270203265463676
     HotSitePower_W(3) c_u_Thermal(DC_logic_4_15)_ 0.00042810896369545152
     HotSitePower_W(3) c_u_Thermal(DC_logic_5_0)_ 0.00013772045957062662
     HotSitePower_W(3) c_u_Thermal(DC_logic_5_1)_ 4.4893675066067843e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_5_2)_ 1.522178605636717e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_5_3)_ 6.372327529333256e-06
     HotSitePower_W(3) c_u_Thermal(DC_logic_5_4)_ 0.00016741686717844983
     HotSitePower_W(3) c_u_Thermal(DC_logic_5_5)_ 5.3560615595458813e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_5_6)_ 1.786806430449856e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_5_7)_ 7.3634764576175229e-06
     HotSitePower_W(3) c_u_Thermal(DC_logic_5_8)_ 0.00016741686717842787
     HotSitePower_W(3) c_u_Thermal(DC_logic_5_9)_ 5.3560615595452843e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_5_10)_ 1.7868064304497632e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_5_11)_ 7.3634764576167962e-06
     HotSitePower_W(3) c_u_Thermal(DC_logic_5_12)_ 0.00013772045957062917
     HotSitePower_W(3) c_u_Thermal(DC_logic_5_13)_ 4.4893675066068297e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_5_14)_ 1.5221786056365527e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_5_15)_ 6.3723275293326885e-06
     HotSitePower_W(3) c_u_Thermal(DC_logic_6_0)_ 0.019626946523482045
     HotSitePower_W(3) c_u_Thermal(DC_logic_6_1)_ 0.020189850863120834
     HotSitePower_W(3) c_u_Thermal(DC_logic_6_2)_ 0.018813859026635706
     HotSitePower_W(3) c_u_Thermal(DC_logic_6_3)_ 0.014201322330509098
     HotSitePower_W(3) c_u_Thermal(DC_logic_6_4)_ 0.006269780410920996
     HotSitePower_W(3) c_u_Thermal(DC_logic_6_5)_ 0.0062665348505960674
     HotSitePower_W(3) c_u_Thermal(DC_logic_6_6)_ 0.005694394253748237
     HotSitePower_W(3) c_u_Thermal(DC_logic_6_7)_ 0.00425579326895675
     HotSitePower_W(3) c_u_Thermal(DC_logic_6_8)_ 0.0021287555388173705
     HotSitePower_W(3) c_u_Thermal(DC_logic_6_9)_ 0.0019049881368989861
     HotSitePower_W(3) c_u_Thermal(DC_logic_6_10)_ 0.0014350787340179989
     HotSitePower_W(3) c_u_Thermal(DC_logic_6_11)_ 0.00079349623558674042
     HotSitePower_W(3) c_u_Thermal(DC_logic_6_12)_ 0.00060559912512649821
     HotSitePower_W(3) c_u_Thermal(DC_logic_7_0)_ 0.0057915325409280622
     HotSitePower_W(3) c_u_Thermal(DC_logic_7_1)_ 0.0021892354295828019
     HotSitePower_W(3) c_u_Thermal(DC_logic_7_2)_ 0.00079240619051428388
     HotSitePower_W(3) c_u_Thermal(DC_logic_7_3)_ 0.00027652932179169683
     HotSitePower_W(3) c_u_Thermal(DC_logic_7_4)_ 0.002221611886992133
     HotSitePower_W(3) c_u_Thermal(DC_logic_7_5)_ 0.00098853661732364677
     HotSitePower_W(3) c_u_Thermal(DC_logic_7_6)_ 0.00040347256838422368
     HotSitePower_W(3) c_u_Thermal(DC_logic_7_7)_ 0.00015441088503447407
     HotSitePower_W(3) c_u_Thermal(DC_logic_7_8)_ 0.00084297468507304356
     HotSitePower_W(3) c_u_Thermal(DC_logic_7_9)_ 0.0004239456631871184
     HotSitePower_W(3) c_u_Thermal(DC_logic_7_10)_ 0.00019262861855665287
     HotSitePower_W(3) c_u_Thermal(DC_logic_7_11)_ 8.0767604846862138e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_7_12)_ 0.00038457385137815106
     HotSitePower_W(3) c_u_Thermal(DC_logic_7_13)_ 0.00021255106967407703
     HotSitePower_W(3) c_u_Thermal(DC_logic_7_14)_ 0.00010557237217519099
     HotSitePower_W(3) c_u_Thermal(DC_logic_7_15)_ 4.7928487468138648e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_8_0)_ 9.4286382133843474e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_8_1)_ 3.2171073710523722e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_8_2)_ 1.1333671128067941e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_8_3)_ 4.9073559736685505e-06
     HotSitePower_W(3) c_u_Thermal(DC_logic_8_4)_ 5.6692988774492586e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_8_5)_ 2.0582878694285343e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_8_6)_ 7.6594266032653754e-06
     HotSitePower_W(3) c_u_Thermal(DC_logic_8_7)_ 3.4791287828054859e-06
     HotSitePower_W(3) c_u_Thermal(DC_logic_8_8)_ 3.2112178361302751e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_8_9)_ 1.250678935675324e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_8_10)_ 4.9571466448901848e-06
     HotSitePower_W(3) c_u_Thermal(DC_logic_8_11)_ 2.0451961504634742e-05
     HotSitePower_W(3) c_u_Thermal(DC_logic_8_12)_ 8.4720385915818865e-06
     HotSitePower_W(3) c_u_Thermal(PC_dram_0_0)_ 0.0007142297539724688
     HotSitePower_W(3) c_u_Thermal(PC_dram_0_1)_ 0.00054252253000878332
     HotSitePower_W(3) c_u_Thermal(PC_dram_0_2)_ 0.0019507380396230852
     HotSitePower_W(3) c_u_Thermal(PC_dram_0_3)_ 0.0017486178952069501
     HotSitePower_W(3) c_u_Thermal(PC_dram_0_4)_ 0.0013071136852390143
     HotSitePower_W(3) c_u_Thermal(PC_dram_0_5)_ 0.005772306517860361
     HotSitePower_W(3) c_u_Thermal(PC_dram_0_6)_ 0.0058351783681455825
     HotSitePower_W(3) c_u_Thermal(PC_dram_0_7)_ 0.0053119386689652794
     HotSitePower_W(3) c_u_Thermal(PC_dram_0_8)_ 0.0039211408136240362
     HotSitePower_W(3) c_u_Thermal(PC_dram_0_9)_ 0.017694490798175883
     HotSitePower_W(3) c_u_Thermal(PC_dram_0_10)_ 0.01854409697321819
     HotSitePower_W(3) c_u_Thermal(PC_dram_0_11)_ 0.01727351754530617
     HotSitePower_W(3) c_u_Thermal(PC_dram_0_12)_ 0.012689077023370444
     HotSitePower_W(3) c_u_Thermal(PC_dram_1_0)_ 0.00034186266411131983
     HotSitePower_W(3) c_u_Thermal(PC_dram_1_1)_ 0.00018700347770914049
     HotSitePower_W(3) c_u_Thermal(PC_dram_1_2)_ 9.1807816806244939e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_1_3)_ 4.1210124699934312e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_1_4)_ 0.00076082533588620819
     HotSitePower_W(3) c_u_Thermal(PC_dram_1_5)_ 0.00037842252293515937
     HotSitePower_W(3) c_u_Thermal(PC_dram_1_6)_ 0.00016982509428435536
     HotSitePower_W(3) c_u_Thermal(PC_dram_1_7)_ 7.0315555485112071e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_1_8)_ 0.0020339859014819597
     HotSitePower_W(3) c_u_Thermal(PC_dram_1_9)_ 0.00089518493788085679
     HotSitePower_W(3) c_u_Thermal(PC_dram_1_10)_ 0.00036072187922863368
     HotSitePower_W(3) c_u_Thermal(PC_dram_1_11)_ 0.00013627397696251175
     HotSitePower_W(3) c_u_Thermal(PC_dram_1_12)_ 0.005331333277043996
     HotSitePower_W(3) c_u_Thermal(PC_dram_1_13)_ 0.0020057292220118797
     HotSitePower_W(3) c_u_Thermal(PC_dram_1_14)_ 0.000716860253288595
     HotSitePower_W(3) c_u_Thermal(PC_dram_1_15)_ 0.00024687313492139501
     HotSitePower_W(3) c_u_Thermal(PC_dram_2_0)_ 1.7399993778677229e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_2_1)_ 7.1168137781844609e-06
     HotSitePower_W(3) c_u_Thermal(PC_dram_2_2)_ 2.763465922453215e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_2_3)_ 1.0621108652557363e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_2_4)_ 4.1438244179563663e-06
     HotSitePower_W(3) c_u_Thermal(PC_dram_2_5)_ 4.9441550494272952e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_2_6)_ 1.7704588504397278e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_2_7)_ 6.4812290324580519e-06
     HotSitePower_W(3) c_u_Thermal(PC_dram_2_8)_ 2.8953302121672686e-06
     HotSitePower_W(3) c_u_Thermal(PC_dram_2_9)_ 8.3169746055609695e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_2_10)_ 2.7977273898609959e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_2_11)_ 9.6877330866470463e-06
     HotSitePower_W(3) c_u_Thermal(PC_dram_2_12)_ 4.1233787401397034e-06
     HotSitePower_W(3) c_u_Thermal(PC_dram_3_0)_ 0.075362821061182944
     HotSitePower_W(3) c_u_Thermal(PC_dram_3_1)_ 0.083904426277707098
     HotSitePower_W(3) c_u_Thermal(PC_dram_3_2)_ 0.081329187518404136
     HotSitePower_W(3) c_u_Thermal(PC_dram_3_3)_ 0.063302171963652634
     HotSitePower_W(3) c_u_Thermal(PC_dram_3_4)_ 0.096689867410468755
     HotSitePower_W(3) c_u_Thermal(PC_dram_3_5)_ 0.10746471187868334
     HotSitePower_W(3) c_u_Thermal(PC_dram_3_6)_ 0.1040582725244819
     HotSitePower_W(3) c_u_Thermal(PC_dram_3_7)_ 0.080605510608933464
     HotSitePower_W(3) c_u_Thermal(PC_dram_3_8)_ 0.0966898674104711
     HotSitePower_W(3) c_u_Thermal(PC_dram_3_9)_ 0.10746471187868438
     HotSitePower_W(3) c_u_Thermal(PC_dram_3_10)_ 0.10405827252448439
     HotSitePower_W(3) c_u_Thermal(PC_dram_3_11)_ 0.080605510608933867
     HotSitePower_W(3) c_u_Thermal(PC_dram_3_12)_ 0.075362821061180099
     HotSitePower_W(3) c_u_Thermal(PC_dram_3_13)_ 0.083904426277706695
     HotSitePower_W(3) c_u_Thermal(PC_dram_3_14)_ 0.081329187518410437
     HotSitePower_W(3) c_u_Thermal(PC_dram_3_15)_ 0.063302171963654272
     HotSitePower_W(3) c_u_Thermal(PC_dram_4_0)_ 0.012563418334743158
     HotSitePower_W(3) c_u_Thermal(PC_dram_4_1)_ 0.003813996006492465
     HotSitePower_W(3) c_u_Thermal(PC_dram_4_2)_ 0.0012125234075742277
     HotSitePower_W(3) c_u_Thermal(PC_dram_4_3)_ 0.00038567816965867988
     HotSitePower_W(3) c_u_Thermal(PC_dram_4_4)_ 0.016709712272019159
     HotSitePower_W(3) c_u_Thermal(PC_dram_4_5)_ 0.0049893759795426266
     HotSitePower_W(3) c_u_Thermal(PC_dram_4_6)_ 0.0015512586645678561
     HotSitePower_W(3) c_u_Thermal(PC_dram_4_7)_ 0.00048198822356656617
     HotSitePower_W(3) c_u_Thermal(PC_dram_4_8)_ 0.01670971227201886
     HotSitePower_W(3) c_u_Thermal(PC_dram_4_9)_ 0.0049893759795424696
     HotSitePower_W(3) c_u_Thermal(PC_dram_4_10)_ 0.0015512586645678045
     HotSitePower_W(3) c_u_Thermal(PC_dram_4_11)_ 0.00048198822356652882
     HotSitePower_W(3) c_u_Thermal(PC_dram_4_12)_ 0.012563418334743859
     HotSitePower_W(3) c_u_Thermal(PC_dram_4_13)_ 0.0038139960064924087
     HotSitePower_W(3) c_u_Thermal(PC_dram_4_14)_ 0.0012125234075741512
     HotSitePower_W(3) c_u_Thermal(PC_dram_4_15)_ 0.0003856781696586564
     HotSitePower_W(3) c_u_Thermal(PC_dram_5_0)_ 0.00012247760049107143
     HotSitePower_W(3) c_u_Thermal(PC_dram_5_1)_ 3.9333562721661671e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_5_2)_ 1.3099723103011531e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_5_3)_ 5.3865329366593102e-06
     HotSitePower_W(3) c_u_Thermal(PC_dram_5_4)_ 0.00014960869548221137
     HotSitePower_W(3) c_u_Thermal(PC_dram_5_5)_ 4.7110188382380666e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_5_6)_ 1.5432227609487871e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_5_7)_ 6.2414485687716522e-06
     HotSitePower_W(3) c_u_Thermal(PC_dram_5_8)_ 0.00014960869548220725
     HotSitePower_W(3) c_u_Thermal(PC_dram_5_9)_ 4.711018838237864e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_5_10)_ 1.5432227609488295e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_5_11)_ 6.2414485687718648e-06
     HotSitePower_W(3) c_u_Thermal(PC_dram_5_12)_ 0.0001224776004910668
     HotSitePower_W(3) c_u_Thermal(PC_dram_5_13)_ 3.9333562721659848e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_5_14)_ 1.309972310301138e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_5_15)_ 5.3865329366592661e-06
     HotSitePower_W(3) c_u_Thermal(PC_dram_6_0)_ 0.017694490798176008
     HotSitePower_W(3) c_u_Thermal(PC_dram_6_1)_ 0.018544096973218235
     HotSitePower_W(3) c_u_Thermal(PC_dram_6_2)_ 0.017273517545308436
     HotSitePower_W(3) c_u_Thermal(PC_dram_6_3)_ 0.012689077023371406
     HotSitePower_W(3) c_u_Thermal(PC_dram_6_4)_ 0.0057723065178603801
     HotSitePower_W(3) c_u_Thermal(PC_dram_6_5)_ 0.0058351783681457681
     HotSitePower_W(3) c_u_Thermal(PC_dram_6_6)_ 0.0053119386689659074
     HotSitePower_W(3) c_u_Thermal(PC_dram_6_7)_ 0.0039211408136243337
     HotSitePower_W(3) c_u_Thermal(PC_dram_6_8)_ 0.0019507380396231564
     HotSitePower_W(3) c_u_Thermal(PC_dram_6_9)_ 0.0017486178952070505
     HotSitePower_W(3) c_u_Thermal(PC_dram_6_10)_ 0.0013071136852390701
     HotSitePower_W(3) c_u_Thermal(PC_dram_6_11)_ 0.00071422975397251358
     HotSitePower_W(3) c_u_Thermal(PC_dram_6_12)_ 0.00054252253000877811
     HotSitePower_W(3) c_u_Thermal(PC_dram_7_0)_ 0.0053313332770443551
     HotSitePower_W(3) c_u_Thermal(PC_dram_7_1)_ 0.0020057292220120046
     HotSitePower_W(3) c_u_Thermal(PC_dram_7_2)_ 0.00071686025328863046
     HotSitePower_W(3) c_u_Thermal(PC_dram_7_3)_ 0.00024687313492139149
     HotSitePower_W(3) c_u_Thermal(PC_dram_7_4)_ 0.0020339859014820885
     HotSitePower_W(3) c_u_Thermal(PC_dram_7_5)_ 0.00089518493788089365
     HotSitePower_W(3) c_u_Thermal(PC_dram_7_6)_ 0.0003607218792286526
     HotSitePower_W(3) c_u_Thermal(PC_dram_7_7)_ 0.00013627397696251706
     HotSitePower_W(3) c_u_Thermal(PC_dram_7_8)_ 0.0007608253358862263
     HotSitePower_W(3) c_u_Thermal(PC_dram_7_9)_ 0.00037842252293517742
     HotSitePower_W(3) c_u_Thermal(PC_dram_7_10)_ 0.00016982509428436305
     HotSitePower_W(3) c_u_Thermal(PC_dram_7_11)_ 7.0315555485115527e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_7_12)_ 0.00034186266411133788
     HotSitePower_W(3) c_u_Thermal(PC_dram_7_13)_ 0.0001870034777091449
     HotSitePower_W(3) c_u_Thermal(PC_dram_7_14)_ 9.1807816806251403e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_7_15)_ 4.1210124699937713e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_8_0)_ 8.3169746055605169e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_8_1)_ 2.7977273898608668e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_8_2)_ 9.6877330866470209e-06
     HotSitePower_W(3) c_u_Thermal(PC_dram_8_3)_ 4.1233787401396246e-06
     HotSitePower_W(3) c_u_Thermal(PC_dram_8_4)_ 4.944155049427306e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_8_5)_ 1.7704588504397489e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_8_6)_ 6.4812290324581959e-06
     HotSitePower_W(3) c_u_Thermal(PC_dram_8_7)_ 2.8953302121673343e-06
     HotSitePower_W(3) c_u_Thermal(PC_dram_8_8)_ 2.7634659224532821e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_8_9)_ 1.0621108652556948e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_8_10)_ 4.143824417956545e-06
     HotSitePower_W(3) c_u_Thermal(PC_dram_8_11)_ 1.7399993778678049e-05
     HotSitePower_W(3) c_u_Thermal(PC_dram_8_12)_ 7.116813778184715e-06
     HotSitePower_W(3) c_u_Thermal(PC_logic_0_0)_ 0.00071480045156443854
     HotSitePower_W(3) c_u_Thermal(PC_logic_0_1)_ 0.00054288736164266507
     HotSitePower_W(3) c_u_Thermal(PC_logic_0_2)_ 0.0019523228953845484
     HotSitePower_W(3) c_u_Thermal(PC_logic_0_3)_ 0.001750078425034882
     HotSitePower_W(3) c_u_Thermal(PC_logic_0_4)_ 0.0013080667685386842
     HotSitePower_W(3) c_u_Thermal(PC_logic_0_5)_ 0.0057759332725960608
     HotSitePower_W(3) c_u_Thermal(PC_logic_0_6)_ 0.0058394743554978489
     HotSitePower_W(3) c_u_Thermal(PC_logic_0_7)_ 0.0053160043565090402
     HotSitePower_W(3) c_u_Thermal(PC_logic_0_8)_ 0.0039238681301350439
     HotSitePower_W(3) c_u_Thermal(PC_logic_0_9)_ 0.017753496172937731
     HotSitePower_W(3) c_u_Thermal(PC_logic_0_10)_ 0.018610144435620295
     HotSitePower_W(3) c_u_Thermal(PC_logic_0_11)_ 0.017339042455016968
     HotSitePower_W(3) c_u_Thermal(PC_logic_0_12)_ 0.012744414653451072
     HotSitePower_W(3) c_u_Thermal(PC_logic_1_0)_ 0.00034206817325081637
     HotSitePower_W(3) c_u_Thermal(PC_logic_1_1)_ 0.00018713031455252057
     HotSitePower_W(3) c_u_Thermal(PC_logic_1_2)_ 9.1878830087228938e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_1_3)_ 4.123857095497518e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_1_4)_ 0.00076132446339167818
     HotSitePower_W(3) c_u_Thermal(PC_logic_1_5)_ 0.00037869486344491312
     HotSitePower_W(3) c_u_Thermal(PC_logic_1_6)_ 0.00016996951081566715
     HotSitePower_W(3) c_u_Thermal(PC_logic_1_7)_ 7.0372230175352827e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_1_8)_ 0.002035010132954527
     HotSitePower_W(3) c_u_Thermal(PC_logic_1_9)_ 0.000895683980154199
     HotSitePower_W(3) c_u_Thermal(PC_logic_1_10)_ 0.00036098544133513155
     HotSitePower_W(3) c_u_Thermal(PC_logic_1_11)_ 0.00013637292788225969
     HotSitePower_W(3) c_u_Thermal(PC_logic_1_12)_ 0.0053351979103838975
     HotSitePower_W(3) c_u_Thermal(PC_logic_1_13)_ 0.0020067345200223928
     HotSitePower_W(3) c_u_Thermal(PC_logic_1_14)_ 0.00071733608974174177
     HotSitePower_W(3) c_u_Thermal(PC_logic_1_15)_ 0.0002470331442721627
     HotSitePower_W(3) c_u_Thermal(PC_logic_2_0)_ 1.7409557079926726e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_2_1)_ 7.1209957142953803e-06
     HotSitePower_W(3) c_u_Thermal(PC_logic_2_2)_ 2.7652555707564734e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_2_3)_ 1.0628144781223828e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_2_4)_ 4.1472625017096903e-06
     HotSitePower_W(3) c_u_Thermal(PC_logic_2_5)_ 4.946949989723874e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_2_6)_ 1.7714715014001928e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_2_7)_ 6.4861751837200408e-06
     HotSitePower_W(3) c_u_Thermal(PC_logic_2_8)_ 2.8974372870058151e-06
     HotSitePower_W(3) c_u_Thermal(PC_logic_2_9)_ 8.3209186149689436e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_2_10)_ 2.7990646121861117e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_2_11)_ 9.6941964438234517e-06
     HotSitePower_W(3) c_u_Thermal(PC_logic_2_12)_ 4.1259395262999964e-06
     HotSitePower_W(3) c_u_Thermal(PC_logic_3_0)_ 0.079849910579455327
     HotSitePower_W(3) c_u_Thermal(PC_logic_3_1)_ 0.088821117016804285
     HotSitePower_W(3) c_u_Thermal(PC_logic_3_2)_ 0.08624413481765085
     HotSitePower_W(3) c_u_Thermal(PC_logic_3_3)_ 0.067734358211939835
     HotSitePower_W(3) c_u_Thermal(PC_logic_3_4)_ 0.10166898754413871
     HotSitePower_W(3) c_u_Thermal(PC_logic_3_5)_ 0.1128736716529456
     HotSitePower_W(3) c_u_Thermal(PC_logic_3_6)_ 0.1094647288373804
     HotSitePower_W(3) c_u_Thermal(PC_logic_3_7)_ 0.08551998638890744
     HotSitePower_W(3) c_u_Thermal(PC_logic_3_8)_ 0.10166898754414121
     HotSitePower_W(3) c_u_Thermal(PC_logic_3_9)_ 0.11287367165294686
     HotSitePower_W(3) c_u_Thermal(PC_logic_3_10)_ 0.10946472883738292
     HotSitePower_W(3) c_u_Thermal(PC_logic_3_11)_ 0.085519986388907801
     HotSitePower_W(3) c_u_Thermal(PC_logic_3_12)_ 0.079849910579452371
     HotSitePower_W(3) c_u_Thermal(PC_logic_3_13)_ 0.088821117016803799
     HotSitePower_W(3) c_u_Thermal(PC_logic_3_14)_ 0.086244134817657095
     HotSitePower_W(3) c_u_Thermal(PC_logic_3_15)_ 0.067734358211941362
     HotSitePower_W(3) c_u_Thermal(PC_logic_4_0)_ 0.012618658932927527
     HotSitePower_W(3) c_u_Thermal(PC_logic_4_1)_ 0.0038166373692491004
     HotSitePower_W(3) c_u_Thermal(PC_logic_4_2)_ 0.001213410440389906
     HotSitePower_W(3) c_u_Thermal(PC_logic_4_3)_ 0.00038595508118962431
     HotSitePower_W(3) c_u_Thermal(PC_logic_4_4)_ 0.016774858448366761
     HotSitePower_W(3) c_u_Thermal(PC_logic_4_5)_ 0.004993198992286718
     HotSitePower_W(3) c_u_Thermal(PC_logic_4_6)_ 0.0015525622747926541
     HotSitePower_W(3) c_u_Thermal(PC_logic_4_7)_ 0.00048239940648537303
     HotSitePower_W(3) c_u_Thermal(PC_logic_4_8)_ 0.016774858448366521
     HotSitePower_W(3) c_u_Thermal(PC_logic_4_9)_ 0.0049931989922865627
     HotSitePower_W(3) c_u_Thermal(PC_logic_4_10)_ 0.0015525622747926036
     HotSitePower_W(3) c_u_Thermal(PC_logic_4_11)_ 0.0004823994064853353
     HotSitePower_W(3) c_u_Thermal(PC_logic_4_12)_ 0.012618658932928239
     HotSitePower_W(3) c_u_Thermal(PC_logic_4_13)_ 0.0038166373692490505
     HotSitePower_W(3) c_u_Thermal(PC_logic_4_14)_ 0.0012134104403898273
     HotSitePower_W(3) c_u_Thermal(PC_logic_4_15)_ 0.00038595508118960062
     HotSitePower_W(3) c_u_Thermal(PC_logic_5_0)_ 0.00012254158151604999
     HotSitePower_W(3) c_u_Thermal(PC_logic_5_1)_ 3.9353729358448644e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_5_2)_ 1.310899964925897e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_5_3)_ 5.3900972933005905e-06
     HotSitePower_W(3) c_u_Thermal(PC_logic_5_4)_ 0.00014970428113711014
     HotSitePower_W(3) c_u_Thermal(PC_logic_5_5)_ 4.7138769450310665e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_5_6)_ 1.544486752184255e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_5_7)_ 6.2463944908852919e-06
     HotSitePower_W(3) c_u_Thermal(PC_logic_5_8)_ 0.00014970428113710642
     HotSitePower_W(3) c_u_Thermal(PC_logic_5_9)_ 4.71387694503087e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_5_10)_ 1.5444867521842994e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_5_11)_ 6.2463944908855053e-06
     HotSitePower_W(3) c_u_Thermal(PC_logic_5_12)_ 0.00012254158151604559
     HotSitePower_W(3) c_u_Thermal(PC_logic_5_13)_ 3.9353729358446855e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_5_14)_ 1.3108999649258831e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_5_15)_ 5.3900972933005405e-06
     HotSitePower_W(3) c_u_Thermal(PC_logic_6_0)_ 0.017753496172937901
     HotSitePower_W(3) c_u_Thermal(PC_logic_6_1)_ 0.01861014443562032
     HotSitePower_W(3) c_u_Thermal(PC_logic_6_2)_ 0.017339042455019243
     HotSitePower_W(3) c_u_Thermal(PC_logic_6_3)_ 0.012744414653452064
     HotSitePower_W(3) c_u_Thermal(PC_logic_6_4)_ 0.0057759332725960755
     HotSitePower_W(3) c_u_Thermal(PC_logic_6_5)_ 0.0058394743554980259
     HotSitePower_W(3) c_u_Thermal(PC_logic_6_6)_ 0.0053160043565096586
     HotSitePower_W(3) c_u_Thermal(PC_logic_6_7)_ 0.0039238681301353405
     HotSitePower_W(3) c_u_Thermal(PC_logic_6_8)_ 0.0019523228953846196
     HotSitePower_W(3) c_u_Thermal(PC_logic_6_9)_ 0.0017500784250349866
     HotSitePower_W(3) c_u_Thermal(PC_logic_6_10)_ 0.0013080667685387401
     HotSitePower_W(3) c_u_Thermal(PC_logic_6_11)_ 0.00071480045156448418
     HotSitePower_W(3) c_u_Thermal(PC_logic_6_12)_ 0.00054288736164266073
     HotSitePower_W(3) c_u_Thermal(PC_logic_7_0)_ 0.0053351979103842557
     HotSitePower_W(3) c_u_Thermal(PC_logic_7_1)_ 0.0020067345200225173
     HotSitePower_W(3) c_u_Thermal(PC_logic_7_2)_ 0.00071733608974177787
     HotSitePower_W(3) c_u_Thermal(PC_logic_7_3)_ 0.00024703314427215934
     HotSitePower_W(3) c_u_Thermal(PC_logic_7_4)_ 0.0020350101329546519
     HotSitePower_W(3) c_u_Thermal(PC_logic_7_5)_ 0.00089568398015423803
     HotSitePower_W(3) c_u_Thermal(PC_logic_7_6)_ 0.00036098544133515069
     HotSitePower_W(3) c_u_Thermal(PC_logic_7_7)_ 0.00013637292788226511
     HotSitePower_W(3) c_u_Thermal(PC_logic_7_8)_ 0.00076132446339169575
     HotSitePower_W(3) c_u_Thermal(PC_logic_7_9)_ 0.00037869486344493079
     HotSitePower_W(3) c_u_Thermal(PC_logic_7_10)_ 0.00016996951081567485
     HotSitePower_W(3) c_u_Thermal(PC_logic_7_11)_ 7.0372230175356229e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_7_12)_ 0.00034206817325083431
     HotSitePower_W(3) c_u_Thermal(PC_logic_7_13)_ 0.00018713031455252504
     HotSitePower_W(3) c_u_Thermal(PC_logic_7_14)_ 9.1878830087235267e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_7_15)_ 4.1238570954978562e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_8_0)_ 8.3209186149684855e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_8_1)_ 2.7990646121859769e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_8_2)_ 9.6941964438234467e-06
     HotSitePower_W(3) c_u_Thermal(PC_logic_8_3)_ 4.1259395262999134e-06
     HotSitePower_W(3) c_u_Thermal(PC_logic_8_4)_ 4.9469499897238787e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_8_5)_ 1.7714715014002145e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_8_6)_ 6.4861751837201662e-06
     HotSitePower_W(3) c_u_Thermal(PC_logic_8_7)_ 2.8974372870058753e-06
     HotSitePower_W(3) c_u_Thermal(PC_logic_8_8)_ 2.7652555707565426e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_8_9)_ 1.0628144781223406e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_8_10)_ 4.1472625017098749e-06
     HotSitePower_W(3) c_u_Thermal(PC_logic_8_11)_ 1.7409557079927515e-05
     HotSitePower_W(3) c_u_Thermal(PC_logic_8_12)_ 7.1209957142956276e-06
     HotSitePower_W(4) c_e_HotSitePowerDef(4)_ 1
     HotSitePower_W(4) c_u_Thermal(DC_dram_0_0)_ 0.00020748998169339966
     HotSitePower_W(4) c_u_Thermal(DC_dram_0_1)_ 0.00036568513691430561
     HotSitePower_W(4) c_u_Thermal(DC_dram_0_2)_ 0.00020003162442513032
     HotSitePower_W(4) c_u_Thermal(DC_dram_0_3)_ 0.00041611986422712525
     HotSitePower_W(4) c_u_Thermal(DC_dram_0_4)_ 0.00081273009654383001
     HotSitePower_W(4) c_u_Thermal(DC_dram_0_5)_ 0.00020748998169340535
     HotSitePower_W(4) c_u_Thermal(DC_dram_0_6)_ 0.00041611986422711452
     HotSitePower_W(4) c_u_Thermal(DC_dram_0_7)_ 0.00097505437657237901
     HotSitePower_W(4) c_u_Thermal(DC_dram_0_8)_ 0.0021671324988744292
     HotSitePower_W(4) c_u_Thermal(DC_dram_0_9)_ 0.00036568513691429889
     HotSitePower_W(4) c_u_Thermal(DC_dram_0_10)_ 0.00081273009654379749
     HotSitePower_W(4) c_u_Thermal(DC_dram_0_11)_ 0.0021671324988743494
     HotSitePower_W(4) c_u_Thermal(DC_dram_0_12)_ 0.0056959122431983616
     HotSitePower_W(4) c_u_Thermal(DC_dram_1_0)_ 0.0005590912359717962
     HotSitePower_W(4) c_u_Thermal(DC_dram_1_1)_ 0.00069096831844281685
     HotSitePower_W(4) c_u_Thermal(DC_dram_1_2)_ 0.00069096831844277045
     HotSitePower_W(4) c_u_Thermal(DC_dram_1_3)_ 0.0005590912359718052
     HotSitePower_W(4) c_u_Thermal(DC_dram_1_4)_ 0.0013557522321240149
     HotSitePower_W(4) c_u_Thermal(DC_dram_1_5)_ 0.0017160270322742249
     HotSitePower_W(4) c_u_Thermal(DC_dram_1_6)_ 0.0017160270322741564
     HotSitePower_W(4) c_u_Thermal(DC_dram_1_7)_ 0.0013557522321239581
     HotSitePower_W(4) c_u_Thermal(DC_dram_1_8)_ 0.0041010025945544485
     HotSitePower_W(4) c_u_Thermal(DC_dram_1_9)_ 0.005293557668055505
     HotSitePower_W(4) c_u_Thermal(DC_dram_1_10)_ 0.0052935576680552317
     HotSitePower_W(4) c_u_Thermal(DC_dram_1_11)_ 0.0041010025945538093
     HotSitePower_W(4) c_u_Thermal(DC_dram_1_12)_ 0.013855086252026172
     HotSitePower_W(4) c_u_Thermal(DC_dram_1_13)_ 0.017948830999944231
     HotSitePower_W(4) c_u_Thermal(DC_dram_1_14)_ 0.017948830999943172
     HotSitePower_W(4) c_u_Thermal(DC_dram_1_15)_ 0.013855086252025948
     HotSitePower_W(4) c_u_Thermal(DC_dram_2_0)_ 0.00036568513691429553
     HotSitePower_W(4) c_u_Thermal(DC_dram_2_1)_ 0.00020748998169339947
     HotSitePower_W(4) c_u_Thermal(DC_dram_2_2)_ 0.00081273009654380551
     HotSitePower_W(4) c_u_Thermal(DC_dram_2_3)_ 0.00041611986422713057
     HotSitePower_W(4) c_u_Thermal(DC_dram_2_4)_ 0.0002000316244251346
     HotSitePower_W(4) c_u_Thermal(DC_dram_2_5)_ 0.0021671324988744431
     HotSitePower_W(4) c_u_Thermal(DC_dram_2_6)_ 0.0009750543765723492
     HotSitePower_W(4) c_u_Thermal(DC_dram_2_7)_ 0.00041611986422710514
     HotSitePower_W(4) c_u_Thermal(DC_dram_2_8)_ 0.000207489981693405
     HotSitePower_W(4) c_u_Thermal(DC_dram_2_9)_ 0.0056959122431981674
     HotSitePower_W(4) c_u_Thermal(DC_dram_2_10)_ 0.0021671324988744851
     HotSitePower_W(4) c_u_Thermal(DC_dram_2_11)_ 0.00081273009654377222
     HotSitePower_W(4) c_u_Thermal(DC_dram_2_12)_ 0.00036568513691428084
     HotSitePower_W(4) c_u_Thermal(DC_dram_3_0)_ 0.00055909123597179522
     HotSitePower_W(4) c_u_Thermal(DC_dram_3_1)_ 0.0013557522321239164
     HotSitePower_W(4) c_u_Thermal(DC_dram_3_2)_ 0.0041010025945543774
     HotSitePower_W(4) c_u_Thermal(DC_dram_3_3)_ 0.013855086252026475
     HotSitePower_W(4) c_u_Thermal(DC_dram_3_4)_ 0.00069096831844280904
     HotSitePower_W(4) c_u_Thermal(DC_dram_3_5)_ 0.0017160270322741263
     HotSitePower_W(4) c_u_Thermal(DC_dram_3_6)_ 0.0052935576680551493
     HotSitePower_W(4) c_u_Thermal(DC_dram_3_7)_ 0.017948830999943773
     HotSitePower_W(4) c_u_Thermal(DC_dram_3_8)_ 0.00069096831844276893
     HotSitePower_W(4) c_u_Thermal(DC_dram_3_9)_ 0.0017160270322741393
     HotSitePower_W(4) c_u_Thermal(DC_dram_3_10)_ 0.0052935576680552508
     HotSitePower_W(4) c_u_Thermal(DC_dram_3_11)_ 0.017948830999943179
     HotSitePower_W(4) c_u_Thermal(DC_dram_3_12)_ 0.00055909123597182515
     HotSitePower_W(4) c_u_Thermal(DC_dram_3_13)_ 0.0013557522321240225
     HotSitePower_W(4) c_u_Thermal(DC_dram_3_14)_ 0.004101002594554288
     HotSitePower_W(4) c_u_Thermal(DC_dram_3_15)_ 0.013855086252026926
     HotSitePower_W(4) c_u_Thermal(DC_dram_4_0)_ 0.078568665234234406
     HotSitePower_W(4) c_u_Thermal(DC_dram_4_1)_ 0.094493408723886591
     HotSitePower_W(4) c_u_Thermal(DC_dram_4_2)_ 0.094493408723885772
     HotSitePower_W(4) c_u_Thermal(DC_dram_4_3)_ 0.078568665234235377
     HotSitePower_W(4) c_u_Thermal(DC_dram_4_4)_ 0.094493408723883995
     HotSitePower_W(4) c_u_Thermal(DC_dram_4_5)_ 0.11442381400401631
     HotSitePower_W(4) c_u_Thermal(DC_dram_4_6)_ 0.11442381400401416
     HotSitePower_W(4) c_u_Thermal(DC_dram_4_7)_ 0.094493408723887909
     HotSitePower_W(4) c_u_Thermal(DC_dram_4_8)_ 0.094493408723884426
     HotSitePower_W(4) c_u_Thermal(DC_dram_4_9)_ 0.11442381400401083
     HotSitePower_W(4) c_u_Thermal(DC_dram_4_10)_ 0.11442381400400999
     HotSitePower_W(4) c_u_Thermal(DC_dram_4_11)_ 0.094493408723879985
     HotSitePower_W(4) c_u_Thermal(DC_dram_4_12)_ 0.078568665234235349
     HotSitePower_W(4) c_u_Thermal(DC_dram_4_13)_ 0.094493408723883537
     HotSitePower_W(4) c_u_Thermal(DC_dram_4_14)_ 0.094493408723881761
     HotSitePower_W(4) c_u_Thermal(DC_dram_4_15)_ 0.078568665234236598
     HotSitePower_W(4) c_u_Thermal(DC_dram_5_0)_ 0.013855086252026352
     HotSitePower_W(4) c_u_Thermal(DC_dram_5_1)_ 0.0041010025945543349
     HotSitePower_W(4) c_u_Thermal(DC_dram_5_2)_ 0.0013557522321240147
     HotSitePower_W(4) c_u_Thermal(DC_dram_5_3)_ 0.0005590912359718245
     HotSitePower_W(4) c_u_Thermal(DC_dram_5_4)_ 0.017948830999944869
     HotSitePower_W(4) c_u_Thermal(DC_dram_5_5)_ 0.0052935576680555041
     HotSitePower_W(4) c_u_Thermal(DC_dram_5_6)_ 0.0017160270322742019
     HotSitePower_W(4) c_u_Thermal(DC_dram_5_7)_ 0.00069096831844285881
     HotSitePower_W(4) c_u_Thermal(DC_dram_5_8)_ 0.017948830999942694
     HotSitePower_W(4) c_u_Thermal(DC_dram_5_9)_ 0.0052935576680549039
     HotSitePower_W(4) c_u_Thermal(DC_dram_5_10)_ 0.0017160270322741115
     HotSitePower_W(4) c_u_Thermal(DC_dram_5_11)_ 0.00069096831844278552
     HotSitePower_W(4) c_u_Thermal(DC_dram_5_12)_ 0.013855086252026375
     HotSitePower_W(4) c_u_Thermal(DC_dram_5_13)_ 0.004101002594554295
     HotSitePower_W(4) c_u_Thermal(DC_dram_5_14)_ 0.0013557522321238338
     HotSitePower_W(4) c_u_Thermal(DC_dram_5_15)_ 0.00055909123597175847
     HotSitePower_W(4) c_u_Thermal(DC_dram_6_0)_ 0.0003656851369143242
     HotSitePower_W(4) c_u_Thermal(DC_dram_6_1)_ 0.00081273009654386579
     HotSitePower_W(4) c_u_Thermal(DC_dram_6_2)_ 0.0021671324988746694
     HotSitePower_W(4) c_u_Thermal(DC_dram_6_3)_ 0.0056959122431987502
     HotSitePower_W(4) c_u_Thermal(DC_dram_6_4)_ 0.0002074899816934173
     HotSitePower_W(4) c_u_Thermal(DC_dram_6_5)_ 0.00041611986422715556
     HotSitePower_W(4) c_u_Thermal(DC_dram_6_6)_ 0.00097505437657248711
     HotSitePower_W(4) c_u_Thermal(DC_dram_6_7)_ 0.0021671324988747193
     HotSitePower_W(4) c_u_Thermal(DC_dram_6_8)_ 0.00020003162442515623
     HotSitePower_W(4) c_u_Thermal(DC_dram_6_9)_ 0.00041611986422717854
     HotSitePower_W(4) c_u_Thermal(DC_dram_6_10)_ 0.00081273009654389452
     HotSitePower_W(4) c_u_Thermal(DC_dram_6_11)_ 0.00020748998169342338
     HotSitePower_W(4) c_u_Thermal(DC_dram_6_12)_ 0.00036568513691432594
     HotSitePower_W(4) c_u_Thermal(DC_dram_7_0)_ 0.013855086252026853
     HotSitePower_W(4) c_u_Thermal(DC_dram_7_1)_ 0.017948830999944189
     HotSitePower_W(4) c_u_Thermal(DC_dram_7_2)_ 0.01794883099994455
     HotSitePower_W(4) c_u_Thermal(DC_dram_7_3)_ 0.013855086252027147
     HotSitePower_W(4) c_u_Thermal(DC_dram_7_4)_ 0.004101002594554563
     HotSitePower_W(4) c_u_Thermal(DC_dram_7_5)_ 0.0052935576680557348
     HotSitePower_W(4) c_u_Thermal(DC_dram_7_6)_ 0.0052935576680555483
     HotSitePower_W(4) c_u_Thermal(DC_dram_7_7)_ 0.0041010025945543921
     HotSitePower_W(4) c_u_Thermal(DC_dram_7_8)_ 0.0013557522321241469
     HotSitePower_W(4) c_u_Thermal(DC_dram_7_9)_ 0.0017160270322743589
     HotSitePower_W(4) c_u_Thermal(DC_dram_7_10)_ 0.0017160270322742859
     HotSitePower_W(4) c_u_Thermal(DC_dram_7_11)_ 0.0013557522321238922
     HotSitePower_W(4) c_u_Thermal(DC_dram_7_12)_ 0.00055909123597186461
     HotSitePower_W(4) c_u_Thermal(DC_dram_7_13)_ 0.00069096831844291204
     HotSitePower_W(4) c_u_Thermal(DC_dram_7_14)_ 0.00069096831844286347
     HotSitePower_W(4) c_u_Thermal(DC_dram_7_15)_ 0.00055909123597179164
     HotSitePower_W(4) c_u_Thermal(DC_dram_8_0)_ 0.005695912243198366
     HotSitePower_W(4) c_u_Thermal(DC_dram_8_1)_ 0.0021671324988745424
     HotSitePower_W(4) c_u_Thermal(DC_dram_8_2)_ 0.00081273009654381678
     HotSitePower_W(4) c_u_Thermal(DC_dram_8_3)_ 0.00036568513691430306
     HotSitePower_W(4) c_u_Thermal(DC_dram_8_4)_ 0.0021671324988744825
     HotSitePower_W(4) c_u_Thermal(DC_dram_8_5)_ 0.00097505437657243669
     HotSitePower_W(4) c_u_Thermal(DC_dram_8_6)_ 0.00041611986422713024
     HotSitePower_W(4) c_u_Thermal(DC_dram_8_7)_ 0.00020748998169341714
     HotSitePower_W(4) c_u_Thermal(DC_dram_8_8)_ 0.00081273009654384747
     HotSitePower_W(4) c_u_Thermal(DC_dram_8_9)_ 0.00041611986422714629
     HotSitePower_W(4) c_u_Thermal(DC_dram_8_10)_ 0.00020003162442515268
     HotSitePower_W(4) c_u_Thermal(DC_dram_8_11)_ 0.00036568513691433196
     HotSitePower_W(4) c_u_Thermal(DC_dram_8_12)_ 0.00020748998169342308
     HotSitePower_W(4) c_u_Thermal(DC_logic_0_0)_ 0.00020762474502611708
     HotSitePower_W(4) c_u_Thermal(DC_logic_0_1)_ 0.00036590834795180292
     HotSitePower_W(4) c_u_Thermal(DC_logic_0_2)_ 0.0002001782612684847
     HotSitePower_W(4) c_u_Thermal(DC_logic_0_3)_ 0.00041639602047520023
     HotSitePower_W(4) c_u_Thermal(DC_logic_0_4)_ 0.00081324359309668597
     HotSitePower_W(4) c_u_Thermal(DC_logic_0_5)_ 0.00020762474502612245
     HotSitePower_W(4) c_u_Thermal(DC_logic_0_6)_ 0.00041639602047518939
     HotSitePower_W(4) c_u_Thermal(DC_logic_0_7)_ 0.00097561316523250656
     HotSitePower_W(4) c_u_Thermal(DC_logic_0_8)_ 0.0021683980270001896
     HotSitePower_W(4) c_u_Thermal(DC_logic_0_9)_ 0.0003659083479517956
     HotSitePower_W(4) c_u_Thermal(DC_logic_0_10)_ 0.00081324359309665442
     HotSitePower_W(4) c_u_Thermal(DC_logic_0_11)_ 0.0021683980270001089
     HotSitePower_W(4) c_u_Thermal(DC_logic_0_12)_ 0.0057021535147675339
     HotSitePower_W(4) c_u_Thermal(DC_logic_1_0)_ 0.00055945709573669371
     HotSitePower_W(4) c_u_Thermal(DC_logic_1_1)_ 0.00069146957735522114
     HotSitePower_W(4) c_u_Thermal(DC_logic_1_2)_ 0.00069146957735517474
     HotSitePower_W(4) c_u_Thermal(DC_logic_1_3)_ 0.00055945709573670304
     HotSitePower_W(4) c_u_Thermal(DC_logic_1_4)_ 0.0013566922155561561
     HotSitePower_W(4) c_u_Thermal(DC_logic_1_5)_ 0.0017173166649871506
     HotSitePower_W(4) c_u_Thermal(DC_logic_1_6)_ 0.0017173166649870823
     HotSitePower_W(4) c_u_Thermal(DC_logic_1_7)_ 0.001356692215556098
     HotSitePower_W(4) c_u_Thermal(DC_logic_1_8)_ 0.0041048615127048486
     HotSitePower_W(4) c_u_Thermal(DC_logic_1_9)_ 0.0052985811119672125
     HotSitePower_W(4) c_u_Thermal(DC_logic_1_10)_ 0.0052985811119669393
     HotSitePower_W(4) c_u_Thermal(DC_logic_1_11)_ 0.0041048615127042103
     HotSitePower_W(4) c_u_Thermal(DC_logic_1_12)_ 0.013929700364690099
     HotSitePower_W(4) c_u_Thermal(DC_logic_1_13)_ 0.018032786507249186
     HotSitePower_W(4) c_u_Thermal(DC_logic_1_14)_ 0.018032786507248131
     HotSitePower_W(4) c_u_Thermal(DC_logic_1_15)_ 0.013929700364689875
     HotSitePower_W(4) c_u_Thermal(DC_logic_2_0)_ 0.00036590834795179267
     HotSitePower_W(4) c_u_Thermal(DC_logic_2_1)_ 0.00020762474502611632
     HotSitePower_W(4) c_u_Thermal(DC_logic_2_2)_ 0.00081324359309666245
     HotSitePower_W(4) c_u_Thermal(DC_logic_2_3)_ 0.00041639602047520603
     HotSitePower_W(4) c_u_Thermal(DC_logic_2_4)_ 0.00020017826126848893
     HotSitePower_W(4) c_u_Thermal(DC_logic_2_5)_ 0.0021683980270002022
     HotSitePower_W(4) c_u_Thermal(DC_logic_2_6)_ 0.00097561316523247892
     HotSitePower_W(4) c_u_Thermal(DC_logic_2_7)_ 0.00041639602047517969
     HotSitePower_W(4) c_u_Thermal(DC_logic_2_8)_ 0.00020762474502612202
     HotSitePower_W(4) c_u_Thermal(DC_logic_2_9)_ 0.0057021535147673387
     HotSitePower_W(4) c_u_Thermal(DC_logic_2_10)_ 0.002168398027000246
     HotSitePower_W(4) c_u_Thermal(DC_logic_2_11)_ 0.00081324359309662873
     HotSitePower_W(4) c_u_Thermal(DC_logic_2_12)_ 0.00036590834795177809
     HotSitePower_W(4) c_u_Thermal(DC_logic_3_0)_ 0.00055945709573669328
     HotSitePower_W(4) c_u_Thermal(DC_logic_3_1)_ 0.0013566922155560581
     HotSitePower_W(4) c_u_Thermal(DC_logic_3_2)_ 0.0041048615127047793
     HotSitePower_W(4) c_u_Thermal(DC_logic_3_3)_ 0.013929700364690389
     HotSitePower_W(4) c_u_Thermal(DC_logic_3_4)_ 0.00069146957735521334
     HotSitePower_W(4) c_u_Thermal(DC_logic_3_5)_ 0.0017173166649870515
     HotSitePower_W(4) c_u_Thermal(DC_logic_3_6)_ 0.0052985811119668569
     HotSitePower_W(4) c_u_Thermal(DC_logic_3_7)_ 0.018032786507248721
     HotSitePower_W(4) c_u_Thermal(DC_logic_3_8)_ 0.000691469577355173
     HotSitePower_W(4) c_u_Thermal(DC_logic_3_9)_ 0.001717316664987065
     HotSitePower_W(4) c_u_Thermal(DC_logic_3_10)_ 0.0052985811119669584
     HotSitePower_W(4) c_u_Thermal(DC_logic_3_11)_ 0.018032786507248117
     HotSitePower_W(4) c_u_Thermal(DC_logic_3_12)_ 0.0005594570957367232
     HotSitePower_W(4) c_u_Thermal(DC_logic_3_13)_ 0.0013566922155561626
     HotSitePower_W(4) c_u_Thermal(DC_logic_3_14)_ 0.004104861512704689
     HotSitePower_W(4) c_u_Thermal(DC_logic_3_15)_ 0.013929700364690857
     HotSitePower_W(4) c_u_Thermal(DC_logic_4_0)_ 0.082910512790188587
     HotSitePower_W(4) c_u_Thermal(DC_logic_4_1)_ 0.099173617611020448
     HotSitePower_W(4) c_u_Thermal(DC_logic_4_2)_ 0.099173617611019574
     HotSitePower_W(4) c_u_Thermal(DC_logic_4_3)_ 0.082910512790189766
     HotSitePower_W(4) c_u_Thermal(DC_logic_4_4)_ 0.099173617611017756
     HotSitePower_W(4) c_u_Thermal(DC_logic_4_5)_ 0.11945109097909293
     HotSitePower_W(4) c_u_Thermal(DC_logic_4_6)_ 0.119451090979091
     HotSitePower_W(4) c_u_Thermal(DC_logic_4_7)_ 0.09917361761102185
     HotSitePower_W(4) c_u_Thermal(DC_logic_4_8)_ 0.099173617611018131
     HotSitePower_W(4) c_u_Thermal(DC_logic_4_9)_ 0.1194510909790877
     HotSitePower_W(4) c_u_Thermal(DC_logic_4_10)_ 0.11945109097908668
     HotSitePower_W(4) c_u_Thermal(DC_logic_4_11)_ 0.099173617611013842
     HotSitePower_W(4) c_u_Thermal(DC_logic_4_12)_ 0.082910512790189766
     HotSitePower_W(4) c_u_Thermal(DC_logic_4_13)_ 0.09917361761101734
     HotSitePower_W(4) c_u_Thermal(DC_logic_4_14)_ 0.099173617611015633
     HotSitePower_W(4) c_u_Thermal(DC_logic_4_15)_ 0.08291051279019096
     HotSitePower_W(4) c_u_Thermal(DC_logic_5_0)_ 0.013929700364690267
     HotSitePower_W(4) c_u_Thermal(DC_logic_5_1)_ 0.0041048615127047376
     HotSitePower_W(4) c_u_Thermal(DC_logic_5_2)_ 0.0013566922155561552
     HotSitePower_W(4) c_u_Thermal(DC_logic_5_3)_ 0.00055945709573672396
     HotSitePower_W(4) c_u_Thermal(DC_logic_5_4)_ 0.018032786507249841
     HotSitePower_W(4) c_u_Thermal(DC_logic_5_5)_ 0.0052985811119672134
     HotSitePower_W(4) c_u_Thermal(DC_logic_5_6)_ 0.0017173166649871296
     HotSitePower_W(4) c_u_Thermal(DC_logic_5_7)_ 0.00069146957735526364
     HotSitePower_W(4) c_u_Thermal(DC_logic_5_8)_ 0.018032786507247656
     HotSitePower_W(4) c_u_Thermal(DC_logic_5_9)_ 0.0052985811119666193
     HotSitePower_W(4) c_u_Thermal(DC_logic_5_10)_ 0.0017173166649870342
     HotSitePower_W(4) c_u_Thermal(DC_logic_5_11)_ 0.00069146957735519035
     HotSitePower_W(4) c_u_Thermal(DC_logic_5_12)_ 0.013929700364690312
     HotSitePower_W(4) c_u_Thermal(DC_logic_5_13)_ 0.0041048615127046943
     HotSitePower_W(4) c_u_Thermal(DC_logic_5_14)_ 0.0013566922155559739
     HotSitePower_W(4) c_u_Thermal(DC_logic_5_15)_ 0.00055945709573665739
     HotSitePower_W(4) c_u_Thermal(DC_logic_6_0)_ 0.00036590834795182156
     HotSitePower_W(4) c_u_Thermal(DC_logic_6_1)_ 0.00081324359309672294
     HotSitePower_W(4) c_u_Thermal(DC_logic_6_2)_ 0.0021683980270004251
     HotSitePower_W(4) c_u_Thermal(DC_logic_6_3)_ 0.0057021535147679121
     HotSitePower_W(4) c_u_Thermal(DC_logic_6_4)_ 0.00020762474502613427
     HotSitePower_W(4) c_u_Thermal(DC_logic_6_5)_ 0.00041639602047523059
     HotSitePower_W(4) c_u_Thermal(DC_logic_6_6)_ 0.00097561316523261693
     HotSitePower_W(4) c_u_Thermal(DC_logic_6_7)_ 0.0021683980270004789
     HotSitePower_W(4) c_u_Thermal(DC_logic_6_8)_ 0.00020017826126851094
     HotSitePower_W(4) c_u_Thermal(DC_logic_6_9)_ 0.00041639602047525325
     HotSitePower_W(4) c_u_Thermal(DC_logic_6_10)_ 0.00081324359309675178
     HotSitePower_W(4) c_u_Thermal(DC_logic_6_11)_ 0.0002076247450261408
     HotSitePower_W(4) c_u_Thermal(DC_logic_6_12)_ 0.00036590834795182368
     HotSitePower_W(4) c_u_Thermal(DC_logic_7_0)_ 0.013929700364690753
     HotSitePower_W(4) c_u_Thermal(DC_logic_7_1)_ 0.018032786507249123
     HotSitePower_W(4) c_u_Thermal(DC_logic_7_2)_ 0.018032786507249501
     HotSitePower_W(4) c_u_Thermal(DC_logic_7_3)_ 0.013929700364691109
     HotSitePower_W(4) c_u_Thermal(DC_logic_7_4)_ 0.0041048615127049614
     HotSitePower_W(4) c_u_Thermal(DC_logic_7_5)_ 0.0052985811119674389
     HotSitePower_W(4) c_u_Thermal(DC_logic_7_6)_ 0.0052985811119672654
     HotSitePower_W(4) c_u_Thermal(DC_logic_7_7)_ 0.0041048615127047966
     HotSitePower_W(4) c_u_Thermal(DC_logic_7_8)_ 0.0013566922155562868
     HotSitePower_W(4) c_u_Thermal(DC_logic_7_9)_ 0.0017173166649872853
     HotSitePower_W(4) c_u_Thermal(DC_logic_7_10)_ 0.0017173166649872109
     HotSitePower_W(4) c_u_Thermal(DC_logic_7_11)_ 0.0013566922155560327
     HotSitePower_W(4) c_u_Thermal(DC_logic_7_12)_ 0.00055945709573676288
     HotSitePower_W(4) c_u_Thermal(DC_logic_7_13)_ 0.0006914695773553172
     HotSitePower_W(4) c_u_Thermal(DC_logic_7_14)_ 0.00069146957735526809
     HotSitePower_W(4) c_u_Thermal(DC_logic_7_15)_ 0.00055945709573668981
     HotSitePower_W(4) c_u_Thermal(DC_logic_8_0)_ 0.0057021535147675391
     HotSitePower_W(4) c_u_Thermal(DC_logic_8_1)_ 0.002168398027000305
     HotSitePower_W(4) c_u_Thermal(DC_logic_8_2)_ 0.00081324359309667253
     HotSitePower_W(4) c_u_Thermal(DC_logic_8_3)_ 0.00036590834795180042
     HotSitePower_W(4) c_u_Thermal(DC_logic_8_4)_ 0.0021683980270002434
     HotSitePower_W(4) c_u_Thermal(DC_logic_8_5)_ 0.00097561316523256576
     HotSitePower_W(4) c_u_Thermal(DC_logic_8_6)_ 0.00041639602047520517
     HotSitePower_W(4) c_u_Thermal(DC_logic_8_7)_ 0.0002076247450261341
     HotSitePower_W(4) c_u_Thermal(DC_logic_8_8)_ 0.00081324359309670332
     HotSitePower_W(4) c_u_Thermal(DC_logic_8_9)_ 0.00041639602047522137
     HotSitePower_W(4) c_u_Thermal(DC_logic_8_10)_ 0.00020017826126850693
     HotSitePower_W(4) c_u_Thermal(DC_logic_8_11)_ 0.00036590834795182964
     HotSitePower_W(4) c_u_Thermal(DC_logic_8_12)_ 0.00020762474502614023
     HotSitePower_W(4) c_u_Thermal(PC_dram_0_0)_ 0.000182820197244596
     HotSitePower_W(4) c_u_Thermal(PC_dram_0_1)_ 0.00032591950223684823
     HotSitePower_W(4) c_u_Thermal(PC_dram_0_2)_ 0.00017630237851894178
     HotSitePower_W(4) c_u_Thermal(PC_dram_0_3)_ 0.00037194523870055855
     HotSitePower_W(4) c_u_Thermal(PC_dram_0_4)_ 0.00073514979410057755
     HotSitePower_W(4) c_u_Thermal(PC_dram_0_5)_ 0.00018282019724457326
     HotSitePower_W(4) c_u_Thermal(PC_dram_0_6)_ 0.0003719452387005276
     HotSitePower_W(4) c_u_Thermal(PC_dram_0_7)_ 0.00088396157840885331
     HotSitePower_W(4) c_u_Thermal(PC_dram_0_8)_ 0.0019874396811999885
     HotSitePower_W(4) c_u_Thermal(PC_dram_0_9)_ 0.00032591950223679483
     HotSitePower_W(4) c_u_Thermal(PC_dram_0_10)_ 0.00073514979410047347
     HotSitePower_W(4) c_u_Thermal(PC_dram_0_11)_ 0.0019874396811997734
     HotSitePower_W(4) c_u_Thermal(PC_dram_0_12)_ 0.005252286909728769
     HotSitePower_W(4) c_u_Thermal(PC_dram_1_0)_ 0.00050276923721305727
     HotSitePower_W(4) c_u_Thermal(PC_dram_1_1)_ 0.00062535547048001093
     HotSitePower_W(4) c_u_Thermal(PC_dram_1_2)_ 0.00062535547048000876
     HotSitePower_W(4) c_u_Thermal(PC_dram_1_3)_ 0.00050276923721305434
     HotSitePower_W(4) c_u_Thermal(PC_dram_1_4)_ 0.0012387572471928726
     HotSitePower_W(4) c_u_Thermal(PC_dram_1_5)_ 0.0015829366253409033
     HotSitePower_W(4) c_u_Thermal(PC_dram_1_6)_ 0.0015829366253409334
     HotSitePower_W(4) c_u_Thermal(PC_dram_1_7)_ 0.0012387572471928626
     HotSitePower_W(4) c_u_Thermal(PC_dram_1_8)_ 0.0037877621668740134
     HotSitePower_W(4) c_u_Thermal(PC_dram_1_9)_ 0.004957698018770257
     HotSitePower_W(4) c_u_Thermal(PC_dram_1_10)_ 0.0049576980187702874
     HotSitePower_W(4) c_u_Thermal(PC_dram_1_11)_ 0.0037877621668740962
     HotSitePower_W(4) c_u_Thermal(PC_dram_1_12)_ 0.012446327267189737
     HotSitePower_W(4) c_u_Thermal(PC_dram_1_13)_ 0.016566345025107031
     HotSitePower_W(4) c_u_Thermal(PC_dram_1_14)_ 0.016566345025107568
     HotSitePower_W(4) c_u_Thermal(PC_dram_1_15)_ 0.012446327267190306
     HotSitePower_W(4) c_u_Thermal(PC_dram_2_0)_ 0.00032591950223684774
     HotSitePower_W(4) c_u_Thermal(PC_dram_2_1)_ 0.00018282019724461356
     HotSitePower_W(4) c_u_Thermal(PC_dram_2_2)_ 0.00073514979410057722
     HotSitePower_W(4) c_u_Thermal(PC_dram_2_3)_ 0.00037194523870059265
     HotSitePower_W(4) c_u_Thermal(PC_dram_2_4)_ 0.00017630237851895235
     HotSitePower_W(4) c_u_Thermal(PC_dram_2_5)_ 0.0019874396812000804
     HotSitePower_W(4) c_u_Thermal(PC_dram_2_6)_ 0.00088396157840896737
     HotSitePower_W(4) c_u_Thermal(PC_dram_2_7)_ 0.00037194523870056543
     HotSitePower_W(4) c_u_Thermal(PC_dram_2_8)_ 0.00018282019724459497
     HotSitePower_W(4) c_u_Thermal(PC_dram_2_9)_ 0.0052522869097291836
     HotSitePower_W(4) c_u_Thermal(PC_dram_2_10)_ 0.0019874396812000648
     HotSitePower_W(4) c_u_Thermal(PC_dram_2_11)_ 0.00073514979410056486
     HotSitePower_W(4) c_u_Thermal(PC_dram_2_12)_ 0.00032591950223682953
     HotSitePower_W(4) c_u_Thermal(PC_dram_3_0)_ 0.00050276923721301553
     HotSitePower_W(4) c_u_Thermal(PC_dram_3_1)_ 0.0012387572471927221
     HotSitePower_W(4) c_u_Thermal(PC_dram_3_2)_ 0.0037877621668735454
     HotSitePower_W(4) c_u_Thermal(PC_dram_3_3)_ 0.012446327267189049
     HotSitePower_W(4) c_u_Thermal(PC_dram_3_4)_ 0.00062535547047995108
     HotSitePower_W(4) c_u_Thermal(PC_dram_3_5)_ 0.0015829366253407614
     HotSitePower_W(4) c_u_Thermal(PC_dram_3_6)_ 0.0049576980187697748
     HotSitePower_W(4) c_u_Thermal(PC_dram_3_7)_ 0.016566345025105577
     HotSitePower_W(4) c_u_Thermal(PC_dram_3_8)_ 0.00062535547047997623
     HotSitePower_W(4) c_u_Thermal(PC_dram_3_9)_ 0.0015829366253407912
     HotSitePower_W(4) c_u_Thermal(PC_dram_3_10)_ 0.0049576980187699049
     HotSitePower_W(4) c_u_Thermal(PC_dram_3_11)_ 0.016566345025105348
     HotSitePower_W(4) c_u_Thermal(PC_dram_3_12)_ 0.00050276923721301564
     HotSitePower_W(4) c_u_Thermal(PC_dram_3_13)_ 0.001238757247192783
     HotSitePower_W(4) c_u_Thermal(PC_dram_3_14)_ 0.0037877621668739362
     HotSitePower_W(4) c_u_Thermal(PC_dram_3_15)_ 0.012446327267189234
     HotSitePower_W(4) c_u_Thermal(PC_dram_4_0)_ 0.062921880326931232
     HotSitePower_W(4) c_u_Thermal(PC_dram_4_1)_ 0.080129763833939313
     HotSitePower_W(4) c_u_Thermal(PC_dram_4_2)_ 0.080129763833942824
     HotSitePower_W(4) c_u_Thermal(PC_dram_4_3)_ 0.062921880326933743
     HotSitePower_W(4) c_u_Thermal(PC_dram_4_4)_ 0.080129763833936329
     HotSitePower_W(4) c_u_Thermal(PC_dram_4_5)_ 0.10252244608752331
     HotSitePower_W(4) c_u_Thermal(PC_dram_4_6)_ 0.10252244608752344
     HotSitePower_W(4) c_u_Thermal(PC_dram_4_7)_ 0.080129763833937398
     HotSitePower_W(4) c_u_Thermal(PC_dram_4_8)_ 0.080129763833934803
     HotSitePower_W(4) c_u_Thermal(PC_dram_4_9)_ 0.10252244608752122
     HotSitePower_W(4) c_u_Thermal(PC_dram_4_10)_ 0.10252244608752174
     HotSitePower_W(4) c_u_Thermal(PC_dram_4_11)_ 0.080129763833934303
     HotSitePower_W(4) c_u_Thermal(PC_dram_4_12)_ 0.06292188032693187
     HotSitePower_W(4) c_u_Thermal(PC_dram_4_13)_ 0.080129763833936538
     HotSitePower_W(4) c_u_Thermal(PC_dram_4_14)_ 0.080129763833938994
     HotSitePower_W(4) c_u_Thermal(PC_dram_4_15)_ 0.062921880326932078
     HotSitePower_W(4) c_u_Thermal(PC_dram_5_0)_ 0.012446327267190114
     HotSitePower_W(4) c_u_Thermal(PC_dram_5_1)_ 0.0037877621668740494
     HotSitePower_W(4) c_u_Thermal(PC_dram_5_2)_ 0.0012387572471928298
     HotSitePower_W(4) c_u_Thermal(PC_dram_5_3)_ 0.00050276923721304253
     HotSitePower_W(4) c_u_Thermal(PC_dram_5_4)_ 0.016566345025106326
     HotSitePower_W(4) c_u_Thermal(PC_dram_5_5)_ 0.0049576980187699274
     HotSitePower_W(4) c_u_Thermal(PC_dram_5_6)_ 0.0015829366253407844
     HotSitePower_W(4) c_u_Thermal(PC_dram_5_7)_ 0.00062535547047996756
     HotSitePower_W(4) c_u_Thermal(PC_dram_5_8)_ 0.016566345025106073
     HotSitePower_W(4) c_u_Thermal(PC_dram_5_9)_ 0.0049576980187697505
     HotSitePower_W(4) c_u_Thermal(PC_dram_5_10)_ 0.0015829366253408373
     HotSitePower_W(4) c_u_Thermal(PC_dram_5_11)_ 0.00062535547047999022
     HotSitePower_W(4) c_u_Thermal(PC_dram_5_12)_ 0.012446327267189812
     HotSitePower_W(4) c_u_Thermal(PC_dram_5_13)_ 0.0037877621668738954
     HotSitePower_W(4) c_u_Thermal(PC_dram_5_14)_ 0.0012387572471928188
     HotSitePower_W(4) c_u_Thermal(PC_dram_5_15)_ 0.00050276923721304047
     HotSitePower_W(4) c_u_Thermal(PC_dram_6_0)_ 0.00032591950223682123
     HotSitePower_W(4) c_u_Thermal(PC_dram_6_1)_ 0.00073514979410052399
     HotSitePower_W(4) c_u_Thermal(PC_dram_6_2)_ 0.0019874396811999989
     HotSitePower_W(4) c_u_Thermal(PC_dram_6_3)_ 0.0052522869097289086
     HotSitePower_W(4) c_u_Thermal(PC_dram_6_4)_ 0.00018282019724458632
     HotSitePower_W(4) c_u_Thermal(PC_dram_6_5)_ 0.00037194523870055627
     HotSitePower_W(4) c_u_Thermal(PC_dram_6_6)_ 0.00088396157840892097
     HotSitePower_W(4) c_u_Thermal(PC_dram_6_7)_ 0.0019874396812000045
     HotSitePower_W(4) c_u_Thermal(PC_dram_6_8)_ 0.00017630237851894734
     HotSitePower_W(4) c_u_Thermal(PC_dram_6_9)_ 0.00037194523870055503
     HotSitePower_W(4) c_u_Thermal(PC_dram_6_10)_ 0.00073514979410055489
     HotSitePower_W(4) c_u_Thermal(PC_dram_6_11)_ 0.00018282019724459453
     HotSitePower_W(4) c_u_Thermal(PC_dram_6_12)_ 0.00032591950223682318
     HotSitePower_W(4) c_u_Thermal(PC_dram_7_0)_ 0.012446327267189862
     HotSitePower_W(4) c_u_Thermal(PC_dram_7_1)_ 0.016566345025106836
     HotSitePower_W(4) c_u_Thermal(PC_dram_7_2)_ 0.016566345025107218
     HotSitePower_W(4) c_u_Thermal(PC_dram_7_3)_ 0.012446327267189524
     HotSitePower_W(4) c_u_Thermal(PC_dram_7_4)_ 0.0037877621668739674
     HotSitePower_W(4) c_u_Thermal(PC_dram_7_5)_ 0.0049576980187700835
     HotSitePower_W(4) c_u_Thermal(PC_dram_7_6)_ 0.0049576980187702041
     HotSitePower_W(4) c_u_Thermal(PC_dram_7_7)_ 0.0037877621668739631
     HotSitePower_W(4) c_u_Thermal(PC_dram_7_8)_ 0.001238757247192821
     HotSitePower_W(4) c_u_Thermal(PC_dram_7_9)_ 0.0015829366253408705
     HotSitePower_W(4) c_u_Thermal(PC_dram_7_10)_ 0.001582936625340892
     HotSitePower_W(4) c_u_Thermal(PC_dram_7_11)_ 0.0012387572471928296
     HotSitePower_W(4) c_u_Thermal(PC_dram_7_12)_ 0.00050276923721305467
     HotSitePower_W(4) c_u_Thermal(PC_dram_7_13)_ 0.0006253554704799848
     HotSitePower_W(4) c_u_Thermal(PC_dram_7_14)_ 0.00062535547048001385
     HotSitePower_W(4) c_u_Thermal(PC_dram_7_15)_ 0.00050276923721305456
     HotSitePower_W(4) c_u_Thermal(PC_dram_8_0)_ 0.0052522869097287378
     HotSitePower_W(4) c_u_Thermal(PC_dram_8_1)_ 0.0019874396811999299
     HotSitePower_W(4) c_u_Thermal(PC_dram_8_2)_ 0.00073514979410055218
     HotSitePower_W(4) c_u_Thermal(PC_dram_8_3)_ 0.00032591950223682036
     HotSitePower_W(4) c_u_Thermal(PC_dram_8_4)_ 0.0019874396811999555
     HotSitePower_W(4) c_u_Thermal(PC_dram_8_5)_ 0.00088396157840893756
     HotSitePower_W(4) c_u_Thermal(PC_dram_8_6)_ 0.00037194523870056018
     HotSitePower_W(4) c_u_Thermal(PC_dram_8_7)_ 0.00018282019724459326
     HotSitePower_W(4) c_u_Thermal(PC_dram_8_8)_ 0.00073514979410053375
     HotSitePower_W(4) c_u_Thermal(PC_dram_8_9)_ 0.00037194523870055432
     HotSitePower_W(4) c_u_Thermal(PC_dram_8_10)_ 0.00017630237851895181
     HotSitePower_W(4) c_u_Thermal(PC_dram_8_11)_ 0.00032591950223683213
     HotSitePower_W(4) c_u_Thermal(PC_dram_8_12)_ 0.00018282019724460321
     HotSitePower_W(4) c_u_Thermal(PC_logic_0_0)_ 0.00018294499049247134
     HotSitePower_W(4) c_u_Thermal(PC_logic_0_1)_ 0.00032611639089553512
     HotSitePower_W(4) c_u_Thermal(PC_logic_0_2)_ 0.00017645039309516667
     HotSitePower_W(4) c_u_Thermal(PC_logic_0_3)_ 0.00037221398116539896
     HotSitePower_W(4) c_u_Thermal(PC_logic_0_4)_ 0.00073563253941979849
     HotSitePower_W(4) c_u_Thermal(PC_logic_0_5)_ 0.00018294499049244857
     HotSitePower_W(4) c_u_Thermal(PC_logic_0_6)_ 0.00037221398116536861
     HotSitePower_W(4) c_u_Thermal(PC_logic_0_7)_ 0.0008844554403238551
     HotSitePower_W(4) c_u_Thermal(PC_logic_0_8)_ 0.0019884380703444277
     HotSitePower_W(4) c_u_Thermal(PC_logic_0_9)_ 0.00032611639089548172
     HotSitePower_W(4) c_u_Thermal(PC_logic_0_10)_ 0.00073563253941969528
     HotSitePower_W(4) c_u_Thermal(PC_logic_0_11)_ 0.0019884380703442122
     HotSitePower_W(4) c_u_Thermal(PC_logic_0_12)_ 0.0052561146637607444
     HotSitePower_W(4) c_u_Thermal(PC_logic_1_0)_ 0.00050310656541233893
     HotSitePower_W(4) c_u_Thermal(PC_logic_1_1)_ 0.00062585729313160293
     HotSitePower_W(4) c_u_Thermal(PC_logic_1_2)_ 0.0006258572931316013
     HotSitePower_W(4) c_u_Thermal(PC_logic_1_3)_ 0.00050310656541233633
     HotSitePower_W(4) c_u_Thermal(PC_logic_1_4)_ 0.0012396551700990888
     HotSitePower_W(4) c_u_Thermal(PC_logic_1_5)_ 0.0015842561767212778
     HotSitePower_W(4) c_u_Thermal(PC_logic_1_6)_ 0.0015842561767213097
     HotSitePower_W(4) c_u_Thermal(PC_logic_1_7)_ 0.0012396551700990766
     HotSitePower_W(4) c_u_Thermal(PC_logic_1_8)_ 0.0037903926395401136
     HotSitePower_W(4) c_u_Thermal(PC_logic_1_9)_ 0.0049615050903587714
     HotSitePower_W(4) c_u_Thermal(PC_logic_1_10)_ 0.0049615050903588087
     HotSitePower_W(4) c_u_Thermal(PC_logic_1_11)_ 0.0037903926395401908
     HotSitePower_W(4) c_u_Thermal(PC_logic_1_12)_ 0.012501507448705769
     HotSitePower_W(4) c_u_Thermal(PC_logic_1_13)_ 0.016631400561721861
     HotSitePower_W(4) c_u_Thermal(PC_logic_1_14)_ 0.016631400561722399
     HotSitePower_W(4) c_u_Thermal(PC_logic_1_15)_ 0.012501507448706345
     HotSitePower_W(4) c_u_Thermal(PC_logic_2_0)_ 0.00032611639089553561
     HotSitePower_W(4) c_u_Thermal(PC_logic_2_1)_ 0.00018294499049248907
     HotSitePower_W(4) c_u_Thermal(PC_logic_2_2)_ 0.0007356325394197986
     HotSitePower_W(4) c_u_Thermal(PC_logic_2_3)_ 0.00037221398116543339
     HotSitePower_W(4) c_u_Thermal(PC_logic_2_4)_ 0.00017645039309517702
     HotSitePower_W(4) c_u_Thermal(PC_logic_2_5)_ 0.0019884380703445214
     HotSitePower_W(4) c_u_Thermal(PC_logic_2_6)_ 0.00088445544032396785
     HotSitePower_W(4) c_u_Thermal(PC_logic_2_7)_ 0.00037221398116540644
     HotSitePower_W(4) c_u_Thermal(PC_logic_2_8)_ 0.00018294499049247053
     HotSitePower_W(4) c_u_Thermal(PC_logic_2_9)_ 0.0052561146637611685
     HotSitePower_W(4) c_u_Thermal(PC_logic_2_10)_ 0.0019884380703445062
     HotSitePower_W(4) c_u_Thermal(PC_logic_2_11)_ 0.00073563253941978505
     HotSitePower_W(4) c_u_Thermal(PC_logic_2_12)_ 0.00032611639089551717
     HotSitePower_W(4) c_u_Thermal(PC_logic_3_0)_ 0.00050310656541229773
     HotSitePower_W(4) c_u_Thermal(PC_logic_3_1)_ 0.001239655170098937
     HotSitePower_W(4) c_u_Thermal(PC_logic_3_2)_ 0.0037903926395396435
     HotSitePower_W(4) c_u_Thermal(PC_logic_3_3)_ 0.012501507448705085
     HotSitePower_W(4) c_u_Thermal(PC_logic_3_4)_ 0.00062585729313154265
     HotSitePower_W(4) c_u_Thermal(PC_logic_3_5)_ 0.0015842561767211358
     HotSitePower_W(4) c_u_Thermal(PC_logic_3_6)_ 0.0049615050903582883
     HotSitePower_W(4) c_u_Thermal(PC_logic_3_7)_ 0.016631400561720404
     HotSitePower_W(4) c_u_Thermal(PC_logic_3_8)_ 0.00062585729313156823
     HotSitePower_W(4) c_u_Thermal(PC_logic_3_9)_ 0.0015842561767211675
     HotSitePower_W(4) c_u_Thermal(PC_logic_3_10)_ 0.0049615050903584245
     HotSitePower_W(4) c_u_Thermal(PC_logic_3_11)_ 0.016631400561720151
     HotSitePower_W(4) c_u_Thermal(PC_logic_3_12)_ 0.00050310656541229708
     HotSitePower_W(4) c_u_Thermal(PC_logic_3_13)_ 0.0012396551700989971
     HotSitePower_W(4) c_u_Thermal(PC_logic_3_14)_ 0.0037903926395400304
     HotSitePower_W(4) c_u_Thermal(PC_logic_3_15)_ 0.012501507448705259
     HotSitePower_W(4) c_u_Thermal(PC_logic_4_0)_ 0.067353793228044065
     HotSitePower_W(4) c_u_Thermal(PC_logic_4_1)_ 0.085043833376916608
     HotSitePower_W(4) c_u_Thermal(PC_logic_4_2)_ 0.085043833376920369
     HotSitePower_W(4) c_u_Thermal(PC_logic_4_3)_ 0.067353793228046646
     HotSitePower_W(4) c_u_Thermal(PC_logic_4_4)_ 0.085043833376913569
     HotSitePower_W(4) c_u_Thermal(PC_logic_4_5)_ 0.10792761143010939
     HotSitePower_W(4) c_u_Thermal(PC_logic_4_6)_ 0.10792761143010941
     HotSitePower_W(4) c_u_Thermal(PC_logic_4_7)_ 0.085043833376914721
     HotSitePower_W(4) c_u_Thermal(PC_logic_4_8)_ 0.085043833376912265
     HotSitePower_W(4) c_u_Thermal(PC_logic_4_9)_ 0.10792761143010728
     HotSitePower_W(4) c_u_Thermal(PC_logic_4_10)_ 0.10792761143010778
     HotSitePower_W(4) c_u_Thermal(PC_logic_4_11)_ 0.085043833376911571
     HotSitePower_W(4) c_u_Thermal(PC_logic_4_12)_ 0.0673537932280448
     HotSitePower_W(4) c_u_Thermal(PC_logic_4_13)_ 0.085043833376913958
     HotSitePower_W(4) c_u_Thermal(PC_logic_4_14)_ 0.085043833376916358
     HotSitePower_W(4) c_u_Thermal(PC_logic_4_15)_ 0.067353793228045009
     HotSitePower_W(4) c_u_Thermal(PC_logic_5_0)_ 0.012501507448706154
     HotSitePower_W(4) c_u_Thermal(PC_logic_5_1)_ 0.003790392639540147
     HotSitePower_W(4) c_u_Thermal(PC_logic_5_2)_ 0.001239655170099045
     HotSitePower_W(4) c_u_Thermal(PC_logic_5_3)_ 0.00050310656541232451
     HotSitePower_W(4) c_u_Thermal(PC_logic_5_4)_ 0.016631400561721143
     HotSitePower_W(4) c_u_Thermal(PC_logic_5_5)_ 0.0049615050903584453
     HotSitePower_W(4) c_u_Thermal(PC_logic_5_6)_ 0.0015842561767211575
     HotSitePower_W(4) c_u_Thermal(PC_logic_5_7)_ 0.00062585729313155967
     HotSitePower_W(4) c_u_Thermal(PC_logic_5_8)_ 0.016631400561720921
     HotSitePower_W(4) c_u_Thermal(PC_logic_5_9)_ 0.0049615050903582727
     HotSitePower_W(4) c_u_Thermal(PC_logic_5_10)_ 0.001584256176721211
     HotSitePower_W(4) c_u_Thermal(PC_logic_5_11)_ 0.00062585729313158222
     HotSitePower_W(4) c_u_Thermal(PC_logic_5_12)_ 0.012501507448705861
     HotSitePower_W(4) c_u_Thermal(PC_logic_5_13)_ 0.0037903926395399961
     HotSitePower_W(4) c_u_Thermal(PC_logic_5_14)_ 0.0012396551700990337
     HotSitePower_W(4) c_u_Thermal(PC_logic_5_15)_ 0.0005031065654123218
     HotSitePower_W(4) c_u_Thermal(PC_logic_6_0)_ 0.00032611639089550899
     HotSitePower_W(4) c_u_Thermal(PC_logic_6_1)_ 0.00073563253941974526
     HotSitePower_W(4) c_u_Thermal(PC_logic_6_2)_ 0.0019884380703444385
     HotSitePower_W(4) c_u_Thermal(PC_logic_6_3)_ 0.0052561146637608979
     HotSitePower_W(4) c_u_Thermal(PC_logic_6_4)_ 0.00018294499049246148
     HotSitePower_W(4) c_u_Thermal(PC_logic_6_5)_ 0.00037221398116539663
     HotSitePower_W(4) c_u_Thermal(PC_logic_6_6)_ 0.00088445544032392123
     HotSitePower_W(4) c_u_Thermal(PC_logic_6_7)_ 0.0019884380703444437
     HotSitePower_W(4) c_u_Thermal(PC_logic_6_8)_ 0.00017645039309517225
     HotSitePower_W(4) c_u_Thermal(PC_logic_6_9)_ 0.00037221398116539614
     HotSitePower_W(4) c_u_Thermal(PC_logic_6_10)_ 0.00073563253941977616
     HotSitePower_W(4) c_u_Thermal(PC_logic_6_11)_ 0.00018294499049247007
     HotSitePower_W(4) c_u_Thermal(PC_logic_6_12)_ 0.00032611639089551051
     HotSitePower_W(4) c_u_Thermal(PC_logic_7_0)_ 0.012501507448705894
     HotSitePower_W(4) c_u_Thermal(PC_logic_7_1)_ 0.01663140056172166
     HotSitePower_W(4) c_u_Thermal(PC_logic_7_2)_ 0.016631400561722069
     HotSitePower_W(4) c_u_Thermal(PC_logic_7_3)_ 0.012501507448705571
     HotSitePower_W(4) c_u_Thermal(PC_logic_7_4)_ 0.003790392639540059
     HotSitePower_W(4) c_u_Thermal(PC_logic_7_5)_ 0.004961505090358604
     HotSitePower_W(4) c_u_Thermal(PC_logic_7_6)_ 0.0049615050903587272
     HotSitePower_W(4) c_u_Thermal(PC_logic_7_7)_ 0.003790392639540062
     HotSitePower_W(4) c_u_Thermal(PC_logic_7_8)_ 0.0012396551700990354
     HotSitePower_W(4) c_u_Thermal(PC_logic_7_9)_ 0.0015842561767212434
     HotSitePower_W(4) c_u_Thermal(PC_logic_7_10)_ 0.0015842561767212661
     HotSitePower_W(4) c_u_Thermal(PC_logic_7_11)_ 0.0012396551700990435
     HotSitePower_W(4) c_u_Thermal(PC_logic_7_12)_ 0.00050310656541233643
     HotSitePower_W(4) c_u_Thermal(PC_logic_7_13)_ 0.00062585729313157702
     HotSitePower_W(4) c_u_Thermal(PC_logic_7_14)_ 0.00062585729313160629
     HotSitePower_W(4) c_u_Thermal(PC_logic_7_15)_ 0.00050310656541233622
     HotSitePower_W(4) c_u_Thermal(PC_logic_8_0)_ 0.0052561146637607175
     HotSitePower_W(4) c_u_Thermal(PC_logic_8_1)_ 0.0019884380703443674
     HotSitePower_W(4) c_u_Thermal(PC_logic_8_2)_ 0.00073563253941977388
     HotSitePower_W(4) c_u_Thermal(PC_logic_8_3)_ 0.00032611639089550763
     HotSitePower_W(4) c_u_Thermal(PC_logic_8_4)_ 0.0019884380703443943
     HotSitePower_W(4) c_u_Thermal(PC_logic_8_5)_ 0.00088445544032393826
     HotSitePower_W(4) c_u_Thermal(PC_logic_8_6)_ 0.00037221398116540026
     HotSitePower_W(4) c_u_Thermal(PC_logic_8_7)_ 0.00018294499049246855
     HotSitePower_W(4) c_u_Thermal(PC_logic_8_8)_ 0.00073563253941975578
     HotSitePower_W(4) c_u_Thermal(PC_logic_8_9)_ 0.00037221398116539468
     HotSitePower_W(4) c_u_Thermal(PC_logic_8_10)_ 0.0001764503930951767
     HotSitePower_W(4) c_u_Thermal(PC_logic_8_11)_ 0.00032611639089551929
     HotSitePower_W(4) c_u_Thermal(PC_logic_8_12)_ 0.0001829449904924785
     HotSitePower_W(5) c_e_HotSitePowerDef(5)_ 1
     HotSitePower_W(5) c_u_Thermal(DC_dram_0_0)_ 8.4670302094232914e-06
     HotSitePower_W(5) c_u_Thermal(DC_dram_0_1)_ 2.0440116691492983e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_0_2)_ 4.953549975979485e-06
     HotSitePower_W(5) c_u_Thermal(DC_dram_0_3)_ 1.2498893730929729e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_0_4)_ 3.2091922366899257e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_0_5)_ 3.4767745645540743e-06
     HotSitePower_W(5) c_u_Thermal(DC_dram_0_6)_ 7.6541795169814564e-06
     HotSitePower_W(5) c_u_Thermal(DC_dram_0_7)_ 2.0570977204875326e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_0_8)_ 5.6660006703828623e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_0_9)_ 4.9043137253139251e-06
     HotSitePower_W(5) c_u_Thermal(DC_dram_0_10)_ 1.1326512435044118e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_0_11)_ 3.2154218729696543e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_0_12)_ 9.4236120321969846e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_1_0)_ 4.7896545111595887e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_1_1)_ 0.00010549798326401753
     HotSitePower_W(5) c_u_Thermal(DC_dram_1_2)_ 0.00021241368705087211
     HotSitePower_W(5) c_u_Thermal(DC_dram_1_3)_ 0.00038433993634480668
     HotSitePower_W(5) c_u_Thermal(DC_dram_1_4)_ 8.0709174695856755e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_1_5)_ 0.00019248628067017874
     HotSitePower_W(5) c_u_Thermal(DC_dram_1_6)_ 0.00042366520798205469
     HotSitePower_W(5) c_u_Thermal(DC_dram_1_7)_ 0.00084244261046950123
     HotSitePower_W(5) c_u_Thermal(DC_dram_1_8)_ 0.00015430674955415344
     HotSitePower_W(5) c_u_Thermal(DC_dram_1_9)_ 0.00040320306653921775
     HotSitePower_W(5) c_u_Thermal(DC_dram_1_10)_ 0.00098797117426020938
     HotSitePower_W(5) c_u_Thermal(DC_dram_1_11)_ 0.0022203157310135475
     HotSitePower_W(5) c_u_Thermal(DC_dram_1_12)_ 0.00027635333031767817
     HotSitePower_W(5) c_u_Thermal(DC_dram_1_13)_ 0.00079190239024913155
     HotSitePower_W(5) c_u_Thermal(DC_dram_1_14)_ 0.0021879602051689314
     HotSitePower_W(5) c_u_Thermal(DC_dram_1_15)_ 0.0057852440497948524
     HotSitePower_W(5) c_u_Thermal(DC_dram_2_0)_ 0.00060520246382236907
     HotSitePower_W(5) c_u_Thermal(DC_dram_2_1)_ 0.000792922976854863
     HotSitePower_W(5) c_u_Thermal(DC_dram_2_2)_ 0.001434081998378607
     HotSitePower_W(5) c_u_Thermal(DC_dram_2_3)_ 0.0019035597629684532
     HotSitePower_W(5) c_u_Thermal(DC_dram_2_4)_ 0.002127193346525222
     HotSitePower_W(5) c_u_Thermal(DC_dram_2_5)_ 0.0042518325695440184
     HotSitePower_W(5) c_u_Thermal(DC_dram_2_6)_ 0.0056891065550775085
     HotSitePower_W(5) c_u_Thermal(DC_dram_2_7)_ 0.0062609578651103169
     HotSitePower_W(5) c_u_Thermal(DC_dram_2_8)_ 0.006264658318863298
     HotSitePower_W(5) c_u_Thermal(DC_dram_2_9)_ 0.014126535268618663
     HotSitePower_W(5) c_u_Thermal(DC_dram_2_10)_ 0.018729406877758446
     HotSitePower_W(5) c_u_Thermal(DC_dram_2_11)_ 0.020104636986382273
     HotSitePower_W(5) c_u_Thermal(DC_dram_2_12)_ 0.019546094181496363
     HotSitePower_W(5) c_u_Thermal(DC_dram_3_0)_ 6.3682115274116668e-06
     HotSitePower_W(5) c_u_Thermal(DC_dram_3_1)_ 1.5211795636544034e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_3_2)_ 4.4869142566361555e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_3_3)_ 0.00013764252532529533
     HotSitePower_W(5) c_u_Thermal(DC_dram_3_4)_ 7.3581995683067668e-06
     HotSitePower_W(5) c_u_Thermal(DC_dram_3_5)_ 1.785524794304237e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_3_6)_ 5.3528359786211823e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_3_7)_ 0.00016731100335153334
     HotSitePower_W(5) c_u_Thermal(DC_dram_3_8)_ 7.3581995683063179e-06
     HotSitePower_W(5) c_u_Thermal(DC_dram_3_9)_ 1.7855247943042353e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_3_10)_ 5.3528359786211911e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_3_11)_ 0.00016731100335152193
     HotSitePower_W(5) c_u_Thermal(DC_dram_3_12)_ 6.3682115274120056e-06
     HotSitePower_W(5) c_u_Thermal(DC_dram_3_13)_ 1.5211795636545181e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_3_14)_ 4.48691425663602e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_3_15)_ 0.00013764252532529758
     HotSitePower_W(5) c_u_Thermal(DC_dram_4_0)_ 0.00042781692217395636
     HotSitePower_W(5) c_u_Thermal(DC_dram_4_1)_ 0.001326094885194177
     HotSitePower_W(5) c_u_Thermal(DC_dram_4_2)_ 0.0041306599414841147
     HotSitePower_W(5) c_u_Thermal(DC_dram_4_3)_ 0.013986360565824208
     HotSitePower_W(5) c_u_Thermal(DC_dram_4_4)_ 0.00053101551465965281
     HotSitePower_W(5) c_u_Thermal(DC_dram_4_5)_ 0.0016803539204311544
     HotSitePower_W(5) c_u_Thermal(DC_dram_4_6)_ 0.0053292307798987072
     HotSitePower_W(5) c_u_Thermal(DC_dram_4_7)_ 0.018108783803727997
     HotSitePower_W(5) c_u_Thermal(DC_dram_4_8)_ 0.00053101551465962267
     HotSitePower_W(5) c_u_Thermal(DC_dram_4_9)_ 0.0016803539204309492
     HotSitePower_W(5) c_u_Thermal(DC_dram_4_10)_ 0.0053292307798981789
     HotSitePower_W(5) c_u_Thermal(DC_dram_4_11)_ 0.018108783803725596
     HotSitePower_W(5) c_u_Thermal(DC_dram_4_12)_ 0.00042781692217395311
     HotSitePower_W(5) c_u_Thermal(DC_dram_4_13)_ 0.0013260948851940995
     HotSitePower_W(5) c_u_Thermal(DC_dram_4_14)_ 0.0041306599414838918
     HotSitePower_W(5) c_u_Thermal(DC_dram_4_15)_ 0.013986360565824408
     HotSitePower_W(5) c_u_Thermal(DC_dram_5_0)_ 0.078990113944881118
     HotSitePower_W(5) c_u_Thermal(DC_dram_5_1)_ 0.095804291813442882
     HotSitePower_W(5) c_u_Thermal(DC_dram_5_2)_ 0.098579199522805611
     HotSitePower_W(5) c_u_Thermal(DC_dram_5_3)_ 0.09241738327473456
     HotSitePower_W(5) c_u_Thermal(DC_dram_5_4)_ 0.095017066038978831
     HotSitePower_W(5) c_u_Thermal(DC_dram_5_5)_ 0.11608631267650149
     HotSitePower_W(5) c_u_Thermal(DC_dram_5_6)_ 0.11969951642412253
     HotSitePower_W(5) c_u_Thermal(DC_dram_5_7)_ 0.11243488152425994
     HotSitePower_W(5) c_u_Thermal(DC_dram_5_8)_ 0.095017066038972614
     HotSitePower_W(5) c_u_Thermal(DC_dram_5_9)_ 0.11608631267649523
     HotSitePower_W(5) c_u_Thermal(DC_dram_5_10)_ 0.11969951642412087
     HotSitePower_W(5) c_u_Thermal(DC_dram_5_11)_ 0.11243488152425359
     HotSitePower_W(5) c_u_Thermal(DC_dram_5_12)_ 0.078990113944882021
     HotSitePower_W(5) c_u_Thermal(DC_dram_5_13)_ 0.09580429181344273
     HotSitePower_W(5) c_u_Thermal(DC_dram_5_14)_ 0.098579199522795022
     HotSitePower_W(5) c_u_Thermal(DC_dram_5_15)_ 0.092417383274727746
     HotSitePower_W(5) c_u_Thermal(DC_dram_6_0)_ 4.904313725314319e-06
     HotSitePower_W(5) c_u_Thermal(DC_dram_6_1)_ 1.1326512435045212e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_6_2)_ 3.2154218729701795e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_6_3)_ 9.4236120321977856e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_6_4)_ 3.4767745645543491e-06
     HotSitePower_W(5) c_u_Thermal(DC_dram_6_5)_ 7.654179516982383e-06
     HotSitePower_W(5) c_u_Thermal(DC_dram_6_6)_ 2.0570977204877951e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_6_7)_ 5.6660006703837317e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_6_8)_ 4.9535499759801863e-06
     HotSitePower_W(5) c_u_Thermal(DC_dram_6_9)_ 1.2498893730931389e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_6_10)_ 3.2091922366901967e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_6_11)_ 8.4670302094242807e-06
     HotSitePower_W(5) c_u_Thermal(DC_dram_6_12)_ 2.044011669149443e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_7_0)_ 0.00027635333031769769
     HotSitePower_W(5) c_u_Thermal(DC_dram_7_1)_ 0.00079190239024917101
     HotSitePower_W(5) c_u_Thermal(DC_dram_7_2)_ 0.0021879602051691964
     HotSitePower_W(5) c_u_Thermal(DC_dram_7_3)_ 0.0057852440497952531
     HotSitePower_W(5) c_u_Thermal(DC_dram_7_4)_ 0.00015430674955416092
     HotSitePower_W(5) c_u_Thermal(DC_dram_7_5)_ 0.00040320306653925049
     HotSitePower_W(5) c_u_Thermal(DC_dram_7_6)_ 0.00098797117426028093
     HotSitePower_W(5) c_u_Thermal(DC_dram_7_7)_ 0.0022203157310137678
     HotSitePower_W(5) c_u_Thermal(DC_dram_7_8)_ 8.0709174695865849e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_7_9)_ 0.00019248628067019513
     HotSitePower_W(5) c_u_Thermal(DC_dram_7_10)_ 0.00042366520798207301
     HotSitePower_W(5) c_u_Thermal(DC_dram_7_11)_ 0.00084244261046941742
     HotSitePower_W(5) c_u_Thermal(DC_dram_7_12)_ 4.7896545111602264e-05
     HotSitePower_W(5) c_u_Thermal(DC_dram_7_13)_ 0.00010549798326403075
     HotSitePower_W(5) c_u_Thermal(DC_dram_7_14)_ 0.00021241368705088876
     HotSitePower_W(5) c_u_Thermal(DC_dram_7_15)_ 0.0003843399363447792
     HotSitePower_W(5) c_u_Thermal(DC_dram_8_0)_ 0.014126535268618587
     HotSitePower_W(5) c_u_Thermal(DC_dram_8_1)_ 0.018729406877758401
     HotSitePower_W(5) c_u_Thermal(DC_dram_8_2)_ 0.020104636986382277
     HotSitePower_W(5) c_u_Thermal(DC_dram_8_3)_ 0.019546094181496578
     HotSitePower_W(5) c_u_Thermal(DC_dram_8_4)_ 0.004251832569543877
     HotSitePower_W(5) c_u_Thermal(DC_dram_8_5)_ 0.0056891065550778016
     HotSitePower_W(5) c_u_Thermal(DC_dram_8_6)_ 0.00626095786511029
     HotSitePower_W(5) c_u_Thermal(DC_dram_8_7)_ 0.0062646583188632442
     HotSitePower_W(5) c_u_Thermal(DC_dram_8_8)_ 0.0014340819983786239
     HotSitePower_W(5) c_u_Thermal(DC_dram_8_9)_ 0.0019035597629684558
     HotSitePower_W(5) c_u_Thermal(DC_dram_8_10)_ 0.0021271933465252962
     HotSitePower_W(5) c_u_Thermal(DC_dram_8_11)_ 0.00060520246382241071
     HotSitePower_W(5) c_u_Thermal(DC_dram_8_12)_ 0.00079292297685492046
     HotSitePower_W(5) c_u_Thermal(DC_logic_0_0)_ 8.4720385915801179e-06
     HotSitePower_W(5) c_u_Thermal(DC_logic_0_1)_ 2.0451961504630866e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_0_2)_ 4.9571466448892632e-06
     HotSitePower_W(5) c_u_Thermal(DC_logic_0_3)_ 1.2506789356751672e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_0_4)_ 3.2112178361299268e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_0_5)_ 3.4791287828050797e-06
     HotSitePower_W(5) c_u_Thermal(DC_logic_0_6)_ 7.6594266032645944e-06
     HotSitePower_W(5) c_u_Thermal(DC_logic_0_7)_ 2.0582878694282863e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_0_8)_ 5.669298877448703e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_0_9)_ 4.907355973668304e-06
     HotSitePower_W(5) c_u_Thermal(DC_logic_0_10)_ 1.1333671128067243e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_0_11)_ 3.2171073710519473e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_0_12)_ 9.4286382133838812e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_1_0)_ 4.7928487468132177e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_1_1)_ 0.00010557237217517116
     HotSitePower_W(5) c_u_Thermal(DC_logic_1_2)_ 0.00021255106967402719
     HotSitePower_W(5) c_u_Thermal(DC_logic_1_3)_ 0.00038457385137812976
     HotSitePower_W(5) c_u_Thermal(DC_logic_1_4)_ 8.076760484685978e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_1_5)_ 0.00019262861855662094
     HotSitePower_W(5) c_u_Thermal(DC_logic_1_6)_ 0.00042394566318704169
     HotSitePower_W(5) c_u_Thermal(DC_logic_1_7)_ 0.00084297468507294685
     HotSitePower_W(5) c_u_Thermal(DC_logic_1_8)_ 0.00015441088503446288
     HotSitePower_W(5) c_u_Thermal(DC_logic_1_9)_ 0.00040347256838416839
     HotSitePower_W(5) c_u_Thermal(DC_logic_1_10)_ 0.00098853661732346311
     HotSitePower_W(5) c_u_Thermal(DC_logic_1_11)_ 0.0022216118869917154
     HotSitePower_W(5) c_u_Thermal(DC_logic_1_12)_ 0.00027652932179166083
     HotSitePower_W(5) c_u_Thermal(DC_logic_1_13)_ 0.00079240619051418803
     HotSitePower_W(5) c_u_Thermal(DC_logic_1_14)_ 0.0021892354295824919
     HotSitePower_W(5) c_u_Thermal(DC_logic_1_15)_ 0.0057915325409275383
     HotSitePower_W(5) c_u_Thermal(DC_logic_2_0)_ 0.00060559912512649116
     HotSitePower_W(5) c_u_Thermal(DC_logic_2_1)_ 0.00079349623558670247
     HotSitePower_W(5) c_u_Thermal(DC_logic_2_2)_ 0.0014350787340179391
     HotSitePower_W(5) c_u_Thermal(DC_logic_2_3)_ 0.0019049881368989143
     HotSitePower_W(5) c_u_Thermal(DC_logic_2_4)_ 0.0021287555388173137
     HotSitePower_W(5) c_u_Thermal(DC_logic_2_5)_ 0.004255793268956475
     HotSitePower_W(5) c_u_Thermal(DC_logic_2_6)_ 0.0056943942537478875
     HotSitePower_W(5) c_u_Thermal(DC_logic_2_7)_ 0.0062665348505958644
     HotSitePower_W(5) c_u_Thermal(DC_logic_2_8)_ 0.0062697804109212094
     HotSitePower_W(5) c_u_Thermal(DC_logic_2_9)_ 0.014201322330508217
     HotSitePower_W(5) c_u_Thermal(DC_logic_2_10)_ 0.018813859026635439
     HotSitePower_W(5) c_u_Thermal(DC_logic_2_11)_ 0.020189850863119967
     HotSitePower_W(5) c_u_Thermal(DC_logic_2_12)_ 0.019626946523481115
     HotSitePower_W(5) c_u_Thermal(DC_logic_3_0)_ 6.3723275293330137e-06
     HotSitePower_W(5) c_u_Thermal(DC_logic_3_1)_ 1.5221786056366318e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_3_2)_ 4.4893675066069104e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_3_3)_ 0.00013772045957063033
     HotSitePower_W(5) c_u_Thermal(DC_logic_3_4)_ 7.3634764576170325e-06
     HotSitePower_W(5) c_u_Thermal(DC_logic_3_5)_ 1.7868064304497842e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_3_6)_ 5.3560615595455601e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_3_7)_ 0.00016741686717844105
     HotSitePower_W(5) c_u_Thermal(DC_logic_3_8)_ 7.3634764576165819e-06
     HotSitePower_W(5) c_u_Thermal(DC_logic_3_9)_ 1.7868064304497818e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_3_10)_ 5.3560615595455703e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_3_11)_ 0.00016741686717842972
     HotSitePower_W(5) c_u_Thermal(DC_logic_3_12)_ 6.3723275293333525e-06
     HotSitePower_W(5) c_u_Thermal(DC_logic_3_13)_ 1.5221786056367451e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_3_14)_ 4.4893675066067735e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_3_15)_ 0.00013772045957063269
     HotSitePower_W(5) c_u_Thermal(DC_logic_4_0)_ 0.00042810896369543938
     HotSitePower_W(5) c_u_Thermal(DC_logic_4_1)_ 0.0013270203265464326
     HotSitePower_W(5) c_u_Thermal(DC_logic_4_2)_ 0.0041345334017143997
     HotSitePower_W(5) c_u_Thermal(DC_logic_4_3)_ 0.014061048496731562
     HotSitePower_W(5) c_u_Thermal(DC_logic_4_4)_ 0.00053141618663445978
     HotSitePower_W(5) c_u_Thermal(DC_logic_4_5)_ 0.0016816241136962911
     HotSitePower_W(5) c_u_Thermal(DC_logic_4_6)_ 0.0053342736632582075
     HotSitePower_W(5) c_u_Thermal(DC_logic_4_7)_ 0.018192839897970593
     HotSitePower_W(5) c_u_Thermal(DC_logic_4_8)_ 0.00053141618663442942
     HotSitePower_W(5) c_u_Thermal(DC_logic_4_9)_ 0.0016816241136960912
     HotSitePower_W(5) c_u_Thermal(DC_logic_4_10)_ 0.0053342736632576741
     HotSitePower_W(5) c_u_Thermal(DC_logic_4_11)_ 0.018192839897968154
     HotSitePower_W(5) c_u_Thermal(DC_logic_4_12)_ 0.0004281089636954377
     HotSitePower_W(5) c_u_Thermal(DC_logic_4_13)_ 0.0013270203265463539
     HotSitePower_W(5) c_u_Thermal(DC_logic_4_14)_ 0.0041345334017141803
     HotSitePower_W(5) c_u_Thermal(DC_logic_4_15)_ 0.014061048496731744
     HotSitePower_W(5) c_u_Thermal(DC_logic_5_0)_ 0.083332249426354948
     HotSitePower_W(5) c_u_Thermal(DC_logic_5_1)_ 0.10048541615150909
     HotSitePower_W(5) c_u_Thermal(DC_logic_5_2)_ 0.10326325733767003
     HotSitePower_W(5) c_u_Thermal(DC_logic_5_3)_ 0.096833840827351206
     HotSitePower_W(5) c_u_Thermal(DC_logic_5_4)_ 0.099697670321198209
     HotSitePower_W(5) c_u_Thermal(DC_logic_5_5)_ 0.12111484702848191
     HotSitePower_W(5) c_u_Thermal(DC_logic_5_6)_ 0.12473180402674955
     HotSitePower_W(5) c_u_Thermal(DC_logic_5_7)_ 0.11719904064180944
     HotSitePower_W(5) c_u_Thermal(DC_logic_5_8)_ 0.099697670321191811
     HotSitePower_W(5) c_u_Thermal(DC_logic_5_9)_ 0.12111484702847575
     HotSitePower_W(5) c_u_Thermal(DC_logic_5_10)_ 0.12473180402674762
     HotSitePower_W(5) c_u_Thermal(DC_logic_5_11)_ 0.11719904064180307
     HotSitePower_W(5) c_u_Thermal(DC_logic_5_12)_ 0.083332249426356031
     HotSitePower_W(5) c_u_Thermal(DC_logic_5_13)_ 0.10048541615150892
     HotSitePower_W(5) c_u_Thermal(DC_logic_5_14)_ 0.1032632573376594
     HotSitePower_W(5) c_u_Thermal(DC_logic_5_15)_ 0.096833840827344295
     HotSitePower_W(5) c_u_Thermal(DC_logic_6_0)_ 4.9073559736687029e-06
     HotSitePower_W(5) c_u_Thermal(DC_logic_6_1)_ 1.1333671128068339e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_6_2)_ 3.2171073710524664e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_6_3)_ 9.4286382133846618e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_6_4)_ 3.4791287828053554e-06
     HotSitePower_W(5) c_u_Thermal(DC_logic_6_5)_ 7.6594266032655193e-06
     HotSitePower_W(5) c_u_Thermal(DC_logic_6_6)_ 2.058287869428554e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_6_7)_ 5.669298877449571e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_6_8)_ 4.9571466448899696e-06
     HotSitePower_W(5) c_u_Thermal(DC_logic_6_9)_ 1.2506789356753327e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_6_10)_ 3.2112178361302033e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_6_11)_ 8.4720385915811106e-06
     HotSitePower_W(5) c_u_Thermal(DC_logic_6_12)_ 2.0451961504632333e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_7_0)_ 0.0002765293217916798
     HotSitePower_W(5) c_u_Thermal(DC_logic_7_1)_ 0.00079240619051422674
     HotSitePower_W(5) c_u_Thermal(DC_logic_7_2)_ 0.0021892354295827568
     HotSitePower_W(5) c_u_Thermal(DC_logic_7_3)_ 0.0057915325409279494
     HotSitePower_W(5) c_u_Thermal(DC_logic_7_4)_ 0.00015441088503447036
     HotSitePower_W(5) c_u_Thermal(DC_logic_7_5)_ 0.00040347256838420097
     HotSitePower_W(5) c_u_Thermal(DC_logic_7_6)_ 0.0009885366173235364
     HotSitePower_W(5) c_u_Thermal(DC_logic_7_7)_ 0.0022216118869919374
     HotSitePower_W(5) c_u_Thermal(DC_logic_7_8)_ 8.076760484686886e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_7_9)_ 0.00019262861855663744
     HotSitePower_W(5) c_u_Thermal(DC_logic_7_10)_ 0.00042394566318705969
     HotSitePower_W(5) c_u_Thermal(DC_logic_7_11)_ 0.00084297468507286402
     HotSitePower_W(5) c_u_Thermal(DC_logic_7_12)_ 4.7928487468138621e-05
     HotSitePower_W(5) c_u_Thermal(DC_logic_7_13)_ 0.00010557237217518451
     HotSitePower_W(5) c_u_Thermal(DC_logic_7_14)_ 0.00021255106967404405
     HotSitePower_W(5) c_u_Thermal(DC_logic_7_15)_ 0.00038457385137810265
     HotSitePower_W(5) c_u_Thermal(DC_logic_8_0)_ 0.014201322330508146
     HotSitePower_W(5) c_u_Thermal(DC_logic_8_1)_ 0.018813859026635408
     HotSitePower_W(5) c_u_Thermal(DC_logic_8_2)_ 0.020189850863119942
     HotSitePower_W(5) c_u_Thermal(DC_logic_8_3)_ 0.01962694652348133
     HotSitePower_W(5) c_u_Thermal(DC_logic_8_4)_ 0.0042557932689563345
     HotSitePower_W(5) c_u_Thermal(DC_logic_8_5)_ 0.0056943942537481763
     HotSitePower_W(5) c_u_Thermal(DC_logic_8_6)_ 0.0062665348505958436
     HotSitePower_W(5) c_u_Thermal(DC_logic_8_7)_ 0.0062697804109211573
     HotSitePower_W(5) c_u_Thermal(DC_logic_8_8)_ 0.0014350787340179545
     HotSitePower_W(5) c_u_Thermal(DC_logic_8_9)_ 0.0019049881368989154
     HotSitePower_W(5) c_u_Thermal(DC_logic_8_10)_ 0.0021287555388173865
     HotSitePower_W(5) c_u_Thermal(DC_logic_8_11)_ 0.00060559912512653366
     HotSitePower_W(5) c_u_Thermal(DC_logic_8_12)_ 0.00079349623558676134
     HotSitePower_W(5) c_u_Thermal(PC_dram_0_0)_ 7.1168137781846955e-06
     HotSitePower_W(5) c_u_Thermal(PC_dram_0_1)_ 1.7399993778678954e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_0_2)_ 4.1438244179566517e-06
     HotSitePower_W(5) c_u_Thermal(PC_dram_0_3)_ 1.0621108652557812e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_0_4)_ 2.7634659224535352e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_0_5)_ 2.8953302121672339e-06
     HotSitePower_W(5) c_u_Thermal(PC_dram_0_6)_ 6.4812290324581366e-06
     HotSitePower_W(5) c_u_Thermal(PC_dram_0_7)_ 1.7704588504397143e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_0_8)_ 4.9441550494276394e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_0_9)_ 4.1233787401395882e-06
     HotSitePower_W(5) c_u_Thermal(PC_dram_0_10)_ 9.6877330866466872e-06
     HotSitePower_W(5) c_u_Thermal(PC_dram_0_11)_ 2.7977273898608543e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_0_12)_ 8.316974605561185e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_1_0)_ 4.1210124699937679e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_1_1)_ 9.180781680625059e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_1_2)_ 0.00018700347770914932
     HotSitePower_W(5) c_u_Thermal(PC_dram_1_3)_ 0.00034186266411133473
     HotSitePower_W(5) c_u_Thermal(PC_dram_1_4)_ 7.0315555485118698e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_1_5)_ 0.00016982509428436387
     HotSitePower_W(5) c_u_Thermal(PC_dram_1_6)_ 0.00037842252293518696
     HotSitePower_W(5) c_u_Thermal(PC_dram_1_7)_ 0.0007608253358862392
     HotSitePower_W(5) c_u_Thermal(PC_dram_1_8)_ 0.00013627397696252275
     HotSitePower_W(5) c_u_Thermal(PC_dram_1_9)_ 0.00036072187922866122
     HotSitePower_W(5) c_u_Thermal(PC_dram_1_10)_ 0.00089518493788091067
     HotSitePower_W(5) c_u_Thermal(PC_dram_1_11)_ 0.0020339859014821115
     HotSitePower_W(5) c_u_Thermal(PC_dram_1_12)_ 0.00024687313492140916
     HotSitePower_W(5) c_u_Thermal(PC_dram_1_13)_ 0.00071686025328864173
     HotSitePower_W(5) c_u_Thermal(PC_dram_1_14)_ 0.0020057292220120519
     HotSitePower_W(5) c_u_Thermal(PC_dram_1_15)_ 0.0053313332770444418
     HotSitePower_W(5) c_u_Thermal(PC_dram_2_0)_ 0.00054252253000881476
     HotSitePower_W(5) c_u_Thermal(PC_dram_2_1)_ 0.00071422975397256009
     HotSitePower_W(5) c_u_Thermal(PC_dram_2_2)_ 0.0013071136852390777
     HotSitePower_W(5) c_u_Thermal(PC_dram_2_3)_ 0.0017486178952071376
     HotSitePower_W(5) c_u_Thermal(PC_dram_2_4)_ 0.0019507380396230976
     HotSitePower_W(5) c_u_Thermal(PC_dram_2_5)_ 0.0039211408136243546
     HotSitePower_W(5) c_u_Thermal(PC_dram_2_6)_ 0.0053119386689659022
     HotSitePower_W(5) c_u_Thermal(PC_dram_2_7)_ 0.0058351783681457109
     HotSitePower_W(5) c_u_Thermal(PC_dram_2_8)_ 0.0057723065178604928
     HotSitePower_W(5) c_u_Thermal(PC_dram_2_9)_ 0.012689077023371576
     HotSitePower_W(5) c_u_Thermal(PC_dram_2_10)_ 0.017273517545308117
     HotSitePower_W(5) c_u_Thermal(PC_dram_2_11)_ 0.018544096973218679
     HotSitePower_W(5) c_u_Thermal(PC_dram_2_12)_ 0.017694490798175821
     HotSitePower_W(5) c_u_Thermal(PC_dram_3_0)_ 5.3865329366593398e-06
     HotSitePower_W(5) c_u_Thermal(PC_dram_3_1)_ 1.3099723103011199e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_3_2)_ 3.9333562721658927e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_3_3)_ 0.00012247760049106905
     HotSitePower_W(5) c_u_Thermal(PC_dram_3_4)_ 6.2414485687717818e-06
     HotSitePower_W(5) c_u_Thermal(PC_dram_3_5)_ 1.5432227609488353e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_3_6)_ 4.7110188382381466e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_3_7)_ 0.00014960869548221175
     HotSitePower_W(5) c_u_Thermal(PC_dram_3_8)_ 6.2414485687719774e-06
     HotSitePower_W(5) c_u_Thermal(PC_dram_3_9)_ 1.5432227609488447e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_3_10)_ 4.7110188382381906e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_3_11)_ 0.00014960869548220622
     HotSitePower_W(5) c_u_Thermal(PC_dram_3_12)_ 5.3865329366592145e-06
     HotSitePower_W(5) c_u_Thermal(PC_dram_3_13)_ 1.3099723103011492e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_3_14)_ 3.9333562721661766e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_3_15)_ 0.00012247760049106493
     HotSitePower_W(5) c_u_Thermal(PC_dram_4_0)_ 0.00038567816965868345
     HotSitePower_W(5) c_u_Thermal(PC_dram_4_1)_ 0.0012125234075742769
     HotSitePower_W(5) c_u_Thermal(PC_dram_4_2)_ 0.003813996006492959
     HotSitePower_W(5) c_u_Thermal(PC_dram_4_3)_ 0.012563418334744347
     HotSitePower_W(5) c_u_Thermal(PC_dram_4_4)_ 0.00048198822356658184
     HotSitePower_W(5) c_u_Thermal(PC_dram_4_5)_ 0.0015512586645679311
     HotSitePower_W(5) c_u_Thermal(PC_dram_4_6)_ 0.0049893759795428521
     HotSitePower_W(5) c_u_Thermal(PC_dram_4_7)_ 0.016709712272019828
     HotSitePower_W(5) c_u_Thermal(PC_dram_4_8)_ 0.00048198822356654888
     HotSitePower_W(5) c_u_Thermal(PC_dram_4_9)_ 0.0015512586645678539
     HotSitePower_W(5) c_u_Thermal(PC_dram_4_10)_ 0.0049893759795426517
     HotSitePower_W(5) c_u_Thermal(PC_dram_4_11)_ 0.016709712272019089
     HotSitePower_W(5) c_u_Thermal(PC_dram_4_12)_ 0.0003856781696586635
     HotSitePower_W(5) c_u_Thermal(PC_dram_4_13)_ 0.001212523407574157
     HotSitePower_W(5) c_u_Thermal(PC_dram_4_14)_ 0.003813996006492688
     HotSitePower_W(5) c_u_Thermal(PC_dram_4_15)_ 0.012563418334744163
     HotSitePower_W(5) c_u_Thermal(PC_dram_5_0)_ 0.063302171963655146
     HotSitePower_W(5) c_u_Thermal(PC_dram_5_1)_ 0.081329187518408438
     HotSitePower_W(5) c_u_Thermal(PC_dram_5_2)_ 0.083904426277706515
     HotSitePower_W(5) c_u_Thermal(PC_dram_5_3)_ 0.075362821061181196
     HotSitePower_W(5) c_u_Thermal(PC_dram_5_4)_ 0.080605510608935407
     HotSitePower_W(5) c_u_Thermal(PC_dram_5_5)_ 0.10405827252448176
     HotSitePower_W(5) c_u_Thermal(PC_dram_5_6)_ 0.10746471187868126
     HotSitePower_W(5) c_u_Thermal(PC_dram_5_7)_ 0.096689867410467964
     HotSitePower_W(5) c_u_Thermal(PC_dram_5_8)_ 0.080605510608937198
     HotSitePower_W(5) c_u_Thermal(PC_dram_5_9)_ 0.1040582725244809
     HotSitePower_W(5) c_u_Thermal(PC_dram_5_10)_ 0.10746471187868699
     HotSitePower_W(5) c_u_Thermal(PC_dram_5_11)_ 0.0966898674104711
     HotSitePower_W(5) c_u_Thermal(PC_dram_5_12)_ 0.06330217196365652
     HotSitePower_W(5) c_u_Thermal(PC_dram_5_13)_ 0.081329187518408813
     HotSitePower_W(5) c_u_Thermal(PC_dram_5_14)_ 0.083904426277708957
     HotSitePower_W(5) c_u_Thermal(PC_dram_5_15)_ 0.075362821061181751
     HotSitePower_W(5) c_u_Thermal(PC_dram_6_0)_ 4.123378740139794e-06
     HotSitePower_W(5) c_u_Thermal(PC_dram_6_1)_ 9.6877330866470023e-06
     HotSitePower_W(5) c_u_Thermal(PC_dram_6_2)_ 2.7977273898610549e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_6_3)_ 8.3169746055610915e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_6_4)_ 2.895330212167305e-06
     HotSitePower_W(5) c_u_Thermal(PC_dram_6_5)_ 6.4812290324583085e-06
     HotSitePower_W(5) c_u_Thermal(PC_dram_6_6)_ 1.7704588504397509e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_6_7)_ 4.9441550494274998e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_6_8)_ 4.143824417956495e-06
     HotSitePower_W(5) c_u_Thermal(PC_dram_6_9)_ 1.0621108652557041e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_6_10)_ 2.7634659224533512e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_6_11)_ 7.1168137781843753e-06
     HotSitePower_W(5) c_u_Thermal(PC_dram_6_12)_ 1.7399993778677545e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_7_0)_ 0.00024687313492140439
     HotSitePower_W(5) c_u_Thermal(PC_dram_7_1)_ 0.00071686025328863436
     HotSitePower_W(5) c_u_Thermal(PC_dram_7_2)_ 0.002005729222012032
     HotSitePower_W(5) c_u_Thermal(PC_dram_7_3)_ 0.0053313332770441929
     HotSitePower_W(5) c_u_Thermal(PC_dram_7_4)_ 0.00013627397696251774
     HotSitePower_W(5) c_u_Thermal(PC_dram_7_5)_ 0.00036072187922864897
     HotSitePower_W(5) c_u_Thermal(PC_dram_7_6)_ 0.00089518493788090525
     HotSitePower_W(5) c_u_Thermal(PC_dram_7_7)_ 0.0020339859014820725
     HotSitePower_W(5) c_u_Thermal(PC_dram_7_8)_ 7.0315555485115242e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_7_9)_ 0.00016982509428436181
     HotSitePower_W(5) c_u_Thermal(PC_dram_7_10)_ 0.00037842252293518046
     HotSitePower_W(5) c_u_Thermal(PC_dram_7_11)_ 0.00076082533588622651
     HotSitePower_W(5) c_u_Thermal(PC_dram_7_12)_ 4.1210124699937801e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_7_13)_ 9.1807816806248679e-05
     HotSitePower_W(5) c_u_Thermal(PC_dram_7_14)_ 0.00018700347770915428
     HotSitePower_W(5) c_u_Thermal(PC_dram_7_15)_ 0.00034186266411133858
     HotSitePower_W(5) c_u_Thermal(PC_dram_8_0)_ 0.012689077023371109
     HotSitePower_W(5) c_u_Thermal(PC_dram_8_1)_ 0.01727351754530803
     HotSitePower_W(5) c_u_Thermal(PC_dram_8_2)_ 0.018544096973219539
     HotSitePower_W(5) c_u_Thermal(PC_dram_8_3)_ 0.017694490798176123
     HotSitePower_W(5) c_u_Thermal(PC_dram_8_4)_ 0.0039211408136242826
     HotSitePower_W(5) c_u_Thermal(PC_dram_8_5)_ 0.0053119386689661026
     HotSitePower_W(5) c_u_Thermal(PC_dram_8_6)_ 0.0058351783681460283
     HotSitePower_W(5) c_u_Thermal(PC_dram_8_7)_ 0.0057723065178607019
     HotSitePower_W(5) c_u_Thermal(PC_dram_8_8)_ 0.0013071136852390447
     HotSitePower_W(5) c_u_Thermal(PC_dram_8_9)_ 0.0017486178952071021
     HotSitePower_W(5) c_u_Thermal(PC_dram_8_10)_ 0.0019507380396232791
     HotSitePower_W(5) c_u_Thermal(PC_dram_8_11)_ 0.00054252253000880511
     HotSitePower_W(5) c_u_Thermal(PC_dram_8_12)_ 0.00071422975397257029
     HotSitePower_W(5) c_u_Thermal(PC_logic_0_0)_ 7.120995714295609e-06
     HotSitePower_W(5) c_u_Thermal(PC_logic_0_1)_ 1.7409557079928403e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_0_2)_ 4.1472625017099825e-06
     HotSitePower_W(5) c_u_Thermal(PC_logic_0_3)_ 1.0628144781224265e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_0_4)_ 2.7652555707567919e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_0_5)_ 2.8974372870057753e-06
     HotSitePower_W(5) c_u_Thermal(PC_logic_0_6)_ 6.4861751837201272e-06
     HotSitePower_W(5) c_u_Thermal(PC_logic_0_7)_ 1.7714715014001823e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_0_8)_ 4.9469499897242135e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_0_9)_ 4.1259395262998719e-06
     HotSitePower_W(5) c_u_Thermal(PC_logic_0_10)_ 9.6941964438231197e-06
     HotSitePower_W(5) c_u_Thermal(PC_logic_0_11)_ 2.7990646121859664e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_0_12)_ 8.3209186149691455e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_1_0)_ 4.1238570954978514e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_1_1)_ 9.1878830087234521e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_1_2)_ 0.00018713031455252959
     HotSitePower_W(5) c_u_Thermal(PC_logic_1_3)_ 0.00034206817325083155
     HotSitePower_W(5) c_u_Thermal(PC_logic_1_4)_ 7.0372230175359536e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_1_5)_ 0.00016996951081567555
     HotSitePower_W(5) c_u_Thermal(PC_logic_1_6)_ 0.00037869486344494087
     HotSitePower_W(5) c_u_Thermal(PC_logic_1_7)_ 0.00076132446339170822
     HotSitePower_W(5) c_u_Thermal(PC_logic_1_8)_ 0.00013637292788227094
     HotSitePower_W(5) c_u_Thermal(PC_logic_1_9)_ 0.0003609854413351586
     HotSitePower_W(5) c_u_Thermal(PC_logic_1_10)_ 0.00089568398015425494
     HotSitePower_W(5) c_u_Thermal(PC_logic_1_11)_ 0.0020350101329546766
     HotSitePower_W(5) c_u_Thermal(PC_logic_1_12)_ 0.00024703314427217674
     HotSitePower_W(5) c_u_Thermal(PC_logic_1_13)_ 0.00071733608974178817
     HotSitePower_W(5) c_u_Thermal(PC_logic_1_14)_ 0.0020067345200225667
     HotSitePower_W(5) c_u_Thermal(PC_logic_1_15)_ 0.0053351979103843442
     HotSitePower_W(5) c_u_Thermal(PC_logic_2_0)_ 0.00054288736164269803
     HotSitePower_W(5) c_u_Thermal(PC_logic_2_1)_ 0.00071480045156453048
     HotSitePower_W(5) c_u_Thermal(PC_logic_2_2)_ 0.0013080667685387488
     HotSitePower_W(5) c_u_Thermal(PC_logic_2_3)_ 0.0017500784250350709
     HotSitePower_W(5) c_u_Thermal(PC_logic_2_4)_ 0.0019523228953845571
     HotSitePower_W(5) c_u_Thermal(PC_logic_2_5)_ 0.0039238681301353657
     HotSitePower_W(5) c_u_Thermal(PC_logic_2_6)_ 0.0053160043565096552
     HotSitePower_W(5) c_u_Thermal(PC_logic_2_7)_ 0.0058394743554979764
     HotSitePower_W(5) c_u_Thermal(PC_logic_2_8)_ 0.0057759332725962004
     HotSitePower_W(5) c_u_Thermal(PC_logic_2_9)_ 0.012744414653452224
     HotSitePower_W(5) c_u_Thermal(PC_logic_2_10)_ 0.017339042455018938
     HotSitePower_W(5) c_u_Thermal(PC_logic_2_11)_ 0.018610144435620739
     HotSitePower_W(5) c_u_Thermal(PC_logic_2_12)_ 0.017753496172937713
     HotSitePower_W(5) c_u_Thermal(PC_logic_3_0)_ 5.3900972933006235e-06
     HotSitePower_W(5) c_u_Thermal(PC_logic_3_1)_ 1.3108999649258648e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_3_2)_ 3.9353729358445907e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_3_3)_ 0.00012254158151604768
     HotSitePower_W(5) c_u_Thermal(PC_logic_3_4)_ 6.2463944908854181e-06
     HotSitePower_W(5) c_u_Thermal(PC_logic_3_5)_ 1.5444867521843045e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_3_6)_ 4.7138769450311424e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_3_7)_ 0.00014970428113711065
     HotSitePower_W(5) c_u_Thermal(PC_logic_3_8)_ 6.2463944908856172e-06
     HotSitePower_W(5) c_u_Thermal(PC_logic_3_9)_ 1.5444867521843167e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_3_10)_ 4.7138769450311905e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_3_11)_ 0.0001497042811371048
     HotSitePower_W(5) c_u_Thermal(PC_logic_3_12)_ 5.3900972933004905e-06
     HotSitePower_W(5) c_u_Thermal(PC_logic_3_13)_ 1.3108999649258931e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_3_14)_ 3.9353729358448719e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_3_15)_ 0.0001225415815160434
     HotSitePower_W(5) c_u_Thermal(PC_logic_4_0)_ 0.0003859550811896275
     HotSitePower_W(5) c_u_Thermal(PC_logic_4_1)_ 0.0012134104403899522
     HotSitePower_W(5) c_u_Thermal(PC_logic_4_2)_ 0.0038166373692496021
     HotSitePower_W(5) c_u_Thermal(PC_logic_4_3)_ 0.012618658932928732
     HotSitePower_W(5) c_u_Thermal(PC_logic_4_4)_ 0.0004823994064853881
     HotSitePower_W(5) c_u_Thermal(PC_logic_4_5)_ 0.0015525622747927298
     HotSitePower_W(5) c_u_Thermal(PC_logic_4_6)_ 0.0049931989922869444
     HotSitePower_W(5) c_u_Thermal(PC_logic_4_7)_ 0.016774858448367454
     HotSitePower_W(5) c_u_Thermal(PC_logic_4_8)_ 0.00048239940648535639
     HotSitePower_W(5) c_u_Thermal(PC_logic_4_9)_ 0.0015525622747926513
     HotSitePower_W(5) c_u_Thermal(PC_logic_4_10)_ 0.004993198992286744
     HotSitePower_W(5) c_u_Thermal(PC_logic_4_11)_ 0.016774858448366702
     HotSitePower_W(5) c_u_Thermal(PC_logic_4_12)_ 0.00038595508118960788
     HotSitePower_W(5) c_u_Thermal(PC_logic_4_13)_ 0.0012134104403898338
     HotSitePower_W(5) c_u_Thermal(PC_logic_4_14)_ 0.0038166373692493263
     HotSitePower_W(5) c_u_Thermal(PC_logic_4_15)_ 0.012618658932928545
     HotSitePower_W(5) c_u_Thermal(PC_logic_5_0)_ 0.067734358211942333
     HotSitePower_W(5) c_u_Thermal(PC_logic_5_1)_ 0.086244134817655166
     HotSitePower_W(5) c_u_Thermal(PC_logic_5_2)_ 0.088821117016803661
     HotSitePower_W(5) c_u_Thermal(PC_logic_5_3)_ 0.079849910579453523
     HotSitePower_W(5) c_u_Thermal(PC_logic_5_4)_ 0.085519986388909341
     HotSitePower_W(5) c_u_Thermal(PC_logic_5_5)_ 0.10946472883738032
     HotSitePower_W(5) c_u_Thermal(PC_logic_5_6)_ 0.11287367165294342
     HotSitePower_W(5) c_u_Thermal(PC_logic_5_7)_ 0.10166898754413797
     HotSitePower_W(5) c_u_Thermal(PC_logic_5_8)_ 0.085519986388911395
     HotSitePower_W(5) c_u_Thermal(PC_logic_5_9)_ 0.10946472883737945
     HotSitePower_W(5) c_u_Thermal(PC_logic_5_10)_ 0.11287367165294929
     HotSitePower_W(5) c_u_Thermal(PC_logic_5_11)_ 0.10166898754414111
     HotSitePower_W(5) c_u_Thermal(PC_logic_5_12)_ 0.06773435821194379
     HotSitePower_W(5) c_u_Thermal(PC_logic_5_13)_ 0.086244134817655582
     HotSitePower_W(5) c_u_Thermal(PC_logic_5_14)_ 0.088821117016806103
     HotSitePower_W(5) c_u_Thermal(PC_logic_5_15)_ 0.079849910579454009
     HotSitePower_W(5) c_u_Thermal(PC_logic_6_0)_ 4.1259395263000896e-06
     HotSitePower_W(5) c_u_Thermal(PC_logic_6_1)_ 9.694196443823428e-06
     HotSitePower_W(5) c_u_Thermal(PC_logic_6_2)_ 2.799064612186169e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_6_3)_ 8.3209186149690696e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_6_4)_ 2.8974372870058456e-06
     HotSitePower_W(5) c_u_Thermal(PC_logic_6_5)_ 6.4861751837202865e-06
     HotSitePower_W(5) c_u_Thermal(PC_logic_6_6)_ 1.7714715014002159e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_6_7)_ 4.9469499897240732e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_6_8)_ 4.1472625017098266e-06
     HotSitePower_W(5) c_u_Thermal(PC_logic_6_9)_ 1.0628144781223527e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_6_10)_ 2.7652555707566076e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_6_11)_ 7.1209957142952931e-06
     HotSitePower_W(5) c_u_Thermal(PC_logic_6_12)_ 1.7409557079927011e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_7_0)_ 0.00024703314427217203
     HotSitePower_W(5) c_u_Thermal(PC_logic_7_1)_ 0.00071733608974178069
     HotSitePower_W(5) c_u_Thermal(PC_logic_7_2)_ 0.0020067345200225472
     HotSitePower_W(5) c_u_Thermal(PC_logic_7_3)_ 0.0053351979103840978
     HotSitePower_W(5) c_u_Thermal(PC_logic_7_4)_ 0.00013637292788226563
     HotSitePower_W(5) c_u_Thermal(PC_logic_7_5)_ 0.00036098544133514695
     HotSitePower_W(5) c_u_Thermal(PC_logic_7_6)_ 0.00089568398015424941
     HotSitePower_W(5) c_u_Thermal(PC_logic_7_7)_ 0.002035010132954638
     HotSitePower_W(5) c_u_Thermal(PC_logic_7_8)_ 7.0372230175356012e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_7_9)_ 0.00016996951081567336
     HotSitePower_W(5) c_u_Thermal(PC_logic_7_10)_ 0.00037869486344493426
     HotSitePower_W(5) c_u_Thermal(PC_logic_7_11)_ 0.0007613244633916952
     HotSitePower_W(5) c_u_Thermal(PC_logic_7_12)_ 4.1238570954978643e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_7_13)_ 9.1878830087232597e-05
     HotSitePower_W(5) c_u_Thermal(PC_logic_7_14)_ 0.00018713031455253431
     HotSitePower_W(5) c_u_Thermal(PC_logic_7_15)_ 0.00034206817325083518
     HotSitePower_W(5) c_u_Thermal(PC_logic_8_0)_ 0.01274441465345175
     HotSitePower_W(5) c_u_Thermal(PC_logic_8_1)_ 0.017339042455018817
     HotSitePower_W(5) c_u_Thermal(PC_logic_8_2)_ 0.018610144435621648
     HotSitePower_W(5) c_u_Thermal(PC_logic_8_3)_ 0.017753496172937998
     HotSitePower_W(5) c_u_Thermal(PC_logic_8_4)_ 0.0039238681301352876
     HotSitePower_W(5) c_u_Thermal(PC_logic_8_5)_ 0.0053160043565098555
     HotSitePower_W(5) c_u_Thermal(PC_logic_8_6)_ 0.0058394743554982817
     HotSitePower_W(5) c_u_Thermal(PC_logic_8_7)_ 0.0057759332725963982
     HotSitePower_W(5) c_u_Thermal(PC_logic_8_8)_ 0.0013080667685387165
     HotSitePower_W(5) c_u_Thermal(PC_logic_8_9)_ 0.001750078425035034
     HotSitePower_W(5) c_u_Thermal(PC_logic_8_10)_ 0.0019523228953847423
     HotSitePower_W(5) c_u_Thermal(PC_logic_8_11)_ 0.00054288736164268751
     HotSitePower_W(5) c_u_Thermal(PC_logic_8_12)_ 0.00071480045156454002
     HotSitePower_W(6) c_e_HotSitePowerDef(6)_ 1
     HotSitePower_W(6) c_u_Thermal(DC_dram_0_0)_ 9.4096669610206233e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_0_1)_ 7.5055522066075846e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_0_2)_ 2.521947532341125e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_0_3)_ 2.2213067090098226e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_0_4)_ 1.752019605881554e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_0_5)_ 7.6695420247509165e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_0_6)_ 7.3503606162155698e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_0_7)_ 6.4735697285286093e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_0_8)_ 5.05115047197549e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_0_9)_ 0.00023123066906538488
     HotSitePower_W(6) c_u_Thermal(DC_dram_0_10)_ 0.00022273608562566456
     HotSitePower_W(6) c_u_Thermal(DC_dram_0_11)_ 0.0001965782576623871
     HotSitePower_W(6) c_u_Thermal(DC_dram_0_12)_ 0.00015156233778867507
     HotSitePower_W(6) c_u_Thermal(DC_dram_1_0)_ 5.4513474386698584e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_1_1)_ 3.6372585346923419e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_1_2)_ 2.2189244711048343e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_1_3)_ 1.2382835476590585e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_1_4)_ 1.239397978632857e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_1_5)_ 7.9599582092957902e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_1_6)_ 4.6477712836661286e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_1_7)_ 2.4758575006614517e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_1_8)_ 3.4650945737200909e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_1_9)_ 2.1266802607808081e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_1_10)_ 1.180306832799916e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_1_11)_ 5.9703032019239049e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_1_12)_ 0.00010010844796826864
     HotSitePower_W(6) c_u_Thermal(DC_dram_1_13)_ 5.8249750330188895e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_1_14)_ 3.050217874054486e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_1_15)_ 1.4567789045199106e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_2_0)_ 6.4797658181844013e-07
     HotSitePower_W(6) c_u_Thermal(DC_dram_2_1)_ 3.279410485280531e-07
     HotSitePower_W(6) c_u_Thermal(DC_dram_2_2)_ 1.2349244296737059e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_2_3)_ 5.9573082892327172e-07
     HotSitePower_W(6) c_u_Thermal(DC_dram_2_4)_ 2.8995213660942934e-07
     HotSitePower_W(6) c_u_Thermal(DC_dram_2_5)_ 2.8246680560291011e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_2_6)_ 1.2915562318546965e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_2_7)_ 5.9573082892323604e-07
     HotSitePower_W(6) c_u_Thermal(DC_dram_2_8)_ 3.279410485280648e-07
     HotSitePower_W(6) c_u_Thermal(DC_dram_2_9)_ 6.5203042281165947e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_2_10)_ 2.8246680560291638e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_2_11)_ 1.234924429673657e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_2_12)_ 6.479765818184217e-07
     HotSitePower_W(6) c_u_Thermal(DC_dram_3_0)_ 0.00070293196894384536
     HotSitePower_W(6) c_u_Thermal(DC_dram_3_1)_ 0.00068284640671306489
     HotSitePower_W(6) c_u_Thermal(DC_dram_3_2)_ 0.00060575438615358536
     HotSitePower_W(6) c_u_Thermal(DC_dram_3_3)_ 0.00046114567824038003
     HotSitePower_W(6) c_u_Thermal(DC_dram_3_4)_ 0.0021157783509717656
     HotSitePower_W(6) c_u_Thermal(DC_dram_3_5)_ 0.0020789092156864131
     HotSitePower_W(6) c_u_Thermal(DC_dram_3_6)_ 0.0018610371327731786
     HotSitePower_W(6) c_u_Thermal(DC_dram_3_7)_ 0.0014010906897176613
     HotSitePower_W(6) c_u_Thermal(DC_dram_3_8)_ 0.0063149828881171764
     HotSitePower_W(6) c_u_Thermal(DC_dram_3_9)_ 0.0063092419959491315
     HotSitePower_W(6) c_u_Thermal(DC_dram_3_10)_ 0.0057316291852729361
     HotSitePower_W(6) c_u_Thermal(DC_dram_3_11)_ 0.0042848238782049238
     HotSitePower_W(6) c_u_Thermal(DC_dram_3_12)_ 0.019766153268178998
     HotSitePower_W(6) c_u_Thermal(DC_dram_3_13)_ 0.020316705554954927
     HotSitePower_W(6) c_u_Thermal(DC_dram_3_14)_ 0.018916575468459786
     HotSitePower_W(6) c_u_Thermal(DC_dram_3_15)_ 0.0142705920542021
     HotSitePower_W(6) c_u_Thermal(DC_dram_4_0)_ 0.00028968283581522712
     HotSitePower_W(6) c_u_Thermal(DC_dram_4_1)_ 0.0001578011952554256
     HotSitePower_W(6) c_u_Thermal(DC_dram_4_2)_ 7.7214728994601362e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_4_3)_ 3.4567039614066242e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_4_4)_ 0.00082018564451861867
     HotSitePower_W(6) c_u_Thermal(DC_dram_4_5)_ 0.00041035836358360283
     HotSitePower_W(6) c_u_Thermal(DC_dram_4_6)_ 0.00018533098362587388
     HotSitePower_W(6) c_u_Thermal(DC_dram_4_7)_ 7.7214728994602486e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_4_8)_ 0.0022425726969647433
     HotSitePower_W(6) c_u_Thermal(DC_dram_4_9)_ 0.0010012780186588334
     HotSitePower_W(6) c_u_Thermal(DC_dram_4_10)_ 0.00041035836358358565
     HotSitePower_W(6) c_u_Thermal(DC_dram_4_11)_ 0.00015780119525541617
     HotSitePower_W(6) c_u_Thermal(DC_dram_4_12)_ 0.0058799011503251359
     HotSitePower_W(6) c_u_Thermal(DC_dram_4_13)_ 0.0022425726969648365
     HotSitePower_W(6) c_u_Thermal(DC_dram_4_14)_ 0.00082018564451866779
     HotSitePower_W(6) c_u_Thermal(DC_dram_4_15)_ 0.0002896828358152629
     HotSitePower_W(6) c_u_Thermal(DC_dram_5_0)_ 1.4567789045199777e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_5_1)_ 5.9703032019246562e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_5_2)_ 2.4758575006615419e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_5_3)_ 1.238283547659113e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_5_4)_ 3.0502178740547676e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_5_5)_ 1.1803068327999636e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_5_6)_ 4.6477712836662633e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_5_7)_ 2.2189244711051452e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_5_8)_ 5.8249750330187066e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_5_9)_ 2.1266802607807129e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_5_10)_ 7.9599582092957665e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_5_11)_ 3.6372585346923978e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_5_12)_ 0.00010010844796827945
     HotSitePower_W(6) c_u_Thermal(DC_dram_5_13)_ 3.4650945737203403e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_5_14)_ 1.2393979786328333e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_5_15)_ 5.451347438670126e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_6_0)_ 0.093109143661288959
     HotSitePower_W(6) c_u_Thermal(DC_dram_6_1)_ 0.09925137841245979
     HotSitePower_W(6) c_u_Thermal(DC_dram_6_2)_ 0.096400636532636391
     HotSitePower_W(6) c_u_Thermal(DC_dram_6_3)_ 0.079443754070917083
     HotSitePower_W(6) c_u_Thermal(DC_dram_6_4)_ 0.11452428902422972
     HotSitePower_W(6) c_u_Thermal(DC_dram_6_5)_ 0.12175320616448333
     HotSitePower_W(6) c_u_Thermal(DC_dram_6_6)_ 0.11792513674218347
     HotSitePower_W(6) c_u_Thermal(DC_dram_6_7)_ 0.096400636532636086
     HotSitePower_W(6) c_u_Thermal(DC_dram_6_8)_ 0.12593525481390874
     HotSitePower_W(6) c_u_Thermal(DC_dram_6_9)_ 0.12175320616448876
     HotSitePower_W(6) c_u_Thermal(DC_dram_6_10)_ 0.099251378412458804
     HotSitePower_W(6) c_u_Thermal(DC_dram_6_11)_ 0.11452428902423177
     HotSitePower_W(6) c_u_Thermal(DC_dram_6_12)_ 0.093109143661284824
     HotSitePower_W(6) c_u_Thermal(DC_dram_7_0)_ 0.014270592054201867
     HotSitePower_W(6) c_u_Thermal(DC_dram_7_1)_ 0.0042848238782052083
     HotSitePower_W(6) c_u_Thermal(DC_dram_7_2)_ 0.0014010906897178113
     HotSitePower_W(6) c_u_Thermal(DC_dram_7_3)_ 0.00046114567824043039
     HotSitePower_W(6) c_u_Thermal(DC_dram_7_4)_ 0.018916575468460317
     HotSitePower_W(6) c_u_Thermal(DC_dram_7_5)_ 0.0057316291852732891
     HotSitePower_W(6) c_u_Thermal(DC_dram_7_6)_ 0.0018610371327733588
     HotSitePower_W(6) c_u_Thermal(DC_dram_7_7)_ 0.00060575438615360433
     HotSitePower_W(6) c_u_Thermal(DC_dram_7_8)_ 0.020316705554955079
     HotSitePower_W(6) c_u_Thermal(DC_dram_7_9)_ 0.0063092419959495287
     HotSitePower_W(6) c_u_Thermal(DC_dram_7_10)_ 0.0020789092156865948
     HotSitePower_W(6) c_u_Thermal(DC_dram_7_11)_ 0.00068284640671306988
     HotSitePower_W(6) c_u_Thermal(DC_dram_7_12)_ 0.019766153268177926
     HotSitePower_W(6) c_u_Thermal(DC_dram_7_13)_ 0.006314982888117728
     HotSitePower_W(6) c_u_Thermal(DC_dram_7_14)_ 0.002115778350971864
     HotSitePower_W(6) c_u_Thermal(DC_dram_7_15)_ 0.00070293196894384146
     HotSitePower_W(6) c_u_Thermal(DC_dram_8_0)_ 0.00015156233778868667
     HotSitePower_W(6) c_u_Thermal(DC_dram_8_1)_ 5.0511504719762252e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_8_2)_ 1.7520196058817356e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_8_3)_ 7.5055522066085231e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_8_4)_ 0.00019657825766240803
     HotSitePower_W(6) c_u_Thermal(DC_dram_8_5)_ 6.473569728529333e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_8_6)_ 2.22130670901003e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_8_7)_ 9.4096669610222751e-06
     HotSitePower_W(6) c_u_Thermal(DC_dram_8_8)_ 0.00022273608562568221
     HotSitePower_W(6) c_u_Thermal(DC_dram_8_9)_ 7.3503606162162474e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_8_10)_ 2.5219475323414872e-05
     HotSitePower_W(6) c_u_Thermal(DC_dram_8_11)_ 0.00023123066906540409
     HotSitePower_W(6) c_u_Thermal(DC_dram_8_12)_ 7.669542024751582e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_0_0)_ 9.4164152415231401e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_0_1)_ 7.5104228696151144e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_0_2)_ 2.5237327376696772e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_0_3)_ 2.2229088852964357e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_0_4)_ 1.7531797465942408e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_0_5)_ 7.6736601175421055e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_0_6)_ 7.3547372193307891e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_0_7)_ 6.4775107695761938e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_0_8)_ 5.053949662650412e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_0_9)_ 0.00023135847896636299
     HotSitePower_W(6) c_u_Thermal(DC_logic_0_10)_ 0.00022287415341881711
     HotSitePower_W(6) c_u_Thermal(DC_logic_0_11)_ 0.00019670282850857968
     HotSitePower_W(6) c_u_Thermal(DC_logic_0_12)_ 0.00015164867779948364
     HotSitePower_W(6) c_u_Thermal(DC_logic_1_0)_ 5.4547112637542044e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_1_1)_ 3.639703556885347e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_1_2)_ 2.2205116109736904e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_1_3)_ 1.239102788241097e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_1_4)_ 1.2401800835088843e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_1_5)_ 7.9653851686249498e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_1_6)_ 4.6511880795298836e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_1_7)_ 2.4775842366426907e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_1_8)_ 3.4669143140520293e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_1_9)_ 2.1279053854306296e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_1_10)_ 1.1810614196730463e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_1_11)_ 5.9739691615842479e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_1_12)_ 0.00010016176267157621
     HotSitePower_W(6) c_u_Thermal(DC_logic_1_13)_ 5.8283503271548619e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_1_14)_ 3.0521663864243574e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_1_15)_ 1.4576580966898381e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_2_0)_ 6.4836273804425964e-07
     HotSitePower_W(6) c_u_Thermal(DC_logic_2_1)_ 3.2814760114668648e-07
     HotSitePower_W(6) c_u_Thermal(DC_logic_2_2)_ 1.2357025340874714e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_2_3)_ 5.9612209642240083e-07
     HotSitePower_W(6) c_u_Thermal(DC_logic_2_4)_ 2.9016353106253549e-07
     HotSitePower_W(6) c_u_Thermal(DC_logic_2_5)_ 2.8262170311441987e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_2_6)_ 1.2922972564444656e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_2_7)_ 5.9612209642236409e-07
     HotSitePower_W(6) c_u_Thermal(DC_logic_2_8)_ 3.2814760114669834e-07
     HotSitePower_W(6) c_u_Thermal(DC_logic_2_9)_ 6.5237432757810146e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_2_10)_ 2.8262170311442643e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_2_11)_ 1.2357025340874214e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_2_12)_ 6.4836273804424122e-07
     HotSitePower_W(6) c_u_Thermal(DC_logic_3_0)_ 0.00070339918269873044
     HotSitePower_W(6) c_u_Thermal(DC_logic_3_1)_ 0.00068334948743220092
     HotSitePower_W(6) c_u_Thermal(DC_logic_3_2)_ 0.00060620982231973544
     HotSitePower_W(6) c_u_Thermal(DC_logic_3_3)_ 0.00046146087019670079
     HotSitePower_W(6) c_u_Thermal(DC_logic_3_4)_ 0.0021172060054492057
     HotSitePower_W(6) c_u_Thermal(DC_logic_3_5)_ 0.002080445494000637
     HotSitePower_W(6) c_u_Thermal(DC_logic_3_6)_ 0.0018624421180560285
     HotSitePower_W(6) c_u_Thermal(DC_logic_3_7)_ 0.0014020710348573702
     HotSitePower_W(6) c_u_Thermal(DC_logic_3_8)_ 0.0063201291277388254
     HotSitePower_W(6) c_u_Thermal(DC_logic_3_9)_ 0.0063148448954125436
     HotSitePower_W(6) c_u_Thermal(DC_logic_3_10)_ 0.0057369402725909163
     HotSitePower_W(6) c_u_Thermal(DC_logic_3_11)_ 0.0042888009681170012
     HotSitePower_W(6) c_u_Thermal(DC_logic_3_12)_ 0.019847126326393953
     HotSitePower_W(6) c_u_Thermal(DC_logic_3_13)_ 0.020402049984126893
     HotSitePower_W(6) c_u_Thermal(DC_logic_3_14)_ 0.019001145439902462
     HotSitePower_W(6) c_u_Thermal(DC_logic_3_15)_ 0.014345460585439455
     HotSitePower_W(6) c_u_Thermal(DC_logic_4_0)_ 0.00028986679997032637
     HotSitePower_W(6) c_u_Thermal(DC_logic_4_1)_ 0.0001579072699594143
     HotSitePower_W(6) c_u_Thermal(DC_logic_4_2)_ 7.7271219921925207e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_4_3)_ 3.4591009289485347e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_4_4)_ 0.00082070734276750519
     HotSitePower_W(6) c_u_Thermal(DC_logic_4_5)_ 0.00041063199450142067
     HotSitePower_W(6) c_u_Thermal(DC_logic_4_6)_ 0.00018546919243944883
     HotSitePower_W(6) c_u_Thermal(DC_logic_4_7)_ 7.7271219921926467e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_4_8)_ 0.0022438792292974689
     HotSitePower_W(6) c_u_Thermal(DC_logic_4_9)_ 0.0010018502860092574
     HotSitePower_W(6) c_u_Thermal(DC_logic_4_10)_ 0.00041063199450140387
     HotSitePower_W(6) c_u_Thermal(DC_logic_4_11)_ 0.00015790726995940481
     HotSitePower_W(6) c_u_Thermal(DC_logic_4_12)_ 0.0058862395923360506
     HotSitePower_W(6) c_u_Thermal(DC_logic_4_13)_ 0.0022438792292975634
     HotSitePower_W(6) c_u_Thermal(DC_logic_4_14)_ 0.00082070734276755474
     HotSitePower_W(6) c_u_Thermal(DC_logic_4_15)_ 0.00028986679997036275
     HotSitePower_W(6) c_u_Thermal(DC_logic_5_0)_ 1.4576580966899037e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_5_1)_ 5.9739691615850026e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_5_2)_ 2.4775842366427813e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_5_3)_ 1.2391027882411546e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_5_4)_ 3.05216638642464e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_5_5)_ 1.1810614196730951e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_5_6)_ 4.6511880795300242e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_5_7)_ 2.2205116109740038e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_5_8)_ 5.8283503271546749e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_5_9)_ 2.1279053854305375e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_5_10)_ 7.9653851686249176e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_5_11)_ 3.6397035568854076e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_5_12)_ 0.00010016176267158708
     HotSitePower_W(6) c_u_Thermal(DC_logic_5_13)_ 3.4669143140522807e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_5_14)_ 1.2401800835088597e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_5_15)_ 5.4547112637544839e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_6_0)_ 0.097526061333989486
     HotSitePower_W(6) c_u_Thermal(DC_logic_6_1)_ 0.10393593179268454
     HotSitePower_W(6) c_u_Thermal(DC_logic_6_2)_ 0.10108220955858808
     HotSitePower_W(6) c_u_Thermal(DC_logic_6_3)_ 0.083786199873684228
     HotSitePower_W(6) c_u_Thermal(DC_logic_6_4)_ 0.11928985876289246
     HotSitePower_W(6) c_u_Thermal(DC_logic_6_5)_ 0.12678701219337118
     HotSitePower_W(6) c_u_Thermal(DC_logic_6_6)_ 0.12295506005768395
     HotSitePower_W(6) c_u_Thermal(DC_logic_6_7)_ 0.10108220955858795
     HotSitePower_W(6) c_u_Thermal(DC_logic_6_8)_ 0.130973101549968
     HotSitePower_W(6) c_u_Thermal(DC_logic_6_9)_ 0.12678701219337657
     HotSitePower_W(6) c_u_Thermal(DC_logic_6_10)_ 0.10393593179268348
     HotSitePower_W(6) c_u_Thermal(DC_logic_6_11)_ 0.11928985876289472
     HotSitePower_W(6) c_u_Thermal(DC_logic_6_12)_ 0.097526061333985448
     HotSitePower_W(6) c_u_Thermal(DC_logic_7_0)_ 0.014345460585439195
     HotSitePower_W(6) c_u_Thermal(DC_logic_7_1)_ 0.004288800968117284
     HotSitePower_W(6) c_u_Thermal(DC_logic_7_2)_ 0.0014020710348575207
     HotSitePower_W(6) c_u_Thermal(DC_logic_7_3)_ 0.00046146087019675235
     HotSitePower_W(6) c_u_Thermal(DC_logic_7_4)_ 0.01900114543990299
     HotSitePower_W(6) c_u_Thermal(DC_logic_7_5)_ 0.005736940272591271
     HotSitePower_W(6) c_u_Thermal(DC_logic_7_6)_ 0.0018624421180562117
     HotSitePower_W(6) c_u_Thermal(DC_logic_7_7)_ 0.00060620982231975474
     HotSitePower_W(6) c_u_Thermal(DC_logic_7_8)_ 0.020402049984127046
     HotSitePower_W(6) c_u_Thermal(DC_logic_7_9)_ 0.0063148448954129513
     HotSitePower_W(6) c_u_Thermal(DC_logic_7_10)_ 0.0020804454940008175
     HotSitePower_W(6) c_u_Thermal(DC_logic_7_11)_ 0.00068334948743220558
     HotSitePower_W(6) c_u_Thermal(DC_logic_7_12)_ 0.019847126326392881
     HotSitePower_W(6) c_u_Thermal(DC_logic_7_13)_ 0.006320129127739384
     HotSitePower_W(6) c_u_Thermal(DC_logic_7_14)_ 0.0021172060054493059
     HotSitePower_W(6) c_u_Thermal(DC_logic_7_15)_ 0.00070339918269872665
     HotSitePower_W(6) c_u_Thermal(DC_logic_8_0)_ 0.00015164867779949521
     HotSitePower_W(6) c_u_Thermal(DC_logic_8_1)_ 5.0539496626511513e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_8_2)_ 1.7531797465944214e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_8_3)_ 7.510422869616053e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_8_4)_ 0.00019670282850860066
     HotSitePower_W(6) c_u_Thermal(DC_logic_8_5)_ 6.4775107695769284e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_8_6)_ 2.2229088852966438e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_8_7)_ 9.4164152415247817e-06
     HotSitePower_W(6) c_u_Thermal(DC_logic_8_8)_ 0.00022287415341883452
     HotSitePower_W(6) c_u_Thermal(DC_logic_8_9)_ 7.3547372193314735e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_8_10)_ 2.5237327376700387e-05
     HotSitePower_W(6) c_u_Thermal(DC_logic_8_11)_ 0.00023135847896638256
     HotSitePower_W(6) c_u_Thermal(DC_logic_8_12)_ 7.6736601175427722e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_0_0)_ 7.9383752538935181e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_0_1)_ 6.3191604706334065e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_0_2)_ 2.168174756561295e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_0_3)_ 1.9093125665244098e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_0_4)_ 1.5019978310812094e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_0_5)_ 6.704864586652904e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_0_6)_ 6.4331850524566511e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_0_7)_ 5.6668812670515253e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_0_8)_ 4.4097270512070136e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_0_9)_ 0.00020512314217642597
     HotSitePower_W(6) c_u_Thermal(PC_dram_0_10)_ 0.0001980369678706193
     HotSitePower_W(6) c_u_Thermal(PC_dram_0_11)_ 0.0001748902487189471
     HotSitePower_W(6) c_u_Thermal(PC_dram_0_12)_ 0.00013437577672332796
     HotSitePower_W(6) c_u_Thermal(PC_dram_1_0)_ 4.568960201348558e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_1_1)_ 3.0254856277531429e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_1_2)_ 1.828962023253699e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_1_3)_ 1.0112504429535107e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_1_4)_ 1.0568975854349872e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_1_5)_ 6.7324463183273518e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_1_6)_ 3.8926071320876457e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_1_7)_ 2.0522905459320443e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_1_8)_ 3.0068189132663829e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_1_9)_ 1.8284146506612414e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_1_10)_ 1.0041550650342512e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_1_11)_ 5.0258985441290652e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_1_12)_ 8.8147359231825312e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_1_13)_ 5.0781378376210871e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_1_14)_ 2.6294831342595336e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_1_15)_ 1.2422380602455946e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_2_0)_ 5.2420437018809528e-07
     HotSitePower_W(6) c_u_Thermal(PC_dram_2_1)_ 2.6219075371606654e-07
     HotSitePower_W(6) c_u_Thermal(PC_dram_2_2)_ 1.0132781058336659e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_2_3)_ 4.8292636219714785e-07
     HotSitePower_W(6) c_u_Thermal(PC_dram_2_4)_ 2.3170907632799565e-07
     HotSitePower_W(6) c_u_Thermal(PC_dram_2_5)_ 2.3531059877725938e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_2_6)_ 1.0624843644123657e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_2_7)_ 4.829263621971144e-07
     HotSitePower_W(6) c_u_Thermal(PC_dram_2_8)_ 2.6219075371604473e-07
     HotSitePower_W(6) c_u_Thermal(PC_dram_2_9)_ 5.501817546412707e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_2_10)_ 2.35310598777259e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_2_11)_ 1.0132781058336621e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_2_12)_ 5.2420437018808173e-07
     HotSitePower_W(6) c_u_Thermal(PC_dram_3_0)_ 0.00063154005413696454
     HotSitePower_W(6) c_u_Thermal(PC_dram_3_1)_ 0.0006162099099830873
     HotSitePower_W(6) c_u_Thermal(PC_dram_3_2)_ 0.00054727788050751107
     HotSitePower_W(6) c_u_Thermal(PC_dram_3_3)_ 0.00041446591375613031
     HotSitePower_W(6) c_u_Thermal(PC_dram_3_4)_ 0.0019275546988390601
     HotSitePower_W(6) c_u_Thermal(PC_dram_3_5)_ 0.0019080879366642834
     HotSitePower_W(6) c_u_Thermal(PC_dram_3_6)_ 0.0017110422082019065
     HotSitePower_W(6) c_u_Thermal(PC_dram_3_7)_ 0.0012780363930377991
     HotSitePower_W(6) c_u_Thermal(PC_dram_3_8)_ 0.0058166997428756697
     HotSitePower_W(6) c_u_Thermal(PC_dram_3_9)_ 0.0058778284711048807
     HotSitePower_W(6) c_u_Thermal(PC_dram_3_10)_ 0.0053495143559714351
     HotSitePower_W(6) c_u_Thermal(PC_dram_3_11)_ 0.0039502181058255065
     HotSitePower_W(6) c_u_Thermal(PC_dram_3_12)_ 0.017890182651583739
     HotSitePower_W(6) c_u_Thermal(PC_dram_3_13)_ 0.018733129197645866
     HotSitePower_W(6) c_u_Thermal(PC_dram_3_14)_ 0.017440469418773391
     HotSitePower_W(6) c_u_Thermal(PC_dram_3_15)_ 0.012817133639623704
     HotSitePower_W(6) c_u_Thermal(PC_dram_4_0)_ 0.00025828426508087404
     HotSitePower_W(6) c_u_Thermal(PC_dram_4_1)_ 0.0001392475849607081
     HotSitePower_W(6) c_u_Thermal(PC_dram_4_2)_ 6.7341947486922272e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_4_3)_ 2.9798994540439984e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_4_4)_ 0.00074132612260790402
     HotSitePower_W(6) c_u_Thermal(PC_dram_4_5)_ 0.0003668708227468774
     HotSitePower_W(6) c_u_Thermal(PC_dram_4_6)_ 0.00016367615076609923
     HotSitePower_W(6) c_u_Thermal(PC_dram_4_7)_ 6.7341947486916471e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_4_8)_ 0.0020534851147603088
     HotSitePower_W(6) c_u_Thermal(PC_dram_4_9)_ 0.00090673663806912358
     HotSitePower_W(6) c_u_Thermal(PC_dram_4_10)_ 0.00036687082274688374
     HotSitePower_W(6) c_u_Thermal(PC_dram_4_11)_ 0.00013924758496070301
     HotSitePower_W(6) c_u_Thermal(PC_dram_4_12)_ 0.0054149116760747766
     HotSitePower_W(6) c_u_Thermal(PC_dram_4_13)_ 0.0020534851147604072
     HotSitePower_W(6) c_u_Thermal(PC_dram_4_14)_ 0.00074132612260797005
     HotSitePower_W(6) c_u_Thermal(PC_dram_4_15)_ 0.00025828426508090016
     HotSitePower_W(6) c_u_Thermal(PC_dram_5_0)_ 1.2422380602455819e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_5_1)_ 5.0258985441290593e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_5_2)_ 2.05229054593204e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_5_3)_ 1.011250442953534e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_5_4)_ 2.6294831342594262e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_5_5)_ 1.0041550650342243e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_5_6)_ 3.8926071320875254e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_5_7)_ 1.8289620232537196e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_5_8)_ 5.0781378376211887e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_5_9)_ 1.8284146506612153e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_5_10)_ 6.7324463183277253e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_5_11)_ 3.0254856277533462e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_5_12)_ 8.8147359231833389e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_5_13)_ 3.0068189132666001e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_5_14)_ 1.0568975854350509e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_5_15)_ 4.5689602013488231e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_6_0)_ 0.075984929826550807
     HotSitePower_W(6) c_u_Thermal(PC_dram_6_1)_ 0.084511631444244562
     HotSitePower_W(6) c_u_Thermal(PC_dram_6_2)_ 0.081868527023661194
     HotSitePower_W(6) c_u_Thermal(PC_dram_6_3)_ 0.063710318716941938
     HotSitePower_W(6) c_u_Thermal(PC_dram_6_4)_ 0.098594766688451504
     HotSitePower_W(6) c_u_Thermal(PC_dram_6_5)_ 0.10935111806777648
     HotSitePower_W(6) c_u_Thermal(PC_dram_6_6)_ 0.10575022160701351
     HotSitePower_W(6) c_u_Thermal(PC_dram_6_7)_ 0.081868527023660972
     HotSitePower_W(6) c_u_Thermal(PC_dram_6_8)_ 0.11327820849925829
     HotSitePower_W(6) c_u_Thermal(PC_dram_6_9)_ 0.109351118067776
     HotSitePower_W(6) c_u_Thermal(PC_dram_6_10)_ 0.084511631444246504
     HotSitePower_W(6) c_u_Thermal(PC_dram_6_11)_ 0.098594766688454225
     HotSitePower_W(6) c_u_Thermal(PC_dram_6_12)_ 0.075984929826548184
     HotSitePower_W(6) c_u_Thermal(PC_dram_7_0)_ 0.01281713363962405
     HotSitePower_W(6) c_u_Thermal(PC_dram_7_1)_ 0.0039502181058257623
     HotSitePower_W(6) c_u_Thermal(PC_dram_7_2)_ 0.0012780363930379349
     HotSitePower_W(6) c_u_Thermal(PC_dram_7_3)_ 0.00041446591375616696
     HotSitePower_W(6) c_u_Thermal(PC_dram_7_4)_ 0.017440469418772673
     HotSitePower_W(6) c_u_Thermal(PC_dram_7_5)_ 0.0053495143559712322
     HotSitePower_W(6) c_u_Thermal(PC_dram_7_6)_ 0.0017110422082019117
     HotSitePower_W(6) c_u_Thermal(PC_dram_7_7)_ 0.00054727788050755357
     HotSitePower_W(6) c_u_Thermal(PC_dram_7_8)_ 0.018733129197645925
     HotSitePower_W(6) c_u_Thermal(PC_dram_7_9)_ 0.0058778284711048772
     HotSitePower_W(6) c_u_Thermal(PC_dram_7_10)_ 0.0019080879366643094
     HotSitePower_W(6) c_u_Thermal(PC_dram_7_11)_ 0.00061620990998309576
     HotSitePower_W(6) c_u_Thermal(PC_dram_7_12)_ 0.017890182651584447
     HotSitePower_W(6) c_u_Thermal(PC_dram_7_13)_ 0.0058166997428755057
     HotSitePower_W(6) c_u_Thermal(PC_dram_7_14)_ 0.0019275546988391052
     HotSitePower_W(6) c_u_Thermal(PC_dram_7_15)_ 0.00063154005413696313
     HotSitePower_W(6) c_u_Thermal(PC_dram_8_0)_ 0.00013437577672333696
     HotSitePower_W(6) c_u_Thermal(PC_dram_8_1)_ 4.4097270512073192e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_8_2)_ 1.5019978310813117e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_8_3)_ 6.3191604706335336e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_8_4)_ 0.00017489024871896678
     HotSitePower_W(6) c_u_Thermal(PC_dram_8_5)_ 5.6668812670523798e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_8_6)_ 1.9093125665245935e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_8_7)_ 7.9383752538943364e-06
     HotSitePower_W(6) c_u_Thermal(PC_dram_8_8)_ 0.00019803696787062646
     HotSitePower_W(6) c_u_Thermal(PC_dram_8_9)_ 6.4331850524570225e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_8_10)_ 2.1681747565615054e-05
     HotSitePower_W(6) c_u_Thermal(PC_dram_8_11)_ 0.0002051231421764351
     HotSitePower_W(6) c_u_Thermal(PC_dram_8_12)_ 6.7048645866537389e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_0_0)_ 7.944664930877593e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_0_1)_ 6.3233642536095691e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_0_2)_ 2.1699140379524598e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_0_3)_ 1.9108860822522541e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_0_4)_ 1.5030729867548986e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_0_5)_ 6.7082014184652888e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_0_6)_ 6.4370215263271708e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_0_7)_ 5.6703828700932619e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_0_8)_ 4.4120405584142237e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_0_9)_ 0.00020522625990137896
     HotSitePower_W(6) c_u_Thermal(PC_logic_0_10)_ 0.00019815983959836736
     HotSitePower_W(6) c_u_Thermal(PC_logic_0_11)_ 0.00017500251735605275
     HotSitePower_W(6) c_u_Thermal(PC_logic_0_12)_ 0.00013444675326934385
     HotSitePower_W(6) c_u_Thermal(PC_logic_1_0)_ 4.5717734528192476e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_1_1)_ 3.0276638536800149e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_1_2)_ 1.83040516895004e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_1_3)_ 1.011940798083239e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_1_4)_ 1.0576003150817081e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_1_5)_ 6.7375420587138626e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_1_6)_ 3.8958956267164436e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_1_7)_ 2.0538649472474064e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_1_8)_ 3.0082604314826541e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_1_9)_ 1.829453134356664e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_1_10)_ 1.0048328451659399e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_1_11)_ 5.0290375213284189e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_1_12)_ 8.8189063712011746e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_1_13)_ 5.0809877949885719e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_1_14)_ 2.631217765491882e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_1_15)_ 1.2429679517598622e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_2_0)_ 5.2450776429333272e-07
     HotSitePower_W(6) c_u_Thermal(PC_logic_2_1)_ 2.6236129563029555e-07
     HotSitePower_W(6) c_u_Thermal(PC_logic_2_2)_ 1.013941435950336e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_2_3)_ 4.8326920102672354e-07
     HotSitePower_W(6) c_u_Thermal(PC_logic_2_4)_ 2.3190232603303868e-07
     HotSitePower_W(6) c_u_Thermal(PC_logic_2_5)_ 2.3543194885983801e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_2_6)_ 1.0630855305915211e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_2_7)_ 4.8326920102669062e-07
     HotSitePower_W(6) c_u_Thermal(PC_logic_2_8)_ 2.6236129563027379e-07
     HotSitePower_W(6) c_u_Thermal(PC_logic_2_9)_ 5.5043853266247305e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_2_10)_ 2.3543194885983759e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_2_11)_ 1.0139414359503307e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_2_12)_ 5.2450776429331895e-07
     HotSitePower_W(6) c_u_Thermal(PC_logic_3_0)_ 0.00063197628466354742
     HotSitePower_W(6) c_u_Thermal(PC_logic_3_1)_ 0.00061671846942032698
     HotSitePower_W(6) c_u_Thermal(PC_logic_3_2)_ 0.00054774259913935959
     HotSitePower_W(6) c_u_Thermal(PC_logic_3_3)_ 0.00041476397262697274
     HotSitePower_W(6) c_u_Thermal(PC_logic_3_4)_ 0.001928916124962184
     HotSitePower_W(6) c_u_Thermal(PC_logic_3_5)_ 0.0019096518205009511
     HotSitePower_W(6) c_u_Thermal(PC_logic_3_6)_ 0.0017124834571566991
     HotSitePower_W(6) c_u_Thermal(PC_logic_3_7)_ 0.0012789770928221347
     HotSitePower_W(6) c_u_Thermal(PC_logic_3_8)_ 0.0058203442254168951
     HotSitePower_W(6) c_u_Thermal(PC_logic_3_9)_ 0.0058821454303819402
     HotSitePower_W(6) c_u_Thermal(PC_logic_3_10)_ 0.0053535993243883301
     HotSitePower_W(6) c_u_Thermal(PC_logic_3_11)_ 0.0039529578058518445
     HotSitePower_W(6) c_u_Thermal(PC_logic_3_12)_ 0.017949285069856543
     HotSitePower_W(6) c_u_Thermal(PC_logic_3_13)_ 0.018799292578169566
     HotSitePower_W(6) c_u_Thermal(PC_logic_3_14)_ 0.017506100307444299
     HotSitePower_W(6) c_u_Thermal(PC_logic_3_15)_ 0.012872538042467378
     HotSitePower_W(6) c_u_Thermal(PC_logic_4_0)_ 0.00025845088299165464
     HotSitePower_W(6) c_u_Thermal(PC_logic_4_1)_ 0.00013934810045634021
     HotSitePower_W(6) c_u_Thermal(PC_logic_4_2)_ 6.7397057601279207e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_4_3)_ 2.9820832235467897e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_4_4)_ 0.00074181786222767725
     HotSitePower_W(6) c_u_Thermal(PC_logic_4_5)_ 0.00036713787416006304
     HotSitePower_W(6) c_u_Thermal(PC_logic_4_6)_ 0.00016381707799072268
     HotSitePower_W(6) c_u_Thermal(PC_logic_4_7)_ 6.7397057601273257e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_4_8)_ 0.0020545167341185747
     HotSitePower_W(6) c_u_Thermal(PC_logic_4_9)_ 0.00090724096943903558
     HotSitePower_W(6) c_u_Thermal(PC_logic_4_10)_ 0.00036713787416006944
     HotSitePower_W(6) c_u_Thermal(PC_logic_4_11)_ 0.00013934810045633503
     HotSitePower_W(6) c_u_Thermal(PC_logic_4_12)_ 0.0054188152006433956
     HotSitePower_W(6) c_u_Thermal(PC_logic_4_13)_ 0.0020545167341186727
     HotSitePower_W(6) c_u_Thermal(PC_logic_4_14)_ 0.00074181786222774447
     HotSitePower_W(6) c_u_Thermal(PC_logic_4_15)_ 0.00025845088299168066
     HotSitePower_W(6) c_u_Thermal(PC_logic_5_0)_ 1.2429679517598496e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_5_1)_ 5.0290375213284164e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_5_2)_ 2.0538649472474017e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_5_3)_ 1.0119407980832623e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_5_4)_ 2.6312177654917708e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_5_5)_ 1.0048328451659126e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_5_6)_ 3.8958956267163166e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_5_7)_ 1.8304051689500588e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_5_8)_ 5.080987794988685e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_5_9)_ 1.8294531343566403e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_5_10)_ 6.7375420587142361e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_5_11)_ 3.0276638536802169e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_5_12)_ 8.8189063712019986e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_5_13)_ 3.0082604314828702e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_5_14)_ 1.0576003150817704e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_5_15)_ 4.5717734528195101e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_6_0)_ 0.080472449501135801
     HotSitePower_W(6) c_u_Thermal(PC_logic_6_1)_ 0.089428823789172829
     HotSitePower_W(6) c_u_Thermal(PC_logic_6_2)_ 0.086783932751862816
     HotSitePower_W(6) c_u_Thermal(PC_logic_6_3)_ 0.068142798820317027
     HotSitePower_W(6) c_u_Thermal(PC_logic_6_4)_ 0.10357523260773201
     HotSitePower_W(6) c_u_Thermal(PC_logic_6_5)_ 0.1147616243330615
     HotSitePower_W(6) c_u_Thermal(PC_logic_6_6)_ 0.11115810343370956
     HotSitePower_W(6) c_u_Thermal(PC_logic_6_7)_ 0.086783932751862553
     HotSitePower_W(6) c_u_Thermal(PC_logic_6_8)_ 0.11869144686805903
     HotSitePower_W(6) c_u_Thermal(PC_logic_6_9)_ 0.11476162433306127
     HotSitePower_W(6) c_u_Thermal(PC_logic_6_10)_ 0.089428823789174716
     HotSitePower_W(6) c_u_Thermal(PC_logic_6_11)_ 0.10357523260773488
     HotSitePower_W(6) c_u_Thermal(PC_logic_6_12)_ 0.080472449501133095
     HotSitePower_W(6) c_u_Thermal(PC_logic_7_0)_ 0.01287253804246773
     HotSitePower_W(6) c_u_Thermal(PC_logic_7_1)_ 0.0039529578058521038
     HotSitePower_W(6) c_u_Thermal(PC_logic_7_2)_ 0.0012789770928222717
     HotSitePower_W(6) c_u_Thermal(PC_logic_7_3)_ 0.00041476397262700971
     HotSitePower_W(6) c_u_Thermal(PC_logic_7_4)_ 0.017506100307443571
     HotSitePower_W(6) c_u_Thermal(PC_logic_7_5)_ 0.0053535993243881272
     HotSitePower_W(6) c_u_Thermal(PC_logic_7_6)_ 0.0017124834571567073
     HotSitePower_W(6) c_u_Thermal(PC_logic_7_7)_ 0.00054774259913940176
     HotSitePower_W(6) c_u_Thermal(PC_logic_7_8)_ 0.018799292578169636
     HotSitePower_W(6) c_u_Thermal(PC_logic_7_9)_ 0.0058821454303819238
     HotSitePower_W(6) c_u_Thermal(PC_logic_7_10)_ 0.0019096518205009782
     HotSitePower_W(6) c_u_Thermal(PC_logic_7_11)_ 0.00061671846942033478
     HotSitePower_W(6) c_u_Thermal(PC_logic_7_12)_ 0.017949285069857254
     HotSitePower_W(6) c_u_Thermal(PC_logic_7_13)_ 0.0058203442254167312
     HotSitePower_W(6) c_u_Thermal(PC_logic_7_14)_ 0.0019289161249622306
     HotSitePower_W(6) c_u_Thermal(PC_logic_7_15)_ 0.00063197628466354536
     HotSitePower_W(6) c_u_Thermal(PC_logic_8_0)_ 0.00013444675326935299
     HotSitePower_W(6) c_u_Thermal(PC_logic_8_1)_ 4.412040558414526e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_8_2)_ 1.5030729867550029e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_8_3)_ 6.3233642536097071e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_8_4)_ 0.0001750025173560724
     HotSitePower_W(6) c_u_Thermal(PC_logic_8_5)_ 5.6703828700941123e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_8_6)_ 1.9108860822524364e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_8_7)_ 7.944664930878413e-06
     HotSitePower_W(6) c_u_Thermal(PC_logic_8_8)_ 0.0001981598395983746
     HotSitePower_W(6) c_u_Thermal(PC_logic_8_9)_ 6.4370215263275259e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_8_10)_ 2.1699140379526698e-05
     HotSitePower_W(6) c_u_Thermal(PC_logic_8_11)_ 0.00020522625990138817
     HotSitePower_W(6) c_u_Thermal(PC_logic_8_12)_ 6.7082014184661264e-05
     HotSitePower_W(7) c_e_HotSitePowerDef(7)_ 1
     HotSitePower_W(7) c_u_Thermal(DC_dram_0_0)_ 3.4767745645541395e-06
     HotSitePower_W(7) c_u_Thermal(DC_dram_0_1)_ 4.9043137253141954e-06
     HotSitePower_W(7) c_u_Thermal(DC_dram_0_2)_ 4.9535499759798119e-06
     HotSitePower_W(7) c_u_Thermal(DC_dram_0_3)_ 7.6541795169820408e-06
     HotSitePower_W(7) c_u_Thermal(DC_dram_0_4)_ 1.1326512435045009e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_0_5)_ 8.467030209424318e-06
     HotSitePower_W(7) c_u_Thermal(DC_dram_0_6)_ 1.2498893730930293e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_0_7)_ 2.0570977204876494e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_0_8)_ 3.2154218729699166e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_0_9)_ 2.0440116691494965e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_0_10)_ 3.20919223669007e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_0_11)_ 5.6660006703830507e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_0_12)_ 9.4236120321974684e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_1_0)_ 6.3682115274119082e-06
     HotSitePower_W(7) c_u_Thermal(DC_dram_1_1)_ 7.3581995683071208e-06
     HotSitePower_W(7) c_u_Thermal(DC_dram_1_2)_ 7.3581995683066042e-06
     HotSitePower_W(7) c_u_Thermal(DC_dram_1_3)_ 6.3682115274119734e-06
     HotSitePower_W(7) c_u_Thermal(DC_dram_1_4)_ 1.5211795636545633e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_1_5)_ 1.7855247943044064e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_1_6)_ 1.7855247943043268e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_1_7)_ 1.5211795636544915e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_1_8)_ 4.4869142566363744e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_1_9)_ 5.35283597862174e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_1_10)_ 5.3528359786214384e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_1_11)_ 4.4869142566356304e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_1_12)_ 0.00013764252532529647
     HotSitePower_W(7) c_u_Thermal(DC_dram_1_13)_ 0.00016731100335154347
     HotSitePower_W(7) c_u_Thermal(DC_dram_1_14)_ 0.00016731100335153209
     HotSitePower_W(7) c_u_Thermal(DC_dram_1_15)_ 0.00013764252532529132
     HotSitePower_W(7) c_u_Thermal(DC_dram_2_0)_ 4.904313725314031e-06
     HotSitePower_W(7) c_u_Thermal(DC_dram_2_1)_ 3.4767745645540967e-06
     HotSitePower_W(7) c_u_Thermal(DC_dram_2_2)_ 1.1326512435044596e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_2_3)_ 7.6541795169820205e-06
     HotSitePower_W(7) c_u_Thermal(DC_dram_2_4)_ 4.9535499759797416e-06
     HotSitePower_W(7) c_u_Thermal(DC_dram_2_5)_ 3.2154218729699125e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_2_6)_ 2.0570977204875397e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_2_7)_ 1.2498893730929554e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_2_8)_ 8.4670302094239487e-06
     HotSitePower_W(7) c_u_Thermal(DC_dram_2_9)_ 9.4236120321969792e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_2_10)_ 5.6660006703832215e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_2_11)_ 3.2091922366898213e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_2_12)_ 2.0440116691493007e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_3_0)_ 4.7896545111602175e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_3_1)_ 8.0709174695859547e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_3_2)_ 0.00015430674955416382
     HotSitePower_W(7) c_u_Thermal(DC_dram_3_3)_ 0.000276353330317701
     HotSitePower_W(7) c_u_Thermal(DC_dram_3_4)_ 0.00010549798326403012
     HotSitePower_W(7) c_u_Thermal(DC_dram_3_5)_ 0.00019248628067019421
     HotSitePower_W(7) c_u_Thermal(DC_dram_3_6)_ 0.00040320306653924437
     HotSitePower_W(7) c_u_Thermal(DC_dram_3_7)_ 0.00079190239024918988
     HotSitePower_W(7) c_u_Thermal(DC_dram_3_8)_ 0.00021241368705089429
     HotSitePower_W(7) c_u_Thermal(DC_dram_3_9)_ 0.00042366520798210245
     HotSitePower_W(7) c_u_Thermal(DC_dram_3_10)_ 0.00098797117426035054
     HotSitePower_W(7) c_u_Thermal(DC_dram_3_11)_ 0.0021879602051691942
     HotSitePower_W(7) c_u_Thermal(DC_dram_3_12)_ 0.00038433993634484257
     HotSitePower_W(7) c_u_Thermal(DC_dram_3_13)_ 0.00084244261046959067
     HotSitePower_W(7) c_u_Thermal(DC_dram_3_14)_ 0.0022203157310139564
     HotSitePower_W(7) c_u_Thermal(DC_dram_3_15)_ 0.0057852440497957111
     HotSitePower_W(7) c_u_Thermal(DC_dram_4_0)_ 0.00042781692217396493
     HotSitePower_W(7) c_u_Thermal(DC_dram_4_1)_ 0.00053101551465968924
     HotSitePower_W(7) c_u_Thermal(DC_dram_4_2)_ 0.00053101551465968035
     HotSitePower_W(7) c_u_Thermal(DC_dram_4_3)_ 0.00042781692217396536
     HotSitePower_W(7) c_u_Thermal(DC_dram_4_4)_ 0.0013260948851941672
     HotSitePower_W(7) c_u_Thermal(DC_dram_4_5)_ 0.0016803539204311773
     HotSitePower_W(7) c_u_Thermal(DC_dram_4_6)_ 0.0016803539204311327
     HotSitePower_W(7) c_u_Thermal(DC_dram_4_7)_ 0.0013260948851941958
     HotSitePower_W(7) c_u_Thermal(DC_dram_4_8)_ 0.0041306599414842621
     HotSitePower_W(7) c_u_Thermal(DC_dram_4_9)_ 0.0053292307798986508
     HotSitePower_W(7) c_u_Thermal(DC_dram_4_10)_ 0.0053292307798986013
     HotSitePower_W(7) c_u_Thermal(DC_dram_4_11)_ 0.0041306599414839655
     HotSitePower_W(7) c_u_Thermal(DC_dram_4_12)_ 0.013986360565825012
     HotSitePower_W(7) c_u_Thermal(DC_dram_4_13)_ 0.018108783803727872
     HotSitePower_W(7) c_u_Thermal(DC_dram_4_14)_ 0.018108783803727529
     HotSitePower_W(7) c_u_Thermal(DC_dram_4_15)_ 0.013986360565825246
     HotSitePower_W(7) c_u_Thermal(DC_dram_5_0)_ 0.00027635333031768891
     HotSitePower_W(7) c_u_Thermal(DC_dram_5_1)_ 0.00015430674955415385
     HotSitePower_W(7) c_u_Thermal(DC_dram_5_2)_ 8.0709174695860523e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_5_3)_ 4.7896545111601186e-05
     HotSitePower_W(7) c_u_Thermal(DC_dram_5_4)_ 0.00079190239024919042
     HotSitePower_W(7) c_u_Thermal(DC_dram_5_5)_ 0.00040320306653923764
     HotSitePower_W(7) c_u_Thermal(DC_dram_5_6)_ 0.00019248628067018632
     HotSitePower_W(7) c_u_Thermal(DC_dram_5_7)_ 0.00010549798326402877
     HotSitePower_W(7) c_u_Thermal(DC_dram_5_8)_ 0.0021879602051690684
     HotSitePower_W(7) c_u_Thermal(DC_dram_5_9)_ 0.00098797117426024017
     HotSitePower_W(7) c_u_Thermal(DC_dram_5_10)_ 0.00042366520798206862
     HotSitePower_W(7) c_u_Thermal(DC_dram_5_11)_ 0.00021241368705088423
     HotSitePower_W(7) c_u_Thermal(DC_dram_5_12)_ 0.005785244049795313
     HotSitePower_W(7) c_u_Thermal(DC_dram_5_13)_ 0.0022203157310138918
     HotSitePower_W(7) c_u_Thermal(DC_dram_5_14)_ 0.00084244261046944951
     HotSitePower_W(7) c_u_Thermal(DC_dram_5_15)_ 0.00038433993634478814
     HotSitePower_W(7) c_u_Thermal(DC_dram_6_0)_ 0.00060520246382242296
     HotSitePower_W(7) c_u_Thermal(DC_dram_6_1)_ 0.0014340819983787163
     HotSitePower_W(7) c_u_Thermal(DC_dram_6_2)_ 0.0042518325695444252
     HotSitePower_W(7) c_u_Thermal(DC_dram_6_3)_ 0.014126535268619927
     HotSitePower_W(7) c_u_Thermal(DC_dram_6_4)_ 0.00079292297685491602
     HotSitePower_W(7) c_u_Thermal(DC_dram_6_5)_ 0.0019035597629685152
     HotSitePower_W(7) c_u_Thermal(DC_dram_6_6)_ 0.0056891065550780644
     HotSitePower_W(7) c_u_Thermal(DC_dram_6_7)_ 0.018729406877759425
     HotSitePower_W(7) c_u_Thermal(DC_dram_6_8)_ 0.0021271933465253235
     HotSitePower_W(7) c_u_Thermal(DC_dram_6_9)_ 0.0062609578651109041
     HotSitePower_W(7) c_u_Thermal(DC_dram_6_10)_ 0.020104636986383571
     HotSitePower_W(7) c_u_Thermal(DC_dram_6_11)_ 0.0062646583188631392
     HotSitePower_W(7) c_u_Thermal(DC_dram_6_12)_ 0.01954609418149672
     HotSitePower_W(7) c_u_Thermal(DC_dram_7_0)_ 0.078990113944882867
     HotSitePower_W(7) c_u_Thermal(DC_dram_7_1)_ 0.095017066038975834
     HotSitePower_W(7) c_u_Thermal(DC_dram_7_2)_ 0.095017066038978568
     HotSitePower_W(7) c_u_Thermal(DC_dram_7_3)_ 0.078990113944885268
     HotSitePower_W(7) c_u_Thermal(DC_dram_7_4)_ 0.095804291813442716
     HotSitePower_W(7) c_u_Thermal(DC_dram_7_5)_ 0.11608631267650252
     HotSitePower_W(7) c_u_Thermal(DC_dram_7_6)_ 0.11608631267650059
     HotSitePower_W(7) c_u_Thermal(DC_dram_7_7)_ 0.095804291813442244
     HotSitePower_W(7) c_u_Thermal(DC_dram_7_8)_ 0.098579199522807068
     HotSitePower_W(7) c_u_Thermal(DC_dram_7_9)_ 0.11969951642412498
     HotSitePower_W(7) c_u_Thermal(DC_dram_7_10)_ 0.11969951642412267
     HotSitePower_W(7) c_u_Thermal(DC_dram_7_11)_ 0.098579199522795105
     HotSitePower_W(7) c_u_Thermal(DC_dram_7_12)_ 0.092417383274733145
     HotSitePower_W(7) c_u_Thermal(DC_dram_7_13)_ 0.11243488152425957
     HotSitePower_W(7) c_u_Thermal(DC_dram_7_14)_ 0.11243488152425499
     HotSitePower_W(7) c_u_Thermal(DC_dram_7_15)_ 0.092417383274727705
     HotSitePower_W(7) c_u_Thermal(DC_dram_8_0)_ 0.01412653526861901
     HotSitePower_W(7) c_u_Thermal(DC_dram_8_1)_ 0.0042518325695441476
     HotSitePower_W(7) c_u_Thermal(DC_dram_8_2)_ 0.0014340819983786398
     HotSitePower_W(7) c_u_Thermal(DC_dram_8_3)_ 0.00060520246382239748
     HotSitePower_W(7) c_u_Thermal(DC_dram_8_4)_ 0.018729406877757735
     HotSitePower_W(7) c_u_Thermal(DC_dram_8_5)_ 0.0056891065550778042
     HotSitePower_W(7) c_u_Thermal(DC_dram_8_6)_ 0.001903559762968423
     HotSitePower_W(7) c_u_Thermal(DC_dram_8_7)_ 0.00079292297685492317
     HotSitePower_W(7) c_u_Thermal(DC_dram_8_8)_ 0.020104636986382741
     HotSitePower_W(7) c_u_Thermal(DC_dram_8_9)_ 0.006260957865110532
     HotSitePower_W(7) c_u_Thermal(DC_dram_8_10)_ 0.0021271933465253343
     HotSitePower_W(7) c_u_Thermal(DC_dram_8_11)_ 0.019546094181497466
     HotSitePower_W(7) c_u_Thermal(DC_dram_8_12)_ 0.0062646583188633517
     HotSitePower_W(7) c_u_Thermal(DC_logic_0_0)_ 3.4791287828051513e-06
     HotSitePower_W(7) c_u_Thermal(DC_logic_0_1)_ 4.907355973668581e-06
     HotSitePower_W(7) c_u_Thermal(DC_logic_0_2)_ 4.9571466448895902e-06
     HotSitePower_W(7) c_u_Thermal(DC_logic_0_3)_ 7.6594266032651788e-06
     HotSitePower_W(7) c_u_Thermal(DC_logic_0_4)_ 1.1333671128068123e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_0_5)_ 8.472038591581136e-06
     HotSitePower_W(7) c_u_Thermal(DC_logic_0_6)_ 1.2506789356752244e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_0_7)_ 2.0582878694284029e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_0_8)_ 3.2171073710522096e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_0_9)_ 2.0451961504632821e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_0_10)_ 3.2112178361300752e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_0_11)_ 5.669298877448888e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_0_12)_ 9.428638213384365e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_1_0)_ 6.3723275293332475e-06
     HotSitePower_W(7) c_u_Thermal(DC_logic_1_1)_ 7.363476457617384e-06
     HotSitePower_W(7) c_u_Thermal(DC_logic_1_2)_ 7.3634764576168682e-06
     HotSitePower_W(7) c_u_Thermal(DC_logic_1_3)_ 6.372327529333317e-06
     HotSitePower_W(7) c_u_Thermal(DC_logic_1_4)_ 1.5221786056367921e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_1_5)_ 1.7868064304499546e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_1_6)_ 1.7868064304498743e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_1_7)_ 1.5221786056367182e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_1_8)_ 4.4893675066071252e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_1_9)_ 5.3560615595461171e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_1_10)_ 5.356061559545819e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_1_11)_ 4.4893675066063825e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_1_12)_ 0.00013772045957063161
     HotSitePower_W(7) c_u_Thermal(DC_logic_1_13)_ 0.00016741686717845126
     HotSitePower_W(7) c_u_Thermal(DC_logic_1_14)_ 0.00016741686717843993
     HotSitePower_W(7) c_u_Thermal(DC_logic_1_15)_ 0.00013772045957062638
     HotSitePower_W(7) c_u_Thermal(DC_logic_2_0)_ 4.9073559736684124e-06
     HotSitePower_W(7) c_u_Thermal(DC_logic_2_1)_ 3.4791287828050992e-06
     HotSitePower_W(7) c_u_Thermal(DC_logic_2_2)_ 1.1333671128067723e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_2_3)_ 7.659426603265167e-06
     HotSitePower_W(7) c_u_Thermal(DC_logic_2_4)_ 4.9571466448895199e-06
     HotSitePower_W(7) c_u_Thermal(DC_logic_2_5)_ 3.2171073710522055e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_2_6)_ 2.0582878694282985e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_2_7)_ 1.2506789356751487e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_2_8)_ 8.47203859158076e-06
     HotSitePower_W(7) c_u_Thermal(DC_logic_2_9)_ 9.4286382133838717e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_2_10)_ 5.6692988774490628e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_2_11)_ 3.2112178361298245e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_2_12)_ 2.045196150463088e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_3_0)_ 4.792848746813852e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_3_1)_ 8.0767604846862585e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_3_2)_ 0.00015441088503447342
     HotSitePower_W(7) c_u_Thermal(DC_logic_3_3)_ 0.00027652932179168333
     HotSitePower_W(7) c_u_Thermal(DC_logic_3_4)_ 0.00010557237217518372
     HotSitePower_W(7) c_u_Thermal(DC_logic_3_5)_ 0.00019262861855663639
     HotSitePower_W(7) c_u_Thermal(DC_logic_3_6)_ 0.000403472568384195
     HotSitePower_W(7) c_u_Thermal(DC_logic_3_7)_ 0.00079240619051424625
     HotSitePower_W(7) c_u_Thermal(DC_logic_3_8)_ 0.00021255106967404941
     HotSitePower_W(7) c_u_Thermal(DC_logic_3_9)_ 0.00042394566318708989
     HotSitePower_W(7) c_u_Thermal(DC_logic_3_10)_ 0.00098853661732360427
     HotSitePower_W(7) c_u_Thermal(DC_logic_3_11)_ 0.0021892354295827534
     HotSitePower_W(7) c_u_Thermal(DC_logic_3_12)_ 0.00038457385137816581
     HotSitePower_W(7) c_u_Thermal(DC_logic_3_13)_ 0.00084297468507303663
     HotSitePower_W(7) c_u_Thermal(DC_logic_3_14)_ 0.0022216118869921257
     HotSitePower_W(7) c_u_Thermal(DC_logic_3_15)_ 0.0057915325409283978
     HotSitePower_W(7) c_u_Thermal(DC_logic_4_0)_ 0.00042810896369544789
     HotSitePower_W(7) c_u_Thermal(DC_logic_4_1)_ 0.00053141618663449675
     HotSitePower_W(7) c_u_Thermal(DC_logic_4_2)_ 0.00053141618663448754
     HotSitePower_W(7) c_u_Thermal(DC_logic_4_3)_ 0.00042810896369544957
     HotSitePower_W(7) c_u_Thermal(DC_logic_4_4)_ 0.0013270203265464218
     HotSitePower_W(7) c_u_Thermal(DC_logic_4_5)_ 0.0016816241136963144
     HotSitePower_W(7) c_u_Thermal(DC_logic_4_6)_ 0.0016816241136962721
     HotSitePower_W(7) c_u_Thermal(DC_logic_4_7)_ 0.001327020326546453
     HotSitePower_W(7) c_u_Thermal(DC_logic_4_8)_ 0.0041345334017145428
     HotSitePower_W(7) c_u_Thermal(DC_logic_4_9)_ 0.0053342736632581537
     HotSitePower_W(7) c_u_Thermal(DC_logic_4_10)_ 0.0053342736632580965
     HotSitePower_W(7) c_u_Thermal(DC_logic_4_11)_ 0.004134533401714254
     HotSitePower_W(7) c_u_Thermal(DC_logic_4_12)_ 0.014061048496732358
     HotSitePower_W(7) c_u_Thermal(DC_logic_4_13)_ 0.018192839897970426
     HotSitePower_W(7) c_u_Thermal(DC_logic_4_14)_ 0.018192839897970093
     HotSitePower_W(7) c_u_Thermal(DC_logic_4_15)_ 0.014061048496732589
     HotSitePower_W(7) c_u_Thermal(DC_logic_5_0)_ 0.00027652932179167119
     HotSitePower_W(7) c_u_Thermal(DC_logic_5_1)_ 0.00015441088503446339
     HotSitePower_W(7) c_u_Thermal(DC_logic_5_2)_ 8.0767604846863547e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_5_3)_ 4.7928487468137652e-05
     HotSitePower_W(7) c_u_Thermal(DC_logic_5_4)_ 0.00079240619051424755
     HotSitePower_W(7) c_u_Thermal(DC_logic_5_5)_ 0.00040347256838418845
     HotSitePower_W(7) c_u_Thermal(DC_logic_5_6)_ 0.00019262861855662874
     HotSitePower_W(7) c_u_Thermal(DC_logic_5_7)_ 0.00010557237217518253
     HotSitePower_W(7) c_u_Thermal(DC_logic_5_8)_ 0.002189235429582628
     HotSitePower_W(7) c_u_Thermal(DC_logic_5_9)_ 0.00098853661732349542
     HotSitePower_W(7) c_u_Thermal(DC_logic_5_10)_ 0.00042394566318705514
     HotSitePower_W(7) c_u_Thermal(DC_logic_5_11)_ 0.00021255106967403971
     HotSitePower_W(7) c_u_Thermal(DC_logic_5_12)_ 0.0057915325409280023
     HotSitePower_W(7) c_u_Thermal(DC_logic_5_13)_ 0.0022216118869920589
     HotSitePower_W(7) c_u_Thermal(DC_logic_5_14)_ 0.00084297468507289525
     HotSitePower_W(7) c_u_Thermal(DC_logic_5_15)_ 0.00038457385137811192
     HotSitePower_W(7) c_u_Thermal(DC_logic_6_0)_ 0.00060559912512654548
     HotSitePower_W(7) c_u_Thermal(DC_logic_6_1)_ 0.0014350787340180493
     HotSitePower_W(7) c_u_Thermal(DC_logic_6_2)_ 0.0042557932689568749
     HotSitePower_W(7) c_u_Thermal(DC_logic_6_3)_ 0.014201322330509459
     HotSitePower_W(7) c_u_Thermal(DC_logic_6_4)_ 0.00079349623558675635
     HotSitePower_W(7) c_u_Thermal(DC_logic_6_5)_ 0.0019049881368989737
     HotSitePower_W(7) c_u_Thermal(DC_logic_6_6)_ 0.0056943942537484435
     HotSitePower_W(7) c_u_Thermal(DC_logic_6_7)_ 0.018813859026636407
     HotSitePower_W(7) c_u_Thermal(DC_logic_6_8)_ 0.0021287555388174169
     HotSitePower_W(7) c_u_Thermal(DC_logic_6_9)_ 0.0062665348505964516
     HotSitePower_W(7) c_u_Thermal(DC_logic_6_10)_ 0.020189850863121282
     HotSitePower_W(7) c_u_Thermal(DC_logic_6_11)_ 0.0062697804109210636
     HotSitePower_W(7) c_u_Thermal(DC_logic_6_12)_ 0.019626946523481504
     HotSitePower_W(7) c_u_Thermal(DC_logic_7_0)_ 0.083332249426356655
     HotSitePower_W(7) c_u_Thermal(DC_logic_7_1)_ 0.099697670321194989
     HotSitePower_W(7) c_u_Thermal(DC_logic_7_2)_ 0.09969767032119789
     HotSitePower_W(7) c_u_Thermal(DC_logic_7_3)_ 0.083332249426359403
     HotSitePower_W(7) c_u_Thermal(DC_logic_7_4)_ 0.10048541615150888
     HotSitePower_W(7) c_u_Thermal(DC_logic_7_5)_ 0.12111484702848288
     HotSitePower_W(7) c_u_Thermal(DC_logic_7_6)_ 0.1211148470284812
     HotSitePower_W(7) c_u_Thermal(DC_logic_7_7)_ 0.10048541615150854
     HotSitePower_W(7) c_u_Thermal(DC_logic_7_8)_ 0.10326325733767151
     HotSitePower_W(7) c_u_Thermal(DC_logic_7_9)_ 0.12473180402675195
     HotSitePower_W(7) c_u_Thermal(DC_logic_7_10)_ 0.12473180402674949
     HotSitePower_W(7) c_u_Thermal(DC_logic_7_11)_ 0.10326325733765949
     HotSitePower_W(7) c_u_Thermal(DC_logic_7_12)_ 0.096833840827349596
     HotSitePower_W(7) c_u_Thermal(DC_logic_7_13)_ 0.1171990406418091
     HotSitePower_W(7) c_u_Thermal(DC_logic_7_14)_ 0.11719904064180441
     HotSitePower_W(7) c_u_Thermal(DC_logic_7_15)_ 0.096833840827344156
     HotSitePower_W(7) c_u_Thermal(DC_logic_8_0)_ 0.014201322330508574
     HotSitePower_W(7) c_u_Thermal(DC_logic_8_1)_ 0.0042557932689566112
     HotSitePower_W(7) c_u_Thermal(DC_logic_8_2)_ 0.0014350787340179705
     HotSitePower_W(7) c_u_Thermal(DC_logic_8_3)_ 0.00060559912512651978
     HotSitePower_W(7) c_u_Thermal(DC_logic_8_4)_ 0.018813859026634731
     HotSitePower_W(7) c_u_Thermal(DC_logic_8_5)_ 0.0056943942537481789
     HotSitePower_W(7) c_u_Thermal(DC_logic_8_6)_ 0.0019049881368988827
     HotSitePower_W(7) c_u_Thermal(DC_logic_8_7)_ 0.00079349623558676351
     HotSitePower_W(7) c_u_Thermal(DC_logic_8_8)_ 0.020189850863120421
     HotSitePower_W(7) c_u_Thermal(DC_logic_8_9)_ 0.0062665348505960899
     HotSitePower_W(7) c_u_Thermal(DC_logic_8_10)_ 0.0021287555388174255
     HotSitePower_W(7) c_u_Thermal(DC_logic_8_11)_ 0.019626946523482236
     HotSitePower_W(7) c_u_Thermal(DC_logic_8_12)_ 0.0062697804109212692
     HotSitePower_W(7) c_u_Thermal(PC_dram_0_0)_ 2.8953302121673034e-06
     HotSitePower_W(7) c_u_Thermal(PC_dram_0_1)_ 4.1233787401399821e-06
     HotSitePower_W(7) c_u_Thermal(PC_dram_0_2)_ 4.14382441795624e-06
     HotSitePower_W(7) c_u_Thermal(PC_dram_0_3)_ 6.4812290324579993e-06
     HotSitePower_W(7) c_u_Thermal(PC_dram_0_4)_ 9.6877330866473241e-06
     HotSitePower_W(7) c_u_Thermal(PC_dram_0_5)_ 7.1168137781837375e-06
     HotSitePower_W(7) c_u_Thermal(PC_dram_0_6)_ 1.0621108652556284e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_0_7)_ 1.7704588504395476e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_0_8)_ 2.7977273898609295e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_0_9)_ 1.7399993778676992e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_0_10)_ 2.763465922453129e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_0_11)_ 4.9441550494268249e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_0_12)_ 8.3169746055605277e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_1_0)_ 5.386532936659566e-06
     HotSitePower_W(7) c_u_Thermal(PC_dram_1_1)_ 6.2414485687722341e-06
     HotSitePower_W(7) c_u_Thermal(PC_dram_1_2)_ 6.2414485687722222e-06
     HotSitePower_W(7) c_u_Thermal(PC_dram_1_3)_ 5.3865329366595473e-06
     HotSitePower_W(7) c_u_Thermal(PC_dram_1_4)_ 1.3099723103012209e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_1_5)_ 1.543222760948945e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_1_6)_ 1.5432227609489752e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_1_7)_ 1.3099723103012139e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_1_8)_ 3.933356272166201e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_1_9)_ 4.7110188382385315e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_1_10)_ 4.7110188382385538e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_1_11)_ 3.933356272166285e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_1_12)_ 0.00012247760049106951
     HotSitePower_W(7) c_u_Thermal(PC_dram_1_13)_ 0.00014960869548222299
     HotSitePower_W(7) c_u_Thermal(PC_dram_1_14)_ 0.00014960869548222798
     HotSitePower_W(7) c_u_Thermal(PC_dram_1_15)_ 0.00012247760049107468
     HotSitePower_W(7) c_u_Thermal(PC_dram_2_0)_ 4.1233787401400185e-06
     HotSitePower_W(7) c_u_Thermal(PC_dram_2_1)_ 2.8953302121676049e-06
     HotSitePower_W(7) c_u_Thermal(PC_dram_2_2)_ 9.6877330866473953e-06
     HotSitePower_W(7) c_u_Thermal(PC_dram_2_3)_ 6.481229032458627e-06
     HotSitePower_W(7) c_u_Thermal(PC_dram_2_4)_ 4.1438244179563688e-06
     HotSitePower_W(7) c_u_Thermal(PC_dram_2_5)_ 2.7977273898610701e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_2_6)_ 1.7704588504397566e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_2_7)_ 1.0621108652556821e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_2_8)_ 7.1168137781840806e-06
     HotSitePower_W(7) c_u_Thermal(PC_dram_2_9)_ 8.3169746055611525e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_2_10)_ 4.944155049427388e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_2_11)_ 2.7634659224532709e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_2_12)_ 1.7399993778677297e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_3_0)_ 4.121012469993749e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_3_1)_ 7.0315555485113548e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_3_2)_ 0.00013627397696250535
     HotSitePower_W(7) c_u_Thermal(PC_dram_3_3)_ 0.00024687313492138092
     HotSitePower_W(7) c_u_Thermal(PC_dram_3_4)_ 9.1807816806249818e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_3_5)_ 0.00016982509428436116
     HotSitePower_W(7) c_u_Thermal(PC_dram_3_6)_ 0.00036072187922864556
     HotSitePower_W(7) c_u_Thermal(PC_dram_3_7)_ 0.00071686025328857549
     HotSitePower_W(7) c_u_Thermal(PC_dram_3_8)_ 0.00018700347770915404
     HotSitePower_W(7) c_u_Thermal(PC_dram_3_9)_ 0.0003784225229351842
     HotSitePower_W(7) c_u_Thermal(PC_dram_3_10)_ 0.00089518493788092433
     HotSitePower_W(7) c_u_Thermal(PC_dram_3_11)_ 0.0020057292220119218
     HotSitePower_W(7) c_u_Thermal(PC_dram_3_12)_ 0.00034186266411132747
     HotSitePower_W(7) c_u_Thermal(PC_dram_3_13)_ 0.00076082533588624332
     HotSitePower_W(7) c_u_Thermal(PC_dram_3_14)_ 0.0020339859014821913
     HotSitePower_W(7) c_u_Thermal(PC_dram_3_15)_ 0.0053313332770443568
     HotSitePower_W(7) c_u_Thermal(PC_dram_4_0)_ 0.00038567816965865895
     HotSitePower_W(7) c_u_Thermal(PC_dram_4_1)_ 0.0004819882235666013
     HotSitePower_W(7) c_u_Thermal(PC_dram_4_2)_ 0.00048198822356663101
     HotSitePower_W(7) c_u_Thermal(PC_dram_4_3)_ 0.00038567816965868047
     HotSitePower_W(7) c_u_Thermal(PC_dram_4_4)_ 0.0012125234075741501
     HotSitePower_W(7) c_u_Thermal(PC_dram_4_5)_ 0.0015512586645679202
     HotSitePower_W(7) c_u_Thermal(PC_dram_4_6)_ 0.0015512586645679382
     HotSitePower_W(7) c_u_Thermal(PC_dram_4_7)_ 0.0012125234075741561
     HotSitePower_W(7) c_u_Thermal(PC_dram_4_8)_ 0.0038139960064924898
     HotSitePower_W(7) c_u_Thermal(PC_dram_4_9)_ 0.0049893759795428313
     HotSitePower_W(7) c_u_Thermal(PC_dram_4_10)_ 0.004989375979542938
     HotSitePower_W(7) c_u_Thermal(PC_dram_4_11)_ 0.0038139960064924468
     HotSitePower_W(7) c_u_Thermal(PC_dram_4_12)_ 0.012563418334744456
     HotSitePower_W(7) c_u_Thermal(PC_dram_4_13)_ 0.016709712272020262
     HotSitePower_W(7) c_u_Thermal(PC_dram_4_14)_ 0.016709712272020907
     HotSitePower_W(7) c_u_Thermal(PC_dram_4_15)_ 0.012563418334744277
     HotSitePower_W(7) c_u_Thermal(PC_dram_5_0)_ 0.00024687313492139751
     HotSitePower_W(7) c_u_Thermal(PC_dram_5_1)_ 0.00013627397696251446
     HotSitePower_W(7) c_u_Thermal(PC_dram_5_2)_ 7.0315555485113643e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_5_3)_ 4.1210124699936331e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_5_4)_ 0.00071686025328859316
     HotSitePower_W(7) c_u_Thermal(PC_dram_5_5)_ 0.00036072187922863325
     HotSitePower_W(7) c_u_Thermal(PC_dram_5_6)_ 0.00016982509428435476
     HotSitePower_W(7) c_u_Thermal(PC_dram_5_7)_ 9.1807816806248219e-05
     HotSitePower_W(7) c_u_Thermal(PC_dram_5_8)_ 0.0020057292220119747
     HotSitePower_W(7) c_u_Thermal(PC_dram_5_9)_ 0.00089518493788085874
     HotSitePower_W(7) c_u_Thermal(PC_dram_5_10)_ 0.00037842252293518523
     HotSitePower_W(7) c_u_Thermal(PC_dram_5_11)_ 0.00018700347770915436
     HotSitePower_W(7) c_u_Thermal(PC_dram_5_12)_ 0.0053313332770443984
     HotSitePower_W(7) c_u_Thermal(PC_dram_5_13)_ 0.0020339859014820803
     HotSitePower_W(7) c_u_Thermal(PC_dram_5_14)_ 0.00076082533588624581
     HotSitePower_W(7) c_u_Thermal(PC_dram_5_15)_ 0.00034186266411133609
     HotSitePower_W(7) c_u_Thermal(PC_dram_6_0)_ 0.00054252253000879633
     HotSitePower_W(7) c_u_Thermal(PC_dram_6_1)_ 0.0013071136852390558
     HotSitePower_W(7) c_u_Thermal(PC_dram_6_2)_ 0.0039211408136244161
     HotSitePower_W(7) c_u_Thermal(PC_dram_6_3)_ 0.012689077023371678
     HotSitePower_W(7) c_u_Thermal(PC_dram_6_4)_ 0.00071422975397249645
     HotSitePower_W(7) c_u_Thermal(PC_dram_6_5)_ 0.0017486178952070674
     HotSitePower_W(7) c_u_Thermal(PC_dram_6_6)_ 0.0053119386689658371
     HotSitePower_W(7) c_u_Thermal(PC_dram_6_7)_ 0.017273517545308072
     HotSitePower_W(7) c_u_Thermal(PC_dram_6_8)_ 0.0019507380396231596
     HotSitePower_W(7) c_u_Thermal(PC_dram_6_9)_ 0.0058351783681457161
     HotSitePower_W(7) c_u_Thermal(PC_dram_6_10)_ 0.018544096973218703
     HotSitePower_W(7) c_u_Thermal(PC_dram_6_11)_ 0.0057723065178606203
     HotSitePower_W(7) c_u_Thermal(PC_dram_6_12)_ 0.017694490798175772
     HotSitePower_W(7) c_u_Thermal(PC_dram_7_0)_ 0.063302171963655895
     HotSitePower_W(7) c_u_Thermal(PC_dram_7_1)_ 0.080605510608938141
     HotSitePower_W(7) c_u_Thermal(PC_dram_7_2)_ 0.080605510608938641
     HotSitePower_W(7) c_u_Thermal(PC_dram_7_3)_ 0.063302171963654619
     HotSitePower_W(7) c_u_Thermal(PC_dram_7_4)_ 0.081329187518407078
     HotSitePower_W(7) c_u_Thermal(PC_dram_7_5)_ 0.1040582725244819
     HotSitePower_W(7) c_u_Thermal(PC_dram_7_6)_ 0.10405827252448371
     HotSitePower_W(7) c_u_Thermal(PC_dram_7_7)_ 0.081329187518408674
     HotSitePower_W(7) c_u_Thermal(PC_dram_7_8)_ 0.083904426277705918
     HotSitePower_W(7) c_u_Thermal(PC_dram_7_9)_ 0.10746471187868285
     HotSitePower_W(7) c_u_Thermal(PC_dram_7_10)_ 0.10746471187868462
     HotSitePower_W(7) c_u_Thermal(PC_dram_7_11)_ 0.083904426277706889
     HotSitePower_W(7) c_u_Thermal(PC_dram_7_12)_ 0.07536282106118207
     HotSitePower_W(7) c_u_Thermal(PC_dram_7_13)_ 0.096689867410467339
     HotSitePower_W(7) c_u_Thermal(PC_dram_7_14)_ 0.096689867410470781
     HotSitePower_W(7) c_u_Thermal(PC_dram_7_15)_ 0.075362821061182
     HotSitePower_W(7) c_u_Thermal(PC_dram_8_0)_ 0.01268907702337092
     HotSitePower_W(7) c_u_Thermal(PC_dram_8_1)_ 0.0039211408136242236
     HotSitePower_W(7) c_u_Thermal(PC_dram_8_2)_ 0.001307113685239085
     HotSitePower_W(7) c_u_Thermal(PC_dram_8_3)_ 0.00054252253000878668
     HotSitePower_W(7) c_u_Thermal(PC_dram_8_4)_ 0.017273517545307978
     HotSitePower_W(7) c_u_Thermal(PC_dram_8_5)_ 0.0053119386689660384
     HotSitePower_W(7) c_u_Thermal(PC_dram_8_6)_ 0.0017486178952071053
     HotSitePower_W(7) c_u_Thermal(PC_dram_8_7)_ 0.0007142297539725357
     HotSitePower_W(7) c_u_Thermal(PC_dram_8_8)_ 0.018544096973218727
     HotSitePower_W(7) c_u_Thermal(PC_dram_8_9)_ 0.005835178368145854
     HotSitePower_W(7) c_u_Thermal(PC_dram_8_10)_ 0.0019507380396232563
     HotSitePower_W(7) c_u_Thermal(PC_dram_8_11)_ 0.017694490798176497
     HotSitePower_W(7) c_u_Thermal(PC_dram_8_12)_ 0.0057723065178610202
     HotSitePower_W(7) c_u_Thermal(PC_logic_0_0)_ 2.8974372870058456e-06
     HotSitePower_W(7) c_u_Thermal(PC_logic_0_1)_ 4.1259395263002649e-06
     HotSitePower_W(7) c_u_Thermal(PC_logic_0_2)_ 4.1472625017095708e-06
     HotSitePower_W(7) c_u_Thermal(PC_logic_0_3)_ 6.4861751837199714e-06
     HotSitePower_W(7) c_u_Thermal(PC_logic_0_4)_ 9.6941964438237414e-06
     HotSitePower_W(7) c_u_Thermal(PC_logic_0_5)_ 7.1209957142946518e-06
     HotSitePower_W(7) c_u_Thermal(PC_logic_0_6)_ 1.0628144781222764e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_0_7)_ 1.771471501400016e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_0_8)_ 2.7990646121860426e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_0_9)_ 1.7409557079926435e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_0_10)_ 2.7652555707563894e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_0_11)_ 4.9469499897233976e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_0_12)_ 8.3209186149684841e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_1_0)_ 5.3900972933008446e-06
     HotSitePower_W(7) c_u_Thermal(PC_logic_1_1)_ 6.246394490885873e-06
     HotSitePower_W(7) c_u_Thermal(PC_logic_1_2)_ 6.2463944908858645e-06
     HotSitePower_W(7) c_u_Thermal(PC_logic_1_3)_ 5.3900972933008285e-06
     HotSitePower_W(7) c_u_Thermal(PC_logic_1_4)_ 1.3108999649259663e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_1_5)_ 1.5444867521844149e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_1_6)_ 1.5444867521844471e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_1_7)_ 1.3108999649259582e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_1_8)_ 3.9353729358449017e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_1_9)_ 4.7138769450315273e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_1_10)_ 4.7138769450315571e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_1_11)_ 3.9353729358449796e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_1_12)_ 0.00012254158151604806
     HotSitePower_W(7) c_u_Thermal(PC_logic_1_13)_ 0.00014970428113712184
     HotSitePower_W(7) c_u_Thermal(PC_logic_1_14)_ 0.00014970428113712691
     HotSitePower_W(7) c_u_Thermal(PC_logic_1_15)_ 0.00012254158151605332
     HotSitePower_W(7) c_u_Thermal(PC_logic_2_0)_ 4.1259395263003149e-06
     HotSitePower_W(7) c_u_Thermal(PC_logic_2_1)_ 2.8974372870061497e-06
     HotSitePower_W(7) c_u_Thermal(PC_logic_2_2)_ 9.6941964438238194e-06
     HotSitePower_W(7) c_u_Thermal(PC_logic_2_3)_ 6.4861751837206032e-06
     HotSitePower_W(7) c_u_Thermal(PC_logic_2_4)_ 4.147262501709692e-06
     HotSitePower_W(7) c_u_Thermal(PC_logic_2_5)_ 2.7990646121861866e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_2_6)_ 1.7714715014002226e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_2_7)_ 1.0628144781223301e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_2_8)_ 7.1209957142950051e-06
     HotSitePower_W(7) c_u_Thermal(PC_logic_2_9)_ 8.3209186149691279e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_2_10)_ 4.9469499897239695e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_2_11)_ 2.7652555707565236e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_2_12)_ 1.740955707992678e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_3_0)_ 4.1238570954978379e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_3_1)_ 7.0372230175354332e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_3_2)_ 0.00013637292788225348
     HotSitePower_W(7) c_u_Thermal(PC_logic_3_3)_ 0.00024703314427214872
     HotSitePower_W(7) c_u_Thermal(PC_logic_3_4)_ 9.1878830087233681e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_3_5)_ 0.00016996951081567279
     HotSitePower_W(7) c_u_Thermal(PC_logic_3_6)_ 0.00036098544133514305
     HotSitePower_W(7) c_u_Thermal(PC_logic_3_7)_ 0.00071733608974172225
     HotSitePower_W(7) c_u_Thermal(PC_logic_3_8)_ 0.00018713031455253425
     HotSitePower_W(7) c_u_Thermal(PC_logic_3_9)_ 0.00037869486344493806
     HotSitePower_W(7) c_u_Thermal(PC_logic_3_10)_ 0.00089568398015426784
     HotSitePower_W(7) c_u_Thermal(PC_logic_3_11)_ 0.0020067345200224327
     HotSitePower_W(7) c_u_Thermal(PC_logic_3_12)_ 0.00034206817325082401
     HotSitePower_W(7) c_u_Thermal(PC_logic_3_13)_ 0.00076132446339171223
     HotSitePower_W(7) c_u_Thermal(PC_logic_3_14)_ 0.0020350101329547556
     HotSitePower_W(7) c_u_Thermal(PC_logic_3_15)_ 0.0053351979103842548
     HotSitePower_W(7) c_u_Thermal(PC_logic_4_0)_ 0.000385955081189603
     HotSitePower_W(7) c_u_Thermal(PC_logic_4_1)_ 0.00048239940648540805
     HotSitePower_W(7) c_u_Thermal(PC_logic_4_2)_ 0.000482399406485439
     HotSitePower_W(7) c_u_Thermal(PC_logic_4_3)_ 0.00038595508118962485
     HotSitePower_W(7) c_u_Thermal(PC_logic_4_4)_ 0.0012134104403898243
     HotSitePower_W(7) c_u_Thermal(PC_logic_4_5)_ 0.0015525622747927191
     HotSitePower_W(7) c_u_Thermal(PC_logic_4_6)_ 0.0015525622747927369
     HotSitePower_W(7) c_u_Thermal(PC_logic_4_7)_ 0.0012134104403898319
     HotSitePower_W(7) c_u_Thermal(PC_logic_4_8)_ 0.0038166373692491338
     HotSitePower_W(7) c_u_Thermal(PC_logic_4_9)_ 0.0049931989922869244
     HotSitePower_W(7) c_u_Thermal(PC_logic_4_10)_ 0.0049931989922870311
     HotSitePower_W(7) c_u_Thermal(PC_logic_4_11)_ 0.0038166373692490856
     HotSitePower_W(7) c_u_Thermal(PC_logic_4_12)_ 0.012618658932928838
     HotSitePower_W(7) c_u_Thermal(PC_logic_4_13)_ 0.016774858448367902
     HotSitePower_W(7) c_u_Thermal(PC_logic_4_14)_ 0.016774858448368533
     HotSitePower_W(7) c_u_Thermal(PC_logic_4_15)_ 0.012618658932928656
     HotSitePower_W(7) c_u_Thermal(PC_logic_5_0)_ 0.00024703314427216514
     HotSitePower_W(7) c_u_Thermal(PC_logic_5_1)_ 0.00013637292788226251
     HotSitePower_W(7) c_u_Thermal(PC_logic_5_2)_ 7.0372230175354413e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_5_3)_ 4.12385709549772e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_5_4)_ 0.00071733608974173938
     HotSitePower_W(7) c_u_Thermal(PC_logic_5_5)_ 0.00036098544133513096
     HotSitePower_W(7) c_u_Thermal(PC_logic_5_6)_ 0.0001699695108156662
     HotSitePower_W(7) c_u_Thermal(PC_logic_5_7)_ 9.1878830087232122e-05
     HotSitePower_W(7) c_u_Thermal(PC_logic_5_8)_ 0.0020067345200224917
     HotSitePower_W(7) c_u_Thermal(PC_logic_5_9)_ 0.00089568398015420247
     HotSitePower_W(7) c_u_Thermal(PC_logic_5_10)_ 0.00037869486344493882
     HotSitePower_W(7) c_u_Thermal(PC_logic_5_11)_ 0.00018713031455253442
     HotSitePower_W(7) c_u_Thermal(PC_logic_5_12)_ 0.0053351979103843086
     HotSitePower_W(7) c_u_Thermal(PC_logic_5_13)_ 0.002035010132954648
     HotSitePower_W(7) c_u_Thermal(PC_logic_5_14)_ 0.00076132446339171505
     HotSitePower_W(7) c_u_Thermal(PC_logic_5_15)_ 0.00034206817325083258
     HotSitePower_W(7) c_u_Thermal(PC_logic_6_0)_ 0.00054288736164267971
     HotSitePower_W(7) c_u_Thermal(PC_logic_6_1)_ 0.0013080667685387262
     HotSitePower_W(7) c_u_Thermal(PC_logic_6_2)_ 0.0039238681301354255
     HotSitePower_W(7) c_u_Thermal(PC_logic_6_3)_ 0.012744414653452335
     HotSitePower_W(7) c_u_Thermal(PC_logic_6_4)_ 0.00071480045156446575
     HotSitePower_W(7) c_u_Thermal(PC_logic_6_5)_ 0.0017500784250349998
     HotSitePower_W(7) c_u_Thermal(PC_logic_6_6)_ 0.0053160043565095884
     HotSitePower_W(7) c_u_Thermal(PC_logic_6_7)_ 0.017339042455018872
     HotSitePower_W(7) c_u_Thermal(PC_logic_6_8)_ 0.0019523228953846235
     HotSitePower_W(7) c_u_Thermal(PC_logic_6_9)_ 0.0058394743554979851
     HotSitePower_W(7) c_u_Thermal(PC_logic_6_10)_ 0.018610144435620785
     HotSitePower_W(7) c_u_Thermal(PC_logic_6_11)_ 0.0057759332725963227
     HotSitePower_W(7) c_u_Thermal(PC_logic_6_12)_ 0.01775349617293764
     HotSitePower_W(7) c_u_Thermal(PC_logic_7_0)_ 0.067734358211943041
     HotSitePower_W(7) c_u_Thermal(PC_logic_7_1)_ 0.085519986388912145
     HotSitePower_W(7) c_u_Thermal(PC_logic_7_2)_ 0.085519986388912742
     HotSitePower_W(7) c_u_Thermal(PC_logic_7_3)_ 0.067734358211941847
     HotSitePower_W(7) c_u_Thermal(PC_logic_7_4)_ 0.086244134817653695
     HotSitePower_W(7) c_u_Thermal(PC_logic_7_5)_ 0.10946472883738051
     HotSitePower_W(7) c_u_Thermal(PC_logic_7_6)_ 0.10946472883738231
     HotSitePower_W(7) c_u_Thermal(PC_logic_7_7)_ 0.086244134817655402
     HotSitePower_W(7) c_u_Thermal(PC_logic_7_8)_ 0.088821117016803078
     HotSitePower_W(7) c_u_Thermal(PC_logic_7_9)_ 0.11287367165294508
     HotSitePower_W(7) c_u_Thermal(PC_logic_7_10)_ 0.11287367165294691
     HotSitePower_W(7) c_u_Thermal(PC_logic_7_11)_ 0.08882111701680398
     HotSitePower_W(7) c_u_Thermal(PC_logic_7_12)_ 0.079849910579454356
     HotSitePower_W(7) c_u_Thermal(PC_logic_7_13)_ 0.10166898754413739
     HotSitePower_W(7) c_u_Thermal(PC_logic_7_14)_ 0.1016689875441408
     HotSitePower_W(7) c_u_Thermal(PC_logic_7_15)_ 0.0798499105794543
     HotSitePower_W(7) c_u_Thermal(PC_logic_8_0)_ 0.012744414653451561
     HotSitePower_W(7) c_u_Thermal(PC_logic_8_1)_ 0.003923868130135226
     HotSitePower_W(7) c_u_Thermal(PC_logic_8_2)_ 0.0013080667685387568
     HotSitePower_W(7) c_u_Thermal(PC_logic_8_3)_ 0.0005428873616426693
     HotSitePower_W(7) c_u_Thermal(PC_logic_8_4)_ 0.017339042455018775
     HotSitePower_W(7) c_u_Thermal(PC_logic_8_5)_ 0.0053160043565097922
     HotSitePower_W(7) c_u_Thermal(PC_logic_8_6)_ 0.0017500784250350369
     HotSitePower_W(7) c_u_Thermal(PC_logic_8_7)_ 0.00071480045156450554
     HotSitePower_W(7) c_u_Thermal(PC_logic_8_8)_ 0.01861014443562084
     HotSitePower_W(7) c_u_Thermal(PC_logic_8_9)_ 0.00583947435549811
     HotSitePower_W(7) c_u_Thermal(PC_logic_8_10)_ 0.0019523228953847193
     HotSitePower_W(7) c_u_Thermal(PC_logic_8_11)_ 0.017753496172938362
     HotSitePower_W(7) c_u_Thermal(PC_logic_8_12)_ 0.0057759332725967156
     HotSitePower_W(8) c_e_HotSitePowerDef(8)_ 1
     HotSitePower_W(8) c_u_Thermal(DC_dram_0_0)_ 3.2794104852803092e-07
     HotSitePower_W(8) c_u_Thermal(DC_dram_0_1)_ 6.4797658181840328e-07
     HotSitePower_W(8) c_u_Thermal(DC_dram_0_2)_ 2.8995213660940775e-07
     HotSitePower_W(8) c_u_Thermal(DC_dram_0_3)_ 5.9573082892322789e-07
     HotSitePower_W(8) c_u_Thermal(DC_dram_0_4)_ 1.2349244296736549e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_0_5)_ 3.279410485280513e-07
     HotSitePower_W(8) c_u_Thermal(DC_dram_0_6)_ 5.9573082892322143e-07
     HotSitePower_W(8) c_u_Thermal(DC_dram_0_7)_ 1.2915562318546672e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_0_8)_ 2.8246680560289152e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_0_9)_ 6.4797658181843134e-07
     HotSitePower_W(8) c_u_Thermal(DC_dram_0_10)_ 1.2349244296736477e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_0_11)_ 2.8246680560288559e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_0_12)_ 6.5203042281164862e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_1_0)_ 1.238283547658923e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_1_1)_ 2.2189244711047648e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_1_2)_ 3.6372585346918904e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_1_3)_ 5.4513474386698905e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_1_4)_ 2.4758575006613213e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_1_5)_ 4.6477712836658271e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_1_6)_ 7.959958209294933e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_1_7)_ 1.23939797863279e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_1_8)_ 5.9703032019243945e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_1_9)_ 1.180306832799853e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_1_10)_ 2.1266802607805354e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_1_11)_ 3.4650945737194729e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_1_12)_ 1.4567789045198659e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_1_13)_ 3.0502178740544257e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_1_14)_ 5.8249750330181069e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_1_15)_ 0.0001001084479682624
     HotSitePower_W(8) c_u_Thermal(DC_dram_2_0)_ 7.5055522066074635e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_2_1)_ 9.4096669610206894e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_2_2)_ 1.7520196058815245e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_2_3)_ 2.2213067090098592e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_2_4)_ 2.5219475323411416e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_2_5)_ 5.0511504719755666e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_2_6)_ 6.4735697285283844e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_2_7)_ 7.3503606162153584e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_2_8)_ 7.6695420247509572e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_2_9)_ 0.00015156233778866737
     HotSitePower_W(8) c_u_Thermal(DC_dram_2_10)_ 0.00019657825766239732
     HotSitePower_W(8) c_u_Thermal(DC_dram_2_11)_ 0.00022273608562565621
     HotSitePower_W(8) c_u_Thermal(DC_dram_2_12)_ 0.00023123066906537506
     HotSitePower_W(8) c_u_Thermal(DC_dram_3_0)_ 1.2382835476590314e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_3_1)_ 2.4758575006612912e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_3_2)_ 5.9703032019245054e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_3_3)_ 1.4567789045199199e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_3_4)_ 2.2189244711049935e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_3_5)_ 4.6477712836660456e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_3_6)_ 1.1803068327998699e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_3_7)_ 3.050217874054487e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_3_8)_ 3.6372585346923309e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_3_9)_ 7.9599582092958563e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_3_10)_ 2.1266802607808e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_3_11)_ 5.8249750330186083e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_3_12)_ 5.4513474386706503e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_3_13)_ 1.2393979786329778e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_3_14)_ 3.4650945737202529e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_3_15)_ 0.00010010844796828055
     HotSitePower_W(8) c_u_Thermal(DC_dram_4_0)_ 3.4567039614063802e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_4_1)_ 7.7214728994597391e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_4_2)_ 0.00015780119525541503
     HotSitePower_W(8) c_u_Thermal(DC_dram_4_3)_ 0.00028968283581521715
     HotSitePower_W(8) c_u_Thermal(DC_dram_4_4)_ 7.721472899459487e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_4_5)_ 0.0001853309836258657
     HotSitePower_W(8) c_u_Thermal(DC_dram_4_6)_ 0.00041035836358356819
     HotSitePower_W(8) c_u_Thermal(DC_dram_4_7)_ 0.00082018564451860501
     HotSitePower_W(8) c_u_Thermal(DC_dram_4_8)_ 0.00015780119525541598
     HotSitePower_W(8) c_u_Thermal(DC_dram_4_9)_ 0.00041035836358355881
     HotSitePower_W(8) c_u_Thermal(DC_dram_4_10)_ 0.0010012780186587523
     HotSitePower_W(8) c_u_Thermal(DC_dram_4_11)_ 0.0022425726969644687
     HotSitePower_W(8) c_u_Thermal(DC_dram_4_12)_ 0.00028968283581524442
     HotSitePower_W(8) c_u_Thermal(DC_dram_4_13)_ 0.00082018564451863027
     HotSitePower_W(8) c_u_Thermal(DC_dram_4_14)_ 0.0022425726969646331
     HotSitePower_W(8) c_u_Thermal(DC_dram_4_15)_ 0.0058799011503249433
     HotSitePower_W(8) c_u_Thermal(DC_dram_5_0)_ 0.00046114567824035292
     HotSitePower_W(8) c_u_Thermal(DC_dram_5_1)_ 0.00060575438615355869
     HotSitePower_W(8) c_u_Thermal(DC_dram_5_2)_ 0.00068284640671310533
     HotSitePower_W(8) c_u_Thermal(DC_dram_5_3)_ 0.00070293196894386921
     HotSitePower_W(8) c_u_Thermal(DC_dram_5_4)_ 0.0014010906897176411
     HotSitePower_W(8) c_u_Thermal(DC_dram_5_5)_ 0.0018610371327731938
     HotSitePower_W(8) c_u_Thermal(DC_dram_5_6)_ 0.0020789092156864334
     HotSitePower_W(8) c_u_Thermal(DC_dram_5_7)_ 0.0021157783509718735
     HotSitePower_W(8) c_u_Thermal(DC_dram_5_8)_ 0.0042848238782046523
     HotSitePower_W(8) c_u_Thermal(DC_dram_5_9)_ 0.0057316291852725449
     HotSitePower_W(8) c_u_Thermal(DC_dram_5_10)_ 0.0063092419959490517
     HotSitePower_W(8) c_u_Thermal(DC_dram_5_11)_ 0.0063149828881173542
     HotSitePower_W(8) c_u_Thermal(DC_dram_5_12)_ 0.014270592054201196
     HotSitePower_W(8) c_u_Thermal(DC_dram_5_13)_ 0.018916575468460269
     HotSitePower_W(8) c_u_Thermal(DC_dram_5_14)_ 0.020316705554953081
     HotSitePower_W(8) c_u_Thermal(DC_dram_5_15)_ 0.019766153268178058
     HotSitePower_W(8) c_u_Thermal(DC_dram_6_0)_ 7.5055522066085689e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_6_1)_ 1.752019605881763e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_6_2)_ 5.0511504719763642e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_6_3)_ 0.00015156233778869211
     HotSitePower_W(8) c_u_Thermal(DC_dram_6_4)_ 9.4096669610218329e-06
     HotSitePower_W(8) c_u_Thermal(DC_dram_6_5)_ 2.2213067090100543e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_6_6)_ 6.4735697285293872e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_6_7)_ 0.00019657825766242039
     HotSitePower_W(8) c_u_Thermal(DC_dram_6_8)_ 2.5219475323413808e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_6_9)_ 7.3503606162163924e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_6_10)_ 0.00022273608562568164
     HotSitePower_W(8) c_u_Thermal(DC_dram_6_11)_ 7.6695420247510981e-05
     HotSitePower_W(8) c_u_Thermal(DC_dram_6_12)_ 0.00023123066906538929
     HotSitePower_W(8) c_u_Thermal(DC_dram_7_0)_ 0.00046114567824040063
     HotSitePower_W(8) c_u_Thermal(DC_dram_7_1)_ 0.0014010906897176897
     HotSitePower_W(8) c_u_Thermal(DC_dram_7_2)_ 0.0042848238782050643
     HotSitePower_W(8) c_u_Thermal(DC_dram_7_3)_ 0.01427059205420156
     HotSitePower_W(8) c_u_Thermal(DC_dram_7_4)_ 0.0006057543861536026
     HotSitePower_W(8) c_u_Thermal(DC_dram_7_5)_ 0.0018610371327732814
     HotSitePower_W(8) c_u_Thermal(DC_dram_7_6)_ 0.0057316291852727705
     HotSitePower_W(8) c_u_Thermal(DC_dram_7_7)_ 0.01891657546845953
     HotSitePower_W(8) c_u_Thermal(DC_dram_7_8)_ 0.00068284640671315315
     HotSitePower_W(8) c_u_Thermal(DC_dram_7_9)_ 0.0020789092156865518
     HotSitePower_W(8) c_u_Thermal(DC_dram_7_10)_ 0.0063092419959492356
     HotSitePower_W(8) c_u_Thermal(DC_dram_7_11)_ 0.02031670555495322
     HotSitePower_W(8) c_u_Thermal(DC_dram_7_12)_ 0.00070293196894388743
     HotSitePower_W(8) c_u_Thermal(DC_dram_7_13)_ 0.0021157783509719516
     HotSitePower_W(8) c_u_Thermal(DC_dram_7_14)_ 0.0063149828881176465
     HotSitePower_W(8) c_u_Thermal(DC_dram_7_15)_ 0.019766153268178467
     HotSitePower_W(8) c_u_Thermal(DC_dram_8_0)_ 0.079443754070915154
     HotSitePower_W(8) c_u_Thermal(DC_dram_8_1)_ 0.096400636532637946
     HotSitePower_W(8) c_u_Thermal(DC_dram_8_2)_ 0.099251378412460997
     HotSitePower_W(8) c_u_Thermal(DC_dram_8_3)_ 0.093109143661290056
     HotSitePower_W(8) c_u_Thermal(DC_dram_8_4)_ 0.096400636532634129
     HotSitePower_W(8) c_u_Thermal(DC_dram_8_5)_ 0.11792513674218608
     HotSitePower_W(8) c_u_Thermal(DC_dram_8_6)_ 0.12175320616448382
     HotSitePower_W(8) c_u_Thermal(DC_dram_8_7)_ 0.11452428902423568
     HotSitePower_W(8) c_u_Thermal(DC_dram_8_8)_ 0.09925137841246276
     HotSitePower_W(8) c_u_Thermal(DC_dram_8_9)_ 0.12175320616448825
     HotSitePower_W(8) c_u_Thermal(DC_dram_8_10)_ 0.1259352548139141
     HotSitePower_W(8) c_u_Thermal(DC_dram_8_11)_ 0.093109143661293803
     HotSitePower_W(8) c_u_Thermal(DC_dram_8_12)_ 0.11452428902423818
     HotSitePower_W(8) c_u_Thermal(DC_logic_0_0)_ 3.2814760114666509e-07
     HotSitePower_W(8) c_u_Thermal(DC_logic_0_1)_ 6.4836273804422332e-07
     HotSitePower_W(8) c_u_Thermal(DC_logic_0_2)_ 2.9016353106251394e-07
     HotSitePower_W(8) c_u_Thermal(DC_logic_0_3)_ 5.9612209642235625e-07
     HotSitePower_W(8) c_u_Thermal(DC_logic_0_4)_ 1.2357025340874186e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_0_5)_ 3.2814760114668505e-07
     HotSitePower_W(8) c_u_Thermal(DC_logic_0_6)_ 5.9612209642234969e-07
     HotSitePower_W(8) c_u_Thermal(DC_logic_0_7)_ 1.2922972564444336e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_0_8)_ 2.8262170311440149e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_0_9)_ 6.4836273804425043e-07
     HotSitePower_W(8) c_u_Thermal(DC_logic_0_10)_ 1.2357025340874125e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_0_11)_ 2.8262170311439547e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_0_12)_ 6.5237432757809071e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_1_0)_ 1.2391027882409608e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_1_1)_ 2.2205116109736209e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_1_2)_ 3.6397035568848943e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_1_3)_ 5.4547112637542383e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_1_4)_ 2.4775842366425619e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_1_5)_ 4.6511880795295829e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_1_6)_ 7.9653851686240909e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_1_7)_ 1.2401800835088152e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_1_8)_ 5.9739691615847349e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_1_9)_ 1.1810614196729834e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_1_10)_ 2.1279053854303569e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_1_11)_ 3.4669143140514134e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_1_12)_ 1.457658096689793e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_1_13)_ 3.0521663864242951e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_1_14)_ 5.8283503271540813e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_1_15)_ 0.00010016176267156995
     HotSitePower_W(8) c_u_Thermal(DC_logic_2_0)_ 7.5104228696149882e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_2_1)_ 9.4164152415231808e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_2_2)_ 1.7531797465942134e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_2_3)_ 2.2229088852964757e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_2_4)_ 2.5237327376696924e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_2_5)_ 5.0539496626504859e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_2_6)_ 6.4775107695759837e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_2_7)_ 7.3547372193305736e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_2_8)_ 7.673660117542142e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_2_9)_ 0.00015164867779947588
     HotSitePower_W(8) c_u_Thermal(DC_logic_2_10)_ 0.00019670282850859006
     HotSitePower_W(8) c_u_Thermal(DC_logic_2_11)_ 0.00022287415341880863
     HotSitePower_W(8) c_u_Thermal(DC_logic_2_12)_ 0.00023135847896635334
     HotSitePower_W(8) c_u_Thermal(DC_logic_3_0)_ 1.2391027882410699e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_3_1)_ 2.4775842366425319e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_3_2)_ 5.9739691615848518e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_3_3)_ 1.4576580966898462e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_3_4)_ 2.2205116109738483e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_3_5)_ 4.6511880795297997e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_3_6)_ 1.1810614196730009e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_3_7)_ 3.052166386424354e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_3_8)_ 3.6397035568853335e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_3_9)_ 7.9653851686250142e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_3_10)_ 2.1279053854306205e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_3_11)_ 5.82835032715458e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_3_12)_ 5.4547112637550006e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_3_13)_ 1.2401800835090037e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_3_14)_ 3.4669143140521947e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_3_15)_ 0.00010016176267158809
     HotSitePower_W(8) c_u_Thermal(DC_logic_4_0)_ 3.4591009289482826e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_4_1)_ 7.7271219921921317e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_4_2)_ 0.00015790726995940367
     HotSitePower_W(8) c_u_Thermal(DC_logic_4_3)_ 0.00028986679997031715
     HotSitePower_W(8) c_u_Thermal(DC_logic_4_4)_ 7.7271219921918715e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_4_5)_ 0.00018546919243944031
     HotSitePower_W(8) c_u_Thermal(DC_logic_4_6)_ 0.00041063199450138685
     HotSitePower_W(8) c_u_Thermal(DC_logic_4_7)_ 0.00082070734276749294
     HotSitePower_W(8) c_u_Thermal(DC_logic_4_8)_ 0.00015790726995940449
     HotSitePower_W(8) c_u_Thermal(DC_logic_4_9)_ 0.00041063199450137763
     HotSitePower_W(8) c_u_Thermal(DC_logic_4_10)_ 0.0010018502860091748
     HotSitePower_W(8) c_u_Thermal(DC_logic_4_11)_ 0.0022438792292971974
     HotSitePower_W(8) c_u_Thermal(DC_logic_4_12)_ 0.00028986679997034437
     HotSitePower_W(8) c_u_Thermal(DC_logic_4_13)_ 0.00082070734276751701
     HotSitePower_W(8) c_u_Thermal(DC_logic_4_14)_ 0.0022438792292973609
     HotSitePower_W(8) c_u_Thermal(DC_logic_4_15)_ 0.0058862395923358511
     HotSitePower_W(8) c_u_Thermal(DC_logic_5_0)_ 0.00046146087019667342
     HotSitePower_W(8) c_u_Thermal(DC_logic_5_1)_ 0.00060620982231970877
     HotSitePower_W(8) c_u_Thermal(DC_logic_5_2)_ 0.00068334948743224092
     HotSitePower_W(8) c_u_Thermal(DC_logic_5_3)_ 0.0007033991826987556
     HotSitePower_W(8) c_u_Thermal(DC_logic_5_4)_ 0.0014020710348573518
     HotSitePower_W(8) c_u_Thermal(DC_logic_5_5)_ 0.0018624421180560439
     HotSitePower_W(8) c_u_Thermal(DC_logic_5_6)_ 0.0020804454940006592
     HotSitePower_W(8) c_u_Thermal(DC_logic_5_7)_ 0.0021172060054493167
     HotSitePower_W(8) c_u_Thermal(DC_logic_5_8)_ 0.0042888009681167349
     HotSitePower_W(8) c_u_Thermal(DC_logic_5_9)_ 0.005736940272590539
     HotSitePower_W(8) c_u_Thermal(DC_logic_5_10)_ 0.006314844895412456
     HotSitePower_W(8) c_u_Thermal(DC_logic_5_11)_ 0.0063201291277390128
     HotSitePower_W(8) c_u_Thermal(DC_logic_5_12)_ 0.014345460585438567
     HotSitePower_W(8) c_u_Thermal(DC_logic_5_13)_ 0.019001145439902944
     HotSitePower_W(8) c_u_Thermal(DC_logic_5_14)_ 0.020402049984125044
     HotSitePower_W(8) c_u_Thermal(DC_logic_5_15)_ 0.019847126326393037
     HotSitePower_W(8) c_u_Thermal(DC_logic_6_0)_ 7.5104228696161038e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_6_1)_ 1.7531797465944515e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_6_2)_ 5.0539496626512773e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_6_3)_ 0.00015164867779950044
     HotSitePower_W(8) c_u_Thermal(DC_logic_6_4)_ 9.4164152415243311e-06
     HotSitePower_W(8) c_u_Thermal(DC_logic_6_5)_ 2.2229088852966675e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_6_6)_ 6.4775107695769866e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_6_7)_ 0.00019670282850861302
     HotSitePower_W(8) c_u_Thermal(DC_logic_6_8)_ 2.523732737669934e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_6_9)_ 7.3547372193316131e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_6_10)_ 0.00022287415341883408
     HotSitePower_W(8) c_u_Thermal(DC_logic_6_11)_ 7.6736601175422938e-05
     HotSitePower_W(8) c_u_Thermal(DC_logic_6_12)_ 0.00023135847896636785
     HotSitePower_W(8) c_u_Thermal(DC_logic_7_0)_ 0.00046146087019672085
     HotSitePower_W(8) c_u_Thermal(DC_logic_7_1)_ 0.0014020710348573975
     HotSitePower_W(8) c_u_Thermal(DC_logic_7_2)_ 0.0042888009681171469
     HotSitePower_W(8) c_u_Thermal(DC_logic_7_3)_ 0.014345460585438945
     HotSitePower_W(8) c_u_Thermal(DC_logic_7_4)_ 0.00060620982231975192
     HotSitePower_W(8) c_u_Thermal(DC_logic_7_5)_ 0.0018624421180561304
     HotSitePower_W(8) c_u_Thermal(DC_logic_7_6)_ 0.0057369402725907636
     HotSitePower_W(8) c_u_Thermal(DC_logic_7_7)_ 0.019001145439902223
     HotSitePower_W(8) c_u_Thermal(DC_logic_7_8)_ 0.00068334948743228885
     HotSitePower_W(8) c_u_Thermal(DC_logic_7_9)_ 0.0020804454940007771
     HotSitePower_W(8) c_u_Thermal(DC_logic_7_10)_ 0.0063148448954126442
     HotSitePower_W(8) c_u_Thermal(DC_logic_7_11)_ 0.02040204998412519
     HotSitePower_W(8) c_u_Thermal(DC_logic_7_12)_ 0.00070339918269877251
     HotSitePower_W(8) c_u_Thermal(DC_logic_7_13)_ 0.0021172060054493948
     HotSitePower_W(8) c_u_Thermal(DC_logic_7_14)_ 0.006320129127739299
     HotSitePower_W(8) c_u_Thermal(DC_logic_7_15)_ 0.019847126326393433
     HotSitePower_W(8) c_u_Thermal(DC_logic_8_0)_ 0.08378619987368241
     HotSitePower_W(8) c_u_Thermal(DC_logic_8_1)_ 0.10108220955858992
     HotSitePower_W(8) c_u_Thermal(DC_logic_8_2)_ 0.10393593179268555
     HotSitePower_W(8) c_u_Thermal(DC_logic_8_3)_ 0.097526061333990596
     HotSitePower_W(8) c_u_Thermal(DC_logic_8_4)_ 0.101082209558586
     HotSitePower_W(8) c_u_Thermal(DC_logic_8_5)_ 0.12295506005768646
     HotSitePower_W(8) c_u_Thermal(DC_logic_8_6)_ 0.12678701219337171
     HotSitePower_W(8) c_u_Thermal(DC_logic_8_7)_ 0.11928985876289848
     HotSitePower_W(8) c_u_Thermal(DC_logic_8_8)_ 0.10393593179268733
     HotSitePower_W(8) c_u_Thermal(DC_logic_8_9)_ 0.12678701219337624
     HotSitePower_W(8) c_u_Thermal(DC_logic_8_10)_ 0.13097310154997327
     HotSitePower_W(8) c_u_Thermal(DC_logic_8_11)_ 0.097526061333994385
     HotSitePower_W(8) c_u_Thermal(DC_logic_8_12)_ 0.11928985876290099
     HotSitePower_W(8) c_u_Thermal(PC_dram_0_0)_ 2.6219075371605172e-07
     HotSitePower_W(8) c_u_Thermal(PC_dram_0_1)_ 5.2420437018811402e-07
     HotSitePower_W(8) c_u_Thermal(PC_dram_0_2)_ 2.317090763279884e-07
     HotSitePower_W(8) c_u_Thermal(PC_dram_0_3)_ 4.8292636219711821e-07
     HotSitePower_W(8) c_u_Thermal(PC_dram_0_4)_ 1.0132781058337002e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_0_5)_ 2.621907537160218e-07
     HotSitePower_W(8) c_u_Thermal(PC_dram_0_6)_ 4.8292636219707755e-07
     HotSitePower_W(8) c_u_Thermal(PC_dram_0_7)_ 1.0624843644122499e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_0_8)_ 2.3531059877725421e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_0_9)_ 5.2420437018804467e-07
     HotSitePower_W(8) c_u_Thermal(PC_dram_0_10)_ 1.0132781058335636e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_0_11)_ 2.3531059877722723e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_0_12)_ 5.5018175464123241e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_1_0)_ 1.0112504429535484e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_1_1)_ 1.8289620232537547e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_1_2)_ 3.0254856277532166e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_1_3)_ 4.5689602013486859e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_1_4)_ 2.0522905459321226e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_1_5)_ 3.8926071320876906e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_1_6)_ 6.7324463183276719e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_1_7)_ 1.0568975854350107e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_1_8)_ 5.0258985441291186e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_1_9)_ 1.0041550650342797e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_1_10)_ 1.8284146506612892e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_1_11)_ 3.006818913266533e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_1_12)_ 1.2422380602455648e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_1_13)_ 2.629483134259535e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_1_14)_ 5.0781378376213357e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_1_15)_ 8.8147359231830014e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_2_0)_ 6.3191604706337318e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_2_1)_ 7.9383752538945651e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_2_2)_ 1.5019978310812689e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_2_3)_ 1.9093125665246206e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_2_4)_ 2.1681747565613513e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_2_5)_ 4.4097270512073375e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_2_6)_ 5.666881267052186e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_2_7)_ 6.4331850524569344e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_2_8)_ 6.7048645866532686e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_2_9)_ 0.00013437577672333913
     HotSitePower_W(8) c_u_Thermal(PC_dram_2_10)_ 0.00017489024871896643
     HotSitePower_W(8) c_u_Thermal(PC_dram_2_11)_ 0.00019803696787062925
     HotSitePower_W(8) c_u_Thermal(PC_dram_2_12)_ 0.00020512314217643261
     HotSitePower_W(8) c_u_Thermal(PC_dram_3_0)_ 1.0112504429535149e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_3_1)_ 2.0522905459319287e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_3_2)_ 5.025898544128485e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_3_3)_ 1.2422380602454715e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_3_4)_ 1.8289620232537016e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_3_5)_ 3.8926071320875339e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_3_6)_ 1.0041550650342119e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_3_7)_ 2.62948313425929e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_3_8)_ 3.0254856277532831e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_3_9)_ 6.732446318327561e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_3_10)_ 1.8284146506612817e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_3_11)_ 5.0781378376209061e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_3_12)_ 4.5689602013486453e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_3_13)_ 1.0568975854350268e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_3_14)_ 3.0068189132666662e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_3_15)_ 8.8147359231829445e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_4_0)_ 2.9798994540438067e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_4_1)_ 6.7341947486919629e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_4_2)_ 0.00013924758496071802
     HotSitePower_W(8) c_u_Thermal(PC_dram_4_3)_ 0.00025828426508088824
     HotSitePower_W(8) c_u_Thermal(PC_dram_4_4)_ 6.7341947486914859e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_4_5)_ 0.00016367615076609744
     HotSitePower_W(8) c_u_Thermal(PC_dram_4_6)_ 0.00036687082274687637
     HotSitePower_W(8) c_u_Thermal(PC_dram_4_7)_ 0.00074132612260790207
     HotSitePower_W(8) c_u_Thermal(PC_dram_4_8)_ 0.00013924758496070127
     HotSitePower_W(8) c_u_Thermal(PC_dram_4_9)_ 0.0003668708227468748
     HotSitePower_W(8) c_u_Thermal(PC_dram_4_10)_ 0.00090673663806912358
     HotSitePower_W(8) c_u_Thermal(PC_dram_4_11)_ 0.002053485114760255
     HotSitePower_W(8) c_u_Thermal(PC_dram_4_12)_ 0.00025828426508089409
     HotSitePower_W(8) c_u_Thermal(PC_dram_4_13)_ 0.00074132612260793232
     HotSitePower_W(8) c_u_Thermal(PC_dram_4_14)_ 0.0020534851147604406
     HotSitePower_W(8) c_u_Thermal(PC_dram_4_15)_ 0.0054149116760746335
     HotSitePower_W(8) c_u_Thermal(PC_dram_5_0)_ 0.00041446591375615514
     HotSitePower_W(8) c_u_Thermal(PC_dram_5_1)_ 0.00054727788050754154
     HotSitePower_W(8) c_u_Thermal(PC_dram_5_2)_ 0.00061620990998310346
     HotSitePower_W(8) c_u_Thermal(PC_dram_5_3)_ 0.00063154005413697104
     HotSitePower_W(8) c_u_Thermal(PC_dram_5_4)_ 0.0012780363930378175
     HotSitePower_W(8) c_u_Thermal(PC_dram_5_5)_ 0.0017110422082018608
     HotSitePower_W(8) c_u_Thermal(PC_dram_5_6)_ 0.0019080879366643291
     HotSitePower_W(8) c_u_Thermal(PC_dram_5_7)_ 0.0019275546988391297
     HotSitePower_W(8) c_u_Thermal(PC_dram_5_8)_ 0.0039502181058255854
     HotSitePower_W(8) c_u_Thermal(PC_dram_5_9)_ 0.0053495143559711706
     HotSitePower_W(8) c_u_Thermal(PC_dram_5_10)_ 0.0058778284711053005
     HotSitePower_W(8) c_u_Thermal(PC_dram_5_11)_ 0.0058166997428759238
     HotSitePower_W(8) c_u_Thermal(PC_dram_5_12)_ 0.012817133639623824
     HotSitePower_W(8) c_u_Thermal(PC_dram_5_13)_ 0.017440469418773016
     HotSitePower_W(8) c_u_Thermal(PC_dram_5_14)_ 0.018733129197646983
     HotSitePower_W(8) c_u_Thermal(PC_dram_5_15)_ 0.017890182651584444
     HotSitePower_W(8) c_u_Thermal(PC_dram_6_0)_ 6.3191604706336064e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_6_1)_ 1.5019978310812702e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_6_2)_ 4.4097270512074941e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_6_3)_ 0.00013437577672334349
     HotSitePower_W(8) c_u_Thermal(PC_dram_6_4)_ 7.9383752538939552e-06
     HotSitePower_W(8) c_u_Thermal(PC_dram_6_5)_ 1.9093125665245667e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_6_6)_ 5.6668812670522077e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_6_7)_ 0.00017489024871896933
     HotSitePower_W(8) c_u_Thermal(PC_dram_6_8)_ 2.1681747565614319e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_6_9)_ 6.4331850524569777e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_6_10)_ 0.00019803696787062995
     HotSitePower_W(8) c_u_Thermal(PC_dram_6_11)_ 6.7048645866534231e-05
     HotSitePower_W(8) c_u_Thermal(PC_dram_6_12)_ 0.00020512314217643166
     HotSitePower_W(8) c_u_Thermal(PC_dram_7_0)_ 0.00041446591375617601
     HotSitePower_W(8) c_u_Thermal(PC_dram_7_1)_ 0.0012780363930378939
     HotSitePower_W(8) c_u_Thermal(PC_dram_7_2)_ 0.0039502181058256444
     HotSitePower_W(8) c_u_Thermal(PC_dram_7_3)_ 0.012817133639623274
     HotSitePower_W(8) c_u_Thermal(PC_dram_7_4)_ 0.00054727788050754544
     HotSitePower_W(8) c_u_Thermal(PC_dram_7_5)_ 0.0017110422082018896
     HotSitePower_W(8) c_u_Thermal(PC_dram_7_6)_ 0.0053495143559713137
     HotSitePower_W(8) c_u_Thermal(PC_dram_7_7)_ 0.01744046941877285
     HotSitePower_W(8) c_u_Thermal(PC_dram_7_8)_ 0.00061620990998309804
     HotSitePower_W(8) c_u_Thermal(PC_dram_7_9)_ 0.0019080879366643326
     HotSitePower_W(8) c_u_Thermal(PC_dram_7_10)_ 0.0058778284711050533
     HotSitePower_W(8) c_u_Thermal(PC_dram_7_11)_ 0.018733129197646341
     HotSitePower_W(8) c_u_Thermal(PC_dram_7_12)_ 0.00063154005413697918
     HotSitePower_W(8) c_u_Thermal(PC_dram_7_13)_ 0.00192755469883911
     HotSitePower_W(8) c_u_Thermal(PC_dram_7_14)_ 0.0058166997428759585
     HotSitePower_W(8) c_u_Thermal(PC_dram_7_15)_ 0.017890182651584888
     HotSitePower_W(8) c_u_Thermal(PC_dram_8_0)_ 0.063710318716939676
     HotSitePower_W(8) c_u_Thermal(PC_dram_8_1)_ 0.081868527023661264
     HotSitePower_W(8) c_u_Thermal(PC_dram_8_2)_ 0.08451163144424842
     HotSitePower_W(8) c_u_Thermal(PC_dram_8_3)_ 0.075984929826549336
     HotSitePower_W(8) c_u_Thermal(PC_dram_8_4)_ 0.081868527023661375
     HotSitePower_W(8) c_u_Thermal(PC_dram_8_5)_ 0.10575022160701895
     HotSitePower_W(8) c_u_Thermal(PC_dram_8_6)_ 0.10935111806777867
     HotSitePower_W(8) c_u_Thermal(PC_dram_8_7)_ 0.098594766688455321
     HotSitePower_W(8) c_u_Thermal(PC_dram_8_8)_ 0.084511631444246366
     HotSitePower_W(8) c_u_Thermal(PC_dram_8_9)_ 0.10935111806777791
     HotSitePower_W(8) c_u_Thermal(PC_dram_8_10)_ 0.11327820849926233
     HotSitePower_W(8) c_u_Thermal(PC_dram_8_11)_ 0.075984929826551431
     HotSitePower_W(8) c_u_Thermal(PC_dram_8_12)_ 0.098594766688458707
     HotSitePower_W(8) c_u_Thermal(PC_logic_0_0)_ 2.6236129563028041e-07
     HotSitePower_W(8) c_u_Thermal(PC_logic_0_1)_ 5.2450776429335019e-07
     HotSitePower_W(8) c_u_Thermal(PC_logic_0_2)_ 2.3190232603303172e-07
     HotSitePower_W(8) c_u_Thermal(PC_logic_0_3)_ 4.8326920102669305e-07
     HotSitePower_W(8) c_u_Thermal(PC_logic_0_4)_ 1.0139414359503695e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_0_5)_ 2.623612956302505e-07
     HotSitePower_W(8) c_u_Thermal(PC_logic_0_6)_ 4.8326920102665388e-07
     HotSitePower_W(8) c_u_Thermal(PC_logic_0_7)_ 1.0630855305914069e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_0_8)_ 2.3543194885983259e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_0_9)_ 5.2450776429328052e-07
     HotSitePower_W(8) c_u_Thermal(PC_logic_0_10)_ 1.0139414359502346e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_0_11)_ 2.3543194885980553e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_0_12)_ 5.5043853266243384e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_1_0)_ 1.0119407980832762e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_1_1)_ 1.830405168950094e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_1_2)_ 3.0276638536800903e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_1_3)_ 4.5717734528193789e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_1_4)_ 2.053864947247486e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_1_5)_ 3.8958956267164868e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_1_6)_ 6.7375420587141913e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_1_7)_ 1.0576003150817301e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_1_8)_ 5.0290375213284824e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_1_9)_ 1.004832845165967e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_1_10)_ 1.8294531343567152e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_1_11)_ 3.0082604314827987e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_1_12)_ 1.242967951759832e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_1_13)_ 2.6312177654918816e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_1_14)_ 5.0809877949888273e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_1_15)_ 8.818906371201649e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_2_0)_ 6.3233642536099138e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_2_1)_ 7.9446649308786518e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_2_2)_ 1.5030729867549592e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_2_3)_ 1.9108860822524662e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_2_4)_ 2.1699140379525123e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_2_5)_ 4.4120405584145524e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_2_6)_ 5.6703828700939145e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_2_7)_ 6.437021526327454e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_2_8)_ 6.7082014184656656e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_2_9)_ 0.00013444675326935526
     HotSitePower_W(8) c_u_Thermal(PC_logic_2_10)_ 0.00017500251735607229
     HotSitePower_W(8) c_u_Thermal(PC_logic_2_11)_ 0.00019815983959837685
     HotSitePower_W(8) c_u_Thermal(PC_logic_2_12)_ 0.00020522625990138598
     HotSitePower_W(8) c_u_Thermal(PC_logic_3_0)_ 1.0119407980832436e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_3_1)_ 2.0538649472472912e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_3_2)_ 5.0290375213278429e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_3_3)_ 1.2429679517597392e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_3_4)_ 1.8304051689500396e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_3_5)_ 3.8958956267163301e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_3_6)_ 1.0048328451658991e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_3_7)_ 2.6312177654916363e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_3_8)_ 3.0276638536801546e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_3_9)_ 6.7375420587140854e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_3_10)_ 1.8294531343567074e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_3_11)_ 5.0809877949883882e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_3_12)_ 4.5717734528193323e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_3_13)_ 1.057600315081746e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_3_14)_ 3.0082604314829322e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_3_15)_ 8.8189063712015839e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_4_0)_ 2.9820832235465942e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_4_1)_ 6.7397057601276402e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_4_2)_ 0.00013934810045635051
     HotSitePower_W(8) c_u_Thermal(PC_logic_4_3)_ 0.00025845088299166912
     HotSitePower_W(8) c_u_Thermal(PC_logic_4_4)_ 6.7397057601271563e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_4_5)_ 0.00016381707799072092
     HotSitePower_W(8) c_u_Thermal(PC_logic_4_6)_ 0.00036713787416006201
     HotSitePower_W(8) c_u_Thermal(PC_logic_4_7)_ 0.00074181786222767617
     HotSitePower_W(8) c_u_Thermal(PC_logic_4_8)_ 0.00013934810045633368
     HotSitePower_W(8) c_u_Thermal(PC_logic_4_9)_ 0.00036713787416006055
     HotSitePower_W(8) c_u_Thermal(PC_logic_4_10)_ 0.00090724096943903504
     HotSitePower_W(8) c_u_Thermal(PC_logic_4_11)_ 0.0020545167341185161
     HotSitePower_W(8) c_u_Thermal(PC_logic_4_12)_ 0.00025845088299167497
     HotSitePower_W(8) c_u_Thermal(PC_logic_4_13)_ 0.00074181786222770685
     HotSitePower_W(8) c_u_Thermal(PC_logic_4_14)_ 0.0020545167341187035
     HotSitePower_W(8) c_u_Thermal(PC_logic_4_15)_ 0.0054188152006432533
     HotSitePower_W(8) c_u_Thermal(PC_logic_5_0)_ 0.00041476397262699729
     HotSitePower_W(8) c_u_Thermal(PC_logic_5_1)_ 0.00054774259913938994
     HotSitePower_W(8) c_u_Thermal(PC_logic_5_2)_ 0.00061671846942034292
     HotSitePower_W(8) c_u_Thermal(PC_logic_5_3)_ 0.00063197628466355371
     HotSitePower_W(8) c_u_Thermal(PC_logic_5_4)_ 0.0012789770928221522
     HotSitePower_W(8) c_u_Thermal(PC_logic_5_5)_ 0.0017124834571566551
     HotSitePower_W(8) c_u_Thermal(PC_logic_5_6)_ 0.0019096518205009953
     HotSitePower_W(8) c_u_Thermal(PC_logic_5_7)_ 0.0019289161249622557
     HotSitePower_W(8) c_u_Thermal(PC_logic_5_8)_ 0.0039529578058519364
     HotSitePower_W(8) c_u_Thermal(PC_logic_5_9)_ 0.0053535993243880682
     HotSitePower_W(8) c_u_Thermal(PC_logic_5_10)_ 0.0058821454303823505
     HotSitePower_W(8) c_u_Thermal(PC_logic_5_11)_ 0.0058203442254171492
     HotSitePower_W(8) c_u_Thermal(PC_logic_5_12)_ 0.012872538042467524
     HotSitePower_W(8) c_u_Thermal(PC_logic_5_13)_ 0.017506100307443949
     HotSitePower_W(8) c_u_Thermal(PC_logic_5_14)_ 0.018799292578170694
     HotSitePower_W(8) c_u_Thermal(PC_logic_5_15)_ 0.017949285069857251
     HotSitePower_W(8) c_u_Thermal(PC_logic_6_0)_ 6.3233642536097859e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_6_1)_ 1.5030729867549607e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_6_2)_ 4.4120405584147055e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_6_3)_ 0.00013444675326935974
     HotSitePower_W(8) c_u_Thermal(PC_logic_6_4)_ 7.9446649308780301e-06
     HotSitePower_W(8) c_u_Thermal(PC_logic_6_5)_ 1.9108860822524117e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_6_6)_ 5.6703828700939355e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_6_7)_ 0.00017500251735607495
     HotSitePower_W(8) c_u_Thermal(PC_logic_6_8)_ 2.1699140379525963e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_6_9)_ 6.4370215263275015e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_6_10)_ 0.00019815983959837774
     HotSitePower_W(8) c_u_Thermal(PC_logic_6_11)_ 6.7082014184658188e-05
     HotSitePower_W(8) c_u_Thermal(PC_logic_6_12)_ 0.00020522625990138492
     HotSitePower_W(8) c_u_Thermal(PC_logic_7_0)_ 0.00041476397262701816
     HotSitePower_W(8) c_u_Thermal(PC_logic_7_1)_ 0.0012789770928222292
     HotSitePower_W(8) c_u_Thermal(PC_logic_7_2)_ 0.0039529578058519902
     HotSitePower_W(8) c_u_Thermal(PC_logic_7_3)_ 0.012872538042466967
     HotSitePower_W(8) c_u_Thermal(PC_logic_7_4)_ 0.00054774259913939265
     HotSitePower_W(8) c_u_Thermal(PC_logic_7_5)_ 0.0017124834571566846
     HotSitePower_W(8) c_u_Thermal(PC_logic_7_6)_ 0.0053535993243882113
     HotSitePower_W(8) c_u_Thermal(PC_logic_7_7)_ 0.017506100307443768
     HotSitePower_W(8) c_u_Thermal(PC_logic_7_8)_ 0.00061671846942033749
     HotSitePower_W(8) c_u_Thermal(PC_logic_7_9)_ 0.0019096518205010001
     HotSitePower_W(8) c_u_Thermal(PC_logic_7_10)_ 0.0058821454303821024
     HotSitePower_W(8) c_u_Thermal(PC_logic_7_11)_ 0.018799292578170042
     HotSitePower_W(8) c_u_Thermal(PC_logic_7_12)_ 0.0006319762846635613
     HotSitePower_W(8) c_u_Thermal(PC_logic_7_13)_ 0.0019289161249622364
     HotSitePower_W(8) c_u_Thermal(PC_logic_7_14)_ 0.0058203442254171804
     HotSitePower_W(8) c_u_Thermal(PC_logic_7_15)_ 0.017949285069857705
     HotSitePower_W(8) c_u_Thermal(PC_logic_8_0)_ 0.068142798820314709
     HotSitePower_W(8) c_u_Thermal(PC_logic_8_1)_ 0.086783932751862775
     HotSitePower_W(8) c_u_Thermal(PC_logic_8_2)_ 0.089428823789176728
     HotSitePower_W(8) c_u_Thermal(PC_logic_8_3)_ 0.080472449501134219
     HotSitePower_W(8) c_u_Thermal(PC_logic_8_4)_ 0.086783932751862941
     HotSitePower_W(8) c_u_Thermal(PC_logic_8_5)_ 0.11115810343371502
     HotSitePower_W(8) c_u_Thermal(PC_logic_8_6)_ 0.11476162433306361
     HotSitePower_W(8) c_u_Thermal(PC_logic_8_7)_ 0.10357523260773582
     HotSitePower_W(8) c_u_Thermal(PC_logic_8_8)_ 0.089428823789174702
     HotSitePower_W(8) c_u_Thermal(PC_logic_8_9)_ 0.11476162433306292
     HotSitePower_W(8) c_u_Thermal(PC_logic_8_10)_ 0.11869144686806303
     HotSitePower_W(8) c_u_Thermal(PC_logic_8_11)_ 0.080472449501136287
     HotSitePower_W(8) c_u_Thermal(PC_logic_8_12)_ 0.10357523260773922
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
     RHS c_e_HotSitePowerDef(0)_ 0
     RHS c_e_HotSitePowerDef(1)_ 0
     RHS c_e_HotSitePowerDef(2)_ 0
     RHS c_e_HotSitePowerDef(3)_ 0
     RHS c_e_HotSitePowerDef(4)_ 0
     RHS c_e_HotSitePowerDef(5)_ 0
     RHS c_e_HotSitePowerDef(6)_ 0
     RHS c_e_HotSitePowerDef(7)_ 0
     RHS c_e_HotSitePowerDef(8)_ 0
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
     RHS c_u_ShareFloor(0_DC_decode)_ 548.98887408051053
     RHS c_u_ShareFloor(0_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(0_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(0_PC_prefill)_ 228.56626816558688
     RHS c_u_ShareFloor(1_DC_decode)_ 548.98887408051053
     RHS c_u_ShareFloor(1_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(1_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(1_PC_prefill)_ 228.56626816558688
     RHS c_u_ShareFloor(2_DC_decode)_ 548.98887408051053
     RHS c_u_ShareFloor(2_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(2_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(2_PC_prefill)_ 228.56626816558688
     RHS c_u_ShareFloor(3_DC_decode)_ 548.98887408051053
     RHS c_u_ShareFloor(3_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(3_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(3_PC_prefill)_ 228.56626816558688
     RHS c_u_ShareFloor(4_DC_decode)_ 548.98887408051053
     RHS c_u_ShareFloor(4_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(4_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(4_PC_prefill)_ 228.56626816558688
     RHS c_u_ShareFloor(5_DC_decode)_ 548.98887408051053
     RHS c_u_ShareFloor(5_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(5_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(5_PC_prefill)_ 228.56626816558688
     RHS c_u_ShareFloor(6_DC_decode)_ 548.98887408051053
     RHS c_u_ShareFloor(6_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(6_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(6_PC_prefill)_ 228.56626816558688
     RHS c_u_ShareFloor(7_DC_decode)_ 548.98887408051053
     RHS c_u_ShareFloor(7_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(7_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(7_PC_prefill)_ 228.56626816558688
     RHS c_u_ShareFloor(8_DC_decode)_ 548.98887408051053
     RHS c_u_ShareFloor(8_DC_prefill)_ 228.75949065711603
     RHS c_u_ShareFloor(8_PC_decode)_ 172.76647010996521
     RHS c_u_ShareFloor(8_PC_prefill)_ 228.56626816558688
     RHS c_e_ShareSum(DC_decode)_ 0
     RHS c_e_ShareSum(DC_prefill)_ 0
     RHS c_e_ShareSum(PC_decode)_ 0
     RHS c_e_ShareSum(PC_prefill)_ 0
     RHS c_u_UsedLink(D_DC_t1_p3_c0_b16)_ 0
     RHS c_u_UsedLink(D_DC_t1_p3_c0_b2)_ 0
     RHS c_u_UsedLink(D_DC_t1_p3_c0_b32)_ 0
     RHS c_u_UsedLink(D_DC_t1_p3_c0_b4)_ 0
     RHS c_u_UsedLink(D_DC_t1_p3_c0_b64)_ 0
     RHS c_u_UsedLink(D_DC_t1_p3_c0_b8)_ 0
     RHS c_u_UsedLink(D_DC_t1_p4_c0_b1)_ 0
     RHS c_u_UsedLink(D_DC_t1_p4_c0_b16)_ 0
     RHS c_u_UsedLink(D_DC_t1_p4_c0_b2)_ 0
     RHS c_u_UsedLink(D_DC_t1_p4_c0_b32)_ 0
     RHS c_u_UsedLink(D_DC_t1_p4_c0_b4)_ 0
     RHS c_u_UsedLink(D_DC_t1_p4_c0_b64)_ 0
     RHS c_u_UsedLink(D_DC_t1_p4_c0_b8)_ 0
     RHS c_u_UsedLink(D_DC_t1_p5_c0_b16)_ 0
     RHS c_u_UsedLink(D_DC_t1_p5_c0_b2)_ 0
     RHS c_u_UsedLink(D_DC_t1_p5_c0_b32)_ 0
     RHS c_u_UsedLink(D_DC_t1_p5_c0_b4)_ 0
     RHS c_u_UsedLink(D_DC_t1_p5_c0_b64)_ 0
     RHS c_u_UsedLink(D_DC_t1_p5_c0_b8)_ 0
     RHS c_u_UsedLink(D_DC_t1_p6_c0_b16)_ 0
     RHS c_u_UsedLink(D_DC_t1_p6_c0_b32)_ 0
     RHS c_u_UsedLink(D_DC_t1_p6_c0_b4)_ 0
     RHS c_u_UsedLink(D_DC_t1_p6_c0_b64)_ 0
     RHS c_u_UsedLink(D_DC_t1_p6_c0_b8)_ 0
     RHS c_u_UsedLink(D_DC_t1_p8_c0_b32)_ 0
     RHS c_u_UsedLink(D_DC_t1_p8_c0_b4)_ 0
     RHS c_u_UsedLink(D_DC_t1_p8_c0_b64)_ 0
     RHS c_u_UsedLink(D_DC_t1_p8_c0_b8)_ 0
     RHS c_u_UsedLink(D_DC_t2_p2_c0_b1)_ 0
     RHS c_u_UsedLink(D_DC_t2_p2_c0_b128)_ 0
     RHS c_u_UsedLink(D_DC_t2_p2_c0_b2)_ 0
     RHS c_u_UsedLink(D_DC_t2_p2_c0_b32)_ 0
     RHS c_u_UsedLink(D_DC_t2_p2_c0_b4)_ 0
     RHS c_u_UsedLink(D_DC_t2_p2_c0_b64)_ 0
     RHS c_u_UsedLink(D_DC_t2_p2_c1_b1)_ 0
     RHS c_u_UsedLink(D_DC_t2_p2_c1_b128)_ 0
     RHS c_u_UsedLink(D_DC_t2_p2_c1_b2)_ 0
     RHS c_u_UsedLink(D_DC_t2_p2_c1_b32)_ 0
     RHS c_u_UsedLink(D_DC_t2_p2_c1_b4)_ 0
     RHS c_u_UsedLink(D_DC_t2_p2_c1_b64)_ 0
     RHS c_u_UsedLink(D_DC_t2_p3_c0_b4)_ 0
     RHS c_u_UsedLink(D_DC_t2_p3_c0_b8)_ 0
     RHS c_u_UsedLink(D_DC_t2_p3_c1_b4)_ 0
     RHS c_u_UsedLink(D_DC_t2_p3_c1_b8)_ 0
     RHS c_u_UsedLink(D_DC_t2_p4_c0_b32)_ 0
     RHS c_u_UsedLink(D_DC_t2_p4_c0_b4)_ 0
     RHS c_u_UsedLink(D_DC_t2_p4_c0_b8)_ 0
     RHS c_u_UsedLink(D_DC_t4_p1_c0_b1)_ 0
     RHS c_u_UsedLink(D_DC_t4_p1_c0_b128)_ 0
     RHS c_u_UsedLink(D_DC_t4_p1_c0_b16)_ 0
     RHS c_u_UsedLink(D_DC_t4_p1_c0_b2)_ 0
     RHS c_u_UsedLink(D_DC_t4_p1_c0_b32)_ 0
     RHS c_u_UsedLink(D_DC_t4_p1_c0_b4)_ 0
     RHS c_u_UsedLink(D_DC_t4_p1_c0_b64)_ 0
     RHS c_u_UsedLink(D_DC_t4_p1_c1_b1)_ 0
     RHS c_u_UsedLink(D_DC_t4_p1_c1_b128)_ 0
     RHS c_u_UsedLink(D_DC_t4_p1_c1_b16)_ 0
     RHS c_u_UsedLink(D_DC_t4_p1_c1_b2)_ 0
     RHS c_u_UsedLink(D_DC_t4_p1_c1_b32)_ 0
     RHS c_u_UsedLink(D_DC_t4_p1_c1_b4)_ 0
     RHS c_u_UsedLink(D_DC_t4_p1_c1_b64)_ 0
     RHS c_u_UsedLink(D_DC_t4_p1_c1_b8)_ 0
     RHS c_u_UsedLink(D_DC_t4_p2_c0_b16)_ 0
     RHS c_u_UsedLink(D_DC_t4_p2_c0_b2)_ 0
     RHS c_u_UsedLink(D_DC_t4_p2_c0_b4)_ 0
     RHS c_u_UsedLink(D_DC_t4_p2_c0_b64)_ 0
     RHS c_u_UsedLink(D_DC_t8_p1_c0_b1)_ 0
     RHS c_u_UsedLink(D_DC_t8_p1_c0_b16)_ 0
     RHS c_u_UsedLink(D_DC_t8_p1_c0_b2)_ 0
     RHS c_u_UsedLink(D_DC_t8_p1_c0_b4)_ 0
     RHS c_u_UsedLink(D_DC_t8_p1_c0_b8)_ 0
     RHS c_u_UsedLink(D_PC_t1_p5_c0_b16)_ 0
     RHS c_u_UsedLink(D_PC_t1_p5_c0_b2)_ 0
     RHS c_u_UsedLink(D_PC_t1_p5_c0_b4)_ 0
     RHS c_u_UsedLink(D_PC_t1_p5_c0_b8)_ 0
     RHS c_u_UsedLink(D_PC_t1_p6_c0_b16)_ 0
     RHS c_u_UsedLink(D_PC_t1_p6_c0_b32)_ 0
     RHS c_u_UsedLink(D_PC_t1_p6_c0_b4)_ 0
     RHS c_u_UsedLink(D_PC_t1_p6_c0_b64)_ 0
     RHS c_u_UsedLink(D_PC_t1_p6_c0_b8)_ 0
     RHS c_u_UsedLink(D_PC_t1_p8_c0_b128)_ 0
     RHS c_u_UsedLink(D_PC_t1_p8_c0_b32)_ 0
     RHS c_u_UsedLink(D_PC_t1_p8_c0_b4)_ 0
     RHS c_u_UsedLink(D_PC_t1_p8_c0_b64)_ 0
     RHS c_u_UsedLink(D_PC_t1_p8_c0_b8)_ 0
     RHS c_u_UsedLink(D_PC_t2_p3_c0_b32)_ 0
     RHS c_u_UsedLink(D_PC_t2_p3_c0_b4)_ 0
     RHS c_u_UsedLink(D_PC_t2_p3_c0_b64)_ 0
     RHS c_u_UsedLink(D_PC_t2_p3_c0_b8)_ 0
     RHS c_u_UsedLink(D_PC_t2_p3_c1_b32)_ 0
     RHS c_u_UsedLink(D_PC_t2_p3_c1_b4)_ 0
     RHS c_u_UsedLink(D_PC_t2_p3_c1_b64)_ 0
     RHS c_u_UsedLink(D_PC_t2_p3_c1_b8)_ 0
     RHS c_u_UsedLink(D_PC_t2_p4_c0_b128)_ 0
     RHS c_u_UsedLink(D_PC_t2_p4_c0_b4)_ 0
     RHS c_u_UsedLink(D_PC_t2_p4_c0_b8)_ 0
     RHS c_u_UsedLink(D_PC_t4_p2_c0_b2)_ 0
     RHS c_u_UsedLink(D_PC_t4_p2_c0_b4)_ 0
     RHS c_u_UsedLink(D_PC_t4_p2_c0_b64)_ 0
     RHS c_u_UsedLink(D_PC_t8_p1_c0_b1)_ 0
     RHS c_u_UsedLink(D_PC_t8_p1_c0_b2)_ 0
     RHS c_u_UsedLink(D_PC_t8_p1_c0_b32)_ 0
     RHS c_u_UsedLink(D_PC_t8_p1_c0_b4)_ 0
     RHS c_u_UsedLink(D_PC_t8_p1_c0_b64)_ 0
     RHS c_u_UsedLink(P_DC_t1_p3_c0_b1)_ 0
     RHS c_u_UsedLink(P_DC_t1_p4_c0_b1)_ 0
     RHS c_u_UsedLink(P_DC_t1_p5_c0_b1)_ 0
     RHS c_u_UsedLink(P_DC_t1_p6_c0_b1)_ 0
     RHS c_u_UsedLink(P_DC_t1_p8_c0_b1)_ 0
     RHS c_u_UsedLink(P_DC_t2_p2_c0_b1)_ 0
     RHS c_u_UsedLink(P_DC_t2_p2_c1_b1)_ 0
     RHS c_u_UsedLink(P_DC_t2_p3_c0_b1)_ 0
     RHS c_u_UsedLink(P_DC_t2_p3_c1_b1)_ 0
     RHS c_u_UsedLink(P_DC_t2_p4_c0_b1)_ 0
     RHS c_u_UsedLink(P_DC_t4_p1_c0_b1)_ 0
     RHS c_u_UsedLink(P_PC_t1_p5_c0_b1)_ 0
     RHS c_u_UsedLink(P_PC_t1_p6_c0_b1)_ 0
     RHS c_u_UsedLink(P_PC_t1_p8_c0_b1)_ 0
     RHS c_u_UsedLink(P_PC_t2_p3_c0_b1)_ 0
     RHS c_u_UsedLink(P_PC_t2_p3_c1_b1)_ 0
     RHS c_u_UsedLink(P_PC_t2_p4_c0_b1)_ 0
     RHS c_u_UsedLink(P_PC_t4_p2_c0_b1)_ 0
     RHS c_u_PointHot(D_DC_t1_p3_c0_b16)_ 0
     RHS c_u_PointHot(D_DC_t1_p3_c0_b2)_ 0
     RHS c_u_PointHot(D_DC_t1_p3_c0_b32)_ 0
     RHS c_u_PointHot(D_DC_t1_p3_c0_b4)_ 0
     RHS c_u_PointHot(D_DC_t1_p3_c0_b64)_ 0
     RHS c_u_PointHot(D_DC_t1_p3_c0_b8)_ 0
     RHS c_u_PointHot(D_DC_t1_p4_c0_b1)_ 0
     RHS c_u_PointHot(D_DC_t1_p4_c0_b16)_ 0
     RHS c_u_PointHot(D_DC_t1_p4_c0_b2)_ 0
     RHS c_u_PointHot(D_DC_t1_p4_c0_b32)_ 0
     RHS c_u_PointHot(D_DC_t1_p4_c0_b4)_ 0
     RHS c_u_PointHot(D_DC_t1_p4_c0_b64)_ 0
     RHS c_u_PointHot(D_DC_t1_p4_c0_b8)_ 0
     RHS c_u_PointHot(D_DC_t1_p5_c0_b16)_ 0
     RHS c_u_PointHot(D_DC_t1_p5_c0_b2)_ 0
     RHS c_u_PointHot(D_DC_t1_p5_c0_b32)_ 0
     RHS c_u_PointHot(D_DC_t1_p5_c0_b4)_ 0
     RHS c_u_PointHot(D_DC_t1_p5_c0_b64)_ 0
     RHS c_u_PointHot(D_DC_t1_p5_c0_b8)_ 0
     RHS c_u_PointHot(D_DC_t1_p6_c0_b16)_ 0
     RHS c_u_PointHot(D_DC_t1_p6_c0_b32)_ 0
     RHS c_u_PointHot(D_DC_t1_p6_c0_b4)_ 0
     RHS c_u_PointHot(D_DC_t1_p6_c0_b64)_ 0
     RHS c_u_PointHot(D_DC_t1_p6_c0_b8)_ 0
     RHS c_u_PointHot(D_DC_t1_p8_c0_b32)_ 0
     RHS c_u_PointHot(D_DC_t1_p8_c0_b4)_ 0
     RHS c_u_PointHot(D_DC_t1_p8_c0_b64)_ 0
     RHS c_u_PointHot(D_DC_t1_p8_c0_b8)_ 0
     RHS c_u_PointHot(D_DC_t2_p2_c0_b1)_ 0
     RHS c_u_PointHot(D_DC_t2_p2_c0_b128)_ 0
     RHS c_u_PointHot(D_DC_t2_p2_c0_b2)_ 0
     RHS c_u_PointHot(D_DC_t2_p2_c0_b32)_ 0
     RHS c_u_PointHot(D_DC_t2_p2_c0_b4)_ 0
     RHS c_u_PointHot(D_DC_t2_p2_c0_b64)_ 0
     RHS c_u_PointHot(D_DC_t2_p2_c1_b1)_ 0
     RHS c_u_PointHot(D_DC_t2_p2_c1_b128)_ 0
     RHS c_u_PointHot(D_DC_t2_p2_c1_b2)_ 0
     RHS c_u_PointHot(D_DC_t2_p2_c1_b32)_ 0
     RHS c_u_PointHot(D_DC_t2_p2_c1_b4)_ 0
     RHS c_u_PointHot(D_DC_t2_p2_c1_b64)_ 0
     RHS c_u_PointHot(D_DC_t2_p3_c0_b4)_ 0
     RHS c_u_PointHot(D_DC_t2_p3_c0_b8)_ 0
     RHS c_u_PointHot(D_DC_t2_p3_c1_b4)_ 0
     RHS c_u_PointHot(D_DC_t2_p3_c1_b8)_ 0
     RHS c_u_PointHot(D_DC_t2_p4_c0_b32)_ 0
     RHS c_u_PointHot(D_DC_t2_p4_c0_b4)_ 0
     RHS c_u_PointHot(D_DC_t2_p4_c0_b8)_ 0
     RHS c_u_PointHot(D_DC_t4_p1_c0_b1)_ 0
     RHS c_u_PointHot(D_DC_t4_p1_c0_b128)_ 0
     RHS c_u_PointHot(D_DC_t4_p1_c0_b16)_ 0
     RHS c_u_PointHot(D_DC_t4_p1_c0_b2)_ 0
     RHS c_u_PointHot(D_DC_t4_p1_c0_b32)_ 0
     RHS c_u_PointHot(D_DC_t4_p1_c0_b4)_ 0
     RHS c_u_PointHot(D_DC_t4_p1_c0_b64)_ 0
     RHS c_u_PointHot(D_DC_t4_p1_c1_b1)_ 0
     RHS c_u_PointHot(D_DC_t4_p1_c1_b128)_ 0
     RHS c_u_PointHot(D_DC_t4_p1_c1_b16)_ 0
     RHS c_u_PointHot(D_DC_t4_p1_c1_b2)_ 0
     RHS c_u_PointHot(D_DC_t4_p1_c1_b32)_ 0
     RHS c_u_PointHot(D_DC_t4_p1_c1_b4)_ 0
     RHS c_u_PointHot(D_DC_t4_p1_c1_b64)_ 0
     RHS c_u_PointHot(D_DC_t4_p1_c1_b8)_ 0
     RHS c_u_PointHot(D_DC_t4_p2_c0_b16)_ 0
     RHS c_u_PointHot(D_DC_t4_p2_c0_b2)_ 0
     RHS c_u_PointHot(D_DC_t4_p2_c0_b4)_ 0
     RHS c_u_PointHot(D_DC_t4_p2_c0_b64)_ 0
     RHS c_u_PointHot(D_DC_t8_p1_c0_b1)_ 0
     RHS c_u_PointHot(D_DC_t8_p1_c0_b16)_ 0
     RHS c_u_PointHot(D_DC_t8_p1_c0_b2)_ 0
     RHS c_u_PointHot(D_DC_t8_p1_c0_b4)_ 0
     RHS c_u_PointHot(D_DC_t8_p1_c0_b8)_ 0
     RHS c_u_PointHot(D_PC_t1_p5_c0_b16)_ 0
     RHS c_u_PointHot(D_PC_t1_p5_c0_b2)_ 0
     RHS c_u_PointHot(D_PC_t1_p5_c0_b4)_ 0
     RHS c_u_PointHot(D_PC_t1_p5_c0_b8)_ 0
     RHS c_u_PointHot(D_PC_t1_p6_c0_b16)_ 0
     RHS c_u_PointHot(D_PC_t1_p6_c0_b32)_ 0
     RHS c_u_PointHot(D_PC_t1_p6_c0_b4)_ 0
     RHS c_u_PointHot(D_PC_t1_p6_c0_b64)_ 0
     RHS c_u_PointHot(D_PC_t1_p6_c0_b8)_ 0
     RHS c_u_PointHot(D_PC_t1_p8_c0_b128)_ 0
     RHS c_u_PointHot(D_PC_t1_p8_c0_b32)_ 0
     RHS c_u_PointHot(D_PC_t1_p8_c0_b4)_ 0
     RHS c_u_PointHot(D_PC_t1_p8_c0_b64)_ 0
     RHS c_u_PointHot(D_PC_t1_p8_c0_b8)_ 0
     RHS c_u_PointHot(D_PC_t2_p3_c0_b32)_ 0
     RHS c_u_PointHot(D_PC_t2_p3_c0_b4)_ 0
     RHS c_u_PointHot(D_PC_t2_p3_c0_b64)_ 0
     RHS c_u_PointHot(D_PC_t2_p3_c0_b8)_ 0
     RHS c_u_PointHot(D_PC_t2_p3_c1_b32)_ 0
     RHS c_u_PointHot(D_PC_t2_p3_c1_b4)_ 0
     RHS c_u_PointHot(D_PC_t2_p3_c1_b64)_ 0
     RHS c_u_PointHot(D_PC_t2_p3_c1_b8)_ 0
     RHS c_u_PointHot(D_PC_t2_p4_c0_b128)_ 0
     RHS c_u_PointHot(D_PC_t2_p4_c0_b4)_ 0
     RHS c_u_PointHot(D_PC_t2_p4_c0_b8)_ 0
     RHS c_u_PointHot(D_PC_t4_p2_c0_b2)_ 0
     RHS c_u_PointHot(D_PC_t4_p2_c0_b4)_ 0
     RHS c_u_PointHot(D_PC_t4_p2_c0_b64)_ 0
     RHS c_u_PointHot(D_PC_t8_p1_c0_b1)_ 0
     RHS c_u_PointHot(D_PC_t8_p1_c0_b2)_ 0
     RHS c_u_PointHot(D_PC_t8_p1_c0_b32)_ 0
     RHS c_u_PointHot(D_PC_t8_p1_c0_b4)_ 0
     RHS c_u_PointHot(D_PC_t8_p1_c0_b64)_ 0
     RHS c_u_PointHot(P_DC_t1_p3_c0_b1)_ 0
     RHS c_u_PointHot(P_DC_t1_p4_c0_b1)_ 0
     RHS c_u_PointHot(P_DC_t1_p5_c0_b1)_ 0
     RHS c_u_PointHot(P_DC_t1_p6_c0_b1)_ 0
     RHS c_u_PointHot(P_DC_t1_p8_c0_b1)_ 0
     RHS c_u_PointHot(P_DC_t2_p2_c0_b1)_ 0
     RHS c_u_PointHot(P_DC_t2_p2_c1_b1)_ 0
     RHS c_u_PointHot(P_DC_t2_p3_c0_b1)_ 0
     RHS c_u_PointHot(P_DC_t2_p3_c1_b1)_ 0
     RHS c_u_PointHot(P_DC_t2_p4_c0_b1)_ 0
     RHS c_u_PointHot(P_DC_t4_p1_c0_b1)_ 0
     RHS c_u_PointHot(P_PC_t1_p5_c0_b1)_ 0
     RHS c_u_PointHot(P_PC_t1_p6_c0_b1)_ 0
     RHS c_u_PointHot(P_PC_t1_p8_c0_b1)_ 0
     RHS c_u_PointHot(P_PC_t2_p3_c0_b1)_ 0
     RHS c_u_PointHot(P_PC_t2_p3_c1_b1)_ 0
     RHS c_u_PointHot(P_PC_t2_p4_c0_b1)_ 0
     RHS c_u_PointHot(P_PC_t4_p2_c0_b1)_ 0
     RHS c_u_HotLevel(DC_decode)_ 0
     RHS c_u_HotLevel(DC_prefill)_ 0
     RHS c_u_HotLevel(PC_decode)_ 0
     RHS c_u_HotLevel(PC_prefill)_ 0
     RHS c_u_HotFloor(0_DC_decode)_ 548.98887408051053
     RHS c_u_HotFloor(0_DC_prefill)_ 228.75949065711603
     RHS c_u_HotFloor(0_PC_decode)_ 172.76647010996521
     RHS c_u_HotFloor(0_PC_prefill)_ 228.56626816558688
     RHS c_u_HotFloor(1_DC_decode)_ 548.98887408051053
     RHS c_u_HotFloor(1_DC_prefill)_ 228.75949065711603
     RHS c_u_HotFloor(1_PC_decode)_ 172.76647010996521
     RHS c_u_HotFloor(1_PC_prefill)_ 228.56626816558688
     RHS c_u_HotFloor(2_DC_decode)_ 548.98887408051053
     RHS c_u_HotFloor(2_DC_prefill)_ 228.75949065711603
     RHS c_u_HotFloor(2_PC_decode)_ 172.76647010996521
     RHS c_u_HotFloor(2_PC_prefill)_ 228.56626816558688
     RHS c_u_HotFloor(3_DC_decode)_ 548.98887408051053
     RHS c_u_HotFloor(3_DC_prefill)_ 228.75949065711603
     RHS c_u_HotFloor(3_PC_decode)_ 172.76647010996521
     RHS c_u_HotFloor(3_PC_prefill)_ 228.56626816558688
     RHS c_u_HotFloor(4_DC_decode)_ 548.98887408051053
     RHS c_u_HotFloor(4_DC_prefill)_ 228.75949065711603
     RHS c_u_HotFloor(4_PC_decode)_ 172.76647010996521
     RHS c_u_HotFloor(4_PC_prefill)_ 228.56626816558688
     RHS c_u_HotFloor(5_DC_decode)_ 548.98887408051053
     RHS c_u_HotFloor(5_DC_prefill)_ 228.75949065711603
     RHS c_u_HotFloor(5_PC_decode)_ 172.76647010996521
     RHS c_u_HotFloor(5_PC_prefill)_ 228.56626816558688
     RHS c_u_HotFloor(6_DC_decode)_ 548.98887408051053
     RHS c_u_HotFloor(6_DC_prefill)_ 228.75949065711603
     RHS c_u_HotFloor(6_PC_decode)_ 172.76647010996521
     RHS c_u_HotFloor(6_PC_prefill)_ 228.56626816558688
     RHS c_u_HotFloor(7_DC_decode)_ 548.98887408051053
     RHS c_u_HotFloor(7_DC_prefill)_ 228.75949065711603
     RHS c_u_HotFloor(7_PC_decode)_ 172.76647010996521
     RHS c_u_HotFloor(7_PC_prefill)_ 228.56626816558688
     RHS c_u_HotFloor(8_DC_decode)_ 548.98887408051053
     RHS c_u_HotFloor(8_DC_prefill)_ 228.75949065711603
     RHS c_u_HotFloor(8_PC_decode)_ 172.76647010996521
     RHS c_u_HotFloor(8_PC_prefill)_ 228.56626816558688
     RHS c_u_Thermal(DC_dram_0_0)_ 90.001767864460874
     RHS c_u_Thermal(DC_dram_0_1)_ 84.096878414676951
     RHS c_u_Thermal(DC_dram_0_2)_ 96.324361388084242
     RHS c_u_Thermal(DC_dram_0_3)_ 96.324361388087198
     RHS c_u_Thermal(DC_dram_0_4)_ 90.001767864468661
     RHS c_u_Thermal(DC_dram_0_5)_ 90.001767864463631
     RHS c_u_Thermal(DC_dram_0_6)_ 96.324361388085663
     RHS c_u_Thermal(DC_dram_0_7)_ 96.32436138808913
     RHS c_u_Thermal(DC_dram_0_8)_ 90.001767864467439
     RHS c_u_Thermal(DC_dram_0_9)_ 84.096878414677747
     RHS c_u_Thermal(DC_dram_0_10)_ 90.001767864467695
     RHS c_u_Thermal(DC_dram_0_11)_ 90.001767864464483
     RHS c_u_Thermal(DC_dram_0_12)_ 84.096878414684085
     RHS c_u_Thermal(DC_dram_1_0)_ 84.096878414678201
     RHS c_u_Thermal(DC_dram_1_1)_ 90.001767864463375
     RHS c_u_Thermal(DC_dram_1_2)_ 90.001767864460533
     RHS c_u_Thermal(DC_dram_1_3)_ 84.096878414683573
     RHS c_u_Thermal(DC_dram_1_4)_ 90.001767864471276
     RHS c_u_Thermal(DC_dram_1_5)_ 96.324361388087596
     RHS c_u_Thermal(DC_dram_1_6)_ 96.324361388087226
     RHS c_u_Thermal(DC_dram_1_7)_ 90.001767864474004
     RHS c_u_Thermal(DC_dram_1_8)_ 90.00176786447355
     RHS c_u_Thermal(DC_dram_1_9)_ 96.324361388090495
     RHS c_u_Thermal(DC_dram_1_10)_ 96.324361388089415
     RHS c_u_Thermal(DC_dram_1_11)_ 90.001767864464739
     RHS c_u_Thermal(DC_dram_1_12)_ 84.096878414684255
     RHS c_u_Thermal(DC_dram_1_13)_ 90.001767864469997
     RHS c_u_Thermal(DC_dram_1_14)_ 90.001767864465933
     RHS c_u_Thermal(DC_dram_1_15)_ 84.096878414683033
     RHS c_u_Thermal(DC_dram_2_0)_ 84.096878414678315
     RHS c_u_Thermal(DC_dram_2_1)_ 90.001767864462209
     RHS c_u_Thermal(DC_dram_2_2)_ 90.001767864470139
     RHS c_u_Thermal(DC_dram_2_3)_ 96.324361388090665
     RHS c_u_Thermal(DC_dram_2_4)_ 96.32436138808805
     RHS c_u_Thermal(DC_dram_2_5)_ 90.001767864472129
     RHS c_u_Thermal(DC_dram_2_6)_ 96.324361388087823
     RHS c_u_Thermal(DC_dram_2_7)_ 96.324361388086089
     RHS c_u_Thermal(DC_dram_2_8)_ 90.001767864464682
     RHS c_u_Thermal(DC_dram_2_9)_ 84.096878414683829
     RHS c_u_Thermal(DC_dram_2_10)_ 90.001767864470793
     RHS c_u_Thermal(DC_dram_2_11)_ 90.001767864464398
     RHS c_u_Thermal(DC_dram_2_12)_ 84.096878414674052
     RHS c_u_Thermal(DC_dram_3_0)_ 84.096878414681044
     RHS c_u_Thermal(DC_dram_3_1)_ 90.001767864468206
     RHS c_u_Thermal(DC_dram_3_2)_ 90.001767864472498
     RHS c_u_Thermal(DC_dram_3_3)_ 84.096878414686444
     RHS c_u_Thermal(DC_dram_3_4)_ 90.001767864464256
     RHS c_u_Thermal(DC_dram_3_5)_ 96.324361388085663
     RHS c_u_Thermal(DC_dram_3_6)_ 96.324361388086743
     RHS c_u_Thermal(DC_dram_3_7)_ 90.001767864469826
     RHS c_u_Thermal(DC_dram_3_8)_ 90.001767864460561
     RHS c_u_Thermal(DC_dram_3_9)_ 96.324361388086203
     RHS c_u_Thermal(DC_dram_3_10)_ 96.324361388089415
     RHS c_u_Thermal(DC_dram_3_11)_ 90.001767864467979
     RHS c_u_Thermal(DC_dram_3_12)_ 84.096878414683317
     RHS c_u_Thermal(DC_dram_3_13)_ 90.00176786447264
     RHS c_u_Thermal(DC_dram_3_14)_ 90.0017678644694
     RHS c_u_Thermal(DC_dram_3_15)_ 84.096878414689087
     RHS c_u_Thermal(DC_dram_4_0)_ 84.096878414684284
     RHS c_u_Thermal(DC_dram_4_1)_ 90.001767864472725
     RHS c_u_Thermal(DC_dram_4_2)_ 90.00176786447139
     RHS c_u_Thermal(DC_dram_4_3)_ 84.096878414684625
     RHS c_u_Thermal(DC_dram_4_4)_ 90.001767864470196
     RHS c_u_Thermal(DC_dram_4_5)_ 96.324361388094644
     RHS c_u_Thermal(DC_dram_4_6)_ 96.324361388092768
     RHS c_u_Thermal(DC_dram_4_7)_ 90.001767864474175
     RHS c_u_Thermal(DC_dram_4_8)_ 90.001767864470708
     RHS c_u_Thermal(DC_dram_4_9)_ 96.324361388089869
     RHS c_u_Thermal(DC_dram_4_10)_ 96.324361388089073
     RHS c_u_Thermal(DC_dram_4_11)_ 90.001767864466103
     RHS c_u_Thermal(DC_dram_4_12)_ 84.096878414686614
     RHS c_u_Thermal(DC_dram_4_13)_ 90.001767864470963
     RHS c_u_Thermal(DC_dram_4_14)_ 90.001767864469087
     RHS c_u_Thermal(DC_dram_4_15)_ 84.096878414687524
     RHS c_u_Thermal(DC_dram_5_0)_ 84.096878414684454
     RHS c_u_Thermal(DC_dram_5_1)_ 90.001767864471447
     RHS c_u_Thermal(DC_dram_5_2)_ 90.001767864472981
     RHS c_u_Thermal(DC_dram_5_3)_ 84.096878414683545
     RHS c_u_Thermal(DC_dram_5_4)_ 90.001767864474004
     RHS c_u_Thermal(DC_dram_5_5)_ 96.324361388092029
     RHS c_u_Thermal(DC_dram_5_6)_ 96.324361388089102
     RHS c_u_Thermal(DC_dram_5_7)_ 90.001767864469969
     RHS c_u_Thermal(DC_dram_5_8)_ 90.001767864467411
     RHS c_u_Thermal(DC_dram_5_9)_ 96.324361388086686
     RHS c_u_Thermal(DC_dram_5_10)_ 96.324361388087766
     RHS c_u_Thermal(DC_dram_5_11)_ 90.001767864464853
     RHS c_u_Thermal(DC_dram_5_12)_ 84.096878414686103
     RHS c_u_Thermal(DC_dram_5_13)_ 90.001767864472157
     RHS c_u_Thermal(DC_dram_5_14)_ 90.001767864464341
     RHS c_u_Thermal(DC_dram_5_15)_ 84.096878414678542
     RHS c_u_Thermal(DC_dram_6_0)_ 84.096878414680134
     RHS c_u_Thermal(DC_dram_6_1)_ 90.001767864470111
     RHS c_u_Thermal(DC_dram_6_2)_ 90.001767864473351
     RHS c_u_Thermal(DC_dram_6_3)_ 84.096878414688376
     RHS c_u_Thermal(DC_dram_6_4)_ 90.001767864463147
     RHS c_u_Thermal(DC_dram_6_5)_ 96.324361388087709
     RHS c_u_Thermal(DC_dram_6_6)_ 96.324361388091745
     RHS c_u_Thermal(DC_dram_6_7)_ 90.00176786447355
     RHS c_u_Thermal(DC_dram_6_8)_ 96.324361388088676
     RHS c_u_Thermal(DC_dram_6_9)_ 96.324361388092029
     RHS c_u_Thermal(DC_dram_6_10)_ 90.001767864469713
     RHS c_u_Thermal(DC_dram_6_11)_ 90.001767864464739
     RHS c_u_Thermal(DC_dram_6_12)_ 84.09687841467661
     RHS c_u_Thermal(DC_dram_7_0)_ 84.096878414687694
     RHS c_u_Thermal(DC_dram_7_1)_ 90.001767864471617
     RHS c_u_Thermal(DC_dram_7_2)_ 90.001767864473891
     RHS c_u_Thermal(DC_dram_7_3)_ 84.096878414689371
     RHS c_u_Thermal(DC_dram_7_4)_ 90.00176786447247
     RHS c_u_Thermal(DC_dram_7_5)_ 96.324361388093536
     RHS c_u_Thermal(DC_dram_7_6)_ 96.324361388091575
     RHS c_u_Thermal(DC_dram_7_7)_ 90.001767864471276
     RHS c_u_Thermal(DC_dram_7_8)_ 90.00176786447517
     RHS c_u_Thermal(DC_dram_7_9)_ 96.324361388091518
     RHS c_u_Thermal(DC_dram_7_10)_ 96.324361388089528
     RHS c_u_Thermal(DC_dram_7_11)_ 90.001767864464568
     RHS c_u_Thermal(DC_dram_7_12)_ 84.096878414682635
     RHS c_u_Thermal(DC_dram_7_13)_ 90.001767864469826
     RHS c_u_Thermal(DC_dram_7_14)_ 90.001767864466274
     RHS c_u_Thermal(DC_dram_7_15)_ 84.096878414678883
     RHS c_u_Thermal(DC_dram_8_0)_ 84.096878414685222
     RHS c_u_Thermal(DC_dram_8_1)_ 90.001767864473919
     RHS c_u_Thermal(DC_dram_8_2)_ 90.001767864470281
     RHS c_u_Thermal(DC_dram_8_3)_ 84.096878414680361
     RHS c_u_Thermal(DC_dram_8_4)_ 90.001767864470366
     RHS c_u_Thermal(DC_dram_8_5)_ 96.324361388093394
     RHS c_u_Thermal(DC_dram_8_6)_ 96.324361388087823
     RHS c_u_Thermal(DC_dram_8_7)_ 90.001767864467695
     RHS c_u_Thermal(DC_dram_8_8)_ 90.001767864471958
     RHS c_u_Thermal(DC_dram_8_9)_ 96.32436138809129
     RHS c_u_Thermal(DC_dram_8_10)_ 96.324361388092655
     RHS c_u_Thermal(DC_dram_8_11)_ 84.096878414683829
     RHS c_u_Thermal(DC_dram_8_12)_ 90.001767864469628
     RHS c_u_Thermal(DC_logic_0_0)_ 93.525005123473136
     RHS c_u_Thermal(DC_logic_0_1)_ 87.418593691338572
     RHS c_u_Thermal(DC_logic_0_2)_ 100.04674889583774
     RHS c_u_Thermal(DC_logic_0_3)_ 100.04674889584078
     RHS c_u_Thermal(DC_logic_0_4)_ 93.525005123480696
     RHS c_u_Thermal(DC_logic_0_5)_ 93.525005123475808
     RHS c_u_Thermal(DC_logic_0_6)_ 100.04674889583924
     RHS c_u_Thermal(DC_logic_0_7)_ 100.04674889584248
     RHS c_u_Thermal(DC_logic_0_8)_ 93.525005123479502
     RHS c_u_Thermal(DC_logic_0_9)_ 87.418593691339254
     RHS c_u_Thermal(DC_logic_0_10)_ 93.525005123479843
     RHS c_u_Thermal(DC_logic_0_11)_ 93.525005123476546
     RHS c_u_Thermal(DC_logic_0_12)_ 87.418593691345734
     RHS c_u_Thermal(DC_logic_1_0)_ 87.418593691339765
     RHS c_u_Thermal(DC_logic_1_1)_ 93.525005123475381
     RHS c_u_Thermal(DC_logic_1_2)_ 93.525005123472511
     RHS c_u_Thermal(DC_logic_1_3)_ 87.418593691345222
     RHS c_u_Thermal(DC_logic_1_4)_ 93.525005123483481
     RHS c_u_Thermal(DC_logic_1_5)_ 100.04674889584109
     RHS c_u_Thermal(DC_logic_1_6)_ 100.04674889584069
     RHS c_u_Thermal(DC_logic_1_7)_ 93.525005123486153
     RHS c_u_Thermal(DC_logic_1_8)_ 93.525005123485641
     RHS c_u_Thermal(DC_logic_1_9)_ 100.04674889584405
     RHS c_u_Thermal(DC_logic_1_10)_ 100.04674889584302
     RHS c_u_Thermal(DC_logic_1_11)_ 93.525005123476831
     RHS c_u_Thermal(DC_logic_1_12)_ 87.418593691345905
     RHS c_u_Thermal(DC_logic_1_13)_ 93.52500512348206
     RHS c_u_Thermal(DC_logic_1_14)_ 93.525005123478081
     RHS c_u_Thermal(DC_logic_1_15)_ 87.418593691344626
     RHS c_u_Thermal(DC_logic_2_0)_ 87.418593691339879
     RHS c_u_Thermal(DC_logic_2_1)_ 93.525005123474244
     RHS c_u_Thermal(DC_logic_2_2)_ 93.525005123482231
     RHS c_u_Thermal(DC_logic_2_3)_ 100.04674889584436
     RHS c_u_Thermal(DC_logic_2_4)_ 100.04674889584163
     RHS c_u_Thermal(DC_logic_2_5)_ 93.52500512348422
     RHS c_u_Thermal(DC_logic_2_6)_ 100.0467488958414
     RHS c_u_Thermal(DC_logic_2_7)_ 100.04674889583953
     RHS c_u_Thermal(DC_logic_2_8)_ 93.525005123476802
     RHS c_u_Thermal(DC_logic_2_9)_ 87.418593691345393
     RHS c_u_Thermal(DC_logic_2_10)_ 93.525005123482856
     RHS c_u_Thermal(DC_logic_2_11)_ 93.525005123476433
     RHS c_u_Thermal(DC_logic_2_12)_ 87.418593691335673
     RHS c_u_Thermal(DC_logic_3_0)_ 87.418593691342721
     RHS c_u_Thermal(DC_logic_3_1)_ 93.525005123480412
     RHS c_u_Thermal(DC_logic_3_2)_ 93.525005123484618
     RHS c_u_Thermal(DC_logic_3_3)_ 87.418593691347951
     RHS c_u_Thermal(DC_logic_3_4)_ 93.525005123476262
     RHS c_u_Thermal(DC_logic_3_5)_ 100.04674889583913
     RHS c_u_Thermal(DC_logic_3_6)_ 100.04674889584032
     RHS c_u_Thermal(DC_logic_3_7)_ 93.525005123481833
     RHS c_u_Thermal(DC_logic_3_8)_ 93.525005123472596
     RHS c_u_Thermal(DC_logic_3_9)_ 100.04674889583964
     RHS c_u_Thermal(DC_logic_3_10)_ 100.04674889584305
     RHS c_u_Thermal(DC_logic_3_11)_ 93.525005123480014
     RHS c_u_Thermal(DC_logic_3_12)_ 87.418593691344967
     RHS c_u_Thermal(DC_logic_3_13)_ 93.525005123484789
     RHS c_u_Thermal(DC_logic_3_14)_ 93.525005123481492
     RHS c_u_Thermal(DC_logic_3_15)_ 87.418593691350679
     RHS c_u_Thermal(DC_logic_4_0)_ 87.418593691345677
     RHS c_u_Thermal(DC_logic_4_1)_ 93.525005123484874
     RHS c_u_Thermal(DC_logic_4_2)_ 93.525005123483481
     RHS c_u_Thermal(DC_logic_4_3)_ 87.418593691346246
     RHS c_u_Thermal(DC_logic_4_4)_ 93.525005123482231
     RHS c_u_Thermal(DC_logic_4_5)_ 100.04674889584817
     RHS c_u_Thermal(DC_logic_4_6)_ 100.04674889584641
     RHS c_u_Thermal(DC_logic_4_7)_ 93.525005123486409
     RHS c_u_Thermal(DC_logic_4_8)_ 93.525005123482742
     RHS c_u_Thermal(DC_logic_4_9)_ 100.04674889584356
     RHS c_u_Thermal(DC_logic_4_10)_ 100.04674889584263
     RHS c_u_Thermal(DC_logic_4_11)_ 93.525005123478252
     RHS c_u_Thermal(DC_logic_4_12)_ 87.418593691348292
     RHS c_u_Thermal(DC_logic_4_13)_ 93.525005123483055
     RHS c_u_Thermal(DC_logic_4_14)_ 93.525005123481264
     RHS c_u_Thermal(DC_logic_4_15)_ 87.418593691349145
     RHS c_u_Thermal(DC_logic_5_0)_ 87.418593691345961
     RHS c_u_Thermal(DC_logic_5_1)_ 93.525005123483538
     RHS c_u_Thermal(DC_logic_5_2)_ 93.52500512348513
     RHS c_u_Thermal(DC_logic_5_3)_ 87.418593691345421
     RHS c_u_Thermal(DC_logic_5_4)_ 93.525005123486181
     RHS c_u_Thermal(DC_logic_5_5)_ 100.04674889584561
     RHS c_u_Thermal(DC_logic_5_6)_ 100.04674889584268
     RHS c_u_Thermal(DC_logic_5_7)_ 93.525005123482117
     RHS c_u_Thermal(DC_logic_5_8)_ 93.525005123479417
     RHS c_u_Thermal(DC_logic_5_9)_ 100.04674889584032
     RHS c_u_Thermal(DC_logic_5_10)_ 100.04674889584118
     RHS c_u_Thermal(DC_logic_5_11)_ 93.525005123477001
     RHS c_u_Thermal(DC_logic_5_12)_ 87.41859369134778
     RHS c_u_Thermal(DC_logic_5_13)_ 93.52500512348422
     RHS c_u_Thermal(DC_logic_5_14)_ 93.525005123476433
     RHS c_u_Thermal(DC_logic_5_15)_ 87.418593691340305
     RHS c_u_Thermal(DC_logic_6_0)_ 87.418593691341783
     RHS c_u_Thermal(DC_logic_6_1)_ 93.525005123482316
     RHS c_u_Thermal(DC_logic_6_2)_ 93.525005123485244
     RHS c_u_Thermal(DC_logic_6_3)_ 87.418593691349827
     RHS c_u_Thermal(DC_logic_6_4)_ 93.525005123475296
     RHS c_u_Thermal(DC_logic_6_5)_ 100.04674889584123
     RHS c_u_Thermal(DC_logic_6_6)_ 100.04674889584538
     RHS c_u_Thermal(DC_logic_6_7)_ 93.525005123485641
     RHS c_u_Thermal(DC_logic_6_8)_ 100.04674889584226
     RHS c_u_Thermal(DC_logic_6_9)_ 100.04674889584552
     RHS c_u_Thermal(DC_logic_6_10)_ 93.525005123481861
     RHS c_u_Thermal(DC_logic_6_11)_ 93.525005123477001
     RHS c_u_Thermal(DC_logic_6_12)_ 87.418593691338373
     RHS c_u_Thermal(DC_logic_7_0)_ 87.418593691349116
     RHS c_u_Thermal(DC_logic_7_1)_ 93.525005123483567
     RHS c_u_Thermal(DC_logic_7_2)_ 93.525005123485982
     RHS c_u_Thermal(DC_logic_7_3)_ 87.418593691351191
     RHS c_u_Thermal(DC_logic_7_4)_ 93.525005123484533
     RHS c_u_Thermal(DC_logic_7_5)_ 100.04674889584709
     RHS c_u_Thermal(DC_logic_7_6)_ 100.04674889584533
     RHS c_u_Thermal(DC_logic_7_7)_ 93.525005123483453
     RHS c_u_Thermal(DC_logic_7_8)_ 93.525005123487347
     RHS c_u_Thermal(DC_logic_7_9)_ 100.04674889584507
     RHS c_u_Thermal(DC_logic_7_10)_ 100.046748895843
     RHS c_u_Thermal(DC_logic_7_11)_ 93.525005123476689
     RHS c_u_Thermal(DC_logic_7_12)_ 87.418593691344284
     RHS c_u_Thermal(DC_logic_7_13)_ 93.525005123482003
     RHS c_u_Thermal(DC_logic_7_14)_ 93.525005123478365
     RHS c_u_Thermal(DC_logic_7_15)_ 87.418593691340561
     RHS c_u_Thermal(DC_logic_8_0)_ 87.418593691346842
     RHS c_u_Thermal(DC_logic_8_1)_ 93.525005123486096
     RHS c_u_Thermal(DC_logic_8_2)_ 93.525005123482288
     RHS c_u_Thermal(DC_logic_8_3)_ 87.418593691342039
     RHS c_u_Thermal(DC_logic_8_4)_ 93.525005123482458
     RHS c_u_Thermal(DC_logic_8_5)_ 100.04674889584697
     RHS c_u_Thermal(DC_logic_8_6)_ 100.04674889584138
     RHS c_u_Thermal(DC_logic_8_7)_ 93.525005123479843
     RHS c_u_Thermal(DC_logic_8_8)_ 93.525005123483993
     RHS c_u_Thermal(DC_logic_8_9)_ 100.04674889584493
     RHS c_u_Thermal(DC_logic_8_10)_ 100.04674889584615
     RHS c_u_Thermal(DC_logic_8_11)_ 87.418593691345563
     RHS c_u_Thermal(DC_logic_8_12)_ 93.525005123481776
     RHS c_u_Thermal(PC_dram_0_0)_ 77.789866909766303
     RHS c_u_Thermal(PC_dram_0_1)_ 69.98644399678696
     RHS c_u_Thermal(PC_dram_0_2)_ 86.69383887594546
     RHS c_u_Thermal(PC_dram_0_3)_ 86.693838875945659
     RHS c_u_Thermal(PC_dram_0_4)_ 77.789866909773806
     RHS c_u_Thermal(PC_dram_0_5)_ 77.78986690976447
     RHS c_u_Thermal(PC_dram_0_6)_ 86.693838875944266
     RHS c_u_Thermal(PC_dram_0_7)_ 86.693838875944323
     RHS c_u_Thermal(PC_dram_0_8)_ 77.789866909773878
     RHS c_u_Thermal(PC_dram_0_9)_ 69.986443996783734
     RHS c_u_Thermal(PC_dram_0_10)_ 77.789866909769771
     RHS c_u_Thermal(PC_dram_0_11)_ 77.789866909768051
     RHS c_u_Thermal(PC_dram_0_12)_ 69.986443996790427
     RHS c_u_Thermal(PC_dram_1_0)_ 69.986443996785468
     RHS c_u_Thermal(PC_dram_1_1)_ 77.789866909768492
     RHS c_u_Thermal(PC_dram_1_2)_ 77.78986690976835
     RHS c_u_Thermal(PC_dram_1_3)_ 69.986443996784786
     RHS c_u_Thermal(PC_dram_1_4)_ 77.789866909773735
     RHS c_u_Thermal(PC_dram_1_5)_ 86.693838875948757
     RHS c_u_Thermal(PC_dram_1_6)_ 86.693838875950121
     RHS c_u_Thermal(PC_dram_1_7)_ 77.789866909771774
     RHS c_u_Thermal(PC_dram_1_8)_ 77.789866909773934
     RHS c_u_Thermal(PC_dram_1_9)_ 86.69383887595103
     RHS c_u_Thermal(PC_dram_1_10)_ 86.693838875950746
     RHS c_u_Thermal(PC_dram_1_11)_ 77.789866909773622
     RHS c_u_Thermal(PC_dram_1_12)_ 69.986443996790982
     RHS c_u_Thermal(PC_dram_1_13)_ 77.789866909775455
     RHS c_u_Thermal(PC_dram_1_14)_ 77.789866909776265
     RHS c_u_Thermal(PC_dram_1_15)_ 69.986443996792303
     RHS c_u_Thermal(PC_dram_2_0)_ 69.986443996787202
     RHS c_u_Thermal(PC_dram_2_1)_ 77.789866909770282
     RHS c_u_Thermal(PC_dram_2_2)_ 77.789866909771746
     RHS c_u_Thermal(PC_dram_2_3)_ 86.693838875948472
     RHS c_u_Thermal(PC_dram_2_4)_ 86.693838875942731
     RHS c_u_Thermal(PC_dram_2_5)_ 77.789866909773593
     RHS c_u_Thermal(PC_dram_2_6)_ 86.693838875947705
     RHS c_u_Thermal(PC_dram_2_7)_ 86.693838875943584
     RHS c_u_Thermal(PC_dram_2_8)_ 77.789866909764967
     RHS c_u_Thermal(PC_dram_2_9)_ 69.986443996793483
     RHS c_u_Thermal(PC_dram_2_10)_ 77.789866909773693
     RHS c_u_Thermal(PC_dram_2_11)_ 77.789866909770907
     RHS c_u_Thermal(PC_dram_2_12)_ 69.986443996784146
     RHS c_u_Thermal(PC_dram_3_0)_ 69.986443996786448
     RHS c_u_Thermal(PC_dram_3_1)_ 77.789866909771689
     RHS c_u_Thermal(PC_dram_3_2)_ 77.789866909768548
     RHS c_u_Thermal(PC_dram_3_3)_ 69.986443996788026
     RHS c_u_Thermal(PC_dram_3_4)_ 77.789866909768165
     RHS c_u_Thermal(PC_dram_3_5)_ 86.6938388759487
     RHS c_u_Thermal(PC_dram_3_6)_ 86.693838875949211
     RHS c_u_Thermal(PC_dram_3_7)_ 77.789866909771888
     RHS c_u_Thermal(PC_dram_3_8)_ 77.789866909770069
     RHS c_u_Thermal(PC_dram_3_9)_ 86.693838875949609
     RHS c_u_Thermal(PC_dram_3_10)_ 86.693838875951599
     RHS c_u_Thermal(PC_dram_3_11)_ 77.789866909772215
     RHS c_u_Thermal(PC_dram_3_12)_ 69.986443996783976
     RHS c_u_Thermal(PC_dram_3_13)_ 77.78986690977159
     RHS c_u_Thermal(PC_dram_3_14)_ 77.789866909775583
     RHS c_u_Thermal(PC_dram_3_15)_ 69.986443996790186
     RHS c_u_Thermal(PC_dram_4_0)_ 69.986443996788623
     RHS c_u_Thermal(PC_dram_4_1)_ 77.789866909776208
     RHS c_u_Thermal(PC_dram_4_2)_ 77.789866909779875
     RHS c_u_Thermal(PC_dram_4_3)_ 69.986443996792175
     RHS c_u_Thermal(PC_dram_4_4)_ 77.789866909772741
     RHS c_u_Thermal(PC_dram_4_5)_ 86.693838875949723
     RHS c_u_Thermal(PC_dram_4_6)_ 86.693838875950064
     RHS c_u_Thermal(PC_dram_4_7)_ 77.78986690977429
     RHS c_u_Thermal(PC_dram_4_8)_ 77.789866909771277
     RHS c_u_Thermal(PC_dram_4_9)_ 86.69383887594779
     RHS c_u_Thermal(PC_dram_4_10)_ 86.693838875948387
     RHS c_u_Thermal(PC_dram_4_11)_ 77.789866909771035
     RHS c_u_Thermal(PC_dram_4_12)_ 69.986443996790243
     RHS c_u_Thermal(PC_dram_4_13)_ 77.789866909773679
     RHS c_u_Thermal(PC_dram_4_14)_ 77.789866909776251
     RHS c_u_Thermal(PC_dram_4_15)_ 69.986443996790399
     RHS c_u_Thermal(PC_dram_5_0)_ 69.986443996791834
     RHS c_u_Thermal(PC_dram_5_1)_ 77.789866909773892
     RHS c_u_Thermal(PC_dram_5_2)_ 77.789866909771746
     RHS c_u_Thermal(PC_dram_5_3)_ 69.986443996785141
     RHS c_u_Thermal(PC_dram_5_4)_ 77.789866909774346
     RHS c_u_Thermal(PC_dram_5_5)_ 86.693838875949552
     RHS c_u_Thermal(PC_dram_5_6)_ 86.693838875947307
     RHS c_u_Thermal(PC_dram_5_7)_ 77.789866909767667
     RHS c_u_Thermal(PC_dram_5_8)_ 77.789866909775483
     RHS c_u_Thermal(PC_dram_5_9)_ 86.6938388759487
     RHS c_u_Thermal(PC_dram_5_10)_ 86.693838875951997
     RHS c_u_Thermal(PC_dram_5_11)_ 77.789866909770282
     RHS c_u_Thermal(PC_dram_5_12)_ 69.986443996792445
     RHS c_u_Thermal(PC_dram_5_13)_ 77.789866909773991
     RHS c_u_Thermal(PC_dram_5_14)_ 77.789866909774148
     RHS c_u_Thermal(PC_dram_5_15)_ 69.986443996785752
     RHS c_u_Thermal(PC_dram_6_0)_ 69.986443996785795
     RHS c_u_Thermal(PC_dram_6_1)_ 77.789866909769941
     RHS c_u_Thermal(PC_dram_6_2)_ 77.789866909773551
     RHS c_u_Thermal(PC_dram_6_3)_ 69.986443996793
     RHS c_u_Thermal(PC_dram_6_4)_ 77.789866909764498
     RHS c_u_Thermal(PC_dram_6_5)_ 86.69383887594455
     RHS c_u_Thermal(PC_dram_6_6)_ 86.693838875945687
     RHS c_u_Thermal(PC_dram_6_7)_ 77.789866909773082
     RHS c_u_Thermal(PC_dram_6_8)_ 86.693838875944664
     RHS c_u_Thermal(PC_dram_6_9)_ 86.693838875944152
     RHS c_u_Thermal(PC_dram_6_10)_ 77.78986690977176
     RHS c_u_Thermal(PC_dram_6_11)_ 77.789866909766701
     RHS c_u_Thermal(PC_dram_6_12)_ 69.986443996783706
     RHS c_u_Thermal(PC_dram_7_0)_ 69.986443996792161
     RHS c_u_Thermal(PC_dram_7_1)_ 77.789866909776933
     RHS c_u_Thermal(PC_dram_7_2)_ 77.789866909777558
     RHS c_u_Thermal(PC_dram_7_3)_ 69.986443996790257
     RHS c_u_Thermal(PC_dram_7_4)_ 77.789866909772527
     RHS c_u_Thermal(PC_dram_7_5)_ 86.69383887594978
     RHS c_u_Thermal(PC_dram_7_6)_ 86.693838875951315
     RHS c_u_Thermal(PC_dram_7_7)_ 77.789866909773821
     RHS c_u_Thermal(PC_dram_7_8)_ 77.789866909771092
     RHS c_u_Thermal(PC_dram_7_9)_ 86.693838875948586
     RHS c_u_Thermal(PC_dram_7_10)_ 86.693838875950036
     RHS c_u_Thermal(PC_dram_7_11)_ 77.78986690977213
     RHS c_u_Thermal(PC_dram_7_12)_ 69.986443996786022
     RHS c_u_Thermal(PC_dram_7_13)_ 77.789866909767198
     RHS c_u_Thermal(PC_dram_7_14)_ 77.789866909770097
     RHS c_u_Thermal(PC_dram_7_15)_ 69.986443996786292
     RHS c_u_Thermal(PC_dram_8_0)_ 69.986443996790413
     RHS c_u_Thermal(PC_dram_8_1)_ 77.789866909773124
     RHS c_u_Thermal(PC_dram_8_2)_ 77.789866909773806
     RHS c_u_Thermal(PC_dram_8_3)_ 69.9864439967848
     RHS c_u_Thermal(PC_dram_8_4)_ 77.789866909773238
     RHS c_u_Thermal(PC_dram_8_5)_ 86.693838875950007
     RHS c_u_Thermal(PC_dram_8_6)_ 86.693838875946398
     RHS c_u_Thermal(PC_dram_8_7)_ 77.789866909767596
     RHS c_u_Thermal(PC_dram_8_8)_ 77.789866909771632
     RHS c_u_Thermal(PC_dram_8_9)_ 86.693838875945687
     RHS c_u_Thermal(PC_dram_8_10)_ 86.69383887594779
     RHS c_u_Thermal(PC_dram_8_11)_ 69.986443996786662
     RHS c_u_Thermal(PC_dram_8_12)_ 77.789866909770367
     RHS c_u_Thermal(PC_logic_0_0)_ 81.470662931371407
     RHS c_u_Thermal(PC_logic_0_1)_ 73.34409617035395
     RHS c_u_Thermal(PC_logic_0_2)_ 90.693448703531601
     RHS c_u_Thermal(PC_logic_0_3)_ 90.693448703531658
     RHS c_u_Thermal(PC_logic_0_4)_ 81.470662931378811
     RHS c_u_Thermal(PC_logic_0_5)_ 81.47066293136956
     RHS c_u_Thermal(PC_logic_0_6)_ 90.693448703530464
     RHS c_u_Thermal(PC_logic_0_7)_ 90.693448703530521
     RHS c_u_Thermal(PC_logic_0_8)_ 81.470662931378982
     RHS c_u_Thermal(PC_logic_0_9)_ 73.344096170350682
     RHS c_u_Thermal(PC_logic_0_10)_ 81.470662931374903
     RHS c_u_Thermal(PC_logic_0_11)_ 81.470662931373099
     RHS c_u_Thermal(PC_logic_0_12)_ 73.344096170357346
     RHS c_u_Thermal(PC_logic_1_0)_ 73.344096170352486
     RHS c_u_Thermal(PC_logic_1_1)_ 81.470662931373582
     RHS c_u_Thermal(PC_logic_1_2)_ 81.470662931373496
     RHS c_u_Thermal(PC_logic_1_3)_ 73.344096170351861
     RHS c_u_Thermal(PC_logic_1_4)_ 81.470662931378939
     RHS c_u_Thermal(PC_logic_1_5)_ 90.69344870353487
     RHS c_u_Thermal(PC_logic_1_6)_ 90.693448703536262
     RHS c_u_Thermal(PC_logic_1_7)_ 81.47066293137685
     RHS c_u_Thermal(PC_logic_1_8)_ 81.47066293137911
     RHS c_u_Thermal(PC_logic_1_9)_ 90.693448703537001
     RHS c_u_Thermal(PC_logic_1_10)_ 90.693448703536802
     RHS c_u_Thermal(PC_logic_1_11)_ 81.470662931378612
     RHS c_u_Thermal(PC_logic_1_12)_ 73.344096170357943
     RHS c_u_Thermal(PC_logic_1_13)_ 81.470662931380517
     RHS c_u_Thermal(PC_logic_1_14)_ 81.470662931381369
     RHS c_u_Thermal(PC_logic_1_15)_ 73.344096170359308
     RHS c_u_Thermal(PC_logic_2_0)_ 73.344096170354362
     RHS c_u_Thermal(PC_logic_2_1)_ 81.470662931375458
     RHS c_u_Thermal(PC_logic_2_2)_ 81.470662931376822
     RHS c_u_Thermal(PC_logic_2_3)_ 90.693448703534557
     RHS c_u_Thermal(PC_logic_2_4)_ 90.693448703528702
     RHS c_u_Thermal(PC_logic_2_5)_ 81.470662931378783
     RHS c_u_Thermal(PC_logic_2_6)_ 90.693448703533761
     RHS c_u_Thermal(PC_logic_2_7)_ 90.693448703529782
     RHS c_u_Thermal(PC_logic_2_8)_ 81.470662931370185
     RHS c_u_Thermal(PC_logic_2_9)_ 73.34409617036053
     RHS c_u_Thermal(PC_logic_2_10)_ 81.470662931378868
     RHS c_u_Thermal(PC_logic_2_11)_ 81.470662931375855
     RHS c_u_Thermal(PC_logic_2_12)_ 73.344096170351236
     RHS c_u_Thermal(PC_logic_3_0)_ 73.344096170353566
     RHS c_u_Thermal(PC_logic_3_1)_ 81.470662931376808
     RHS c_u_Thermal(PC_logic_3_2)_ 81.470662931373639
     RHS c_u_Thermal(PC_logic_3_3)_ 73.344096170355044
     RHS c_u_Thermal(PC_logic_3_4)_ 81.470662931373184
     RHS c_u_Thermal(PC_logic_3_5)_ 90.693448703534727
     RHS c_u_Thermal(PC_logic_3_6)_ 90.693448703535182
     RHS c_u_Thermal(PC_logic_3_7)_ 81.470662931376964
     RHS c_u_Thermal(PC_logic_3_8)_ 81.470662931375202
     RHS c_u_Thermal(PC_logic_3_9)_ 90.693448703535807
     RHS c_u_Thermal(PC_logic_3_10)_ 90.693448703537626
     RHS c_u_Thermal(PC_logic_3_11)_ 81.470662931377234
     RHS c_u_Thermal(PC_logic_3_12)_ 73.344096170350966
     RHS c_u_Thermal(PC_logic_3_13)_ 81.470662931376623
     RHS c_u_Thermal(PC_logic_3_14)_ 81.470662931380573
     RHS c_u_Thermal(PC_logic_3_15)_ 73.344096170357105
     RHS c_u_Thermal(PC_logic_4_0)_ 73.34409617035557
     RHS c_u_Thermal(PC_logic_4_1)_ 81.470662931381298
     RHS c_u_Thermal(PC_logic_4_2)_ 81.470662931385192
     RHS c_u_Thermal(PC_logic_4_3)_ 73.344096170359208
     RHS c_u_Thermal(PC_logic_4_4)_ 81.47066293137776
     RHS c_u_Thermal(PC_logic_4_5)_ 90.693448703535722
     RHS c_u_Thermal(PC_logic_4_6)_ 90.693448703535978
     RHS c_u_Thermal(PC_logic_4_7)_ 81.470662931379394
     RHS c_u_Thermal(PC_logic_4_8)_ 81.470662931376523
     RHS c_u_Thermal(PC_logic_4_9)_ 90.69344870353379
     RHS c_u_Thermal(PC_logic_4_10)_ 90.693448703534386
     RHS c_u_Thermal(PC_logic_4_11)_ 81.470662931376111
     RHS c_u_Thermal(PC_logic_4_12)_ 73.34409617035729
     RHS c_u_Thermal(PC_logic_4_13)_ 81.470662931378897
     RHS c_u_Thermal(PC_logic_4_14)_ 81.470662931381412
     RHS c_u_Thermal(PC_logic_4_15)_ 73.34409617035746
     RHS c_u_Thermal(PC_logic_5_0)_ 73.344096170358824
     RHS c_u_Thermal(PC_logic_5_1)_ 81.470662931378982
     RHS c_u_Thermal(PC_logic_5_2)_ 81.470662931376836
     RHS c_u_Thermal(PC_logic_5_3)_ 73.344096170352202
     RHS c_u_Thermal(PC_logic_5_4)_ 81.47066293137938
     RHS c_u_Thermal(PC_logic_5_5)_ 90.69344870353558
     RHS c_u_Thermal(PC_logic_5_6)_ 90.693448703533249
     RHS c_u_Thermal(PC_logic_5_7)_ 81.470662931372743
     RHS c_u_Thermal(PC_logic_5_8)_ 81.470662931380744
     RHS c_u_Thermal(PC_logic_5_9)_ 90.693448703534727
     RHS c_u_Thermal(PC_logic_5_10)_ 90.693448703538024
     RHS c_u_Thermal(PC_logic_5_11)_ 81.470662931375372
     RHS c_u_Thermal(PC_logic_5_12)_ 73.344096170359549
     RHS c_u_Thermal(PC_logic_5_13)_ 81.47066293137911
     RHS c_u_Thermal(PC_logic_5_14)_ 81.470662931379223
     RHS c_u_Thermal(PC_logic_5_15)_ 73.344096170352756
     RHS c_u_Thermal(PC_logic_6_0)_ 73.344096170352955
     RHS c_u_Thermal(PC_logic_6_1)_ 81.470662931375017
     RHS c_u_Thermal(PC_logic_6_2)_ 81.470662931378669
     RHS c_u_Thermal(PC_logic_6_3)_ 73.344096170360061
     RHS c_u_Thermal(PC_logic_6_4)_ 81.47066293136956
     RHS c_u_Thermal(PC_logic_6_5)_ 90.693448703530578
     RHS c_u_Thermal(PC_logic_6_6)_ 90.693448703531715
     RHS c_u_Thermal(PC_logic_6_7)_ 81.470662931378158
     RHS c_u_Thermal(PC_logic_6_8)_ 90.693448703530777
     RHS c_u_Thermal(PC_logic_6_9)_ 90.693448703530379
     RHS c_u_Thermal(PC_logic_6_10)_ 81.470662931376793
     RHS c_u_Thermal(PC_logic_6_11)_ 81.470662931371876
     RHS c_u_Thermal(PC_logic_6_12)_ 73.344096170350738
     RHS c_u_Thermal(PC_logic_7_0)_ 73.344096170359123
     RHS c_u_Thermal(PC_logic_7_1)_ 81.470662931382023
     RHS c_u_Thermal(PC_logic_7_2)_ 81.470662931382734
     RHS c_u_Thermal(PC_logic_7_3)_ 73.344096170357318
     RHS c_u_Thermal(PC_logic_7_4)_ 81.470662931377504
     RHS c_u_Thermal(PC_logic_7_5)_ 90.693448703535864
     RHS c_u_Thermal(PC_logic_7_6)_ 90.693448703537399
     RHS c_u_Thermal(PC_logic_7_7)_ 81.470662931378911
     RHS c_u_Thermal(PC_logic_7_8)_ 81.470662931376197
     RHS c_u_Thermal(PC_logic_7_9)_ 90.693448703534614
     RHS c_u_Thermal(PC_logic_7_10)_ 90.693448703536092
     RHS c_u_Thermal(PC_logic_7_11)_ 81.470662931377163
     RHS c_u_Thermal(PC_logic_7_12)_ 73.344096170353055
     RHS c_u_Thermal(PC_logic_7_13)_ 81.470662931372303
     RHS c_u_Thermal(PC_logic_7_14)_ 81.470662931375188
     RHS c_u_Thermal(PC_logic_7_15)_ 73.344096170353325
     RHS c_u_Thermal(PC_logic_8_0)_ 73.344096170357403
     RHS c_u_Thermal(PC_logic_8_1)_ 81.470662931378129
     RHS c_u_Thermal(PC_logic_8_2)_ 81.470662931378939
     RHS c_u_Thermal(PC_logic_8_3)_ 73.344096170351847
     RHS c_u_Thermal(PC_logic_8_4)_ 81.4706629313783
     RHS c_u_Thermal(PC_logic_8_5)_ 90.693448703536035
     RHS c_u_Thermal(PC_logic_8_6)_ 90.693448703532368
     RHS c_u_Thermal(PC_logic_8_7)_ 81.470662931372644
     RHS c_u_Thermal(PC_logic_8_8)_ 81.470662931376793
     RHS c_u_Thermal(PC_logic_8_9)_ 90.693448703531715
     RHS c_u_Thermal(PC_logic_8_10)_ 90.693448703533903
     RHS c_u_Thermal(PC_logic_8_11)_ 73.344096170353666
     RHS c_u_Thermal(PC_logic_8_12)_ 81.470662931375429
     RHS c_u_Leakage(DC_0)_ 33.359851553621752
     RHS c_u_Leakage(DC_1)_ 33.359851553622782
     RHS c_u_Leakage(DC_2)_ 33.359851553622114
     RHS c_u_Leakage(DC_3)_ 33.35985155362286
     RHS c_u_Leakage(DC_4)_ 33.359851553623841
     RHS c_u_Leakage(DC_5)_ 33.359851553623187
     RHS c_u_Leakage(DC_6)_ 33.359851553622853
     RHS c_u_Leakage(DC_7)_ 33.359851553623749
     RHS c_u_Leakage(DC_8)_ 33.359851553623308
     RHS c_u_Leakage(PC_0)_ 9.5112490817712327
     RHS c_u_Leakage(PC_1)_ 9.5112490817717266
     RHS c_u_Leakage(PC_2)_ 9.5112490817713287
     RHS c_u_Leakage(PC_3)_ 9.5112490817715987
     RHS c_u_Leakage(PC_4)_ 9.511249081771826
     RHS c_u_Leakage(PC_5)_ 9.5112490817717052
     RHS c_u_Leakage(PC_6)_ 9.5112490817712327
     RHS c_u_Leakage(PC_7)_ 9.5112490817717195
     RHS c_u_Leakage(PC_8)_ 9.5112490817714779
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
 UP BOUND DynLevel(DC_decode) 548.98887408051053
 LO BOUND DynLevel(DC_prefill) 0
 UP BOUND DynLevel(DC_prefill) 228.75949065711603
 LO BOUND DynLevel(PC_decode) 0
 UP BOUND DynLevel(PC_decode) 172.76647010996521
 LO BOUND DynLevel(PC_prefill) 0
 UP BOUND DynLevel(PC_prefill) 228.56626816558688
 LO BOUND DynShare(0_DC_decode) 0
 UP BOUND DynShare(0_DC_decode) 548.98887408051053
 LO BOUND DynShare(0_DC_prefill) 0
 UP BOUND DynShare(0_DC_prefill) 228.75949065711603
 LO BOUND DynShare(0_PC_decode) 0
 UP BOUND DynShare(0_PC_decode) 172.76647010996521
 LO BOUND DynShare(0_PC_prefill) 0
 UP BOUND DynShare(0_PC_prefill) 228.56626816558688
 LO BOUND DynShare(1_DC_decode) 0
 UP BOUND DynShare(1_DC_decode) 548.98887408051053
 LO BOUND DynShare(1_DC_prefill) 0
 UP BOUND DynShare(1_DC_prefill) 228.75949065711603
 LO BOUND DynShare(1_PC_decode) 0
 UP BOUND DynShare(1_PC_decode) 172.76647010996521
 LO BOUND DynShare(1_PC_prefill) 0
 UP BOUND DynShare(1_PC_prefill) 228.56626816558688
 LO BOUND DynShare(2_DC_decode) 0
 UP BOUND DynShare(2_DC_decode) 548.98887408051053
 LO BOUND DynShare(2_DC_prefill) 0
 UP BOUND DynShare(2_DC_prefill) 228.75949065711603
 LO BOUND DynShare(2_PC_decode) 0
 UP BOUND DynShare(2_PC_decode) 172.76647010996521
 LO BOUND DynShare(2_PC_prefill) 0
 UP BOUND DynShare(2_PC_prefill) 228.56626816558688
 LO BOUND DynShare(3_DC_decode) 0
 UP BOUND DynShare(3_DC_decode) 548.98887408051053
 LO BOUND DynShare(3_DC_prefill) 0
 UP BOUND DynShare(3_DC_prefill) 228.75949065711603
 LO BOUND DynShare(3_PC_decode) 0
 UP BOUND DynShare(3_PC_decode) 172.76647010996521
 LO BOUND DynShare(3_PC_prefill) 0
 UP BOUND DynShare(3_PC_prefill) 228.56626816558688
 LO BOUND DynShare(4_DC_decode) 0
 UP BOUND DynShare(4_DC_decode) 548.98887408051053
 LO BOUND DynShare(4_DC_prefill) 0
 UP BOUND DynShare(4_DC_prefill) 228.75949065711603
 LO BOUND DynShare(4_PC_decode) 0
 UP BOUND DynShare(4_PC_decode) 172.76647010996521
 LO BOUND DynShare(4_PC_prefill) 0
 UP BOUND DynShare(4_PC_prefill) 228.56626816558688
 LO BOUND DynShare(5_DC_decode) 0
 UP BOUND DynShare(5_DC_decode) 548.98887408051053
 LO BOUND DynShare(5_DC_prefill) 0
 UP BOUND DynShare(5_DC_prefill) 228.75949065711603
 LO BOUND DynShare(5_PC_decode) 0
 UP BOUND DynShare(5_PC_decode) 172.76647010996521
 LO BOUND DynShare(5_PC_prefill) 0
 UP BOUND DynShare(5_PC_prefill) 228.56626816558688
 LO BOUND DynShare(6_DC_decode) 0
 UP BOUND DynShare(6_DC_decode) 548.98887408051053
 LO BOUND DynShare(6_DC_prefill) 0
 UP BOUND DynShare(6_DC_prefill) 228.75949065711603
 LO BOUND DynShare(6_PC_decode) 0
 UP BOUND DynShare(6_PC_decode) 172.76647010996521
 LO BOUND DynShare(6_PC_prefill) 0
 UP BOUND DynShare(6_PC_prefill) 228.56626816558688
 LO BOUND DynShare(7_DC_decode) 0
 UP BOUND DynShare(7_DC_decode) 548.98887408051053
 LO BOUND DynShare(7_DC_prefill) 0
 UP BOUND DynShare(7_DC_prefill) 228.75949065711603
 LO BOUND DynShare(7_PC_decode) 0
 UP BOUND DynShare(7_PC_decode) 172.76647010996521
 LO BOUND DynShare(7_PC_prefill) 0
 UP BOUND DynShare(7_PC_prefill) 228.56626816558688
 LO BOUND DynShare(8_DC_decode) 0
 UP BOUND DynShare(8_DC_decode) 548.98887408051053
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
 LO BOUND DynHot(DC_decode) 0
 UP BOUND DynHot(DC_decode) 548.98887408051053
 LO BOUND DynHot(DC_prefill) 0
 UP BOUND DynHot(DC_prefill) 228.75949065711603
 LO BOUND DynHot(PC_decode) 0
 UP BOUND DynHot(PC_decode) 172.76647010996521
 LO BOUND DynHot(PC_prefill) 0
 UP BOUND DynHot(PC_prefill) 228.56626816558688
 LO BOUND HotShare(0_DC_decode) 0
 UP BOUND HotShare(0_DC_decode) 548.98887408051053
 LO BOUND HotShare(0_DC_prefill) 0
 UP BOUND HotShare(0_DC_prefill) 228.75949065711603
 LO BOUND HotShare(0_PC_decode) 0
 UP BOUND HotShare(0_PC_decode) 172.76647010996521
 LO BOUND HotShare(0_PC_prefill) 0
 UP BOUND HotShare(0_PC_prefill) 228.56626816558688
 LO BOUND HotShare(1_DC_decode) 0
 UP BOUND HotShare(1_DC_decode) 548.98887408051053
 LO BOUND HotShare(1_DC_prefill) 0
 UP BOUND HotShare(1_DC_prefill) 228.75949065711603
 LO BOUND HotShare(1_PC_decode) 0
 UP BOUND HotShare(1_PC_decode) 172.76647010996521
 LO BOUND HotShare(1_PC_prefill) 0
 UP BOUND HotShare(1_PC_prefill) 228.56626816558688
 LO BOUND HotShare(2_DC_decode) 0
 UP BOUND HotShare(2_DC_decode) 548.98887408051053
 LO BOUND HotShare(2_DC_prefill) 0
 UP BOUND HotShare(2_DC_prefill) 228.75949065711603
 LO BOUND HotShare(2_PC_decode) 0
 UP BOUND HotShare(2_PC_decode) 172.76647010996521
 LO BOUND HotShare(2_PC_prefill) 0
 UP BOUND HotShare(2_PC_prefill) 228.56626816558688
 LO BOUND HotShare(3_DC_decode) 0
 UP BOUND HotShare(3_DC_decode) 548.98887408051053
 LO BOUND HotShare(3_DC_prefill) 0
 UP BOUND HotShare(3_DC_prefill) 228.75949065711603
 LO BOUND HotShare(3_PC_decode) 0
 UP BOUND HotShare(3_PC_decode) 172.76647010996521
 LO BOUND HotShare(3_PC_prefill) 0
 UP BOUND HotShare(3_PC_prefill) 228.56626816558688
 LO BOUND HotShare(4_DC_decode) 0
 UP BOUND HotShare(4_DC_decode) 548.98887408051053
 LO BOUND HotShare(4_DC_prefill) 0
 UP BOUND HotShare(4_DC_prefill) 228.75949065711603
 LO BOUND HotShare(4_PC_decode) 0
 UP BOUND HotShare(4_PC_decode) 172.76647010996521
 LO BOUND HotShare(4_PC_prefill) 0
 UP BOUND HotShare(4_PC_prefill) 228.56626816558688
 LO BOUND HotShare(5_DC_decode) 0
 UP BOUND HotShare(5_DC_decode) 548.98887408051053
 LO BOUND HotShare(5_DC_prefill) 0
 UP BOUND HotShare(5_DC_prefill) 228.75949065711603
 LO BOUND HotShare(5_PC_decode) 0
 UP BOUND HotShare(5_PC_decode) 172.76647010996521
 LO BOUND HotShare(5_PC_prefill) 0
 UP BOUND HotShare(5_PC_prefill) 228.56626816558688
 LO BOUND HotShare(6_DC_decode) 0
 UP BOUND HotShare(6_DC_decode) 548.98887408051053
 LO BOUND HotShare(6_DC_prefill) 0
 UP BOUND HotShare(6_DC_prefill) 228.75949065711603
 LO BOUND HotShare(6_PC_decode) 0
 UP BOUND HotShare(6_PC_decode) 172.76647010996521
 LO BOUND HotShare(6_PC_prefill) 0
 UP BOUND HotShare(6_PC_prefill) 228.56626816558688
 LO BOUND HotShare(7_DC_decode) 0
 UP BOUND HotShare(7_DC_decode) 548.98887408051053
 LO BOUND HotShare(7_DC_prefill) 0
 UP BOUND HotShare(7_DC_prefill) 228.75949065711603
 LO BOUND HotShare(7_PC_decode) 0
 UP BOUND HotShare(7_PC_decode) 172.76647010996521
 LO BOUND HotShare(7_PC_prefill) 0
 UP BOUND HotShare(7_PC_prefill) 228.56626816558688
 LO BOUND HotShare(8_DC_decode) 0
 UP BOUND HotShare(8_DC_decode) 548.98887408051053
 LO BOUND HotShare(8_DC_prefill) 0
 UP BOUND HotShare(8_DC_prefill) 228.75949065711603
 LO BOUND HotShare(8_PC_decode) 0
 UP BOUND HotShare(8_PC_decode) 172.76647010996521
 LO BOUND HotShare(8_PC_prefill) 0
 UP BOUND HotShare(8_PC_prefill) 228.56626816558688
 BV BOUND Used(D_DC_t1_p3_c0_b16)
 BV BOUND Used(D_DC_t1_p3_c0_b2)
 BV BOUND Used(D_DC_t1_p3_c0_b32)
 BV BOUND Used(D_DC_t1_p3_c0_b4)
 BV BOUND Used(D_DC_t1_p3_c0_b64)
 BV BOUND Used(D_DC_t1_p3_c0_b8)
 BV BOUND Used(D_DC_t1_p4_c0_b1)
 BV BOUND Used(D_DC_t1_p4_c0_b16)
 BV BOUND Used(D_DC_t1_p4_c0_b2)
 BV BOUND Used(D_DC_t1_p4_c0_b32)
 BV BOUND Used(D_DC_t1_p4_c0_b4)
 BV BOUND Used(D_DC_t1_p4_c0_b64)
 BV BOUND Used(D_DC_t1_p4_c0_b8)
 BV BOUND Used(D_DC_t1_p5_c0_b16)
 BV BOUND Used(D_DC_t1_p5_c0_b2)
 BV BOUND Used(D_DC_t1_p5_c0_b32)
 BV BOUND Used(D_DC_t1_p5_c0_b4)
 BV BOUND Used(D_DC_t1_p5_c0_b64)
 BV BOUND Used(D_DC_t1_p5_c0_b8)
 BV BOUND Used(D_DC_t1_p6_c0_b16)
 BV BOUND Used(D_DC_t1_p6_c0_b32)
 BV BOUND Used(D_DC_t1_p6_c0_b4)
 BV BOUND Used(D_DC_t1_p6_c0_b64)
 BV BOUND Used(D_DC_t1_p6_c0_b8)
 BV BOUND Used(D_DC_t1_p8_c0_b32)
 BV BOUND Used(D_DC_t1_p8_c0_b4)
 BV BOUND Used(D_DC_t1_p8_c0_b64)
 BV BOUND Used(D_DC_t1_p8_c0_b8)
 BV BOUND Used(D_DC_t2_p2_c0_b1)
 BV BOUND Used(D_DC_t2_p2_c0_b128)
 BV BOUND Used(D_DC_t2_p2_c0_b2)
 BV BOUND Used(D_DC_t2_p2_c0_b32)
 BV BOUND Used(D_DC_t2_p2_c0_b4)
 BV BOUND Used(D_DC_t2_p2_c0_b64)
 BV BOUND Used(D_DC_t2_p2_c1_b1)
 BV BOUND Used(D_DC_t2_p2_c1_b128)
 BV BOUND Used(D_DC_t2_p2_c1_b2)
 BV BOUND Used(D_DC_t2_p2_c1_b32)
 BV BOUND Used(D_DC_t2_p2_c1_b4)
 BV BOUND Used(D_DC_t2_p2_c1_b64)
 BV BOUND Used(D_DC_t2_p3_c0_b4)
 BV BOUND Used(D_DC_t2_p3_c0_b8)
 BV BOUND Used(D_DC_t2_p3_c1_b4)
 BV BOUND Used(D_DC_t2_p3_c1_b8)
 BV BOUND Used(D_DC_t2_p4_c0_b32)
 BV BOUND Used(D_DC_t2_p4_c0_b4)
 BV BOUND Used(D_DC_t2_p4_c0_b8)
 BV BOUND Used(D_DC_t4_p1_c0_b1)
 BV BOUND Used(D_DC_t4_p1_c0_b128)
 BV BOUND Used(D_DC_t4_p1_c0_b16)
 BV BOUND Used(D_DC_t4_p1_c0_b2)
 BV BOUND Used(D_DC_t4_p1_c0_b32)
 BV BOUND Used(D_DC_t4_p1_c0_b4)
 BV BOUND Used(D_DC_t4_p1_c0_b64)
 BV BOUND Used(D_DC_t4_p1_c1_b1)
 BV BOUND Used(D_DC_t4_p1_c1_b128)
 BV BOUND Used(D_DC_t4_p1_c1_b16)
 BV BOUND Used(D_DC_t4_p1_c1_b2)
 BV BOUND Used(D_DC_t4_p1_c1_b32)
 BV BOUND Used(D_DC_t4_p1_c1_b4)
 BV BOUND Used(D_DC_t4_p1_c1_b64)
 BV BOUND Used(D_DC_t4_p1_c1_b8)
 BV BOUND Used(D_DC_t4_p2_c0_b16)
 BV BOUND Used(D_DC_t4_p2_c0_b2)
 BV BOUND Used(D_DC_t4_p2_c0_b4)
 BV BOUND Used(D_DC_t4_p2_c0_b64)
 BV BOUND Used(D_DC_t8_p1_c0_b1)
 BV BOUND Used(D_DC_t8_p1_c0_b16)
 BV BOUND Used(D_DC_t8_p1_c0_b2)
 BV BOUND Used(D_DC_t8_p1_c0_b4)
 BV BOUND Used(D_DC_t8_p1_c0_b8)
 BV BOUND Used(D_PC_t1_p5_c0_b16)
 BV BOUND Used(D_PC_t1_p5_c0_b2)
 BV BOUND Used(D_PC_t1_p5_c0_b4)
 BV BOUND Used(D_PC_t1_p5_c0_b8)
 BV BOUND Used(D_PC_t1_p6_c0_b16)
 BV BOUND Used(D_PC_t1_p6_c0_b32)
 BV BOUND Used(D_PC_t1_p6_c0_b4)
 BV BOUND Used(D_PC_t1_p6_c0_b64)
 BV BOUND Used(D_PC_t1_p6_c0_b8)
 BV BOUND Used(D_PC_t1_p8_c0_b128)
 BV BOUND Used(D_PC_t1_p8_c0_b32)
 BV BOUND Used(D_PC_t1_p8_c0_b4)
 BV BOUND Used(D_PC_t1_p8_c0_b64)
 BV BOUND Used(D_PC_t1_p8_c0_b8)
 BV BOUND Used(D_PC_t2_p3_c0_b32)
 BV BOUND Used(D_PC_t2_p3_c0_b4)
 BV BOUND Used(D_PC_t2_p3_c0_b64)
 BV BOUND Used(D_PC_t2_p3_c0_b8)
 BV BOUND Used(D_PC_t2_p3_c1_b32)
 BV BOUND Used(D_PC_t2_p3_c1_b4)
 BV BOUND Used(D_PC_t2_p3_c1_b64)
 BV BOUND Used(D_PC_t2_p3_c1_b8)
 BV BOUND Used(D_PC_t2_p4_c0_b128)
 BV BOUND Used(D_PC_t2_p4_c0_b4)
 BV BOUND Used(D_PC_t2_p4_c0_b8)
 BV BOUND Used(D_PC_t4_p2_c0_b2)
 BV BOUND Used(D_PC_t4_p2_c0_b4)
 BV BOUND Used(D_PC_t4_p2_c0_b64)
 BV BOUND Used(D_PC_t8_p1_c0_b1)
 BV BOUND Used(D_PC_t8_p1_c0_b2)
 BV BOUND Used(D_PC_t8_p1_c0_b32)
 BV BOUND Used(D_PC_t8_p1_c0_b4)
 BV BOUND Used(D_PC_t8_p1_c0_b64)
 BV BOUND Used(P_DC_t1_p3_c0_b1)
 BV BOUND Used(P_DC_t1_p4_c0_b1)
 BV BOUND Used(P_DC_t1_p5_c0_b1)
 BV BOUND Used(P_DC_t1_p6_c0_b1)
 BV BOUND Used(P_DC_t1_p8_c0_b1)
 BV BOUND Used(P_DC_t2_p2_c0_b1)
 BV BOUND Used(P_DC_t2_p2_c1_b1)
 BV BOUND Used(P_DC_t2_p3_c0_b1)
 BV BOUND Used(P_DC_t2_p3_c1_b1)
 BV BOUND Used(P_DC_t2_p4_c0_b1)
 BV BOUND Used(P_DC_t4_p1_c0_b1)
 BV BOUND Used(P_PC_t1_p5_c0_b1)
 BV BOUND Used(P_PC_t1_p6_c0_b1)
 BV BOUND Used(P_PC_t1_p8_c0_b1)
 BV BOUND Used(P_PC_t2_p3_c0_b1)
 BV BOUND Used(P_PC_t2_p3_c1_b1)
 BV BOUND Used(P_PC_t2_p4_c0_b1)
 BV BOUND Used(P_PC_t4_p2_c0_b1)
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
 LO BOUND HotSitePower_W(0) 0
 LO BOUND HotSitePower_W(1) 0
 LO BOUND HotSitePower_W(2) 0
 LO BOUND HotSitePower_W(3) 0
 LO BOUND HotSitePower_W(4) 0
 LO BOUND HotSitePower_W(5) 0
 LO BOUND HotSitePower_W(6) 0
 LO BOUND HotSitePower_W(7) 0
 LO BOUND HotSitePower_W(8) 0
ENDATA
