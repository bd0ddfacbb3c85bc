"""lamoopt.whatif"""
