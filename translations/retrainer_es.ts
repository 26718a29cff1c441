<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Algorithm</name>
    <message>
        <source>Random forest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support vector machine (RBF kernel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel ridge regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning method. Random forest is a good default; a linear model is the fastest and the easiest to explain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelSnapshot</name>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trained yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::AccuracyChart</name>
    <message>
        <source>%1 of %2 per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run of %1 has measured %2 yet. Train the model to see its first point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is a training run; the dashed line is the threshold below which %1 retrains. Hover a point for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::AlertsPage</name>
    <message>
        <source>Show acknowledged alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::ConsoleApp</name>
    <message>
        <source>Retrainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training started from the command line (process %1) is still running in %2. Start Retrainer again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Retrainer daemon (process %1) already runs for %2 and retrains its models without windows. Stop it (for example `systemctl --user stop retrainer`) to use the console, or use the command line beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::ConsoleEngine</name>
    <message>
        <source>Train now, asked by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 models healthy · %3 runs today · success rate %4 (last 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::EventLogPage</name>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::FieldErrorLabel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::HistoryTab</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the runs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n run(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n run(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows used: %1 · rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::MainWindow</name>
    <message>
        <source>Retrainer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train &amp;all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 models healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot train %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language and API settings apply when Retrainer starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrainer keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models keep retraining in the background. Open the window from the tray icon; choose Quit there to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Retrainer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system tray to keep Retrainer running in. Quitting stops automatic retraining until Retrainer is started again. Quit?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::ModelCard</name>
    <message>
        <source>Train now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown until the first run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) · %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>promoted to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: the version in service was better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 awaits approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaits approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::ModelOverviewTab</name>
    <message>
        <source>waiting for a free worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading and checking the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing with the version in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the version in service stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training started. You can keep working; the window stays responsive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 elapsed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::ModelPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::ModelSettingsPage</name>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuned parameters belong to the previous algorithm; the new one starts from its defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the newest rows kept aside to test each new version before it may replace the model in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only recent rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn from every row ever collected, or only from the most recent days (when old rows no longer reflect how things work today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days back rows are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learn from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training with fewer usable rows than this is skipped: too little data gives an unreliable model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the changes not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store these settings; the scheduler uses them from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::ModelSidebar</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::ModelWizard</name>
    <message>
        <source>New model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::Notifier</name>
    <message>
        <source>%1 retrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is now in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version is in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new candidate was not better; the version in service stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 awaits approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is better and waits for an administrator to approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A better version waits for an administrator to approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version in service stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The version in service stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrainer needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open only the tray icon when the console starts; the window stays hidden until you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the console automatically when you log in to the desktop, so scheduled retraining happens without anyone remembering to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the console. &quot;System language&quot; follows your desktop&apos;s setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies after the console restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local HTTP API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the local HTTP API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets other programs on this computer ask for status, start a training or send new samples. Each program needs a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network port the API listens on, on this computer only (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::RollbackDialog</name>
    <message>
        <source>Roll back to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put version %1 of %2 back in service instead of version %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put version %1 of %2 in service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (in service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the checksum of version %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of version %1 matches its SHA-256 checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: version %1 cannot be put in service because its file is damaged or missing (%2). The version in service stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 will answer every prediction from now on. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: version %1 of %2 is in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback failed: %1. The version in service stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::RunHistoryModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary metric: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no metric value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was registered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::ScheduleEditor</name>
    <message>
        <source>Enter a cron expression such as &quot;0 2 * * *&quot; (every day at 02:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The times this model retrains on its own. Select one to change it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another time at which the model retrains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five fields: minute, hour, day of month, month, day of week, in local time.
&quot;0 2 * * *&quot; is every day at 02:00; &quot;30 6 * * MON&quot; every Monday at 06:30;
&quot;*/15 * * * *&quot; every 15 minutes; &quot;0 2 1 * *&quot; on the 1st of each month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ron expression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when new rows have arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When ticked, this schedule retrains only if enough new rows arrived since the last successful training; otherwise it retrains every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> new rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many new rows must have arrived for this schedule to retrain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>if %n new rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (no such date within five years)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::TrayIcon</name>
    <message>
        <source>Open Retrainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Training %n model(s) now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduling is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: nothing scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::TriggerSettingsForm</name>
    <message>
        <source>Enter a duration such as 6h, 90m, 1h30m or 2d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a duration longer than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When new data arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain when enough new rows arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain soon after a batch of new rows appears in the source, without waiting for the next scheduled time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> new rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many new rows must arrive before a retrain starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new rows must arrive within this time, e.g. 24h: &quot;5 new rows within a day&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a retrain started by new rows, wait at least this long before the next one, so a busy day does not retrain the model again and again. 0s: no pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cool-down:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the model&apos;s accuracy regularly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularly compare the model&apos;s predictions with what really happened in the newest rows, and retrain when it has become less accurate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the accuracy is checked, e.g. 1h for every hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest acceptable score. Below it the model is retrained at once; 0.70 means 70 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many retrains to try while the score stays below the threshold before raising an alert for a person to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retries before alert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the newest rows the check scores the model on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check on the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training still running after this long is stopped; the model in service stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch up on missed schedules at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the computer was off at a scheduled time, retrain once when Retrainer starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip scheduled retrains when the data has not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled retrain on exactly the same rows as last time would change nothing, so it is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused (no automatic retraining)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops every automatic retrain of this model; &quot;Train now&quot; still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from 0 to 1, e.g. 0.70 for 70 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::VersionsTab</name>
    <message>
        <source>Roll back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version is kept with a SHA-256 checksum. Choose one and roll back to put it in service again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::WizardColumnsPage</name>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this the right data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns found, what each holds, and the first rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 rows of the source, as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds text or categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows could not be read (first: %1, %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::WizardNamePage</name>
    <message>
        <source>Name the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first training starts when you click Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, up to 64 characters, e.g. waiting-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models of the same group are listed together, e.g. Clinic or Logistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicts &quot;%1&quot; (%2) from %3 in %4, with %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>retrainer::WizardSourcePage</name>
    <message>
        <source>%1 has only one column: a model needs a column to predict and at least one column to learn from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rows to learn from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are the rows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file or the SQLite table that holds one row per past case, with the value to predict in one of its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table of an S&amp;QLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/rows.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/database.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table or view whose rows the model learns from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose one of its %n tables.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n rows could not be read and will be left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n columns.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::WizardTrainingPage</name>
    <message>
        <source>What should it predict?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column to predict and the columns it learns from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value the model learns to predict, e.g. the waiting time in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category (classification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict an amount (minutes, cost, orders) or one of a few categories (late, on time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date or time of each row. The newest rows are kept aside to test each new version, and &quot;only recent rows&quot; uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns the model learns from. Columns with a different value in almost every row (identifiers, free-form dates) are left out unless you tick them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learn from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column to predict cannot also be the time column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: &quot;%1&quot; holds numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: &quot;%1&quot; holds only two values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: &quot;%1&quot; holds text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: almost every row has a different value, so it looks like an identifier or a date. Tick it to use it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row has a number in &quot;%1&quot;: choose &quot;A category&quot; or another column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row has a value in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: a different value in almost every row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
