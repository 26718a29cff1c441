<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertDetails</name>
    <message numerus="yes">
        <location filename="../ui/alert_details.cpp" line="+29"/>
        <source>%1: delivered (%n attempt(s)).</source>
        <translation>
            <numerusform>%1: delivered (%n attempt).</numerusform>
            <numerusform>%1: delivered (%n attempts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: not delivered after %n attempt(s). Last problem: %2</source>
        <translation>
            <numerusform>%1: not delivered after %n attempt. Last problem: %2</numerusform>
            <numerusform>%1: not delivered after %n attempts. Last problem: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: still trying (%n attempt(s) so far).</source>
        <translation>
            <numerusform>%1: still trying (%n attempt so far).</numerusform>
            <numerusform>%1: still trying (%n attempts so far).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message numerus="yes">
        <location filename="../ui/audit_model.cpp" line="+39"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaveQuestions</name>
    <message numerus="yes">
        <location filename="../ui/leave_questions.cpp" line="+20"/>
        <source>%n model(s) are training now: %1.</source>
        <translation>
            <numerusform>%n model is training now: %1.</numerusform>
            <numerusform>%n models are training now: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionChoice</name>
    <message numerus="yes">
        <location filename="../ui/version_choice_text.cpp" line="+69"/>
        <source>The %n version(s) use %1 on disk.</source>
        <translation>
            <numerusform>The %n version uses %1 on disk.</numerusform>
            <numerusform>The %n versions use %1 on disk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The newest %n are kept, with any pinned one and the one in service; older ones are removed after each new version.</source>
        <translation>
            <numerusform>The newest %n is kept, with any pinned one and the one in service; older ones are removed after each new version.</numerusform>
            <numerusform>The newest %n are kept, with any pinned one and the one in service; older ones are removed after each new version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::AlertsPage</name>
    <message numerus="yes">
        <location filename="../ui/alerts_page.cpp" line="+99"/>
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open alert</numerusform>
            <numerusform>%n open alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::ApprovalBadge</name>
    <message numerus="yes">
        <location filename="../ui/approval_badge.cpp" line="+33"/>
        <source>%n awaiting approval</source>
        <translation>
            <numerusform>%n awaiting approval</numerusform>
            <numerusform>%n awaiting approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::AuditPage</name>
    <message numerus="yes">
        <location filename="../ui/audit_page.cpp" line="+202"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::HistoryTab</name>
    <message numerus="yes">
        <location filename="../ui/history_tab.cpp" line="+146"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Exporting %n run(s)…</source>
        <translation>
            <numerusform>Exporting %n run…</numerusform>
            <numerusform>Exporting %n runs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n run(s) to %1</source>
        <translation>
            <numerusform>Exported %n run to %1</numerusform>
            <numerusform>Exported %n runs to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="+258"/>
        <source>Training %n model(s) now. Each model&apos;s page shows its progress; the dashboard shows the outcome when the run ends.</source>
        <translation>
            <numerusform>Training %n model now. Each model&apos;s page shows its progress; the dashboard shows the outcome when the run ends.</numerusform>
            <numerusform>Training %n models now. Each model&apos;s page shows its progress; the dashboard shows the outcome when the run ends.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::ModelCard</name>
    <message numerus="yes">
        <location filename="../ui/model_card.cpp" line="+139"/>
        <source>%n sample(s) · %1</source>
        <translation>
            <numerusform>%n sample · %1</numerusform>
            <numerusform>%n samples · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::ScheduleEditor</name>
    <message numerus="yes">
        <location filename="../ui/schedule_editor.cpp" line="+217"/>
        <source>if %n new rows</source>
        <translation>
            <numerusform>if %n new row</numerusform>
            <numerusform>if %n new rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::TrayIcon</name>
    <message numerus="yes">
        <location filename="../ui/tray_icon.cpp" line="+77"/>
        <source>Training %n model(s) now.</source>
        <translation>
            <numerusform>Training %n model now.</numerusform>
            <numerusform>Training %n models now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Training %n model(s) now</source>
        <translation>
            <numerusform>Training %n model now</numerusform>
            <numerusform>Training %n models now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n alert(s) need attention</source>
        <translation>
            <numerusform>%n alert needs attention</numerusform>
            <numerusform>%n alerts need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::WizardColumnsPage</name>
    <message numerus="yes">
        <location filename="../ui/wizard_columns_page.cpp" line="+88"/>
        <source>%1: %n rows, </source>
        <translation>
            <numerusform>%1: %n row, </numerusform>
            <numerusform>%1: %n rows, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n columns.</source>
        <translation>
            <numerusform>%n column.</numerusform>
            <numerusform>%n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n rows could not be read (first: %1, %2).</source>
        <translation>
            <numerusform>%n row could not be read (first: %1, %2).</numerusform>
            <numerusform>%n rows could not be read (first: %1, %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::WizardSourcePage</name>
    <message numerus="yes">
        <location filename="../ui/wizard_source_page.cpp" line="+230"/>
        <source>Choose one of its %n tables.</source>
        <translation>
            <numerusform>Choose one of its %n tables.</numerusform>
            <numerusform>Choose one of its %n tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source> %n rows could not be read and will be left out.</source>
        <translation>
            <numerusform> %n row could not be read and will be left out.</numerusform>
            <numerusform> %n rows could not be read and will be left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rows read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n columns.</source>
        <translation>
            <numerusform>, %n column.</numerusform>
            <numerusform>, %n columns.</numerusform>
        </translation>
    </message>
</context>
</TS>
