<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApprovalQueue</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/approvals.py" line="110"/>
        <source>%n promise(s) waiting for approval</source>
        <translation>
            <numerusform>%n promise waiting for approval</numerusform>
            <numerusform>%n promises waiting for approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentsTab</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="279"/>
        <source>Deal the matching accounts to %n collector(s)?</source>
        <translation>
            <numerusform>Deal the matching accounts to %n collector?</numerusform>
            <numerusform>Deal the matching accounts to %n collectors?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="452"/>
        <source>%n audit event(s) for this account</source>
        <translation>
            <numerusform>%n audit event for this account</numerusform>
            <numerusform>%n audit events for this account</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="61"/>
        <source>%n review(s) to read</source>
        <translation>
            <numerusform>%n review to read</numerusform>
            <numerusform>%n reviews to read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="62"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverridesTab</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="110"/>
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n override</numerusform>
            <numerusform>%n overrides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="111"/>
        <source>%n promise(s) waiting for approval</source>
        <translation>
            <numerusform>%n promise waiting for approval</numerusform>
            <numerusform>%n promises waiting for approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromiseCalendar</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/calendar.py" line="610"/>
        <source>%n promise payment(s) shown</source>
        <translation>
            <numerusform>%n promise payment shown</numerusform>
            <numerusform>%n promise payments shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/calendar.py" line="611"/>
        <source>%n broken</source>
        <translation>
            <numerusform>%n broken</numerusform>
            <numerusform>%n broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/calendar.py" line="630"/>
        <source>%n payment(s): {money}</source>
        <translation>
            <numerusform>%n payment: {money}</numerusform>
            <numerusform>%n payments: {money}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/calendar.py" line="681"/>
        <source>Saved %n promise(s) to {file}</source>
        <translation>
            <numerusform>Saved %n promise to {file}</numerusform>
            <numerusform>Saved %n promises to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemittanceDialog</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="176"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="62"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/sync_status.py" line="265"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/sync_status.py" line="266"/>
        <source>%n account(s) checked out</source>
        <translation>
            <numerusform>%n account checked out</numerusform>
            <numerusform>%n accounts checked out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/sync_status.py" line="269"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakePromiseDialog</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="323"/>
        <source>%n payment(s) totalling {total} of the balance {balance}</source>
        <translation>
            <numerusform>%n payment totalling {total} of the balance {balance}</numerusform>
            <numerusform>%n payments totalling {total} of the balance {balance}</numerusform>
        </translation>
    </message>
</context>
</TS>
