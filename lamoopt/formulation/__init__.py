"""lamoopt.formulation"""
