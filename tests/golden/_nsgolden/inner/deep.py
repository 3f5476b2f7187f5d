# a module of the nested namespace package _nsgolden.inner
DEPTH = 2
