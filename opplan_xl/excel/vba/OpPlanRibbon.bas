Attribute VB_Name = "OpPlanRibbon"
Option Explicit

' Ribbon callbacks of customUI/customUI14.xml (and the legacy customUI.xml).
' Every button has onAction="OpPlanAction" and the name of its action in its tag;
' the action itself is Python: opplan_xl.excel.actions.ACTIONS[tag].
' Keep this module ASCII and tiny: all text a user sees lives in Python.

Public Sub OpPlanAction(control As IRibbonControl)
    RunPython "import opplan_xl.excel.macros as m; m.run('" & control.Tag & "')"
End Sub

' The same without the ribbon, e.g. Application.Run "OpPlanRun", "validate".
Public Sub OpPlanRun(ByVal action As String)
    RunPython "import opplan_xl.excel.macros as m; m.run('" & action & "')"
End Sub

' Pure VBA, for checks without Python: ?OpPlanSelfTest() in the Immediate window.
Public Function OpPlanSelfTest() As String
    OpPlanSelfTest = "opplan-vba-ok"
End Function
