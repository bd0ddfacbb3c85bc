"""lamoopt.solve"""
