from .. import util as parent_util
def helper():
    return "sub helper using " + parent_util.NAME
