SETTINGS = ()

def configure(*names):
    global SETTINGS
    SETTINGS = tuple(names)

configure("default")
