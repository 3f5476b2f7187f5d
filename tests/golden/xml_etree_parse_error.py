# An uncaught xml.etree.ElementTree.ParseError: its final line names the class by its
# module and gives expat's message with the position.
import xml.etree.ElementTree as ET

print(ET.fromstring("<ok/>").tag)
ET.fromstring("<a>\n<b></c></a>")
