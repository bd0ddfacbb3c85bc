"""lamoopt.evaluate"""
