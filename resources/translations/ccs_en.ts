<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApprovalQueue</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/approvals.py" line="114"/>
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
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="298"/>
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
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="477"/>
        <source>%n audit event(s) for this account</source>
        <translation>
            <numerusform>%n audit event for this account</numerusform>
            <numerusform>%n audit events for this account</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchLettersDialog</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/letters.py" line="114"/>
        <source>{placement} — %Ln account(s)</source>
        <translation>
            <numerusform>{placement} — %Ln account</numerusform>
            <numerusform>{placement} — %Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallLogTab</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="193"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="194"/>
        <source>%Ln+ rows (scroll for more)</source>
        <translation>
            <numerusform>%Ln+ row (scroll for more)</numerusform>
            <numerusform>%Ln+ rows (scroll for more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/complaints_tab.py" line="62"/>
        <source>%n open complaint(s)</source>
        <translation>
            <numerusform>%n open complaint</numerusform>
            <numerusform>%n open complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/complaints_tab.py" line="63"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="67"/>
        <source>%n review(s) to read</source>
        <translation>
            <numerusform>%n review to read</numerusform>
            <numerusform>%n reviews to read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="68"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/main_window.py" line="240"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverridesTab</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="129"/>
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n override</numerusform>
            <numerusform>%n overrides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="130"/>
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
        <location filename="../../ccs_desktop/ui/calendar.py" line="623"/>
        <source>%n promise payment(s) shown</source>
        <translation>
            <numerusform>%n promise payment shown</numerusform>
            <numerusform>%n promise payments shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/calendar.py" line="624"/>
        <source>%n broken</source>
        <translation>
            <numerusform>%n broken</numerusform>
            <numerusform>%n broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/calendar.py" line="643"/>
        <source>%n payment(s): {money}</source>
        <translation>
            <numerusform>%n payment: {money}</numerusform>
            <numerusform>%n payments: {money}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/calendar.py" line="693"/>
        <source>Saved %n promise(s) to {file}</source>
        <translation>
            <numerusform>Saved %n promise to {file}</numerusform>
            <numerusform>Saved %n promises to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation type="vanished">
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ accounts</source>
        <translation type="vanished">
            <numerusform>%Ln+ account</numerusform>
            <numerusform>%Ln+ accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/queue_view.py" line="211"/>
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/queue_view.py" line="212"/>
        <source>%Ln+ shown</source>
        <translation>
            <numerusform>%Ln+ shown</numerusform>
            <numerusform>%Ln+ shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemittanceDialog</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="171"/>
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
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="72"/>
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
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="324"/>
        <source>%n payment(s) totalling {total} of the balance {balance}</source>
        <translation>
            <numerusform>%n payment totalling {total} of the balance {balance}</numerusform>
            <numerusform>%n payments totalling {total} of the balance {balance}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="138"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
</TS>
