"""Workbook files without Excel: read values (calamine), write standard workbooks (openpyxl), build the .xlsm."""
