"""The VBA project inside ``OpPlan.xlsm``, written without Office.

- :mod:`.ovba`: MS-OVBA compression, ``dir`` stream records, PROJECT data decryption;
- :mod:`.cfb`: a deterministic compound-file (MS-CFB v3) writer;
- :mod:`.project`: the source-only ``vbaProject.bin`` built from the installed xlwings' template;
- :mod:`.inspect`: reads the modules back out of a ``vbaProject.bin`` or an ``.xlsm`` (for checks and tests).

Nothing is imported here, so that importing a submodule stays cheap.
"""
