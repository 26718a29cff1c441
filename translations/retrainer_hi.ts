<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AlertDetails</name>
    <message>
        <location filename="../ui/alert_details.cpp" line="+18"/>
        <source>critical</source>
        <translation>गंभीर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When: %1
Model: %2
Severity: %3

%4</source>
        <translation>कब: %1
मॉडल: %2
गंभीरता: %3

%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not acknowledged yet.</source>
        <translation>अभी तक स्वीकार नहीं किया गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged %1 by %2.</source>
        <translation>%1 को %2 द्वारा स्वीकार किया गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to other channels:</source>
        <translation>अन्य चैनलों को भेजा गया:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: delivered (%n attempt(s)).</source>
        <translation>
            <numerusform>%1: पहुँचाया गया (%n प्रयास)।</numerusform>
            <numerusform>%1: पहुँचाया गया (%n प्रयास)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: not delivered after %n attempt(s). Last problem: %2</source>
        <translation>
            <numerusform>%1: %n प्रयास के बाद भी नहीं पहुँचा। अंतिम समस्या: %2</numerusform>
            <numerusform>%1: %n प्रयासों के बाद भी नहीं पहुँचा। अंतिम समस्या: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: still trying (%n attempt(s) so far).</source>
        <translation>
            <numerusform>%1: अभी भी प्रयास जारी है (अब तक %n प्रयास)।</numerusform>
            <numerusform>%1: अभी भी प्रयास जारी है (अब तक %n प्रयास)।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alert about %1</source>
        <translation>%1 के बारे में अलर्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>Algorithm</name>
    <message>
        <location filename="../ui/algorithm_label.cpp" line="+10"/>
        <source>Random forest</source>
        <translation>रैंडम फ़ॉरेस्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support vector machine (RBF kernel)</source>
        <translation>सपोर्ट वेक्टर मशीन (RBF कर्नेल)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear model</source>
        <translation>रैखिक मॉडल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernel ridge regression</source>
        <translation>कर्नेल रिज रिग्रेशन</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic (chosen by cross-validation)</source>
        <translation>स्वचालित (क्रॉस-वैलिडेशन से चुना गया)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The learning method. Automatic tries each method on the training rows and keeps the best; a linear model is the fastest and the easiest to explain.</source>
        <translation>सीखने की विधि। स्वचालित हर विधि को प्रशिक्षण पंक्तियों पर आज़माता है और सबसे अच्छी रखता है; रैखिक मॉडल सबसे तेज़ और समझाने में सबसे आसान है।</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../ui/audit_model.cpp" line="+12"/>
        <source>Train</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back</source>
        <translation>रोलबैक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>स्वीकृति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>अस्वीकृति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings change</source>
        <translation>सेटिंग्स में बदलाव</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>विराम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>फिर से शुरू</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import rows</source>
        <translation>पंक्तियों का आयात</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create token</source>
        <translation>टोकन बनाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke token</source>
        <translation>टोकन रद्द किया गया</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n आइटम</numerusform>
            <numerusform>%n आइटम</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BacktestWords</name>
    <message>
        <location filename="../core/engine/backtest_words.cpp" line="+18"/>
        <source>its own schedule and triggers</source>
        <translation>अपनी समय-सारणी और ट्रिगर के अनुसार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every night at 02:00</source>
        <translation>हर रात 02:00 बजे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 new rows</source>
        <translation>हर %1 नई पंक्तियों पर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>when enough new rows arrived</source>
        <translation>जब पर्याप्त नई पंक्तियाँ आईं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No row arrived in these days, so there is nothing to compare.</source>
        <translation>इन दिनों में कोई पंक्ति नहीं आई, इसलिए तुलना के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day</source>
        <translation>1 दिन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 दिन</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without retraining, the version in service would have scored %1 over these %2.</source>
        <translation>दोबारा प्रशिक्षण के बिना, सेवा में चल रहे संस्करण का इन %2 में स्कोर %1 होता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 training</source>
        <translation>1 प्रशिक्षण</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 trainings</source>
        <translation>%1 प्रशिक्षण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s of training</source>
        <translation>%1 सेकंड का प्रशिक्षण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If Retrainer had retrained %1, the live score over these %2 would have been %3 (%4, %5)</source>
        <translation>यदि Retrainer %1 दोबारा प्रशिक्षण करता, तो इन %2 में वास्तविक स्कोर %3 होता (%4, %5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, against %2 without retraining.</source>
        <translation>%1, जबकि दोबारा प्रशिक्षण के बिना %2।</translation>
    </message>
</context>
<context>
    <name>CommandChannel</name>
    <message>
        <location filename="../core/daemon/command_messages.cpp" line="+32"/>
        <source>malformed %1: not valid UTF-8 JSON (%2)</source>
        <translation>गलत %1: मान्य UTF-8 JSON नहीं है (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed %1: expected a JSON object</source>
        <translation>गलत %1: JSON ऑब्जेक्ट अपेक्षित था</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>malformed %1: &quot;%2&quot; must be a string</source>
        <translation>गलत %1: &quot;%2&quot; एक स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>request</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed request: &quot;arguments&quot; must be a list of strings</source>
        <translation>गलत अनुरोध: &quot;arguments&quot; स्ट्रिंग की सूची होनी चाहिए</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>response</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed response: &quot;exit_code&quot; must be an integer</source>
        <translation>गलत उत्तर: &quot;exit_code&quot; पूर्णांक होना चाहिए</translation>
    </message>
    <message>
        <location filename="../core/daemon/command_channel.cpp" line="+141"/>
        <source>request larger than %1 MiB</source>
        <translation>अनुरोध %1 MiB से बड़ा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no request within %1 s</source>
        <translation>%1 s में कोई अनुरोध नहीं आया</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this Retrainer does not take commands</source>
        <translation>यह Retrainer कमांड स्वीकार नहीं करता</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the answer is larger than %1 MiB</source>
        <translation>उत्तर %1 MiB से बड़ा है</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot reach the running Retrainer: %1</source>
        <translation>चल रहे Retrainer तक नहीं पहुँचा जा सका: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the running Retrainer answered more than %1 MiB</source>
        <translation>चल रहे Retrainer ने %1 MiB से अधिक का उत्तर दिया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the running Retrainer closed the connection without answering</source>
        <translation>चल रहे Retrainer ने बिना उत्तर दिए कनेक्शन बंद कर दिया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the running Retrainer did not answer within %1 ms</source>
        <translation>चल रहे Retrainer ने %1 ms में उत्तर नहीं दिया</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>the running Retrainer did not accept the connection in time</source>
        <translation>चल रहे Retrainer ने समय पर कनेक्शन स्वीकार नहीं किया</translation>
    </message>
</context>
<context>
    <name>CronDescription</name>
    <message>
        <location filename="../core/schedule/cron_description.cpp" line="+17"/>
        <source>Sunday</source>
        <translation>रविवार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monday</source>
        <translation>सोमवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>मंगलवार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>बुधवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>गुरुवार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>शुक्रवार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>शनिवार</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>January</source>
        <translation>जनवरी</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>February</source>
        <translation>फ़रवरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>मार्च</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>अप्रैल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>मई</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>June</source>
        <translation>जून</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>जुलाई</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>August</source>
        <translation>अगस्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>सितंबर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>October</source>
        <translation>अक्टूबर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>नवंबर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>December</source>
        <translation>दिसंबर</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 and %2</source>
        <translation>%1 और %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 to %2</source>
        <translation>%1 से %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+5"/>
        <source>%1th</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1st</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1nd</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1rd</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Every day at %1</source>
        <translation>हर दिन %1 बजे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every weekday at %1</source>
        <translation>सोमवार से शुक्रवार %1 बजे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 at %2</source>
        <translation>हर %1 को %2 बजे</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1 on the %2 of each month</source>
        <translation>हर महीने की %2 तारीख को %1 बजे</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every year on %1 %2 at %3</source>
        <translation>हर साल %2 %1 को %3 बजे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At %1 on the %2 of %3</source>
        <translation>%3 की %2 तारीख को %1 बजे</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every minute</source>
        <translation>हर मिनट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 minutes</source>
        <translation>हर %1 मिनट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every hour at minute %1</source>
        <translation>हर घंटे के %1वें मिनट पर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 hours at minute %2</source>
        <translation>हर %1 घंटे में, %2वें मिनट पर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every hour from %1 to %2</source>
        <translation>%1 से %2 तक हर घंटे</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 on weekdays</source>
        <translation>%1, सोमवार से शुक्रवार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2</source>
        <translation>%1, हर %2 को</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>minute %1 of every hour</source>
        <translation>हर घंटे का मिनट %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every minute of hour %1</source>
        <translation>घंटा %1 का हर मिनट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minute %1 of hour %2</source>
        <translation>घंटा %2 का मिनट %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every day</source>
        <translation>हर दिन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1</source>
        <translation>हर %1 को</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the %1 of the month</source>
        <translation>महीने की %1 तारीख को</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the %1 of the month or on %2</source>
        <translation>महीने की %1 तारीख को या हर %2 को</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%2 में %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At %1, %2</source>
        <translation>%2, %1 पर</translation>
    </message>
</context>
<context>
    <name>EventSentences</name>
    <message>
        <location filename="../ui/event_sentences.cpp" line="+17"/>
        <source>Training started</source>
        <translation>प्रशिक्षण शुरू हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Training finished</source>
        <translation>प्रशिक्षण पूरा हुआ</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+72"/>
        <source>Training skipped</source>
        <translation>प्रशिक्षण छोड़ा गया</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+73"/>
        <source>Training failed</source>
        <translation>प्रशिक्षण विफल</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Training cancelled</source>
        <translation>प्रशिक्षण रद्द</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training took too long</source>
        <translation>प्रशिक्षण में बहुत समय लगा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request joined a run</source>
        <translation>अनुरोध एक रन में जुड़ा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version in service</source>
        <translation>सेवा में संस्करण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval requested</source>
        <translation>स्वीकृति माँगी गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval expired</source>
        <translation>स्वीकृति की अवधि समाप्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolled back</source>
        <translation>पिछले संस्करण पर लौटाया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old version removed</source>
        <translation>पुराना संस्करण हटाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old versions not removed</source>
        <translation>पुराने संस्करण नहीं हटाए गए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version in service unusable</source>
        <translation>सेवा वाला संस्करण उपयोग योग्य नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score checked</source>
        <translation>स्कोर जाँचा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows imported</source>
        <translation>पंक्तियाँ आयात की गईं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed</source>
        <translation>फिर शुरू</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Training started (%1)</source>
        <translation>प्रशिक्षण शुरू हुआ (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, as a trial: nothing will be put in service</source>
        <translation>, परीक्षण के रूप में: कुछ भी सेवा में नहीं लगेगा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training finished: the new version is in service</source>
        <translation>प्रशिक्षण पूरा: नया संस्करण सेवा में है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training finished: the new version waits for approval</source>
        <translation>प्रशिक्षण पूरा: नया संस्करण स्वीकृति की प्रतीक्षा में है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training finished: the version in service stays, the new one was not better</source>
        <translation>प्रशिक्षण पूरा: सेवा वाला संस्करण बना रहेगा, नया बेहतर नहीं था</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training cancelled; nothing was put in service</source>
        <translation>प्रशिक्षण रद्द; कुछ भी सेवा में नहीं लगाया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training stopped: it ran longer than the %1 seconds allowed</source>
        <translation>प्रशिक्षण रोका गया: यह अनुमत %1 सेकंड से अधिक चला</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another request to train (%1) joined the run already on its way</source>
        <translation>प्रशिक्षण का एक और अनुरोध (%1) पहले से चल रहे रन में जुड़ गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 put in service</source>
        <translation>संस्करण %1 सेवा में लगाया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 waits for a person&apos;s approval</source>
        <translation>संस्करण %1 किसी व्यक्ति की स्वीकृति की प्रतीक्षा में है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 approved and put in service</source>
        <translation>संस्करण %1 स्वीकृत और सेवा में लगाया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 rejected: it will not serve</source>
        <translation>संस्करण %1 अस्वीकृत: यह सेवा में नहीं लगेगा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody approved version %1 in time; it will not serve</source>
        <translation>संस्करण %1 को समय पर किसी ने स्वीकृत नहीं किया; यह सेवा में नहीं लगेगा</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rolled back from version %1 to version %2</source>
        <translation>संस्करण %1 से संस्करण %2 पर लौटाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 put back in service</source>
        <translation>संस्करण %1 फिर से सेवा में लगाया गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 removed: only the newest versions are kept</source>
        <translation>संस्करण %1 हटाया गया: केवल नवीनतम संस्करण रखे जाते हैं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old versions could not be removed</source>
        <translation>पुराने संस्करण हटाए नहीं जा सके</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 in service could not be used</source>
        <translation>सेवा वाला संस्करण %1 उपयोग नहीं किया जा सका</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score on recent rows: %1 (retrains below %2)</source>
        <translation>हाल की पंक्तियों पर स्कोर: %1 (%2 से नीचे पुनः प्रशिक्षण)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows imported, %2 rejected</source>
        <translation>%1 पंक्तियाँ आयात, %2 अस्वीकृत</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic retraining paused by %1</source>
        <translation>%1 ने स्वचालित पुनः प्रशिक्षण रोका</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic retraining resumed by %1</source>
        <translation>%1 ने स्वचालित पुनः प्रशिक्षण फिर शुरू किया</translation>
    </message>
</context>
<context>
    <name>HelpWindows</name>
    <message>
        <location filename="../ui/help_windows.cpp" line="+45"/>
        <source>About Retrainer</source>
        <translation>Retrainer के बारे में</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrainer %1</source>
        <translation>Retrainer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps your prediction models fresh: retrains them on your data, tests every new version against the one in service, and keeps every version so that you can go back.</source>
        <translation>आपके पूर्वानुमान मॉडलों को ताज़ा रखता है: उन्हें आपके डेटा पर फिर से प्रशिक्षित करता है, हर नए संस्करण को सेवा वाले संस्करण से परखता है, और हर संस्करण सहेजता है ताकि आप वापस जा सकें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: %1</source>
        <translation>लाइसेंस: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace (models, versions, history): %1</source>
        <translation>कार्यस्थान (मॉडल, संस्करण, इतिहास): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built with Qt %1 and dlib.</source>
        <translation>Qt %1 और dlib से बना।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When a model retrains</source>
        <translation>मॉडल कब फिर से प्रशिक्षित होता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On its schedules (by default every night at 02:00, on all its history, and every 12 hours if at least 3 new rows arrived); when enough new rows arrive (5 within 24 hours, then a 6-hour rest); when its score on recent rows falls below its threshold (checked every hour); when you click Train now; and once on start for runs missed while Retrainer was off.</source>
        <translation>अपनी समय-सारिणी पर (डिफ़ॉल्ट रूप से हर रात 02:00 बजे, पूरे इतिहास पर, और हर 12 घंटे यदि कम से कम 3 नई पंक्तियाँ आईं); जब पर्याप्त नई पंक्तियाँ आती हैं (24 घंटे में 5, फिर 6 घंटे का विराम); जब हाल की पंक्तियों पर उसका स्कोर सीमा से नीचे जाता है (हर घंटे जाँचा जाता है); जब आप अभी प्रशिक्षित करें दबाते हैं; और शुरू होने पर एक बार, उन रनों के लिए जो Retrainer बंद रहते छूट गए।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How a new version is tested</source>
        <translation>नया संस्करण कैसे परखा जाता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest rows (a fifth by default) are kept aside. The new version learns from the rest; then the new version and the one in service are both scored on the rows kept aside, so that they are compared on the same cases.</source>
        <translation>सबसे नई पंक्तियाँ (डिफ़ॉल्ट रूप से पाँचवाँ भाग) अलग रखी जाती हैं। नया संस्करण बाकी से सीखता है; फिर नया संस्करण और सेवा वाला संस्करण दोनों अलग रखी पंक्तियों पर आँके जाते हैं, ताकि उनकी तुलना एक ही मामलों पर हो।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the new version takes over</source>
        <translation>नया संस्करण कब स्थान लेता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when it is better by at least the improvement the model&apos;s settings ask for (0.02 by default) — an equal score keeps the version in service — and reaches the lowest score allowed, if one is set. A model can also ask a person to approve each new version first. Otherwise the version in service stays and the run says why.</source>
        <translation>केवल तब जब यह मॉडल की सेटिंग में माँगे गए सुधार (डिफ़ॉल्ट 0.02) जितना कम से कम बेहतर हो — बराबर स्कोर पर सेवा वाला संस्करण बना रहता है — और यदि न्यूनतम अनुमत स्कोर तय है तो उस तक पहुँचे। कोई मॉडल हर नए संस्करण के लिए पहले किसी व्यक्ति की स्वीकृति भी माँग सकता है। अन्यथा सेवा वाला संस्करण बना रहता है और रन कारण बताता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to undo it</source>
        <translation>इसे कैसे पलटें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every version is kept with a checksum. On the model&apos;s Versions tab, choose a version and click Roll back: its checksum is verified and it is put in service again. Every change is written in the Audit trail with who made it.</source>
        <translation>हर संस्करण चेकसम के साथ सहेजा जाता है। मॉडल के संस्करण टैब में एक संस्करण चुनें और वापस लौटाएँ दबाएँ: उसका चेकसम जाँचा जाता है और उसे फिर से सेवा में लगाया जाता है। हर बदलाव, किसने किया सहित, ऑडिट ट्रेल में लिखा जाता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How Retrainer decides</source>
        <translation>Retrainer कैसे तय करता है</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retrainer also works from a terminal, with the same workspace:</source>
        <translation>Retrainer टर्मिनल से भी चलता है, उसी कार्यस्थान के साथ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands</source>
        <translation>कमांड</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <location filename="../core/daemon/instance_lock.cpp" line="+78"/>
        <source>cannot create the lock file %1 (does the folder exist and is it writable?)</source>
        <translation>लॉक फ़ाइल %1 नहीं बनाई जा सकी (क्या फ़ोल्डर मौजूद है और उसमें लिखा जा सकता है?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another Retrainer was starting the scheduler for %1; try again</source>
        <translation>कोई दूसरा Retrainer %1 के लिए शेड्यूलर शुरू कर रहा था; फिर से कोशिश करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pid %1 on %2</source>
        <translation>%2 पर pid %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another Retrainer (%1) already runs the scheduler for %2; stop it first or use the CLI, which talks to it</source>
        <translation>कोई दूसरा Retrainer (%1) पहले से %2 के लिए शेड्यूलर चला रहा है; पहले उसे रोकें या CLI का उपयोग करें, जो उससे बात करता है</translation>
    </message>
</context>
<context>
    <name>LeaveQuestions</name>
    <message>
        <location filename="../ui/leave_questions.cpp" line="+19"/>
        <source>Quit while training?</source>
        <translation>प्रशिक्षण के दौरान बंद करें?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n model(s) are training now: %1.</source>
        <translation>
            <numerusform>अभी %n मॉडल का प्रशिक्षण हो रहा है: %1।</numerusform>
            <numerusform>अभी %n मॉडलों का प्रशिक्षण हो रहा है: %1।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quitting cancels the training; the versions in service stay. Retrainer can keep running in the tray instead and finish it.</source>
        <translation>बंद करने से प्रशिक्षण रद्द हो जाता है; सेवा में चल रहे संस्करण बने रहते हैं। इसके बजाय Retrainer ट्रे में चलता रह सकता है और प्रशिक्षण पूरा कर सकता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quitting cancels the training; the versions in service stay.</source>
        <translation>बंद करने से प्रशिक्षण रद्द हो जाता है; सेवा में चल रहे संस्करण बने रहते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit and cancel the training</source>
        <translation>बंद करें और प्रशिक्षण रद्द करें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep running in the tray</source>
        <translation>ट्रे में चलता रहने दें</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Unsaved settings</source>
        <translation>बिना सहेजी सेटिंग्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings of %1 were changed but not saved.</source>
        <translation>%1 की सेटिंग्स बदली गईं पर सहेजी नहीं गईं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save them before showing another model?</source>
        <translation>दूसरा मॉडल दिखाने से पहले उन्हें सहेजें?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some fields are not valid yet (marked in red), so they cannot be saved. Discard the changes, or cancel to correct them?</source>
        <translation>कुछ फ़ील्ड अभी मान्य नहीं हैं (लाल रंग में चिह्नित), इसलिए उन्हें सहेजा नहीं जा सकता। बदलाव छोड़ दें, या उन्हें ठीक करने के लिए रद्द करें?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes</source>
        <translation>बदलाव छोड़ दें</translation>
    </message>
</context>
<context>
    <name>MetricWords</name>
    <message>
        <location filename="../core/engine/metric_words.cpp" line="+24"/>
        <source>accuracy</source>
        <translation>सटीकता</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>macro-F1</source>
        <translation>मैक्रो-F1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>typical error</source>
        <translation>सामान्य त्रुटि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error on big misses</source>
        <translation>बड़ी चूकों पर त्रुटि</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>share of cases predicted right; higher is better</source>
        <translation>सही अनुमानित मामलों का हिस्सा; अधिक बेहतर है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how well every class is found, rare ones too; 1 is perfect</source>
        <translation>हर वर्ग, दुर्लभ भी, कितनी अच्छी तरह पहचाना जाता है; 1 पूर्ण है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how much of the ups and downs the model explains; 1 is perfect, 0 is no better than the average</source>
        <translation>मॉडल उतार-चढ़ाव का कितना भाग समझाता है; 1 पूर्ण है, 0 औसत से बेहतर नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how far a prediction is off on average; lower is better</source>
        <translation>एक अनुमान औसतन कितना दूर होता है; कम बेहतर है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>like the typical error, but big misses count more; lower is better</source>
        <translation>सामान्य त्रुटि जैसा, पर बड़ी चूकें अधिक गिनी जाती हैं; कम बेहतर है</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>minutes</source>
        <translation>मिनट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>सेकंड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>km</source>
        <translation>किमी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>किग्रा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>euros</source>
        <translation>यूरो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dollars</source>
        <translation>डॉलर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units</source>
        <translation>इकाइयाँ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>± %1 %2</source>
        <translation>± %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>± %1</source>
        <translation>± %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>± %1 (in %2)</source>
        <translation>± %1 (%2 में)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ModelName</name>
    <message>
        <location filename="../core/engine/model_identifier.cpp" line="+11"/>
        <source>Give the model a name, e.g. Waiting time (north clinic).</source>
        <translation>मॉडल को एक नाम दें, जैसे प्रतीक्षा समय (उत्तर क्लिनिक)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is %1 characters long; use at most 100.</source>
        <translation>नाम %1 अक्षरों का है; अधिकतम 100 उपयोग करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name must stay on one line (no line breaks or tabs).</source>
        <translation>नाम एक ही पंक्ति में होना चाहिए (कोई पंक्ति-विराम या टैब नहीं)।</translation>
    </message>
</context>
<context>
    <name>ModelSelection</name>
    <message>
        <location filename="../core/learning/model_selection.cpp" line="+94"/>
        <source>skipped: %1 training rows, more than the %2 a kernel method handles in reasonable time</source>
        <translation>छोड़ा गया: %1 प्रशिक्षण पंक्तियाँ, उन %2 से अधिक जिन्हें कर्नेल विधि उचित समय में संभालती है</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>skipped: its next fold would take about %1 s more, past the time limit of %2 s for choosing</source>
        <translation>छोड़ा गया: इसके अगले हिस्से में लगभग %1 सेकंड और लगते, जो चुनने की %2 सेकंड की समय-सीमा से आगे है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped: the time limit of %1 s for choosing was reached</source>
        <translation>छोड़ा गया: चुनने की %1 सेकंड की समय-सीमा पूरी हो गई थी</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>stopped: the time limit of %1 s for choosing was reached</source>
        <translation>रोका गया: चुनने की %1 सेकंड की समय-सीमा पूरी हो गई थी</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 forward-chaining folds</source>
        <translation>%1 समय-क्रमिक फ़ोल्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stratified folds</source>
        <translation>%1 स्तरीकृत फ़ोल्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 shuffled folds</source>
        <translation>%1 फेंटे गए फ़ोल्ड</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>; %1 skipped</source>
        <translation>; %1 छोड़ा गया</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+2"/>
        <source>failed: %1</source>
        <translation>विफल: %1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 on %2 of %3 training rows</source>
        <translation>%3 में से %2 प्रशिक्षण पंक्तियों पर %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chosen: %1 — CV %2 %3 (%4)</source>
        <translation>चुना गया: %1 — क्रॉस-वैलिडेशन %2 %3 (%4)</translation>
    </message>
</context>
<context>
    <name>ModelSetup</name>
    <message>
        <location filename="../core/engine/model_setup.cpp" line="+45"/>
        <source>the labels are imbalanced (&apos;%1&apos;: %2 rows, &apos;%3&apos;: %4 rows), so the model is judged by macro-F1, the average over classes of how well each is found (1 is perfect): accuracy would look good for a model that never predicts &apos;%1&apos;</source>
        <translation>लेबल असंतुलित हैं (&apos;%1&apos;: %2 पंक्तियाँ, &apos;%3&apos;: %4 पंक्तियाँ), इसलिए मॉडल को macro-F1 से आँका जाता है, यानी हर वर्ग कितनी अच्छी तरह पहचाना जाता है उसका औसत (1 सर्वोत्तम है): जो मॉडल कभी &apos;%1&apos; नहीं बताता उसकी सटीकता भी अच्छी दिखती</translation>
    </message>
</context>
<context>
    <name>ModelSnapshot</name>
    <message>
        <location filename="../ui/model_snapshot.cpp" line="+22"/>
        <source>Healthy</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below threshold</source>
        <translation>सीमा से नीचे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>प्रशिक्षण जारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last run failed</source>
        <translation>पिछला रन विफल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not trained yet</source>
        <translation>अभी प्रशिक्षित नहीं</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>today %1</source>
        <translation>आज %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow %1</source>
        <translation>कल %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>on schedule</source>
        <translation>समय-सारिणी पर</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on schedule, new rows</source>
        <translation>समय-सारिणी पर, नई पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new data</source>
        <translation>नया डेटा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score check</source>
        <translation>स्कोर जाँच</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catch-up of missed runs</source>
        <translation>छूटे रनों की भरपाई</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train now</source>
        <translation>अभी प्रशिक्षित करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>through the API</source>
        <translation>API के माध्यम से</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replayed: the demo&apos;s past</source>
        <translation>दोहराया गया: डेमो का अतीत</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excellent</source>
        <translation>उत्कृष्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended</source>
        <translation>अनुशंसित</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum</source>
        <translation>न्यूनतम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ready</source>
        <translation>तैयार नहीं</translation>
    </message>
</context>
<context>
    <name>PromotionGate</name>
    <message>
        <location filename="../core/engine/gate_policy.cpp" line="+113"/>
        <source>rejected: the model never predicts &apos;%1&apos;, although %2 of the %3 holdout rows are &apos;%1&apos;; a model that ignores a class is no better than guessing, whatever its %4 (%5)</source>
        <translation>अस्वीकृत: मॉडल कभी &apos;%1&apos; का अनुमान नहीं लगाता, जबकि जाँच की %3 पंक्तियों में से %2 &apos;%1&apos; हैं; जो मॉडल किसी वर्ग को अनदेखा करता है वह अंदाज़े से बेहतर नहीं है, चाहे उसका %4 कुछ भी हो (%5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rejected: %1 %2 is no better than always guessing &apos;%3&apos;, which scores %4 on the same holdout</source>
        <translation>अस्वीकृत: %1 %2 हमेशा &apos;%3&apos; कहने से बेहतर नहीं है, जो उन्हीं जाँच पंक्तियों पर %4 पाता है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: %1 %2 is no better than always predicting the training mean %3, which scores %4 on the same holdout</source>
        <translation>अस्वीकृत: %1 %2 हमेशा प्रशिक्षण औसत %3 बताने से बेहतर नहीं है, जो उन्हीं जाँच पंक्तियों पर %4 पाता है</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not registered: the data is unchanged since version %1 and the new candidate is no better (%2 %3 against %4); version %1 stays in service</source>
        <translation>पंजीकृत नहीं: संस्करण %1 के बाद से डेटा नहीं बदला है और नया उम्मीदवार बेहतर नहीं है (%2 %3 बनाम %4); संस्करण %1 सेवा में बना रहता है</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../core/engine/retention.cpp" line="+21"/>
        <source>retention: the newest %1 versions are kept</source>
        <translation>प्रतिधारण: सबसे नए %1 संस्करण रखे जाते हैं</translation>
    </message>
</context>
<context>
    <name>SettingsChanges</name>
    <message>
        <location filename="../core/engine/settings_changes.cpp" line="+23"/>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>algorithm</source>
        <translation>एल्गोरिदम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data source</source>
        <translation>डेटा स्रोत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column to predict</source>
        <translation>अनुमान लगाने वाला कॉलम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns to learn from</source>
        <translation>सीखने के कॉलम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time column</source>
        <translation>समय कॉलम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of rows kept for testing</source>
        <translation>परीक्षण के लिए रखी पंक्तियों का हिस्सा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows learnt from</source>
        <translation>जिन पंक्तियों से सीखता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fewest rows to train</source>
        <translation>प्रशिक्षण के लिए न्यूनतम पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>versions kept</source>
        <translation>रखे गए संस्करण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score used to compare versions</source>
        <translation>संस्करणों की तुलना का स्कोर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retrain when new rows arrive</source>
        <translation>नई पंक्तियाँ आने पर पुनः प्रशिक्षण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new rows that start a retrain</source>
        <translation>पुनः प्रशिक्षण शुरू करने वाली नई पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period in which they must arrive</source>
        <translation>वह अवधि जिसमें उन्हें आना चाहिए</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest between data retrains</source>
        <translation>डेटा पुनः प्रशिक्षणों के बीच विराम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>performance checks</source>
        <translation>प्रदर्शन जाँच</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>performance threshold</source>
        <translation>प्रदर्शन सीमा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>performance check interval</source>
        <translation>प्रदर्शन जाँच अंतराल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retries before alert</source>
        <translation>चेतावनी से पहले पुनः प्रयास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catch up missed runs</source>
        <translation>छूटे रनों की भरपाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longest training allowed</source>
        <translation>अधिकतम अनुमत प्रशिक्षण अवधि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>improvement a new version needs</source>
        <translation>नए संस्करण को आवश्यक सुधार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowest score allowed in service</source>
        <translation>सेवा में न्यूनतम अनुमत स्कोर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic rollback</source>
        <translation>स्वचालित वापसी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approval before service</source>
        <translation>सेवा से पहले स्वीकृति</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <translation>चालू</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, if %2 new rows</source>
        <translation>%1, यदि %2 नई पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>schedule removed: %1</source>
        <translation>समय-सारिणी हटाई गई: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule changed from %1 to %2</source>
        <translation>समय-सारिणी %1 से %2 में बदली</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schedule added: %1</source>
        <translation>समय-सारिणी जोड़ी गई: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 %2 से %3 में बदला</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 added</source>
        <translation>%1 जोड़ा गया</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings of %1 saved</source>
        <translation>%1 की सेटिंग सहेजी गई</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings of %1 saved without changes</source>
        <translation>%1 की सेटिंग बिना बदलाव सहेजी गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings of %1: %2</source>
        <translation>%1 की सेटिंग: %2</translation>
    </message>
</context>
<context>
    <name>VersionChoice</name>
    <message>
        <location filename="../ui/version_choice_text.cpp" line="+26"/>
        <source>Version %1: %2, as set in the model&apos;s settings.</source>
        <translation>संस्करण %1: %2, मॉडल की सेटिंग के अनुसार।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1: %2, chosen automatically. Each method was tried on older training rows only (%3), never on the rows kept back for the final check; this one scored %4.</source>
        <translation>संस्करण %1: %2, अपने-आप चुना गया। हर तरीके को केवल पुरानी प्रशिक्षण पंक्तियों पर आज़माया गया (%3), अंतिम जाँच के लिए रखी पंक्तियों पर कभी नहीं; इसका स्कोर %4 रहा।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The others: %1.</source>
        <translation>बाकी: %1।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2.</source>
        <translation>%1 — %2।</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The %n version(s) use %1 on disk.</source>
        <translation>
            <numerusform>%n संस्करण डिस्क पर %1 लेता है।</numerusform>
            <numerusform>%n संस्करण डिस्क पर %1 लेते हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The newest %n are kept, with any pinned one and the one in service; older ones are removed after each new version.</source>
        <translation>
            <numerusform>सबसे नया %n रखा जाता है, साथ में पिन किए गए और सेवा में चल रहे संस्करण; पुराने हर नए संस्करण के बाद हटा दिए जाते हैं।</numerusform>
            <numerusform>सबसे नए %n रखे जाते हैं, साथ में पिन किए गए और सेवा में चल रहे संस्करण; पुराने हर नए संस्करण के बाद हटा दिए जाते हैं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::AccuracyChart</name>
    <message>
        <location filename="../ui/accuracy_chart.cpp" line="+157"/>
        <source>%1 of %2 per run</source>
        <translation>हर रन में %2 का %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the candidate</source>
        <translation>उम्मीदवार का %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promoted</source>
        <translation>सेवा में लाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rolled back to</source>
        <translation>इस पर रोलबैक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration (s)</source>
        <translation>अवधि (s)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>threshold %1</source>
        <translation>सीमा %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run durations</source>
        <translation>रन की अवधि</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds</source>
        <translation>सेकंड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>took %1 s</source>
        <translation>%1 सेकंड लगे</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No run of %1 has measured %2 yet. Train the model to see its first point.</source>
        <translation>%1 के किसी भी रन ने अभी तक %2 नहीं मापा है। पहला बिंदु देखने के लिए मॉडल को प्रशिक्षित करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each point is a training run; the dashed line is the threshold below which %1 retrains. Rest the pointer on a point for its time and value.</source>
        <translation>हर बिंदु एक प्रशिक्षण रन है; डैश वाली रेखा वह सीमा है जिसके नीचे %1 फिर से प्रशिक्षित होता है। समय और मान देखने के लिए किसी बिंदु पर पॉइंटर रोकें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1: %2।</translation>
    </message>
</context>
<context>
    <name>retrainer::AlertChannelsEditor</name>
    <message>
        <location filename="../ui/alert_channels_editor.cpp" line="+44"/>
        <source>Encrypt the connection (STARTTLS)</source>
        <translation>कनेक्शन एन्क्रिप्ट करें (STARTTLS)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save channel</source>
        <translation>चैनल सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send test alert</source>
        <translation>परीक्षण अलर्ट भेजें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Besides the tray and the Alerts page, alerts can be posted to a chat room or a web service (a &quot;webhook&quot;: an address that accepts messages) or sent by e-mail.</source>
        <translation>ट्रे और अलर्ट पेज के अलावा, अलर्ट किसी चैट रूम या वेब सेवा (एक &quot;वेबहुक&quot;: ऐसा पता जो संदेश स्वीकार करता है) पर भेजे जा सकते हैं या ई-मेल से भेजे जा सकते हैं।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webhook (chat room or web service)</source>
        <translation>वेबहुक (चैट रूम या वेब सेवा)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>https://chat.example.org/hooks/…</source>
        <translation>https://chat.example.org/hooks/…</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The address messages are posted to. It often contains a secret key, so it is kept in a file only you can read, not in workspace.json. Leave empty to keep the saved one.</source>
        <translation>वह पता जिस पर संदेश भेजे जाते हैं। इसमें अक्सर एक गुप्त कुंजी होती है, इसलिए इसे workspace.json में नहीं, बल्कि ऐसी फ़ाइल में रखा जाता है जिसे केवल आप पढ़ सकते हैं। सहेजा हुआ पता रखने के लिए खाली छोड़ें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat message (Slack, Mattermost)</source>
        <translation>चैट संदेश (Slack, Mattermost)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every detail, for programs (JSON)</source>
        <translation>हर विवरण, प्रोग्रामों के लिए (JSON)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept in a file only you can read. Leave empty to keep the saved one.</source>
        <translation>ऐसी फ़ाइल में रखा जाता है जिसे केवल आप पढ़ सकते हैं। सहेजा हुआ रखने के लिए खाली छोड़ें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org, other@example.org</source>
        <translation>name@example.org, other@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all kinds</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which alerts to send, separated by commas: %1. Empty sends every kind.</source>
        <translation>कौन-से अलर्ट भेजने हैं, अल्पविराम से अलग: %1। खाली छोड़ने पर हर प्रकार भेजा जाता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all models</source>
        <translation>सभी मॉडल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which models&apos; alerts to send, separated by commas. Empty sends alerts about every model.</source>
        <translation>किन मॉडलों के अलर्ट भेजने हैं, अल्पविराम से अलग। खाली छोड़ने पर हर मॉडल के अलर्ट भेजे जाते हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address:</source>
        <translation>पता:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message:</source>
        <translation>संदेश:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail server:</source>
        <translation>मेल सर्वर:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>पोर्ट:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name:</source>
        <translation>उपयोगकर्ता नाम:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>पासवर्ड:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>प्रेषक:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>प्राप्तकर्ता:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send by:</source>
        <translation>भेजने का तरीका:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert kinds:</source>
        <translation>अलर्ट के प्रकार:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models:</source>
        <translation>मॉडल:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — e-mail to %2</source>
        <translation>%1 — %2 को ई-मेल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — webhook</source>
        <translation>%1 — वेबहुक</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(saved; type a new address to change it)</source>
        <translation>(सहेजा हुआ; बदलने के लिए नया पता लिखें)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel &quot;%1&quot; saved. New alerts are sent to it.</source>
        <translation>चैनल &quot;%1&quot; सहेजा गया। नए अलर्ट इसे भेजे जाएँगे।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Channel &quot;%1&quot; removed.</source>
        <translation>चैनल &quot;%1&quot; हटाया गया।</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not removed: %1</source>
        <translation>हटाया नहीं गया: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot send a test yet: %1</source>
        <translation>अभी परीक्षण नहीं भेजा जा सकता: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending a test alert through &quot;%1&quot;…</source>
        <translation>&quot;%1&quot; से परीक्षण अलर्ट भेजा जा रहा है…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test alert sent through &quot;%1&quot;. Check that it arrived.</source>
        <translation>&quot;%1&quot; से परीक्षण अलर्ट भेजा गया। जाँचें कि वह पहुँचा।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test alert did not arrive: %1</source>
        <translation>परीक्षण अलर्ट नहीं पहुँचा: %1</translation>
    </message>
</context>
<context>
    <name>retrainer::AlertsPage</name>
    <message>
        <location filename="../ui/alerts_page.cpp" line="+25"/>
        <source>Show acknowledged alerts</source>
        <translation>देखे जा चुके अलर्ट दिखाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>देखा गया चिह्नित करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts</source>
        <translation>अलर्ट</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>गंभीरता</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged</source>
        <translation>देखा गया</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Double-click an alert to read all of it.</source>
        <translation>पूरा अलर्ट पढ़ने के लिए उस पर डबल-क्लिक करें।</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>critical</source>
        <translation>गंभीर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 by %2</source>
        <translation>%1, %2 द्वारा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing needs your attention.</source>
        <translation>किसी चीज़ पर ध्यान देने की ज़रूरत नहीं है।</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n खुला अलर्ट</numerusform>
            <numerusform>%n खुले अलर्ट</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::ApprovalBadge</name>
    <message>
        <location filename="../ui/approval_badge.cpp" line="+19"/>
        <source>Open the comparison to approve or reject the candidate</source>
        <translation>उम्मीदवार को स्वीकृत या अस्वीकार करने के लिए तुलना खोलें</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n awaiting approval</source>
        <translation>
            <numerusform>%n स्वीकृति की प्रतीक्षा में</numerusform>
            <numerusform>%n स्वीकृति की प्रतीक्षा में</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::ApprovalDialog</name>
    <message>
        <location filename="../ui/approval_dialog.cpp" line="+73"/>
        <source>Approve</source>
        <translation>स्वीकृत करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>अस्वीकार करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve or reject %1 version %2</source>
        <translation>%1 का संस्करण %2 स्वीकृत या अस्वीकार करें</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Version %1 of %2 passed training and waits for your decision before it answers predictions.</source>
        <translation>%2 का संस्करण %1 प्रशिक्षण में सफल रहा और पूर्वानुमान देने से पहले आपके निर्णय की प्रतीक्षा कर रहा है।</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Why you approve or reject this version (kept in the audit trail)</source>
        <translation>आप यह संस्करण क्यों स्वीकृत या अस्वीकार कर रहे हैं (ऑडिट ट्रेल में रखा जाता है)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rejection needs a comment saying why.</source>
        <translation>अस्वीकार करने के लिए कारण बताने वाली टिप्पणी आवश्यक है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gate:</source>
        <translation>गेट:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request:</source>
        <translation>अनुरोध:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment:</source>
        <translation>टिप्पणी:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+68"/>
        <source>Loading version %1…</source>
        <translation>संस्करण %1 लोड हो रहा है…</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Cannot show version %1 of %2: %3</source>
        <translation>%2 का संस्करण %1 नहीं दिखाया जा सकता: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run %1: %2</source>
        <translation>रन %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no decision recorded</source>
        <translation>कोई निर्णय दर्ज नहीं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run that produced this version is no longer recorded.</source>
        <translation>जिस रन से यह संस्करण बना, वह अब दर्ज नहीं है।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Awaiting approval; the request expires on %1.</source>
        <translation>स्वीकृति की प्रतीक्षा में; अनुरोध %1 को समाप्त हो जाएगा।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval; the request does not expire.</source>
        <translation>स्वीकृति की प्रतीक्षा में; अनुरोध समाप्त नहीं होता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 of %2 beside the version that was in service.</source>
        <translation>%2 का संस्करण %1, उस समय सेवा में रहे संस्करण के साथ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version did not need approval.</source>
        <translation>इस संस्करण को स्वीकृति की आवश्यकता नहीं थी।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer awaiting approval: %1.</source>
        <translation>अब स्वीकृति की प्रतीक्षा में नहीं: %1।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer awaiting approval: %1 by %2.</source>
        <translation>अब स्वीकृति की प्रतीक्षा में नहीं: %2 द्वारा %1।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Metric</source>
        <translation>मीट्रिक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version %1 (candidate)</source>
        <translation>संस्करण %1 (उम्मीदवार)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 (in service)</source>
        <translation>संस्करण %1 (सेवा में)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In service</source>
        <translation>सेवा में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (primary)</source>
        <translation>%1 (मुख्य)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No version is in service: approving puts the first one in service.</source>
        <translation>कोई संस्करण सेवा में नहीं है: स्वीकृत करने पर पहला संस्करण सेवा में आ जाएगा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both versions were scored on the candidate&apos;s holdout rows, so the figures compare fairly.</source>
        <translation>दोनों संस्करणों का मूल्यांकन उम्मीदवार की परीक्षण पंक्तियों पर हुआ, इसलिए आँकड़ों की तुलना उचित है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version in service shows its own figures from when it was trained (another holdout).</source>
        <translation>सेवा वाला संस्करण अपने प्रशिक्षण के समय के आँकड़े दिखाता है (अन्य परीक्षण पंक्तियाँ)।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Verifying and approving version %1…</source>
        <translation>संस्करण %1 की जाँच और स्वीकृति हो रही है…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejecting version %1…</source>
        <translation>संस्करण %1 अस्वीकार किया जा रहा है…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Approved: version %1 of %2 is in service.</source>
        <translation>स्वीकृत: %2 का संस्करण %1 सेवा में है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: version %1 of %2 will not serve. The version in service stays.</source>
        <translation>अस्वीकृत: %2 का संस्करण %1 सेवा में नहीं आएगा। सेवा वाला संस्करण बना रहेगा।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not approved: %1. The version in service stays.</source>
        <translation>स्वीकृत नहीं: %1। सेवा वाला संस्करण बना रहेगा।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rejected: %1</source>
        <translation>अस्वीकृत नहीं: %1</translation>
    </message>
</context>
<context>
    <name>retrainer::AuditModel</name>
    <message>
        <location filename="../ui/audit_model.cpp" line="+19"/>
        <source>Run %1 of %2 started (%3)</source>
        <translation>%2 का रन %1 शुरू हुआ (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, even if the data had not changed</source>
        <translation>, भले ही डेटा न बदला हो</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, as a trial: nothing was to be put in service</source>
        <translation>, परीक्षण के रूप में: कुछ भी सेवा में नहीं लगना था</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 of %2 cancelled</source>
        <translation>%2 का रन %1 रद्द</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rolled back automatically from version %2 to version %3: %4</source>
        <translation>%1 स्वचालित रूप से संस्करण %2 से संस्करण %3 पर लौटाया गया: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rolled back from version %2 to version %3</source>
        <translation>%1 संस्करण %2 से संस्करण %3 पर लौटाया गया</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 of %2 approved and put in service</source>
        <translation>%2 का संस्करण %1 स्वीकृत और सेवा में लगाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 of %2 rejected</source>
        <translation>%2 का संस्करण %1 अस्वीकृत</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: &quot;%1&quot;</source>
        <translation>: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows imported into %2, %3 rejected</source>
        <translation>%2 में %1 पंक्तियाँ आयात, %3 अस्वीकृत</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheduling paused for every model</source>
        <translation>सभी मॉडलों के लिए समय-सारिणी रोकी गई</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scheduling of %1 paused</source>
        <translation>%1 की समय-सारिणी रोकी गई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduling resumed for every model</source>
        <translation>सभी मॉडलों के लिए समय-सारिणी फिर शुरू</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scheduling of %1 resumed</source>
        <translation>%1 की समय-सारिणी फिर शुरू</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>कौन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
</context>
<context>
    <name>retrainer::AuditPage</name>
    <message>
        <location filename="../ui/audit_page.cpp" line="+59"/>
        <source>All models</source>
        <translation>सभी मॉडल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>सभी कार्रवाइयाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search who, what or details…</source>
        <translation>कौन, क्या या विवरण खोजें…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit trail</source>
        <translation>ऑडिट ट्रेल</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model:</source>
        <translation>मॉडल:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action:</source>
        <translation>कार्रवाई:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Audit record</source>
        <translation>ऑडिट रिकॉर्ड</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 by %2, %3</source>
        <translation>%2 द्वारा %1, %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading the audit trail…</source>
        <translation>ऑडिट ट्रेल लोड हो रहा है…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read the audit trail: %1</source>
        <translation>ऑडिट ट्रेल नहीं पढ़ा जा सका: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n प्रविष्टि</numerusform>
            <numerusform>%n प्रविष्टियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%n में से %1 प्रविष्टि</numerusform>
            <numerusform>%n में से %1 प्रविष्टियाँ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::BacktestTab</name>
    <message>
        <location filename="../ui/backtest_tab.cpp" line="+40"/>
        <location line="+38"/>
        <source>Its own schedule and triggers</source>
        <translation>अपनी समय-सारणी और ट्रिगर</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Retrained every night</source>
        <translation>हर रात दोबारा प्रशिक्षित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrained every %1 new rows</source>
        <translation>हर %1 नई पंक्तियों पर दोबारा प्रशिक्षित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never retrained</source>
        <translation>कभी दोबारा प्रशिक्षित नहीं</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run backtest</source>
        <translation>बैकटेस्ट चलाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Every night at 02:00</source>
        <translation>हर रात 02:00 बजे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When enough new rows arrived</source>
        <translation>जब पर्याप्त नई पंक्तियाँ आएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick the days to replay and a way of retraining, then press Run backtest. Retrainer retrains on the rows that existed at each moment and scores the version in service on the rows that came next. It only looks: no version, run or history is changed.</source>
        <translation>दोहराने के लिए दिन और दोबारा प्रशिक्षण का तरीका चुनें, फिर बैकटेस्ट चलाएँ दबाएँ। Retrainer हर क्षण पर मौजूद पंक्तियों पर दोबारा प्रशिक्षण करता है और सेवा में चल रहे संस्करण को बाद में आई पंक्तियों पर आँकता है। यह केवल देखता है: कोई संस्करण, रन या इतिहास नहीं बदलता।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First day</source>
        <translation>पहला दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>अंतिम दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrain</source>
        <translation>दोबारा प्रशिक्षण</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Replaying %1 to %2…</source>
        <translation>%1 से %2 तक दोहराया जा रहा है…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backtest cancelled. Nothing was changed.</source>
        <translation>बैकटेस्ट रद्द किया गया। कुछ भी नहीं बदला।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backtest could not run: %1</source>
        <translation>बैकटेस्ट नहीं चल सका: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Trainings (%1 put in service)</source>
        <translation>प्रशिक्षण (%1 सेवा में लगाए गए)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Live %1</source>
        <translation>वास्तविक %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each point is the %1 of that day&apos;s new rows, predicted by the version in service when they arrived (%2).</source>
        <translation>हर बिंदु उस दिन की नई पंक्तियों का %1 है, जिनका पूर्वानुमान उनके आने के समय सेवा में चल रहे संस्करण ने किया (%2)।</translation>
    </message>
</context>
<context>
    <name>retrainer::CommandServer</name>
    <message>
        <location filename="../core/daemon/command_channel.cpp" line="-51"/>
        <source>another program already listens on %1</source>
        <translation>कोई दूसरा प्रोग्राम पहले से %1 पर सुन रहा है</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot listen on %1: %2</source>
        <translation>%1 पर नहीं सुना जा सकता: %2</translation>
    </message>
</context>
<context>
    <name>retrainer::ConsoleApp</name>
    <message>
        <location filename="../ui/console_app.cpp" line="+76"/>
        <location line="+3"/>
        <location line="+53"/>
        <source>Retrainer</source>
        <translation>Retrainer</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Cannot open the workspace: %1</source>
        <translation>वर्कस्पेस नहीं खोला जा सका: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A training started from the command line (process %1) is still running in %2. Start Retrainer again when it has finished.</source>
        <translation>कमांड लाइन से शुरू किया गया प्रशिक्षण (प्रोसेस %1) अभी भी %2 में चल रहा है। उसके पूरा होने पर Retrainer फिर से शुरू करें।</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A Retrainer daemon (process %1) already runs for %2 and retrains its models without windows. Stop it (for example `systemctl --user stop retrainer`) to use the console, or use the command line beside it.</source>
        <translation>एक Retrainer डेमन (प्रोसेस %1) पहले से %2 के लिए चल रहा है और बिना विंडो के उसके मॉडल फिर से प्रशिक्षित करता है। कंसोल का उपयोग करने के लिए उसे रोकें (उदाहरण के लिए `systemctl --user stop retrainer`), या उसके साथ कमांड लाइन का उपयोग करें।</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Local HTTP API on http://127.0.0.1:%1</source>
        <translation>लोकल HTTP API http://127.0.0.1:%1 पर चालू है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local HTTP API did not start: %1</source>
        <translation>लोकल HTTP API शुरू नहीं हुआ: %1</translation>
    </message>
</context>
<context>
    <name>retrainer::ConsoleEngine</name>
    <message>
        <location filename="../ui/console_engine.cpp" line="+80"/>
        <source>Train now, asked by %1</source>
        <translation>अभी प्रशिक्षण, %1 के अनुरोध पर</translation>
    </message>
</context>
<context>
    <name>retrainer::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="+17"/>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 of %2 models healthy · %3 runs today · success rate %4 (last 30 days)</source>
        <translation>%2 में से %1 मॉडल ठीक · आज %3 रन · सफलता दर %4 (पिछले 30 दिन)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduling is paused: models retrain only when you ask, until you resume it.</source>
        <translation>शेड्यूलिंग रुकी हुई है: जब तक आप इसे फिर से शुरू नहीं करते, मॉडल केवल आपके कहने पर प्रशिक्षित होते हैं।</translation>
    </message>
</context>
<context>
    <name>retrainer::DataQualityPage</name>
    <message>
        <location filename="../ui/data_quality_page.cpp" line="+82"/>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New rows</source>
        <translation>नई पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New rows by period</source>
        <translation>अवधि के अनुसार नई पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>24 h</source>
        <translation>24 घंटे</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7 days</source>
        <translation>7 दिन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 days</source>
        <translation>30 दिन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90 days</source>
        <translation>90 दिन</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Column issues</source>
        <translation>कॉलम की समस्याएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing</source>
        <translation>खाली</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing %</source>
        <translation>खाली %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Constant</source>
        <translation>स्थिर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outliers</source>
        <translation>असामान्य मान</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drift since the active version</source>
        <translation>सक्रिय संस्करण के बाद से ड्रिफ़्ट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <translation>फ़ीचर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Insufficient</source>
        <translation>अपर्याप्त</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>न्यूनतम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended</source>
        <translation>अनुशंसित</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excellent</source>
        <translation>उत्कृष्ट</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data quality of %1</source>
        <translation>%1 की डेटा गुणवत्ता</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — quality score %2/100</source>
        <translation>%1 — गुणवत्ता स्कोर %2/100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable rows: %1, rejected by the source: %2, duplicates: %3.</source>
        <translation>उपयोग योग्य पंक्तियाँ: %1, स्रोत द्वारा अस्वीकृत: %2, डुप्लिकेट: %3।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readiness thresholds: minimum %1, recommended %2, excellent %3 rows.</source>
        <translation>तैयारी की सीमाएँ: न्यूनतम %1, अनुशंसित %2, उत्कृष्ट %3 पंक्तियाँ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model has no timestamp column, so new rows cannot be counted by period.</source>
        <translation>मॉडल में टाइमस्टैम्प कॉलम नहीं है, इसलिए नई पंक्तियाँ अवधि के अनुसार नहीं गिनी जा सकतीं।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The last run removed duplicates: %1, rows below the quality filter: %2; personal data replaced: %3 e-mail, %4 phone, %5 ID number, %6 URL.</source>
        <translation>पिछले रन ने हटाए: डुप्लिकेट %1, गुणवत्ता फ़िल्टर से नीचे की पंक्तियाँ %2; बदला गया व्यक्तिगत डेटा: %3 ई-मेल, %4 फ़ोन, %5 पहचान संख्या, %6 URL।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No run has cleaned this model&apos;s data yet.</source>
        <translation>अभी तक किसी रन ने इस मॉडल का डेटा साफ़ नहीं किया है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>drifted</source>
        <translation>ड्रिफ़्ट हुआ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stable</source>
        <translation>स्थिर</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared with the training data of version %1. A PSI above %2 (highlighted) means the recent data no longer looks like what the model learnt from.</source>
        <translation>संस्करण %1 के प्रशिक्षण डेटा से तुलना। %2 से ऊपर का PSI (हाइलाइट किया गया) बताता है कि हाल का डेटा अब उस डेटा जैसा नहीं है जिससे मॉडल ने सीखा था।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No active version with a training profile yet: drift appears after the next training.</source>
        <translation>अभी प्रशिक्षण प्रोफ़ाइल वाला कोई सक्रिय संस्करण नहीं है: ड्रिफ़्ट अगले प्रशिक्षण के बाद दिखेगा।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data quality</source>
        <translation>डेटा गुणवत्ता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be made: %1</source>
        <translation>रिपोर्ट नहीं बन सकी: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
</context>
<context>
    <name>retrainer::EventLogPage</name>
    <message>
        <location filename="../ui/event_log_page.cpp" line="+31"/>
        <source>Event log</source>
        <translation>इवेंट लॉग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by text</source>
        <translation>टेक्स्ट से फ़िल्टर करें</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>All models</source>
        <translation>सभी मॉडल</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+80"/>
        <source>All events</source>
        <translation>सभी इवेंट</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>इवेंट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>रन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Double-click an event to see its stored record.</source>
        <translation>किसी घटना का सहेजा रिकॉर्ड देखने के लिए उस पर डबल-क्लिक करें।</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Event record</source>
        <translation>घटना रिकॉर्ड</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>retrainer::FieldErrorLabel</name>
    <message>
        <location filename="../ui/field_error_label.cpp" line="+9"/>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
</context>
<context>
    <name>retrainer::HistoryTab</name>
    <message>
        <location filename="../ui/history_tab.cpp" line="+36"/>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any trigger</source>
        <translation>कोई भी ट्रिगर</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any outcome</source>
        <translation>कोई भी परिणाम</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export…</source>
        <translation>निर्यात करें…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trigger:</source>
        <translation>ट्रिगर:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome:</source>
        <translation>परिणाम:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n रन</numerusform>
            <numerusform>%n रन</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export the runs of %1</source>
        <translation>%1 के रन निर्यात करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv);;JSON lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON लाइनें (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exporting %n run(s)…</source>
        <translation>
            <numerusform>%n रन निर्यात हो रहा है…</numerusform>
            <numerusform>%n रन निर्यात हो रहे हैं…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n run(s) to %1</source>
        <translation>
            <numerusform>%n रन %1 में निर्यात किया गया</numerusform>
            <numerusform>%n रन %1 में निर्यात किए गए</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run %1 · %2</source>
        <translation>रन %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger: %1%2</source>
        <translation>ट्रिगर: %1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (dry run)</source>
        <translation> (ड्राई रन)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phase timings</source>
        <translation>चरणों का समय</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows used: %1 · rejected: %2</source>
        <translation>उपयोग की गई पंक्तियाँ: %1 · अस्वीकृत: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gate decision:</source>
        <translation>गेट का निर्णय:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replayed, not a live run: what the nightly retraining would have done at this moment, learning only from the rows stamped before it (the demo&apos;s past, prepared when the demo was created).</source>
        <translation>दोहराया गया, असली रन नहीं: इस समय रात का पुनःप्रशिक्षण क्या करता, केवल इससे पहले की तारीख वाली पंक्तियों से सीखकर (डेमो का अतीत, डेमो बनाते समय तैयार किया गया)।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Metrics:</source>
        <translation>मीट्रिक:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error:</source>
        <translation>त्रुटि:</translation>
    </message>
</context>
<context>
    <name>retrainer::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+53"/>
        <source>Retrainer — %1</source>
        <translation>Retrainer — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New model…</source>
        <translation>नया मॉडल(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>प्राथमिकताएँ(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close window</source>
        <translation>विंडो बंद करें(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Training</source>
        <translation>प्रशिक्षण(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train &amp;all now</source>
        <translation>सभी का अभी प्रशिक्षण(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>&amp;Pause scheduling</source>
        <translation>शेड्यूलिंग रोकें(&amp;P)</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>&amp;View</source>
        <translation>देखें(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation>डैशबोर्ड(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alerts</source>
        <translation>अलर्ट(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Event log</source>
        <translation>इवेंट लॉग(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;udit trail</source>
        <translation>ऑडिट ट्रेल(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>सहा&amp;यता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How Retrainer decides</source>
        <translation>Retrainer &amp;कैसे तय करता है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Commands for the terminal</source>
        <translation>टर्मिनल के &amp;कमांड</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Retrainer</source>
        <translation>Retrainer के &amp;बारे में</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Scheduling is paused.</source>
        <translation>शेड्यूलिंग रुकी हुई है।</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The new API settings apply when Retrainer starts again.</source>
        <translation>नई API सेटिंग Retrainer के फिर से शुरू होने पर लागू होंगी।</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>%1 of %2 models healthy.</source>
        <translation>%2 में से %1 मॉडल ठीक हैं।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Training %1…</source>
        <translation>%1 का प्रशिक्षण हो रहा है…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot train %1</source>
        <translation>%1 को प्रशिक्षित नहीं किया जा सकता</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Training %n model(s) now. Each model&apos;s page shows its progress; the dashboard shows the outcome when the run ends.</source>
        <translation>
            <numerusform>अब %n मॉडल का प्रशिक्षण हो रहा है। हर मॉडल का पेज उसकी प्रगति दिखाता है; रन पूरा होने पर डैशबोर्ड परिणाम दिखाता है।</numerusform>
            <numerusform>अब %n मॉडलों का प्रशिक्षण हो रहा है। हर मॉडल का पेज उसकी प्रगति दिखाता है; रन पूरा होने पर डैशबोर्ड परिणाम दिखाता है।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot train all models</source>
        <translation>सभी मॉडलों का प्रशिक्षण नहीं हो सकता</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Resume scheduling</source>
        <translation>शेड्यूलिंग फिर से शुरू करें(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let models retrain on their schedules and triggers again.</source>
        <translation>मॉडलों को फिर से उनके शेड्यूल और ट्रिगर के अनुसार प्रशिक्षित होने दें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop automatic retraining until you resume it; Train now still works.</source>
        <translation>जब तक आप फिर से शुरू न करें, स्वचालित पुनः प्रशिक्षण रोकें; &quot;अभी प्रशिक्षित करें&quot; फिर भी काम करता है।</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Restart Retrainer?</source>
        <translation>Retrainer फिर से शुरू करें?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language shows once Retrainer starts again.</source>
        <translation>नई भाषा Retrainer के फिर से शुरू होने पर दिखेगी।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart now? Retrainer closes and opens again at once; a training in progress is asked about first.</source>
        <translation>अभी फिर से शुरू करें? Retrainer बंद होकर तुरंत फिर खुलेगा; चल रहे प्रशिक्षण के बारे में पहले पूछा जाएगा।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart now</source>
        <translation>अभी फिर से शुरू करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new language applies when Retrainer starts again.</source>
        <translation>नई भाषा Retrainer के फिर से शुरू होने पर लागू होगी।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart Retrainer</source>
        <translation>Retrainer फिर से शुरू करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrainer could not start again by itself; please start it again.</source>
        <translation>Retrainer अपने आप फिर से शुरू नहीं हो सका; कृपया इसे फिर से शुरू करें।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Start at login</source>
        <translation>लॉग इन पर शुरू करना</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Retrainer keeps running</source>
        <translation>Retrainer चलता रहेगा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models keep retraining in the background. Open the window from the tray icon; choose Quit there to stop.</source>
        <translation>मॉडल पृष्ठभूमि में फिर से प्रशिक्षित होते रहेंगे। ट्रे आइकन से विंडो खोलें; रोकने के लिए वहाँ बाहर निकलें चुनें।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quit Retrainer?</source>
        <translation>Retrainer से बाहर निकलें?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no system tray to keep Retrainer running in. Quitting stops automatic retraining until Retrainer is started again. Quit?</source>
        <translation>Retrainer को चालू रखने के लिए कोई सिस्टम ट्रे नहीं है। बाहर निकलने पर Retrainer के फिर से शुरू होने तक स्वचालित पुनः प्रशिक्षण रुक जाएगा। बाहर निकलें?</translation>
    </message>
</context>
<context>
    <name>retrainer::ModelCard</name>
    <message>
        <location filename="../ui/model_card.cpp" line="+23"/>
        <source>Train now</source>
        <translation>अभी प्रशिक्षण दें</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>In service:</source>
        <translation>सेवा में:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score:</source>
        <translation>स्कोर:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last run:</source>
        <translation>पिछला रन:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next:</source>
        <translation>अगला:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data:</source>
        <translation>डेटा:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>version %1, since %2</source>
        <translation>संस्करण %1, %2 से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no version yet</source>
        <translation>अभी कोई संस्करण नहीं</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>below the threshold %1</source>
        <translation>सीमा %1 से नीचे</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>threshold %1</source>
        <translation>सीमा %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>never trained</source>
        <translation>कभी प्रशिक्षित नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing scheduled</source>
        <translation>कुछ भी शेड्यूल नहीं</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data file is missing: %1</source>
        <translation>डेटा फ़ाइल नहीं मिली: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown until the first run</source>
        <translation>पहले रन तक अज्ञात</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sample(s) · %1</source>
        <translation>
            <numerusform>%n नमूना · %1</numerusform>
            <numerusform>%n नमूने · %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training on another computer</source>
        <translation>दूसरे कंप्यूटर पर प्रशिक्षण चल रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training on %1 (user %2) since %3</source>
        <translation>%1 पर प्रशिक्षण (उपयोगकर्ता %2), %3 से</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training on %1 (user %2)</source>
        <translation>%1 पर प्रशिक्षण (उपयोगकर्ता %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another Retrainer that shares this store is training this model. This console waits and shows the outcome when that training ends.</source>
        <translation>इस स्टोर को साझा करने वाला एक दूसरा Retrainer इस मॉडल को प्रशिक्षित कर रहा है। यह कंसोल प्रतीक्षा करता है और वह प्रशिक्षण पूरा होने पर परिणाम दिखाता है।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>promoted to version %1</source>
        <translation>संस्करण %1 के रूप में सेवा में</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>promoted</source>
        <translation>सेवा में लाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected: the version in service was better</source>
        <translation>अस्वीकृत: सेवा वाला संस्करण बेहतर था</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>विफल: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped: %1</source>
        <translation>छोड़ा गया: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1 awaits approval</source>
        <translation>संस्करण %1 स्वीकृति की प्रतीक्षा में</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>awaits approval</source>
        <translation>स्वीकृति की प्रतीक्षा में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loading data</source>
        <translation>डेटा लोड हो रहा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>प्रशिक्षण जारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluating</source>
        <translation>मूल्यांकन जारी</translation>
    </message>
</context>
<context>
    <name>retrainer::ModelOverviewTab</name>
    <message>
        <location filename="../ui/model_overview_tab.cpp" line="+25"/>
        <source>waiting for a free worker</source>
        <translation>किसी खाली वर्कर की प्रतीक्षा</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading and checking the data</source>
        <translation>डेटा लोड और जाँचा जा रहा है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training the candidate</source>
        <translation>उम्मीदवार का प्रशिक्षण</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comparing with the version in service</source>
        <translation>सेवा वाले संस्करण से तुलना</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recording the outcome</source>
        <translation>परिणाम दर्ज किया जा रहा है</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The run has ended: the new version is now in service.</source>
        <translation>रन पूरा हुआ: नया संस्करण अब सेवा में है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run has ended: the version in service was better, so it stays.</source>
        <translation>रन पूरा हुआ: सेवा में चल रहा संस्करण बेहतर था, इसलिए वही बना रहेगा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run has ended: the new version waits for approval before it is used.</source>
        <translation>रन पूरा हुआ: नया संस्करण उपयोग से पहले स्वीकृति की प्रतीक्षा कर रहा है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled. The version in service stays.</source>
        <translation>रद्द किया गया। सेवा में चल रहा संस्करण बना रहेगा।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run was skipped; &quot;Last run&quot; above says why.</source>
        <translation>रन छोड़ दिया गया; ऊपर &quot;पिछला रन&quot; कारण बताता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run did not succeed; &quot;Last run&quot; above says why. The version in service stays.</source>
        <translation>रन सफल नहीं हुआ; ऊपर &quot;पिछला रन&quot; कारण बताता है। सेवा में चल रहा संस्करण बना रहेगा।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Train now</source>
        <translation>अभी प्रशिक्षण दें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trigger</source>
        <translation>ट्रिगर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>क्या होता है</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What will happen next</source>
        <translation>आगे क्या होगा</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling: the version in service stays.</source>
        <translation>रद्द किया जा रहा है: सेवा वाला संस्करण बना रहेगा।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A run is on.</source>
        <translation>एक रन चल रहा है।</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>when it applies</source>
        <translation>जब लागू हो</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training started. You can keep working; the window stays responsive.</source>
        <translation>प्रशिक्षण शुरू हो गया। आप काम जारी रख सकते हैं; विंडो प्रतिक्रिया देती रहेगी।</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 · %2 elapsed</source>
        <translation>%1 · %2 बीते</translation>
    </message>
</context>
<context>
    <name>retrainer::ModelPage</name>
    <message>
        <location filename="../ui/model_page.cpp" line="+40"/>
        <source>Overview</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>सटीकता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>डेटा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest</source>
        <translation>बैकटेस्ट</translation>
    </message>
</context>
<context>
    <name>retrainer::ModelSettingsPage</name>
    <message>
        <location filename="../ui/model_settings_page.cpp" line="+35"/>
        <source>Schedules</source>
        <translation>शेड्यूल</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name the console, the tray and alerts show. Commands and the HTTP API keep using the model&apos;s identifier, which never changes.</source>
        <translation>वह नाम जो कंसोल, ट्रे और अलर्ट दिखाते हैं। कमांड और HTTP API मॉडल के पहचानकर्ता का ही उपयोग करते रहते हैं, जो कभी नहीं बदलता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name shown:</source>
        <translation>दिखाया जाने वाला नाम(&amp;N):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tuned parameters belong to the previous algorithm; the new one starts from its defaults.</source>
        <translation>समायोजित पैरामीटर पिछले एल्गोरिद्म के हैं; नया एल्गोरिद्म अपने डिफ़ॉल्ट मानों से शुरू होगा।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Algorithm:</source>
        <translation>एल्गोरिद्म(&amp;A):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of the newest rows kept aside to test each new version before it may replace the model in service.</source>
        <translation>सबसे नई पंक्तियों का वह हिस्सा जो हर नए संस्करण को सेवा वाले मॉडल की जगह लेने से पहले जाँचने के लिए अलग रखा जाता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test share:</source>
        <translation>परीक्षण हिस्सा(&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All history</source>
        <translation>पूरा इतिहास</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only recent rows</source>
        <translation>केवल हाल की पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn from every row ever collected, or only from the most recent days (when old rows no longer reflect how things work today).</source>
        <translation>अब तक एकत्र हर पंक्ति से सीखें, या केवल हाल के दिनों से (जब पुरानी पंक्तियाँ अब आज की स्थिति नहीं दर्शातीं)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days back rows are used.</source>
        <translation>कितने दिन पीछे तक की पंक्तियाँ उपयोग की जाती हैं।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Learn from:</source>
        <translation>इससे सीखें(&amp;L):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> rows</source>
        <translation> पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A training with fewer usable rows than this is skipped: too little data gives an unreliable model.</source>
        <translation>इससे कम उपयोग योग्य पंक्तियों वाला प्रशिक्षण छोड़ दिया जाता है: बहुत कम डेटा से मॉडल भरोसेमंद नहीं बनता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Minimum rows:</source>
        <translation>न्यूनतम पंक्तियाँ(&amp;M):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re&amp;vert</source>
        <translation>पूर्ववत करें(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the changes not saved yet.</source>
        <translation>जो बदलाव अभी सहेजे नहीं गए, उन्हें पूर्ववत करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>सहेजें(&amp;S)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No model selected</source>
        <translation>कोई मॉडल चयनित नहीं</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No model named &quot;%1&quot;</source>
        <translation>&quot;%1&quot; नाम का कोई मॉडल नहीं</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings of %1</source>
        <translation>%1 की सेटिंग्स</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Another model is already called &quot;%1&quot; (its identifier is %2).</source>
        <translation>एक अन्य मॉडल का नाम पहले से &quot;%1&quot; है (उसका पहचानकर्ता %2 है)।</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Correct the fields marked in red first.</source>
        <translation>पहले लाल रंग से चिह्नित फ़ील्ड ठीक करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store these settings; the scheduler uses them from now on.</source>
        <translation>ये सेटिंग्स सहेजें; शेड्यूलर अब से इन्हीं का उपयोग करेगा।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>retrainer::ModelSidebar</name>
    <message>
        <location filename="../ui/model_sidebar.cpp" line="+9"/>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Alerts</source>
        <translation>अलर्ट</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Event log</source>
        <translation>इवेंट लॉग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>ऑडिट ट्रेल</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Alerts (%1)</source>
        <translation>अलर्ट (%1)</translation>
    </message>
</context>
<context>
    <name>retrainer::ModelWizard</name>
    <message>
        <location filename="../ui/model_wizard.cpp" line="+16"/>
        <source>New model</source>
        <translation>नया मॉडल</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>a model named &apos;%1&apos; already exists</source>
        <translation>&apos;%1&apos; नाम का मॉडल पहले से मौजूद है</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The model was not saved: %1</source>
        <translation>मॉडल सहेजा नहीं गया: %1</translation>
    </message>
</context>
<context>
    <name>retrainer::Notifier</name>
    <message>
        <location filename="../core/engine/notifier.cpp" line="+14"/>
        <location line="+4"/>
        <source>%1 retrained</source>
        <translation>%1 फिर से प्रशिक्षित हुआ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Version %1 is now in service.</source>
        <translation>संस्करण %1 अब सेवा में है।</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new version is in service.</source>
        <translation>एक नया संस्करण सेवा में है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new candidate was not better; the version in service stays.</source>
        <translation>नया उम्मीदवार बेहतर नहीं था; सेवा वाला संस्करण बना रहेगा।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 awaits approval</source>
        <translation>%1 स्वीकृति की प्रतीक्षा में</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 is better and waits for an administrator to approve it.</source>
        <translation>संस्करण %1 बेहतर है और किसी व्यवस्थापक की स्वीकृति की प्रतीक्षा में है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A better version waits for an administrator to approve it.</source>
        <translation>एक बेहतर संस्करण किसी व्यवस्थापक की स्वीकृति की प्रतीक्षा में है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: training failed</source>
        <translation>%1: प्रशिक्षण विफल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version in service stays.</source>
        <translation>सेवा वाला संस्करण बना रहेगा।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 The version in service stays.</source>
        <translation>%1 सेवा वाला संस्करण बना रहेगा।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Retrainer needs attention</source>
        <translation>Retrainer पर ध्यान देने की ज़रूरत है</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 needs attention</source>
        <translation>%1 पर ध्यान देने की ज़रूरत है</translation>
    </message>
</context>
<context>
    <name>retrainer::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="+22"/>
        <source>Preferences</source>
        <translation>प्राथमिकताएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console</source>
        <translation>कंसोल</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start minimised to the tray</source>
        <translation>ट्रे में छोटा करके शुरू करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open only the tray icon when the console starts; the window stays hidden until you open it.</source>
        <translation>कंसोल शुरू होने पर केवल ट्रे आइकन खोलें; विंडो तब तक छिपी रहेगी जब तक आप उसे न खोलें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start when I log in</source>
        <translation>लॉग इन करने पर शुरू करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the console automatically when you log in to the desktop, so scheduled retraining happens without anyone remembering to open it.</source>
        <translation>डेस्कटॉप पर लॉग इन करते ही कंसोल अपने आप शुरू करें, ताकि शेड्यूल किया गया पुनः प्रशिक्षण किसी के याद रखे बिना होता रहे।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of the console. &quot;System language&quot; follows your desktop&apos;s setting.</source>
        <translation>कंसोल की भाषा। &quot;सिस्टम की भाषा&quot; आपके डेस्कटॉप की सेटिंग का पालन करती है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies after the console restarts.</source>
        <translation>नई भाषा कंसोल के फिर से शुरू होने के बाद लागू होगी।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local HTTP API</source>
        <translation>स्थानीय HTTP API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable the local HTTP API</source>
        <translation>स्थानीय HTTP API सक्षम करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lets other programs on this computer ask for status, start a training or send new samples. Each program needs a token.</source>
        <translation>इस कंप्यूटर के अन्य प्रोग्राम स्थिति पूछ सकते हैं, प्रशिक्षण शुरू कर सकते हैं या नए नमूने भेज सकते हैं। हर प्रोग्राम को एक टोकन चाहिए।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The network port the API listens on, on this computer only (%1 to %2).</source>
        <translation>वह नेटवर्क पोर्ट जिस पर API सुनता है, केवल इसी कंप्यूटर पर (%1 से %2)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Port:</source>
        <translation>पोर्ट(&amp;P):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where Retrainer keeps its history</source>
        <translation>Retrainer अपना इतिहास कहाँ रखता है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PostgreSQL database shared by every Retrainer that uses it: runs, versions and their model files, samples, alerts and the audit trail. One computer trains a model at a time; the others show who.</source>
        <translation>एक PostgreSQL डेटाबेस जिसे इसका उपयोग करने वाले सभी Retrainer साझा करते हैं: रन, संस्करण और उनकी मॉडल फ़ाइलें, नमूने, अलर्ट और ऑडिट रिकॉर्ड। एक समय में एक ही कंप्यूटर किसी मॉडल को प्रशिक्षित करता है; बाकी दिखाते हैं कि कौन।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file on this computer (SQLite). To share models and history with other computers, copy it to a PostgreSQL database with `retrainer store migrate --to postgresql://…` while the console is closed.</source>
        <translation>इस कंप्यूटर पर एक फ़ाइल (SQLite)। दूसरे कंप्यूटरों के साथ मॉडल और इतिहास साझा करने के लिए, कंसोल बंद रहते हुए `retrainer store migrate --to postgresql://…` से इसे एक PostgreSQL डेटाबेस में कॉपी करें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shared database:</source>
        <translation>साझा डेटाबेस:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File:</source>
        <translation>फ़ाइल:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts sent outside this computer</source>
        <translation>इस कंप्यूटर से बाहर भेजे जाने वाले अलर्ट</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>%1 से %2 तक की पूर्ण संख्या दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>retrainer::RecurrenceForm</name>
    <message>
        <location filename="../ui/recurrence_form.cpp" line="+19"/>
        <source>Every day</source>
        <translation>हर दिन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every few hours</source>
        <translation>हर कुछ घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>हर सप्ताह</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>हर महीने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (cron expression below)</source>
        <translation>कस्टम (नीचे cron अभिव्यक्ति)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every</source>
        <translation>हर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> hour(s)</source>
        <translation> घंटे</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from midnight: every 6 hours runs at 00:00, 06:00, 12:00 and 18:00.</source>
        <translation>आधी रात से गिना जाता है: हर 6 घंटे का अर्थ 00:00, 06:00, 12:00 और 18:00 है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A month without this day (e.g. the 31st in April) is skipped.</source>
        <translation>जिस महीने में यह दिन न हो (जैसे अप्रैल में 31) वह छोड़ दिया जाता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>at</source>
        <translation>पर</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Local time on this computer.</source>
        <translation>इस कंप्यूटर का स्थानीय समय।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This schedule can only be written as a cron expression; change it below, or choose one of the plain forms above to replace it.</source>
        <translation>यह समय-सारिणी केवल cron अभिव्यक्ति के रूप में लिखी जा सकती है; इसे नीचे बदलें, या इसे बदलने के लिए ऊपर कोई सरल रूप चुनें।</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>at minute</source>
        <translation>मिनट पर</translation>
    </message>
</context>
<context>
    <name>retrainer::RollbackDialog</name>
    <message>
        <location filename="../ui/rollback_dialog.cpp" line="+47"/>
        <source>Roll back to version %1</source>
        <translation>संस्करण %1 पर रोलबैक करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll back %1</source>
        <translation>%1 का रोलबैक</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put version %1 of %2 back in service instead of version %3?</source>
        <translation>संस्करण %3 के स्थान पर %2 का संस्करण %1 फिर से सेवा में लाएँ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put version %1 of %2 in service?</source>
        <translation>%2 का संस्करण %1 सेवा में लाएँ?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Metric</source>
        <translation>मीट्रिक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version %1 (chosen)</source>
        <translation>संस्करण %1 (चुना गया)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 (in service)</source>
        <translation>संस्करण %1 (सेवा में)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In service</source>
        <translation>सेवा में</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Verifying the checksum of version %1…</source>
        <translation>संस्करण %1 का चेकसम जाँचा जा रहा है…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file of version %1 matches its SHA-256 checksum.</source>
        <translation>संस्करण %1 की फ़ाइल उसके SHA-256 चेकसम से मेल खाती है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: version %1 cannot be put in service because its file is damaged or missing (%2). The version in service stays.</source>
        <translation>अस्वीकृत: संस्करण %1 सेवा में नहीं लाया जा सकता क्योंकि उसकी फ़ाइल खराब है या मौजूद नहीं है (%2)। सेवा वाला संस्करण बना रहेगा।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm the rollback</source>
        <translation>रोलबैक की पुष्टि करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 of %2 will answer every prediction from now on. Continue?</source>
        <translation>अब से हर पूर्वानुमान %2 का संस्करण %1 देगा। जारी रखें?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rolling back…</source>
        <translation>रोलबैक हो रहा है…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done: version %1 of %2 is in service.</source>
        <translation>हो गया: %2 का संस्करण %1 सेवा में है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rollback failed: %1. The version in service stays.</source>
        <translation>रोलबैक विफल रहा: %1। सेवा वाला संस्करण बना रहेगा।</translation>
    </message>
</context>
<context>
    <name>retrainer::RunHistoryModel</name>
    <message>
        <location filename="../ui/run_history_model.cpp" line="+15"/>
        <location line="+169"/>
        <source>Queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Loading</source>
        <translation>लोड हो रहा है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>प्रशिक्षण जारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating</source>
        <translation>मूल्यांकन जारी</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promoted</source>
        <translation>सेवा में लाया गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation>स्वीकृति की प्रतीक्षा में</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 s</source>
        <translation>%1 से.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 मि. %2 से.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 घं. %2 मि.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run</source>
        <translation>रन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger</source>
        <translation>ट्रिगर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>मीट्रिक</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows used</source>
        <translation>उपयोग की गई पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (dry run)</source>
        <translation>%1 (ड्राई रन)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>—</source>
        <comment>no metric value</comment>
        <translation>—</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, peak memory %2 MB</source>
        <comment>a run&apos;s duration and the most memory it used</comment>
        <translation>%1, अधिकतम मेमोरी %2 MB</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Gate: %1</source>
        <translation>गेट: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run: nothing was registered.</source>
        <translation>ड्राई रन: कुछ भी दर्ज नहीं किया गया।</translation>
    </message>
</context>
<context>
    <name>retrainer::ScheduleEditor</name>
    <message>
        <location filename="../ui/schedule_editor.cpp" line="+29"/>
        <source>Enter a cron expression such as &quot;0 2 * * *&quot; (every day at 02:00).</source>
        <translation>&quot;0 2 * * *&quot; (हर दिन 02:00 बजे) जैसा cron एक्सप्रेशन दर्ज करें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a valid schedule: %1</source>
        <translation>मान्य शेड्यूल नहीं: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs</source>
        <translation>चलने की शर्त</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The times this model retrains on its own. Select one to change it below.</source>
        <translation>वे समय जब यह मॉडल अपने आप फिर से प्रशिक्षित होता है। नीचे बदलने के लिए किसी एक को चुनें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add schedule</source>
        <translation>शेड्यूल जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>हटाएँ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another time at which the model retrains.</source>
        <translation>एक और समय जोड़ें जब मॉडल फिर से प्रशिक्षित हो।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected schedule.</source>
        <translation>चुना गया शेड्यूल हटाएँ।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How often this schedule retrains the model, in local time.</source>
        <translation>यह समय-सारिणी मॉडल को कितनी बार फिर से प्रशिक्षित करती है, स्थानीय समय में।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;epeats:</source>
        <translation>दो&amp;हराव:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Five values separated by spaces: minute, hour, day of the month, month, day of the week, in local time.
&quot;0 2 * * *&quot; is every day at 02:00; &quot;30 6 * * MON&quot; every Monday at 06:30;
&quot;*/15 * * * *&quot; every 15 minutes; &quot;0 2 1 * *&quot; on the 1st of each month.</source>
        <translation>रिक्त स्थान से अलग पाँच मान: मिनट, घंटा, महीने का दिन, महीना, सप्ताह का दिन, स्थानीय समय में।
&quot;0 2 * * *&quot; हर दिन 02:00 बजे; &quot;30 6 * * MON&quot; हर सोमवार 06:30 बजे;
&quot;*/15 * * * *&quot; हर 15 मिनट; &quot;0 2 1 * *&quot; हर महीने की 1 तारीख को।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Advanced — c&amp;ron:</source>
        <translation>उन्नत — c&amp;ron:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meaning:</source>
        <translation>अर्थ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when new rows have arrived</source>
        <translation>केवल तब जब नई पंक्तियाँ आई हों</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When ticked, this schedule retrains only if enough new rows arrived since the last successful training; otherwise it retrains every time.</source>
        <translation>चिह्नित होने पर यह शेड्यूल तभी फिर से प्रशिक्षण करता है जब पिछले सफल प्रशिक्षण के बाद पर्याप्त नई पंक्तियाँ आई हों; अन्यथा हर बार प्रशिक्षण करता है।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> new rows</source>
        <translation> नई पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many new rows must have arrived for this schedule to retrain.</source>
        <translation>इस शेड्यूल से फिर से प्रशिक्षण के लिए कितनी नई पंक्तियाँ आनी चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;least:</source>
        <translation>कम से कम(&amp;L):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next runs:</source>
        <translation>अगले रन:</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Invalid schedule</source>
        <translation>अमान्य शेड्यूल</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>if %n new rows</source>
        <translation>
            <numerusform>यदि %n नई पंक्ति हो</numerusform>
            <numerusform>यदि %n नई पंक्तियाँ हों</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>always</source>
        <translation>हमेशा</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Never (no such date within five years)</source>
        <translation>कभी नहीं (अगले पाँच वर्षों में ऐसी कोई तारीख नहीं)</translation>
    </message>
</context>
<context>
    <name>retrainer::Scheduler</name>
    <message>
        <location filename="../core/schedule/scheduler.cpp" line="+159"/>
        <source>while Retrainer was not running</source>
        <translation>जब Retrainer नहीं चल रहा था</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>while the computer was asleep or Retrainer was stopped</source>
        <translation>जब कंप्यूटर स्लीप में था या Retrainer बंद था</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>conditional schedule (%1): %2 new samples, at least %3 needed</source>
        <translation>सशर्त शेड्यूल (%1): %2 नए नमूने, कम से कम %3 आवश्यक</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scheduled full retrain (%1)</source>
        <translation>शेड्यूल किया गया पूर्ण पुनः प्रशिक्षण (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>and %1 more</source>
        <translation>और %1 अन्य</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 scheduled run</source>
        <translation>1 शेड्यूल किया गया रन</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 scheduled runs</source>
        <translation>%1 शेड्यूल किए गए रन</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catch-up: missed %1, the latest at %2</source>
        <translation>छूटे रन की भरपाई: %1, अंतिम: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missed %1 (%2) %3</source>
        <translation>छूटे रन: %1 (%2) %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 new samples within %2 (at least %3)</source>
        <translation>%2 में %1 नए नमूने (कम से कम %3)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>performance %1 below threshold %2 (retry %3 of %4)</source>
        <translation>प्रदर्शन %1, सीमा %2 से नीचे (%4 में से प्रयास %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>performance %1 still below threshold %2 after %3 retrains; automatic retraining paused until it recovers or someone acts</source>
        <translation>%3 बार पुनः प्रशिक्षण के बाद भी प्रदर्शन %1, सीमा %2 से नीचे; सुधार होने या किसी के कार्रवाई करने तक स्वचालित पुनः प्रशिक्षण रुका</translation>
    </message>
    <message>
        <location filename="../core/schedule/scheduler_outlook.cpp" line="+52"/>
        <source>conditional: %1, if at least %2 new samples (%3 of %2 so far)</source>
        <translation>सशर्त: %1, यदि कम से कम %2 नए नमूने हों (अब तक %2 में से %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>full retrain: %1</source>
        <translation>पूर्ण पुनः प्रशिक्षण: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>waiting for %1 more samples (%2 of %3 within %4)</source>
        <translation>%1 और नमूनों की प्रतीक्षा (%4 में %3 में से %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 new samples waiting</source>
        <translation>%1 नए नमूने प्रतीक्षा में</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cooling down until %1</source>
        <translation>%1 तक विराम</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>performance check (threshold %1</source>
        <translation>प्रदर्शन जाँच (सीमा %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, last score %1</source>
        <translation>, अंतिम स्कोर %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; automatic retraining stopped after %1 retrains until the score recovers</source>
        <translation>; %1 बार पुनः प्रशिक्षण के बाद, स्कोर सुधरने तक स्वचालित पुनः प्रशिक्षण रुका</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>paused (%1)</source>
        <translation>रुका हुआ (%1)</translation>
    </message>
</context>
<context>
    <name>retrainer::TrayIcon</name>
    <message>
        <location filename="../ui/tray_icon.cpp" line="+65"/>
        <source>Open Retrainer</source>
        <translation>Retrainer खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Train all now</source>
        <translation>सभी का अभी प्रशिक्षण</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+40"/>
        <source>Pause scheduling</source>
        <translation>शेड्यूलिंग रोकें</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Training %n model(s) now.</source>
        <translation>
            <numerusform>अब %n मॉडल का प्रशिक्षण हो रहा है।</numerusform>
            <numerusform>अब %n मॉडलों का प्रशिक्षण हो रहा है।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Resume scheduling</source>
        <translation>शेड्यूलिंग फिर से शुरू करें</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Retrainer</source>
        <translation>Retrainer</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Training %n model(s) now</source>
        <translation>
            <numerusform>अभी %n मॉडल का प्रशिक्षण</numerusform>
            <numerusform>अभी %n मॉडलों का प्रशिक्षण</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduling is paused</source>
        <translation>शेड्यूलिंग रुकी हुई है</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: %1 %2 (%3)</source>
        <translation>अगला: %1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: nothing scheduled</source>
        <translation>अगला: कुछ भी शेड्यूल नहीं</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last: %1 %2</source>
        <translation>पिछला: %1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n alert(s) need attention</source>
        <translation>
            <numerusform>%n अलर्ट पर ध्यान देना ज़रूरी है</numerusform>
            <numerusform>%n अलर्ट पर ध्यान देना ज़रूरी है</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::TriggerSettingsForm</name>
    <message>
        <location filename="../ui/trigger_settings_form.cpp" line="+22"/>
        <source>Enter a duration such as 6h, 90m, 1h30m or 2d.</source>
        <translation>6h, 90m, 1h30m या 2d जैसी अवधि दर्ज करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a duration longer than zero.</source>
        <translation>शून्य से अधिक अवधि दर्ज करें।</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>When new data arrives</source>
        <translation>जब नया डेटा आए</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrain when enough new rows arrive</source>
        <translation>पर्याप्त नई पंक्तियाँ आने पर फिर से प्रशिक्षण दें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrain soon after a batch of new rows appears in the source, without waiting for the next scheduled time.</source>
        <translation>स्रोत में नई पंक्तियों का बैच आने के कुछ ही देर बाद फिर से प्रशिक्षण दें, अगले शेड्यूल समय की प्रतीक्षा किए बिना।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> new rows</source>
        <translation> नई पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many new rows must arrive before a retrain starts.</source>
        <translation>पुनः प्रशिक्षण शुरू होने से पहले कितनी नई पंक्तियाँ आनी चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;least:</source>
        <translation>कम से कम(&amp;L):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new rows must arrive within this time, e.g. 24h: &quot;5 new rows within a day&quot;.</source>
        <translation>नई पंक्तियाँ इस समय के भीतर आनी चाहिए, जैसे 24h: &quot;एक दिन में 5 नई पंक्तियाँ&quot;।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Within:</source>
        <translation>इतने समय में(&amp;W):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a retrain started by new rows, wait at least this long before the next one, so a busy day does not retrain the model again and again. 0s: no pause.</source>
        <translation>नई पंक्तियों से शुरू हुए पुनः प्रशिक्षण के बाद, अगले से पहले कम से कम इतनी प्रतीक्षा करें, ताकि व्यस्त दिन में मॉडल बार-बार प्रशिक्षित न हो। 0s: कोई विराम नहीं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cool-down:</source>
        <translation>विराम अवधि(&amp;C):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy check</source>
        <translation>सटीकता जाँच</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the model&apos;s accuracy regularly</source>
        <translation>मॉडल की सटीकता नियमित रूप से जाँचें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regularly compare the model&apos;s predictions with what really happened in the newest rows, and retrain when it has become less accurate.</source>
        <translation>नियमित रूप से मॉडल के पूर्वानुमानों की तुलना सबसे नई पंक्तियों में वास्तव में हुई बातों से करें, और सटीकता घटने पर फिर से प्रशिक्षण दें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How often the accuracy is checked, e.g. 1h for every hour.</source>
        <translation>सटीकता कितनी बार जाँची जाए, जैसे हर घंटे के लिए 1h।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;every:</source>
        <translation>हर इतने समय में जाँचें(&amp;E):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lowest acceptable score. Below it the model is retrained at once; 0.70 means 70 %.</source>
        <translation>न्यूनतम स्वीकार्य स्कोर। इससे नीचे जाने पर मॉडल तुरंत फिर से प्रशिक्षित होता है; 0.70 का अर्थ 70 % है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Threshold:</source>
        <translation>सीमा(&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many retrains to try while the score stays below the threshold before raising an alert for a person to look at.</source>
        <translation>स्कोर सीमा से नीचे रहने पर, किसी व्यक्ति के देखने के लिए अलर्ट देने से पहले कितनी बार पुनः प्रशिक्षण का प्रयास करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retries before alert:</source>
        <translation>अलर्ट से पहले पुनः प्रयास(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> rows</source>
        <translation> पंक्तियाँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the newest rows the check scores the model on.</source>
        <translation>जाँच में मॉडल को कितनी सबसे नई पंक्तियों पर परखा जाता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check on the newest:</source>
        <translation>सबसे नई इतनी पंक्तियों पर जाँचें:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A training still running after this long is stopped; the model in service stays as it is.</source>
        <translation>इतने समय के बाद भी चल रहा प्रशिक्षण रोक दिया जाता है; सेवा वाला मॉडल जैसा है वैसा ही रहता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;limit:</source>
        <translation>समय सीमा(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catch up on missed schedules at start</source>
        <translation>शुरू होने पर छूटे शेड्यूल पूरे करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the computer was off at a scheduled time, retrain once when Retrainer starts again.</source>
        <translation>यदि शेड्यूल के समय कंप्यूटर बंद था, तो Retrainer फिर से शुरू होने पर एक बार प्रशिक्षण दें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip scheduled retrains when the data has not changed</source>
        <translation>डेटा न बदलने पर शेड्यूल किए गए पुनः प्रशिक्षण छोड़ें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A scheduled retrain on exactly the same rows as last time would change nothing, so it is skipped.</source>
        <translation>पिछली बार वाली बिल्कुल उन्हीं पंक्तियों पर शेड्यूल किया गया पुनः प्रशिक्षण कुछ नहीं बदलेगा, इसलिए उसे छोड़ दिया जाता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused (no automatic retraining)</source>
        <translation>रुका हुआ (कोई स्वचालित पुनः प्रशिक्षण नहीं)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops every automatic retrain of this model; &quot;Train now&quot; still works.</source>
        <translation>इस मॉडल का हर स्वचालित पुनः प्रशिक्षण रोकता है; &quot;अभी प्रशिक्षण दें&quot; फिर भी काम करता है।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter a number from 0 to 1, e.g. 0.70 for 70 %.</source>
        <translation>0 से 1 तक की संख्या दर्ज करें, जैसे 70 % के लिए 0.70।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a number of 0 or more.</source>
        <translation>0 या उससे अधिक की संख्या दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>retrainer::VersionsTab</name>
    <message>
        <location filename="../ui/versions_tab.cpp" line="+39"/>
        <source>Roll back…</source>
        <translation>रोलबैक करें…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metrics</source>
        <translation>मीट्रिक</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checksum</source>
        <translation>चेकसम</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In service</source>
        <translation>सेवा में</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every version is kept with a SHA-256 checksum. Choose one and roll back to put it in service again.</source>
        <translation>हर संस्करण SHA-256 चेकसम के साथ रखा जाता है। किसी एक को फिर से सेवा में लाने के लिए उसे चुनकर रोलबैक करें।</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>verifying…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● in service</source>
        <translation>● सेवा में</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>✔ verified</source>
        <translation>✔ सत्यापित</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✖ damaged</source>
        <translation>✖ खराब</translation>
    </message>
</context>
<context>
    <name>retrainer::WizardColumnsPage</name>
    <message>
        <location filename="../ui/wizard_columns_page.cpp" line="+14"/>
        <source>numbers</source>
        <translation>संख्याएँ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Is this the right data?</source>
        <translation>क्या यह सही डेटा है?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The columns found, what each holds, and the first rows.</source>
        <translation>मिले कॉलम, हर कॉलम में क्या है, और पहली पंक्तियाँ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first %1 rows of the source, as read.</source>
        <translation>स्रोत की पहली %1 पंक्तियाँ, जैसी पढ़ी गईं।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>date and time</source>
        <translation>तारीख और समय</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds numbers</source>
        <translation>%1 में संख्याएँ हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds dates and times</source>
        <translation>%1 में तारीखें और समय हैं</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds text or categories</source>
        <translation>%1 में टेक्स्ट या श्रेणियाँ हैं</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1: %n rows, </source>
        <translation>
            <numerusform>%1: %n पंक्ति, </numerusform>
            <numerusform>%1: %n पंक्तियाँ, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n columns.</source>
        <translation>
            <numerusform>%n कॉलम।</numerusform>
            <numerusform>%n कॉलम।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers: %1.</source>
        <translation>संख्याएँ: %1।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates and times: %1.</source>
        <translation>तारीखें और समय: %1।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text: %1.</source>
        <translation>टेक्स्ट: %1।</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rows could not be read (first: %1, %2).</source>
        <translation>
            <numerusform>%n पंक्ति पढ़ी नहीं जा सकी (पहली: %1, %2)।</numerusform>
            <numerusform>%n पंक्तियाँ पढ़ी नहीं जा सकीं (पहली: %1, %2)।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::WizardNamePage</name>
    <message>
        <location filename="../ui/wizard_name_page.cpp" line="+19"/>
        <source>Name the model</source>
        <translation>मॉडल का नाम रखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first training starts when you click Finish.</source>
        <translation>समाप्त पर क्लिक करते ही पहला प्रशिक्षण शुरू होगा।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name shown in the console, up to 100 characters, e.g. Waiting time (north clinic).</source>
        <translation>कंसोल में दिखने वाला नाम, अधिकतम 100 अक्षर, जैसे प्रतीक्षा समय (उत्तर क्लिनिक)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Models of the same group are listed together, e.g. Clinic or Logistics.</source>
        <translation>एक ही समूह के मॉडल साथ दिखाए जाते हैं, जैसे क्लिनिक या लॉजिस्टिक्स।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>नाम(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier:</source>
        <translation>पहचानकर्ता:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>समूह(&amp;G):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — what commands and the API call this model</source>
        <translation>%1 — कमांड और API में इस मॉडल का नाम</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A model named &quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; नाम का मॉडल पहले से मौजूद है।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New model</source>
        <translation>नया मॉडल</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Predicts &quot;%1&quot; (%2) from %3 in %4, with %5.</source>
        <translation>%4 में %3 से &quot;%1&quot; (%2) का पूर्वानुमान, %5 के साथ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>एक संख्या</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a category</source>
        <translation>एक श्रेणी</translation>
    </message>
</context>
<context>
    <name>retrainer::WizardSourcePage</name>
    <message>
        <location filename="../ui/wizard_source_page.cpp" line="+42"/>
        <source>%1 has only one column: a model needs a column to predict and at least one column to learn from.</source>
        <translation>%1 में केवल एक कॉलम है: मॉडल को पूर्वानुमान के लिए एक कॉलम और सीखने के लिए कम से कम एक और कॉलम चाहिए।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no rows to learn from.</source>
        <translation>%1 में सीखने के लिए कोई पंक्ति नहीं है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read this source: %1</source>
        <translation>यह स्रोत नहीं पढ़ा जा सका: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open this database: %1</source>
        <translation>यह डेटाबेस नहीं खोला जा सका: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where are the rows?</source>
        <translation>पंक्तियाँ कहाँ हैं?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CSV file or the SQLite table that holds one row per past case, with the value to predict in one of its columns.</source>
        <translation>वह CSV फ़ाइल या SQLite तालिका चुनें जिसमें हर पिछले मामले की एक पंक्ति हो, और किसी एक कॉलम में पूर्वानुमान वाला मान हो।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A &amp;CSV file</source>
        <translation>एक CSV फ़ाइल(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A table of an S&amp;QLite database</source>
        <translation>SQLite डेटाबेस की एक तालिका(&amp;Q)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>/path/to/rows.csv</source>
        <translation>/path/to/rows.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें(&amp;B)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>/path/to/database.sqlite</source>
        <translation>/path/to/database.sqlite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;rowse…</source>
        <translation>ब्राउज़ करें(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The table or view whose rows the model learns from.</source>
        <translation>वह तालिका या व्यू जिसकी पंक्तियों से मॉडल सीखता है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File:</source>
        <translation>फ़ाइल(&amp;F):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Database:</source>
        <translation>डेटाबेस(&amp;D):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Table:</source>
        <translation>तालिका(&amp;T):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a CSV file</source>
        <translation>CSV फ़ाइल चुनें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv *.txt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an SQLite database</source>
        <translation>SQLite डेटाबेस चुनें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite डेटाबेस (*.sqlite *.sqlite3 *.db);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This database has no tables.</source>
        <translation>इस डेटाबेस में कोई तालिका नहीं है।</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Choose one of its %n tables.</source>
        <translation>
            <numerusform>इसकी %n तालिका चुनें।</numerusform>
            <numerusform>इसकी %n तालिकाओं में से एक चुनें।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading %1…</source>
        <translation>%1 पढ़ा जा रहा है…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source> %n rows could not be read and will be left out.</source>
        <translation>
            <numerusform> %n पंक्ति पढ़ी नहीं जा सकी और छोड़ दी जाएगी।</numerusform>
            <numerusform> %n पंक्तियाँ पढ़ी नहीं जा सकीं और छोड़ दी जाएँगी।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rows read</source>
        <translation>
            <numerusform>%n पंक्ति पढ़ी गई</numerusform>
            <numerusform>%n पंक्तियाँ पढ़ी गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n columns.</source>
        <translation>
            <numerusform>, %n कॉलम।</numerusform>
            <numerusform>, %n कॉलम।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::WizardTrainingPage</name>
    <message>
        <location filename="../ui/wizard_training_page.cpp" line="+53"/>
        <source>What should it predict?</source>
        <translation>इसे क्या पूर्वानुमान करना चाहिए?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the column to predict and the columns it learns from.</source>
        <translation>पूर्वानुमान के लिए कॉलम और सीखने वाले कॉलम चुनें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value the model learns to predict, e.g. the waiting time in minutes.</source>
        <translation>वह मान जिसका पूर्वानुमान मॉडल सीखता है, जैसे मिनटों में प्रतीक्षा समय।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number (regression)</source>
        <translation>एक संख्या (रिग्रेशन)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A category (classification)</source>
        <translation>एक श्रेणी (वर्गीकरण)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predict an amount (minutes, cost, orders) or one of a few categories (late, on time).</source>
        <translation>कोई मात्रा (मिनट, लागत, ऑर्डर) या कुछ श्रेणियों में से एक (देर से, समय पर) का पूर्वानुमान करें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date or time of each row. The newest rows are kept aside to test each new version, and &quot;only recent rows&quot; uses it.</source>
        <translation>हर पंक्ति की तारीख या समय। सबसे नई पंक्तियाँ हर नए संस्करण की जाँच के लिए अलग रखी जाती हैं, और &quot;केवल हाल की पंक्तियाँ&quot; इसका उपयोग करता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The columns the model learns from. Columns with a different value in almost every row (identifiers, free-form dates) are left out unless you tick them.</source>
        <translation>वे कॉलम जिनसे मॉडल सीखता है। लगभग हर पंक्ति में अलग मान वाले कॉलम (पहचानकर्ता, मुक्त रूप वाली तारीखें) छोड़ दिए जाते हैं, जब तक आप उन्हें चिह्नित न करें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Predict:</source>
        <translation>पूर्वानुमान(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>प्रकार(&amp;K):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time column:</source>
        <translation>समय कॉलम(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learn from:</source>
        <translation>इनसे सीखें(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Algorithm:</source>
        <translation>एल्गोरिद्म(&amp;A):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The column to predict cannot also be the time column.</source>
        <translation>पूर्वानुमान वाला कॉलम समय कॉलम भी नहीं हो सकता।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Suggested: &quot;%1&quot; holds numbers.</source>
        <translation>सुझाव: &quot;%1&quot; में संख्याएँ हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested: &quot;%1&quot; holds only two values.</source>
        <translation>सुझाव: &quot;%1&quot; में केवल दो मान हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested: &quot;%1&quot; holds text.</source>
        <translation>सुझाव: &quot;%1&quot; में टेक्स्ट है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>left out: a different value in almost every row</source>
        <translation>छोड़ा गया: लगभग हर पंक्ति में अलग मान</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out: almost every row has a different value, so it looks like an identifier or a date. Tick it to use it anyway.</source>
        <translation>छोड़ा गया: लगभग हर पंक्ति में अलग मान है, इसलिए यह पहचानकर्ता या तारीख जैसा लगता है। फिर भी उपयोग करने के लिए इसे चिह्नित करें।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No row has a number in &quot;%1&quot;: choose &quot;A category&quot; or another column.</source>
        <translation>&quot;%1&quot; में किसी पंक्ति में संख्या नहीं है: &quot;एक श्रेणी&quot; या कोई दूसरा कॉलम चुनें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row has a value in &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; में किसी पंक्ति में मान नहीं है।</translation>
    </message>
</context>
</TS>
