<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AlertDetails</name>
    <message>
        <location filename="../ui/alert_details.cpp" line="+18"/>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When: %1
Model: %2
Severity: %3

%4</source>
        <translation>Cuándo: %1
Modelo: %2
Gravedad: %3

%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not acknowledged yet.</source>
        <translation>Aún no se ha confirmado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged %1 by %2.</source>
        <translation>Confirmada %1 por %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to other channels:</source>
        <translation>Enviada a otros canales:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: delivered (%n attempt(s)).</source>
        <translation>
            <numerusform>%1: entregada (%n intento).</numerusform>
            <numerusform>%1: entregada (%n intentos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: not delivered after %n attempt(s). Last problem: %2</source>
        <translation>
            <numerusform>%1: no entregada tras %n intento. Último problema: %2</numerusform>
            <numerusform>%1: no entregada tras %n intentos. Último problema: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: still trying (%n attempt(s) so far).</source>
        <translation>
            <numerusform>%1: todavía intentándolo (%n intento hasta ahora).</numerusform>
            <numerusform>%1: todavía intentándolo (%n intentos hasta ahora).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alert about %1</source>
        <translation>Alerta sobre %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Algorithm</name>
    <message>
        <location filename="../ui/algorithm_label.cpp" line="+10"/>
        <source>Random forest</source>
        <translation>Bosque aleatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support vector machine (RBF kernel)</source>
        <translation>Máquina de vectores de soporte (núcleo RBF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear model</source>
        <translation>Modelo lineal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernel ridge regression</source>
        <translation>Regresión ridge con núcleo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic (chosen by cross-validation)</source>
        <translation>Automático (elegido por validación cruzada)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The learning method. Automatic tries each method on the training rows and keeps the best; a linear model is the fastest and the easiest to explain.</source>
        <translation>El método de aprendizaje. Automático prueba cada método con las filas de entrenamiento y se queda con el mejor; un modelo lineal es el más rápido y el más fácil de explicar.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../ui/audit_model.cpp" line="+12"/>
        <source>Train</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings change</source>
        <translation>Cambio de configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Reanudación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import rows</source>
        <translation>Importación de filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create token</source>
        <translation>Creación de token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke token</source>
        <translation>Revocación de token</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BacktestWords</name>
    <message>
        <location filename="../core/engine/backtest_words.cpp" line="+18"/>
        <source>its own schedule and triggers</source>
        <translation>según su propio horario y disparadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every night at 02:00</source>
        <translation>cada noche a las 02:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 new rows</source>
        <translation>cada %1 filas nuevas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>when enough new rows arrived</source>
        <translation>cuando llegaron suficientes filas nuevas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No row arrived in these days, so there is nothing to compare.</source>
        <translation>No llegó ninguna fila en estos días, así que no hay nada que comparar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without retraining, the version in service would have scored %1 over these %2.</source>
        <translation>Sin reentrenar, la versión en servicio habría obtenido %1 en estos %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 training</source>
        <translation>1 entrenamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 trainings</source>
        <translation>%1 entrenamientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s of training</source>
        <translation>%1 s de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If Retrainer had retrained %1, the live score over these %2 would have been %3 (%4, %5)</source>
        <translation>Si Retrainer hubiera reentrenado %1, la puntuación real en estos %2 habría sido %3 (%4, %5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, against %2 without retraining.</source>
        <translation>%1, frente a %2 sin reentrenar.</translation>
    </message>
</context>
<context>
    <name>CommandChannel</name>
    <message>
        <location filename="../core/daemon/command_messages.cpp" line="+32"/>
        <source>malformed %1: not valid UTF-8 JSON (%2)</source>
        <translation>%1 mal formada: no es JSON UTF-8 válido (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed %1: expected a JSON object</source>
        <translation>%1 mal formada: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>malformed %1: &quot;%2&quot; must be a string</source>
        <translation>%1 mal formada: &quot;%2&quot; debe ser una cadena</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>request</source>
        <translation>petición</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>malformed request: &quot;arguments&quot; must be a list of strings</source>
        <translation>petición mal formada: &quot;arguments&quot; debe ser una lista de cadenas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>response</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed response: &quot;exit_code&quot; must be an integer</source>
        <translation>respuesta mal formada: &quot;exit_code&quot; debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../core/daemon/command_channel.cpp" line="+141"/>
        <source>request larger than %1 MiB</source>
        <translation>petición de más de %1 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no request within %1 s</source>
        <translation>ninguna petición en %1 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this Retrainer does not take commands</source>
        <translation>este Retrainer no acepta órdenes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the answer is larger than %1 MiB</source>
        <translation>la respuesta ocupa más de %1 MiB</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot reach the running Retrainer: %1</source>
        <translation>no se puede contactar con el Retrainer en ejecución: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the running Retrainer answered more than %1 MiB</source>
        <translation>el Retrainer en ejecución respondió con más de %1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the running Retrainer closed the connection without answering</source>
        <translation>el Retrainer en ejecución cerró la conexión sin responder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the running Retrainer did not answer within %1 ms</source>
        <translation>el Retrainer en ejecución no respondió en %1 ms</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>the running Retrainer did not accept the connection in time</source>
        <translation>el Retrainer en ejecución no aceptó la conexión a tiempo</translation>
    </message>
</context>
<context>
    <name>CronDescription</name>
    <message>
        <location filename="../core/schedule/cron_description.cpp" line="+17"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
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
        <translation>Todos los días a las %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every weekday at %1</source>
        <translation>De lunes a viernes a las %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 at %2</source>
        <translation>Cada %1 a las %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At %1 on the %2 of each month</source>
        <translation>A las %1, el día %2 de cada mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every year on %1 %2 at %3</source>
        <translation>Cada año el %2 de %1 a las %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At %1 on the %2 of %3</source>
        <translation>A las %1, el día %2 de %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every minute</source>
        <translation>Cada minuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 minutes</source>
        <translation>Cada %1 minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every hour at minute %1</source>
        <translation>Cada hora en el minuto %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 hours at minute %2</source>
        <translation>Cada %1 horas en el minuto %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every hour from %1 to %2</source>
        <translation>Cada hora de %1 a %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 on weekdays</source>
        <translation>%1, de lunes a viernes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2</source>
        <translation>%1, cada %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>minute %1 of every hour</source>
        <translation>minuto %1 de cada hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every minute of hour %1</source>
        <translation>cada minuto de la hora %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minute %1 of hour %2</source>
        <translation>minuto %1 de la hora %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1</source>
        <translation>cada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the %1 of the month</source>
        <translation>el día %1 del mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the %1 of the month or on %2</source>
        <translation>el día %1 del mes o cada %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At %1, %2</source>
        <translation>A las %1, %2</translation>
    </message>
</context>
<context>
    <name>EventSentences</name>
    <message>
        <location filename="../ui/event_sentences.cpp" line="+17"/>
        <source>Training started</source>
        <translation>Entrenamiento iniciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Training finished</source>
        <translation>Entrenamiento terminado</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+72"/>
        <source>Training skipped</source>
        <translation>Entrenamiento omitido</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+73"/>
        <source>Training failed</source>
        <translation>Entrenamiento fallido</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Training cancelled</source>
        <translation>Entrenamiento cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training took too long</source>
        <translation>El entrenamiento tardó demasiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request joined a run</source>
        <translation>Petición unida a una ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version in service</source>
        <translation>Versión en servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval requested</source>
        <translation>Aprobación solicitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval expired</source>
        <translation>Aprobación caducada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolled back</source>
        <translation>Vuelta atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old version removed</source>
        <translation>Versión antigua eliminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old versions not removed</source>
        <translation>Versiones antiguas no eliminadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version in service unusable</source>
        <translation>Versión en servicio inutilizable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score checked</source>
        <translation>Puntuación comprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows imported</source>
        <translation>Filas importadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed</source>
        <translation>Reanudado</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Training started (%1)</source>
        <translation>Entrenamiento iniciado (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, as a trial: nothing will be put in service</source>
        <translation>, como prueba: no se pondrá nada en servicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training finished: the new version is in service</source>
        <translation>Entrenamiento terminado: la nueva versión está en servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training finished: the new version waits for approval</source>
        <translation>Entrenamiento terminado: la nueva versión espera aprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training finished: the version in service stays, the new one was not better</source>
        <translation>Entrenamiento terminado: sigue la versión en servicio, la nueva no era mejor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training cancelled; nothing was put in service</source>
        <translation>Entrenamiento cancelado; no se puso nada en servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training stopped: it ran longer than the %1 seconds allowed</source>
        <translation>Entrenamiento detenido: duró más de los %1 segundos permitidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another request to train (%1) joined the run already on its way</source>
        <translation>Otra petición de entrenar (%1) se unió a la ejecución ya en marcha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 put in service</source>
        <translation>Versión %1 puesta en servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 waits for a person&apos;s approval</source>
        <translation>La versión %1 espera la aprobación de una persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 approved and put in service</source>
        <translation>Versión %1 aprobada y puesta en servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 rejected: it will not serve</source>
        <translation>Versión %1 rechazada: no entrará en servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody approved version %1 in time; it will not serve</source>
        <translation>Nadie aprobó la versión %1 a tiempo; no entrará en servicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rolled back from version %1 to version %2</source>
        <translation>Vuelta de la versión %1 a la versión %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 put back in service</source>
        <translation>Versión %1 puesta de nuevo en servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 removed: only the newest versions are kept</source>
        <translation>Versión %1 eliminada: solo se guardan las versiones más recientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old versions could not be removed</source>
        <translation>No se pudieron eliminar las versiones antiguas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 in service could not be used</source>
        <translation>La versión %1 en servicio no se pudo usar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score on recent rows: %1 (retrains below %2)</source>
        <translation>Puntuación en filas recientes: %1 (reentrena por debajo de %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows imported, %2 rejected</source>
        <translation>%1 filas importadas, %2 rechazadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic retraining paused by %1</source>
        <translation>Reentrenamiento automático pausado por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic retraining resumed by %1</source>
        <translation>Reentrenamiento automático reanudado por %1</translation>
    </message>
</context>
<context>
    <name>HelpWindows</name>
    <message>
        <location filename="../ui/help_windows.cpp" line="+45"/>
        <source>About Retrainer</source>
        <translation>Acerca de Retrainer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrainer %1</source>
        <translation>Retrainer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps your prediction models fresh: retrains them on your data, tests every new version against the one in service, and keeps every version so that you can go back.</source>
        <translation>Mantiene al día sus modelos de predicción: los reentrena con sus datos, compara cada nueva versión con la que está en servicio y guarda todas las versiones para que pueda volver atrás.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence: %1</source>
        <translation>Licencia: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace (models, versions, history): %1</source>
        <translation>Espacio de trabajo (modelos, versiones, historial): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built with Qt %1 and dlib.</source>
        <translation>Hecho con Qt %1 y dlib.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When a model retrains</source>
        <translation>Cuándo se reentrena un modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On its schedules (by default every night at 02:00, on all its history, and every 12 hours if at least 3 new rows arrived); when enough new rows arrive (5 within 24 hours, then a 6-hour rest); when its score on recent rows falls below its threshold (checked every hour); when you click Train now; and once on start for runs missed while Retrainer was off.</source>
        <translation>Según sus horarios (por defecto cada noche a las 02:00, con todo su historial, y cada 12 horas si llegaron al menos 3 filas nuevas); cuando llegan suficientes filas nuevas (5 en 24 horas, después 6 horas de descanso); cuando su puntuación en filas recientes baja de su umbral (se comprueba cada hora); cuando pulsa Entrenar ahora; y una vez al arrancar por las ejecuciones perdidas mientras Retrainer estaba apagado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How a new version is tested</source>
        <translation>Cómo se prueba una nueva versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest rows (a fifth by default) are kept aside. The new version learns from the rest; then the new version and the one in service are both scored on the rows kept aside, so that they are compared on the same cases.</source>
        <translation>Las filas más recientes (una quinta parte por defecto) se apartan. La nueva versión aprende del resto; después la nueva versión y la que está en servicio se puntúan con las filas apartadas, de modo que se comparan con los mismos casos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the new version takes over</source>
        <translation>Cuándo la nueva versión toma el relevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when it is better by at least the improvement the model&apos;s settings ask for (0.02 by default) — an equal score keeps the version in service — and reaches the lowest score allowed, if one is set. A model can also ask a person to approve each new version first. Otherwise the version in service stays and the run says why.</source>
        <translation>Solo cuando es mejor al menos en la mejora que pide la configuración del modelo (0,02 por defecto) —con una puntuación igual sigue la versión en servicio— y alcanza la puntuación mínima permitida, si hay una. Un modelo también puede pedir que una persona apruebe antes cada nueva versión. Si no, sigue la versión en servicio y la ejecución dice por qué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to undo it</source>
        <translation>Cómo deshacerlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every version is kept with a checksum. On the model&apos;s Versions tab, choose a version and click Roll back: its checksum is verified and it is put in service again. Every change is written in the Audit trail with who made it.</source>
        <translation>Cada versión se guarda con una suma de comprobación. En la pestaña Versiones del modelo, elija una versión y pulse Volver atrás: se verifica su suma de comprobación y se pone de nuevo en servicio. Cada cambio queda en el registro de auditoría con quién lo hizo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How Retrainer decides</source>
        <translation>Cómo decide Retrainer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retrainer also works from a terminal, with the same workspace:</source>
        <translation>Retrainer también funciona desde una terminal, con el mismo espacio de trabajo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands</source>
        <translation>Órdenes</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <location filename="../core/daemon/instance_lock.cpp" line="+78"/>
        <source>cannot create the lock file %1 (does the folder exist and is it writable?)</source>
        <translation>no se puede crear el archivo de bloqueo %1 (¿existe la carpeta y se puede escribir en ella?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another Retrainer was starting the scheduler for %1; try again</source>
        <translation>otro Retrainer estaba iniciando el planificador de %1; hay que intentarlo de nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pid %1 on %2</source>
        <translation>pid %1 en %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another Retrainer (%1) already runs the scheduler for %2; stop it first or use the CLI, which talks to it</source>
        <translation>otro Retrainer (%1) ya ejecuta el planificador de %2; hay que detenerlo primero o usar la línea de comandos, que se comunica con él</translation>
    </message>
</context>
<context>
    <name>LeaveQuestions</name>
    <message>
        <location filename="../ui/leave_questions.cpp" line="+19"/>
        <source>Quit while training?</source>
        <translation>¿Salir mientras se entrena?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n model(s) are training now: %1.</source>
        <translation>
            <numerusform>%n modelo se está entrenando ahora: %1.</numerusform>
            <numerusform>%n modelos se están entrenando ahora: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quitting cancels the training; the versions in service stay. Retrainer can keep running in the tray instead and finish it.</source>
        <translation>Salir cancela el entrenamiento; las versiones en servicio se mantienen. En su lugar, Retrainer puede seguir funcionando en la bandeja y terminarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quitting cancels the training; the versions in service stay.</source>
        <translation>Salir cancela el entrenamiento; las versiones en servicio se mantienen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit and cancel the training</source>
        <translation>Salir y cancelar el entrenamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep running in the tray</source>
        <translation>Seguir funcionando en la bandeja</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Unsaved settings</source>
        <translation>Ajustes sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings of %1 were changed but not saved.</source>
        <translation>Los ajustes de %1 se cambiaron pero no se guardaron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save them before showing another model?</source>
        <translation>¿Guardarlos antes de mostrar otro modelo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some fields are not valid yet (marked in red), so they cannot be saved. Discard the changes, or cancel to correct them?</source>
        <translation>Algunos campos aún no son válidos (marcados en rojo), así que no se pueden guardar. ¿Descartar los cambios, o cancelar para corregirlos?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes</source>
        <translation>Descartar los cambios</translation>
    </message>
</context>
<context>
    <name>MetricWords</name>
    <message>
        <location filename="../core/engine/metric_words.cpp" line="+24"/>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>macro-F1</source>
        <translation>macro-F1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>typical error</source>
        <translation>error típico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error on big misses</source>
        <translation>error en los fallos grandes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>share of cases predicted right; higher is better</source>
        <translation>proporción de casos acertados; mayor es mejor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how well every class is found, rare ones too; 1 is perfect</source>
        <translation>lo bien que se encuentra cada clase, también las raras; 1 es perfecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how much of the ups and downs the model explains; 1 is perfect, 0 is no better than the average</source>
        <translation>cuánto de las subidas y bajadas explica el modelo; 1 es perfecto, 0 no es mejor que la media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how far a prediction is off on average; lower is better</source>
        <translation>cuánto se desvía una predicción de media; menor es mejor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>like the typical error, but big misses count more; lower is better</source>
        <translation>como el error típico, pero los fallos grandes cuentan más; menor es mejor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>euros</source>
        <translation>euros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dollars</source>
        <translation>dólares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units</source>
        <translation>unidades</translation>
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
        <translation>± %1 (en %2)</translation>
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
        <translation>Dé un nombre al modelo, p. ej. Tiempo de espera (clínica norte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is %1 characters long; use at most 100.</source>
        <translation>El nombre tiene %1 caracteres; use 100 como máximo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name must stay on one line (no line breaks or tabs).</source>
        <translation>El nombre debe ocupar una sola línea (sin saltos de línea ni tabuladores).</translation>
    </message>
</context>
<context>
    <name>ModelSelection</name>
    <message>
        <location filename="../core/learning/model_selection.cpp" line="+94"/>
        <source>skipped: %1 training rows, more than the %2 a kernel method handles in reasonable time</source>
        <translation>omitido: %1 filas de entrenamiento, más de las %2 que un método de kernel trata en un tiempo razonable</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>skipped: its next fold would take about %1 s more, past the time limit of %2 s for choosing</source>
        <translation>omitido: su siguiente partición tardaría unos %1 s más y pasaría el límite de %2 s para elegir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped: the time limit of %1 s for choosing was reached</source>
        <translation>omitido: se alcanzó el límite de %1 s para elegir</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>stopped: the time limit of %1 s for choosing was reached</source>
        <translation>detenido: se alcanzó el límite de %1 s para elegir</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 forward-chaining folds</source>
        <translation>%1 particiones en orden temporal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stratified folds</source>
        <translation>%1 particiones estratificadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 shuffled folds</source>
        <translation>%1 particiones aleatorias</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>; %1 skipped</source>
        <translation>; %1 omitido</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+2"/>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 on %2 of %3 training rows</source>
        <translation>%1 sobre %2 de %3 filas de entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chosen: %1 — CV %2 %3 (%4)</source>
        <translation>elegido: %1 — validación cruzada %2 %3 (%4)</translation>
    </message>
</context>
<context>
    <name>ModelSetup</name>
    <message>
        <location filename="../core/engine/model_setup.cpp" line="+45"/>
        <source>the labels are imbalanced (&apos;%1&apos;: %2 rows, &apos;%3&apos;: %4 rows), so the model is judged by macro-F1, the average over classes of how well each is found (1 is perfect): accuracy would look good for a model that never predicts &apos;%1&apos;</source>
        <translation>las etiquetas están desequilibradas (&apos;%1&apos;: %2 filas, &apos;%3&apos;: %4 filas), así que el modelo se juzga por el macro-F1, la media por clase de lo bien que se encuentra cada una (1 es perfecto): la exactitud parecería buena para un modelo que nunca predice &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ModelSnapshot</name>
    <message>
        <location filename="../ui/model_snapshot.cpp" line="+22"/>
        <source>Healthy</source>
        <translation>En buen estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below threshold</source>
        <translation>Bajo el umbral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Entrenando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last run failed</source>
        <translation>Falló la última ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not trained yet</source>
        <translation>Aún sin entrenar</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>today %1</source>
        <translation>hoy %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow %1</source>
        <translation>mañana %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>on schedule</source>
        <translation>según el horario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on schedule, new rows</source>
        <translation>según el horario, filas nuevas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new data</source>
        <translation>datos nuevos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score check</source>
        <translation>comprobación de puntuación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catch-up of missed runs</source>
        <translation>recuperación de ejecuciones perdidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train now</source>
        <translation>Entrenar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>through the API</source>
        <translation>a través de la API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replayed: the demo&apos;s past</source>
        <translation>repetida: el pasado de la demostración</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excellent</source>
        <translation>Excelente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ready</source>
        <translation>No listo</translation>
    </message>
</context>
<context>
    <name>PromotionGate</name>
    <message>
        <location filename="../core/engine/gate_policy.cpp" line="+113"/>
        <source>rejected: the model never predicts &apos;%1&apos;, although %2 of the %3 holdout rows are &apos;%1&apos;; a model that ignores a class is no better than guessing, whatever its %4 (%5)</source>
        <translation>rechazado: el modelo nunca predice &apos;%1&apos;, aunque %2 de las %3 filas de validación son &apos;%1&apos;; un modelo que ignora una clase no es mejor que adivinar, sea cual sea su %4 (%5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rejected: %1 %2 is no better than always guessing &apos;%3&apos;, which scores %4 on the same holdout</source>
        <translation>rechazado: %1 %2 no es mejor que responder siempre &apos;%3&apos;, que obtiene %4 en las mismas filas de validación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected: %1 %2 is no better than always predicting the training mean %3, which scores %4 on the same holdout</source>
        <translation>rechazado: %1 %2 no es mejor que predecir siempre la media de entrenamiento %3, que obtiene %4 en las mismas filas de validación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not registered: the data is unchanged since version %1 and the new candidate is no better (%2 %3 against %4); version %1 stays in service</source>
        <translation>no registrado: los datos no han cambiado desde la versión %1 y el nuevo candidato no es mejor (%2 %3 frente a %4); la versión %1 sigue en servicio</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../core/engine/retention.cpp" line="+21"/>
        <source>retention: the newest %1 versions are kept</source>
        <translation>retención: se conservan las %1 versiones más recientes</translation>
    </message>
</context>
<context>
    <name>SettingsChanges</name>
    <message>
        <location filename="../core/engine/settings_changes.cpp" line="+23"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>algorithm</source>
        <translation>algoritmo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data source</source>
        <translation>fuente de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column to predict</source>
        <translation>columna a predecir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns to learn from</source>
        <translation>columnas de las que aprender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time column</source>
        <translation>columna de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of rows kept for testing</source>
        <translation>proporción de filas reservadas para probar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows learnt from</source>
        <translation>filas de las que aprende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fewest rows to train</source>
        <translation>mínimo de filas para entrenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>versions kept</source>
        <translation>versiones guardadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score used to compare versions</source>
        <translation>puntuación para comparar versiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retrain when new rows arrive</source>
        <translation>reentrenar cuando lleguen filas nuevas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new rows that start a retrain</source>
        <translation>filas nuevas que inician un reentrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period in which they must arrive</source>
        <translation>periodo en el que deben llegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest between data retrains</source>
        <translation>descanso entre reentrenamientos por datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>performance checks</source>
        <translation>comprobaciones de rendimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>performance threshold</source>
        <translation>umbral de rendimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>performance check interval</source>
        <translation>intervalo de comprobación de rendimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retries before alert</source>
        <translation>reintentos antes de avisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catch up missed runs</source>
        <translation>recuperar ejecuciones perdidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longest training allowed</source>
        <translation>entrenamiento más largo permitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>improvement a new version needs</source>
        <translation>mejora que necesita una nueva versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lowest score allowed in service</source>
        <translation>puntuación mínima permitida en servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic rollback</source>
        <translation>vuelta atrás automática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approval before service</source>
        <translation>aprobación antes del servicio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, if %2 new rows</source>
        <translation>%1, si hay %2 filas nuevas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>schedule removed: %1</source>
        <translation>horario eliminado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schedule changed from %1 to %2</source>
        <translation>horario cambiado de %1 a %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schedule added: %1</source>
        <translation>horario añadido: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 cambió de %2 a %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 added</source>
        <translation>%1 añadido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings of %1 saved</source>
        <translation>Configuración de %1 guardada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings of %1 saved without changes</source>
        <translation>Configuración de %1 guardada sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings of %1: %2</source>
        <translation>Configuración de %1: %2</translation>
    </message>
</context>
<context>
    <name>VersionChoice</name>
    <message>
        <location filename="../ui/version_choice_text.cpp" line="+26"/>
        <source>Version %1: %2, as set in the model&apos;s settings.</source>
        <translation>Versión %1: %2, como indica la configuración del modelo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1: %2, chosen automatically. Each method was tried on older training rows only (%3), never on the rows kept back for the final check; this one scored %4.</source>
        <translation>Versión %1: %2, elegido automáticamente. Cada método se probó solo con filas de entrenamiento anteriores (%3), nunca con las filas reservadas para la comprobación final; este obtuvo %4.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The others: %1.</source>
        <translation>Los demás: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2.</source>
        <translation>%1 — %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The %n version(s) use %1 on disk.</source>
        <translation>
            <numerusform>La %n versión ocupa %1 en disco.</numerusform>
            <numerusform>Las %n versiones ocupan %1 en disco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The newest %n are kept, with any pinned one and the one in service; older ones are removed after each new version.</source>
        <translation>
            <numerusform>Se conserva la más reciente (%n), además de las fijadas y la que está en servicio; las anteriores se eliminan tras cada nueva versión.</numerusform>
            <numerusform>Se conservan las %n más recientes, además de las fijadas y la que está en servicio; las anteriores se eliminan tras cada nueva versión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::AccuracyChart</name>
    <message>
        <location filename="../ui/accuracy_chart.cpp" line="+157"/>
        <source>%1 of %2 per run</source>
        <translation>%1 de %2 por ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the candidate</source>
        <translation>%1 del candidato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promoted</source>
        <translation>promovido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rolled back to</source>
        <translation>revertido a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration (s)</source>
        <translation>duración (s)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>threshold %1</source>
        <translation>umbral %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run durations</source>
        <translation>Duración de las ejecuciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>took %1 s</source>
        <translation>tardó %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No run of %1 has measured %2 yet. Train the model to see its first point.</source>
        <translation>Ninguna ejecución de %1 ha medido %2 todavía. El primer punto aparecerá tras entrenar el modelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each point is a training run; the dashed line is the threshold below which %1 retrains. Rest the pointer on a point for its time and value.</source>
        <translation>Cada punto es una ejecución de entrenamiento; la línea discontinua es el umbral por debajo del cual %1 se reentrena. Deje el puntero sobre un punto para ver su hora y su valor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>retrainer::AlertChannelsEditor</name>
    <message>
        <location filename="../ui/alert_channels_editor.cpp" line="+44"/>
        <source>Encrypt the connection (STARTTLS)</source>
        <translation>Cifrar la conexión (STARTTLS)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save channel</source>
        <translation>Guardar canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send test alert</source>
        <translation>Enviar alerta de prueba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Besides the tray and the Alerts page, alerts can be posted to a chat room or a web service (a &quot;webhook&quot;: an address that accepts messages) or sent by e-mail.</source>
        <translation>Además de la bandeja y la página de alertas, las alertas pueden publicarse en una sala de chat o un servicio web (un &quot;webhook&quot;: una dirección que acepta mensajes) o enviarse por correo electrónico.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Webhook (chat room or web service)</source>
        <translation>Webhook (sala de chat o servicio web)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
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
        <translation>La dirección a la que se publican los mensajes. A menudo contiene una clave secreta, por eso se guarda en un archivo que solo usted puede leer, no en workspace.json. Déjelo vacío para conservar la guardada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat message (Slack, Mattermost)</source>
        <translation>Mensaje de chat (Slack, Mattermost)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every detail, for programs (JSON)</source>
        <translation>Todos los detalles, para programas (JSON)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept in a file only you can read. Leave empty to keep the saved one.</source>
        <translation>Se guarda en un archivo que solo usted puede leer. Déjelo vacío para conservar la guardada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org, other@example.org</source>
        <translation>nombre@example.org, otro@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all kinds</source>
        <translation>todos los tipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which alerts to send, separated by commas: %1. Empty sends every kind.</source>
        <translation>Qué alertas enviar, separadas por comas: %1. Vacío envía todos los tipos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all models</source>
        <translation>todos los modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which models&apos; alerts to send, separated by commas. Empty sends alerts about every model.</source>
        <translation>De qué modelos enviar alertas, separados por comas. Vacío envía las alertas de todos los modelos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail server:</source>
        <translation>Servidor de correo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send by:</source>
        <translation>Enviar por:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert kinds:</source>
        <translation>Tipos de alerta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models:</source>
        <translation>Modelos:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — e-mail to %2</source>
        <translation>%1 — correo a %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — webhook</source>
        <translation>%1 — webhook</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(saved; type a new address to change it)</source>
        <translation>(guardada; escriba una dirección nueva para cambiarla)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel &quot;%1&quot; saved. New alerts are sent to it.</source>
        <translation>Canal &quot;%1&quot; guardado. Las alertas nuevas se le enviarán.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Channel &quot;%1&quot; removed.</source>
        <translation>Canal &quot;%1&quot; quitado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not removed: %1</source>
        <translation>No se quitó: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot send a test yet: %1</source>
        <translation>Todavía no se puede enviar una prueba: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending a test alert through &quot;%1&quot;…</source>
        <translation>Enviando una alerta de prueba por &quot;%1&quot;…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test alert sent through &quot;%1&quot;. Check that it arrived.</source>
        <translation>Alerta de prueba enviada por &quot;%1&quot;. Compruebe que llegó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test alert did not arrive: %1</source>
        <translation>La alerta de prueba no llegó: %1</translation>
    </message>
</context>
<context>
    <name>retrainer::AlertsPage</name>
    <message>
        <location filename="../ui/alerts_page.cpp" line="+25"/>
        <source>Show acknowledged alerts</source>
        <translation>Mostrar alertas revisadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Marcar como revisada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Double-click an alert to read all of it.</source>
        <translation>Haga doble clic en una alerta para leerla completa.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing needs your attention.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n alerta abierta</numerusform>
            <numerusform>%n alertas abiertas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::ApprovalBadge</name>
    <message>
        <location filename="../ui/approval_badge.cpp" line="+19"/>
        <source>Open the comparison to approve or reject the candidate</source>
        <translation>Abrir la comparación para aprobar o rechazar el candidato</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n awaiting approval</source>
        <translation>
            <numerusform>%n pendiente de aprobación</numerusform>
            <numerusform>%n pendientes de aprobación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::ApprovalDialog</name>
    <message>
        <location filename="../ui/approval_dialog.cpp" line="+73"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve or reject %1 version %2</source>
        <translation>Aprobar o rechazar la versión %2 de %1</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Version %1 of %2 passed training and waits for your decision before it answers predictions.</source>
        <translation>La versión %1 de %2 superó el entrenamiento y espera una decisión antes de responder predicciones.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Why you approve or reject this version (kept in the audit trail)</source>
        <translation>Motivo de la aprobación o el rechazo de esta versión (se guarda en el registro de auditoría)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rejection needs a comment saying why.</source>
        <translation>Un rechazo necesita un comentario que explique el motivo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gate:</source>
        <translation>Control:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+68"/>
        <source>Loading version %1…</source>
        <translation>Cargando la versión %1…</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Cannot show version %1 of %2: %3</source>
        <translation>No se puede mostrar la versión %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run %1: %2</source>
        <translation>Ejecución %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no decision recorded</source>
        <translation>ninguna decisión registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run that produced this version is no longer recorded.</source>
        <translation>La ejecución que produjo esta versión ya no está registrada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Awaiting approval; the request expires on %1.</source>
        <translation>Pendiente de aprobación; la solicitud vence el %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval; the request does not expire.</source>
        <translation>Pendiente de aprobación; la solicitud no vence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 of %2 beside the version that was in service.</source>
        <translation>La versión %1 de %2 junto a la versión que estaba en servicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version did not need approval.</source>
        <translation>Esta versión no necesitaba aprobación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer awaiting approval: %1.</source>
        <translation>Ya no está pendiente de aprobación: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer awaiting approval: %1 by %2.</source>
        <translation>Ya no está pendiente de aprobación: %1 por %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version %1 (candidate)</source>
        <translation>Versión %1 (candidata)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 (in service)</source>
        <translation>Versión %1 (en servicio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In service</source>
        <translation>En servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (primary)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No version is in service: approving puts the first one in service.</source>
        <translation>No hay ninguna versión en servicio: al aprobar, esta será la primera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both versions were scored on the candidate&apos;s holdout rows, so the figures compare fairly.</source>
        <translation>Ambas versiones se evaluaron con las filas de prueba del candidato, así que las cifras son comparables.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version in service shows its own figures from when it was trained (another holdout).</source>
        <translation>La versión en servicio muestra sus propias cifras de cuando se entrenó (con otras filas de prueba).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Verifying and approving version %1…</source>
        <translation>Verificando y aprobando la versión %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejecting version %1…</source>
        <translation>Rechazando la versión %1…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Approved: version %1 of %2 is in service.</source>
        <translation>Aprobada: la versión %1 de %2 está en servicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: version %1 of %2 will not serve. The version in service stays.</source>
        <translation>Rechazada: la versión %1 de %2 no entrará en servicio. La versión en servicio se mantiene.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not approved: %1. The version in service stays.</source>
        <translation>No aprobada: %1. La versión en servicio se mantiene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rejected: %1</source>
        <translation>No rechazada: %1</translation>
    </message>
</context>
<context>
    <name>retrainer::AuditModel</name>
    <message>
        <location filename="../ui/audit_model.cpp" line="+19"/>
        <source>Run %1 of %2 started (%3)</source>
        <translation>Ejecución %1 de %2 iniciada (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, even if the data had not changed</source>
        <translation>, aunque los datos no hubieran cambiado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, as a trial: nothing was to be put in service</source>
        <translation>, como prueba: no se iba a poner nada en servicio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 of %2 cancelled</source>
        <translation>Ejecución %1 de %2 cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rolled back automatically from version %2 to version %3: %4</source>
        <translation>%1 volvió automáticamente de la versión %2 a la versión %3: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rolled back from version %2 to version %3</source>
        <translation>%1 volvió de la versión %2 a la versión %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 of %2 approved and put in service</source>
        <translation>Versión %1 de %2 aprobada y puesta en servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 of %2 rejected</source>
        <translation>Versión %1 de %2 rechazada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: &quot;%1&quot;</source>
        <translation>: «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows imported into %2, %3 rejected</source>
        <translation>%1 filas importadas en %2, %3 rechazadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheduling paused for every model</source>
        <translation>Programación en pausa para todos los modelos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scheduling of %1 paused</source>
        <translation>Programación de %1 en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduling resumed for every model</source>
        <translation>Programación reanudada para todos los modelos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scheduling of %1 resumed</source>
        <translation>Programación de %1 reanudada</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
</context>
<context>
    <name>retrainer::AuditPage</name>
    <message>
        <location filename="../ui/audit_page.cpp" line="+59"/>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search who, what or details…</source>
        <translation>Buscar quién, qué o detalles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Audit record</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 by %2, %3</source>
        <translation>%1 por %2, %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Loading the audit trail…</source>
        <translation>Cargando el registro de auditoría…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read the audit trail: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 de %n entrada</numerusform>
            <numerusform>%1 de %n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::BacktestTab</name>
    <message>
        <location filename="../ui/backtest_tab.cpp" line="+40"/>
        <location line="+38"/>
        <source>Its own schedule and triggers</source>
        <translation>Su propio horario y disparadores</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Retrained every night</source>
        <translation>Reentrenado cada noche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrained every %1 new rows</source>
        <translation>Reentrenado cada %1 filas nuevas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never retrained</source>
        <translation>Nunca reentrenado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run backtest</source>
        <translation>Ejecutar simulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Every night at 02:00</source>
        <translation>Cada noche a las 02:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When enough new rows arrived</source>
        <translation>Cuando llegan suficientes filas nuevas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick the days to replay and a way of retraining, then press Run backtest. Retrainer retrains on the rows that existed at each moment and scores the version in service on the rows that came next. It only looks: no version, run or history is changed.</source>
        <translation>Elija los días que quiere repetir y una forma de reentrenar, y pulse Ejecutar simulación. Retrainer reentrena con las filas que existían en cada momento y puntúa la versión en servicio con las filas que llegaron después. Solo mira: no cambia ninguna versión, ejecución ni historial.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrain</source>
        <translation>Reentrenar</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Replaying %1 to %2…</source>
        <translation>Repitiendo del %1 al %2…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backtest cancelled. Nothing was changed.</source>
        <translation>Simulación cancelada. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backtest could not run: %1</source>
        <translation>La simulación no pudo ejecutarse: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Trainings (%1 put in service)</source>
        <translation>Entrenamientos (%1 puestos en servicio)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Live %1</source>
        <translation>%1 real</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each point is the %1 of that day&apos;s new rows, predicted by the version in service when they arrived (%2).</source>
        <translation>Cada punto es el %1 de las filas nuevas de ese día, predichas por la versión en servicio cuando llegaron (%2).</translation>
    </message>
</context>
<context>
    <name>retrainer::CommandServer</name>
    <message>
        <location filename="../core/daemon/command_channel.cpp" line="-51"/>
        <source>another program already listens on %1</source>
        <translation>otro programa ya escucha en %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot listen on %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
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
        <translation>No se puede abrir el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A training started from the command line (process %1) is still running in %2. Start Retrainer again when it has finished.</source>
        <translation>Un entrenamiento iniciado desde la línea de comandos (proceso %1) sigue en curso en %2. Retrainer podrá iniciarse de nuevo cuando termine.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A Retrainer daemon (process %1) already runs for %2 and retrains its models without windows. Stop it (for example `systemctl --user stop retrainer`) to use the console, or use the command line beside it.</source>
        <translation>Un demonio de Retrainer (proceso %1) ya se ejecuta para %2 y reentrena sus modelos sin ventanas. Para usar la consola hay que detenerlo (por ejemplo, `systemctl --user stop retrainer`); también se puede usar la línea de comandos junto a él.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Local HTTP API on http://127.0.0.1:%1</source>
        <translation>API HTTP local en http://127.0.0.1:%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local HTTP API did not start: %1</source>
        <translation>La API HTTP local no se inició: %1</translation>
    </message>
</context>
<context>
    <name>retrainer::ConsoleEngine</name>
    <message>
        <location filename="../ui/console_engine.cpp" line="+80"/>
        <source>Train now, asked by %1</source>
        <translation>Entrenar ahora, a petición de %1</translation>
    </message>
</context>
<context>
    <name>retrainer::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard_page.cpp" line="+17"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 of %2 models healthy · %3 runs today · success rate %4 (last 30 days)</source>
        <translation>%1 de %2 modelos en buen estado · %3 ejecuciones hoy · tasa de éxito %4 (últimos 30 días)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduling is paused: models retrain only when you ask, until you resume it.</source>
        <translation>La programación está en pausa: los modelos solo se reentrenan cuando usted lo pide, hasta que la reanude.</translation>
    </message>
</context>
<context>
    <name>retrainer::DataQualityPage</name>
    <message>
        <location filename="../ui/data_quality_page.cpp" line="+82"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New rows</source>
        <translation>Filas nuevas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New rows by period</source>
        <translation>Filas nuevas por periodo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Column issues</source>
        <translation>Problemas por columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing</source>
        <translation>Vacíos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing %</source>
        <translation>% vacíos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outliers</source>
        <translation>Valores atípicos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drift since the active version</source>
        <translation>Deriva desde la versión activa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Insufficient</source>
        <translation>Insuficiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excellent</source>
        <translation>Excelente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data quality of %1</source>
        <translation>Calidad de los datos de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — quality score %2/100</source>
        <translation>%1 — puntuación de calidad %2/100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable rows: %1, rejected by the source: %2, duplicates: %3.</source>
        <translation>Filas utilizables: %1, rechazadas por el origen: %2, duplicadas: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readiness thresholds: minimum %1, recommended %2, excellent %3 rows.</source>
        <translation>Umbrales de preparación: mínimo %1, recomendado %2, excelente %3 filas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model has no timestamp column, so new rows cannot be counted by period.</source>
        <translation>El modelo no tiene columna de fecha y hora, así que las filas nuevas no se pueden contar por periodo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The last run removed duplicates: %1, rows below the quality filter: %2; personal data replaced: %3 e-mail, %4 phone, %5 ID number, %6 URL.</source>
        <translation>La última ejecución eliminó duplicados: %1, filas por debajo del filtro de calidad: %2; datos personales reemplazados: %3 correos electrónicos, %4 teléfonos, %5 números de identificación, %6 URL.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No run has cleaned this model&apos;s data yet.</source>
        <translation>Ninguna ejecución ha limpiado todavía los datos de este modelo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>drifted</source>
        <translation>con deriva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stable</source>
        <translation>estable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared with the training data of version %1. A PSI above %2 (highlighted) means the recent data no longer looks like what the model learnt from.</source>
        <translation>Comparado con los datos de entrenamiento de la versión %1. Un PSI superior a %2 (resaltado) indica que los datos recientes ya no se parecen a aquellos con los que aprendió el modelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No active version with a training profile yet: drift appears after the next training.</source>
        <translation>Todavía no hay una versión activa con perfil de entrenamiento: la deriva aparecerá tras el próximo entrenamiento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data quality</source>
        <translation>Calidad de los datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be made: %1</source>
        <translation>No se pudo generar el informe: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>retrainer::EventLogPage</name>
    <message>
        <location filename="../ui/event_log_page.cpp" line="+31"/>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by text</source>
        <translation>Filtrar por texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+80"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Double-click an event to see its stored record.</source>
        <translation>Haga doble clic en un evento para ver su registro guardado.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Event record</source>
        <translation>Registro del evento</translation>
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
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>retrainer::HistoryTab</name>
    <message>
        <location filename="../ui/history_tab.cpp" line="+36"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any trigger</source>
        <translation>Cualquier disparador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trigger:</source>
        <translation>Disparador:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n ejecución</numerusform>
            <numerusform>%n ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export the runs of %1</source>
        <translation>Exportar las ejecuciones de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv);;JSON lines (*.jsonl)</source>
        <translation>CSV (*.csv);;Líneas JSON (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exporting %n run(s)…</source>
        <translation>
            <numerusform>Exportando %n ejecución…</numerusform>
            <numerusform>Exportando %n ejecuciones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n run(s) to %1</source>
        <translation>
            <numerusform>%n ejecución exportada a %1</numerusform>
            <numerusform>%n ejecuciones exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run %1 · %2</source>
        <translation>Ejecución %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger: %1%2</source>
        <translation>Disparador: %1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (dry run)</source>
        <translation> (simulación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phase timings</source>
        <translation>Duración de las fases</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows used: %1 · rejected: %2</source>
        <translation>Filas usadas: %1 · rechazadas: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gate decision:</source>
        <translation>Decisión del control:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replayed, not a live run: what the nightly retraining would have done at this moment, learning only from the rows stamped before it (the demo&apos;s past, prepared when the demo was created).</source>
        <translation>Repetida, no es una ejecución real: lo que el reentrenamiento nocturno habría hecho en este momento, aprendiendo solo de las filas con fecha anterior (el pasado de la demostración, preparado al crearla).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Metrics:</source>
        <translation>Métricas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error:</source>
        <translation>Error:</translation>
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
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New model…</source>
        <translation>&amp;Nuevo modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close window</source>
        <translation>&amp;Cerrar ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Training</source>
        <translation>&amp;Entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train &amp;all now</source>
        <translation>Entrenar &amp;todos ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>&amp;Pause scheduling</source>
        <translation>&amp;Pausar la programación</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Event log</source>
        <translation>Registro de &amp;eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;udit trail</source>
        <translation>Registro de a&amp;uditoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How Retrainer decides</source>
        <translation>&amp;Cómo decide Retrainer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Commands for the terminal</source>
        <translation>Ó&amp;rdenes para la terminal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Retrainer</source>
        <translation>&amp;Acerca de Retrainer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Scheduling is paused.</source>
        <translation>La programación está en pausa.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The new API settings apply when Retrainer starts again.</source>
        <translation>Los nuevos ajustes de la API se aplican cuando Retrainer vuelve a iniciarse.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>%1 of %2 models healthy.</source>
        <translation>%1 de %2 modelos en buen estado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Training %1…</source>
        <translation>Entrenando %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot train %1</source>
        <translation>No se puede entrenar %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Training %n model(s) now. Each model&apos;s page shows its progress; the dashboard shows the outcome when the run ends.</source>
        <translation>
            <numerusform>Entrenando %n modelo ahora. La página de cada modelo muestra su progreso; el panel muestra el resultado cuando termina la ejecución.</numerusform>
            <numerusform>Entrenando %n modelos ahora. La página de cada modelo muestra su progreso; el panel muestra el resultado cuando termina cada ejecución.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot train all models</source>
        <translation>No se pueden entrenar todos los modelos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Resume scheduling</source>
        <translation>&amp;Reanudar la programación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let models retrain on their schedules and triggers again.</source>
        <translation>Deja que los modelos vuelvan a reentrenarse según sus horarios y disparadores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop automatic retraining until you resume it; Train now still works.</source>
        <translation>Detiene el reentrenamiento automático hasta que lo reanude; «Entrenar ahora» sigue funcionando.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Restart Retrainer?</source>
        <translation>¿Reiniciar Retrainer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language shows once Retrainer starts again.</source>
        <translation>El nuevo idioma aparece cuando Retrainer vuelve a iniciarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart now? Retrainer closes and opens again at once; a training in progress is asked about first.</source>
        <translation>¿Reiniciar ahora? Retrainer se cierra y se abre de nuevo enseguida; si hay un entrenamiento en curso, se pregunta antes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new language applies when Retrainer starts again.</source>
        <translation>El nuevo idioma se aplica cuando Retrainer vuelve a iniciarse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart Retrainer</source>
        <translation>Reiniciar Retrainer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrainer could not start again by itself; please start it again.</source>
        <translation>Retrainer no pudo volver a iniciarse solo; inícielo de nuevo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Start at login</source>
        <translation>Inicio con la sesión</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Retrainer keeps running</source>
        <translation>Retrainer sigue en ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models keep retraining in the background. Open the window from the tray icon; choose Quit there to stop.</source>
        <translation>Los modelos se siguen reentrenando en segundo plano. La ventana se abre desde el icono de la bandeja; para detenerlo, elegir Salir allí.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quit Retrainer?</source>
        <translation>¿Salir de Retrainer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no system tray to keep Retrainer running in. Quitting stops automatic retraining until Retrainer is started again. Quit?</source>
        <translation>No hay bandeja del sistema donde mantener Retrainer en ejecución. Al salir se detiene el reentrenamiento automático hasta que Retrainer se vuelva a iniciar. ¿Salir?</translation>
    </message>
</context>
<context>
    <name>retrainer::ModelCard</name>
    <message>
        <location filename="../ui/model_card.cpp" line="+23"/>
        <source>Train now</source>
        <translation>Entrenar ahora</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>In service:</source>
        <translation>En servicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score:</source>
        <translation>Puntuación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last run:</source>
        <translation>Última ejecución:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next:</source>
        <translation>Próxima:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data:</source>
        <translation>Datos:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>version %1, since %2</source>
        <translation>versión %1, desde %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no version yet</source>
        <translation>aún sin versión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>below the threshold %1</source>
        <translation>por debajo del umbral %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>threshold %1</source>
        <translation>umbral %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>never trained</source>
        <translation>nunca entrenado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing scheduled</source>
        <translation>nada programado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data file is missing: %1</source>
        <translation>falta el archivo de datos: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown until the first run</source>
        <translation>desconocido hasta la primera ejecución</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sample(s) · %1</source>
        <translation>
            <numerusform>%n muestra · %1</numerusform>
            <numerusform>%n muestras · %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training on another computer</source>
        <translation>Entrenando en otro equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training on %1 (user %2) since %3</source>
        <translation>Entrenando en %1 (usuario %2) desde %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training on %1 (user %2)</source>
        <translation>Entrenando en %1 (usuario %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another Retrainer that shares this store is training this model. This console waits and shows the outcome when that training ends.</source>
        <translation>Otro Retrainer que comparte este almacén está entrenando este modelo. Esta consola espera y muestra el resultado cuando ese entrenamiento termine.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>promoted to version %1</source>
        <translation>promovido a la versión %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>promoted</source>
        <translation>promovido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected: the version in service was better</source>
        <translation>rechazado: la versión en servicio era mejor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1 awaits approval</source>
        <translation>la versión %1 espera aprobación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>awaits approval</source>
        <translation>espera aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loading data</source>
        <translation>cargando datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>entrenando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluating</source>
        <translation>evaluando</translation>
    </message>
</context>
<context>
    <name>retrainer::ModelOverviewTab</name>
    <message>
        <location filename="../ui/model_overview_tab.cpp" line="+25"/>
        <source>waiting for a free worker</source>
        <translation>esperando un proceso libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading and checking the data</source>
        <translation>cargando y comprobando los datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training the candidate</source>
        <translation>entrenando el candidato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comparing with the version in service</source>
        <translation>comparando con la versión en servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recording the outcome</source>
        <translation>registrando el resultado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The run has ended: the new version is now in service.</source>
        <translation>La ejecución ha terminado: la nueva versión ya está en servicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run has ended: the version in service was better, so it stays.</source>
        <translation>La ejecución ha terminado: la versión en servicio era mejor, así que se mantiene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run has ended: the new version waits for approval before it is used.</source>
        <translation>La ejecución ha terminado: la nueva versión espera aprobación antes de usarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled. The version in service stays.</source>
        <translation>Cancelada. La versión en servicio se mantiene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run was skipped; &quot;Last run&quot; above says why.</source>
        <translation>La ejecución se omitió; «Última ejecución», arriba, dice por qué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run did not succeed; &quot;Last run&quot; above says why. The version in service stays.</source>
        <translation>La ejecución no tuvo éxito; «Última ejecución», arriba, dice por qué. La versión en servicio se mantiene.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Train now</source>
        <translation>Entrenar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What will happen next</source>
        <translation>Qué ocurrirá a continuación</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling: the version in service stays.</source>
        <translation>Cancelando: la versión en servicio se mantiene.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A run is on.</source>
        <translation>Hay una ejecución en curso.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>when it applies</source>
        <translation>cuando corresponda</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training started. You can keep working; the window stays responsive.</source>
        <translation>Entrenamiento iniciado. Se puede seguir trabajando; la ventana sigue respondiendo.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 · %2 elapsed</source>
        <translation>%1 · %2 transcurridos</translation>
    </message>
</context>
<context>
    <name>retrainer::ModelPage</name>
    <message>
        <location filename="../ui/model_page.cpp" line="+40"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest</source>
        <translation>Simulación</translation>
    </message>
</context>
<context>
    <name>retrainer::ModelSettingsPage</name>
    <message>
        <location filename="../ui/model_settings_page.cpp" line="+35"/>
        <source>Schedules</source>
        <translation>Programaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name the console, the tray and alerts show. Commands and the HTTP API keep using the model&apos;s identifier, which never changes.</source>
        <translation>El nombre que muestran la consola, la bandeja y las alertas. Los comandos y la API HTTP siguen usando el identificador del modelo, que nunca cambia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name shown:</source>
        <translation>&amp;Nombre mostrado:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tuned parameters belong to the previous algorithm; the new one starts from its defaults.</source>
        <translation>Los parámetros ajustados pertenecen al algoritmo anterior; el nuevo parte de sus valores predeterminados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algoritmo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of the newest rows kept aside to test each new version before it may replace the model in service.</source>
        <translation>La proporción de las filas más recientes que se reserva para probar cada nueva versión antes de que pueda reemplazar al modelo en servicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test share:</source>
        <translation>Proporción de &amp;prueba:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All history</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only recent rows</source>
        <translation>Solo filas recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn from every row ever collected, or only from the most recent days (when old rows no longer reflect how things work today).</source>
        <translation>Aprender de todas las filas recogidas o solo de los días más recientes (cuando las filas antiguas ya no reflejan cómo funcionan las cosas hoy).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days back rows are used.</source>
        <translation>Cuántos días hacia atrás se usan filas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Learn from:</source>
        <translation>Aprender &amp;de:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> rows</source>
        <translation> filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A training with fewer usable rows than this is skipped: too little data gives an unreliable model.</source>
        <translation>Un entrenamiento con menos filas utilizables que estas se omite: con muy pocos datos el modelo no es fiable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Minimum rows:</source>
        <translation>Filas &amp;mínimas:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the changes not saved yet.</source>
        <translation>Deshacer los cambios aún no guardados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No model selected</source>
        <translation>Ningún modelo seleccionado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No model named &quot;%1&quot;</source>
        <translation>No hay ningún modelo llamado &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings of %1</source>
        <translation>Configuración de %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Another model is already called &quot;%1&quot; (its identifier is %2).</source>
        <translation>Otro modelo ya se llama &quot;%1&quot; (su identificador es %2).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Correct the fields marked in red first.</source>
        <translation>Primero hay que corregir los campos marcados en rojo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store these settings; the scheduler uses them from now on.</source>
        <translation>Guardar esta configuración; el planificador la usará a partir de ahora.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>retrainer::ModelSidebar</name>
    <message>
        <location filename="../ui/model_sidebar.cpp" line="+9"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Alerts (%1)</source>
        <translation>Alertas (%1)</translation>
    </message>
</context>
<context>
    <name>retrainer::ModelWizard</name>
    <message>
        <location filename="../ui/model_wizard.cpp" line="+16"/>
        <source>New model</source>
        <translation>Nuevo modelo</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>a model named &apos;%1&apos; already exists</source>
        <translation>ya existe un modelo llamado «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The model was not saved: %1</source>
        <translation>El modelo no se guardó: %1</translation>
    </message>
</context>
<context>
    <name>retrainer::Notifier</name>
    <message>
        <location filename="../core/engine/notifier.cpp" line="+14"/>
        <location line="+4"/>
        <source>%1 retrained</source>
        <translation>%1 reentrenado</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Version %1 is now in service.</source>
        <translation>La versión %1 está ahora en servicio.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new version is in service.</source>
        <translation>Hay una nueva versión en servicio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new candidate was not better; the version in service stays.</source>
        <translation>El nuevo candidato no era mejor; la versión en servicio se mantiene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 awaits approval</source>
        <translation>%1 espera aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 is better and waits for an administrator to approve it.</source>
        <translation>La versión %1 es mejor y espera la aprobación de un administrador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A better version waits for an administrator to approve it.</source>
        <translation>Una versión mejor espera la aprobación de un administrador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: training failed</source>
        <translation>%1: el entrenamiento falló</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version in service stays.</source>
        <translation>La versión en servicio se mantiene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 The version in service stays.</source>
        <translation>%1 La versión en servicio se mantiene.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Retrainer needs attention</source>
        <translation>Retrainer requiere atención</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 needs attention</source>
        <translation>%1 requiere atención</translation>
    </message>
</context>
<context>
    <name>retrainer::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="+22"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start minimised to the tray</source>
        <translation>Iniciar minimizado en la bandeja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open only the tray icon when the console starts; the window stays hidden until you open it.</source>
        <translation>Al iniciar la consola, mostrar solo el icono de la bandeja; la ventana permanece oculta hasta que se abra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start when I log in</source>
        <translation>Iniciar al entrar en la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the console automatically when you log in to the desktop, so scheduled retraining happens without anyone remembering to open it.</source>
        <translation>Iniciar la consola automáticamente al iniciar sesión en el escritorio, para que el reentrenamiento programado ocurra sin que nadie tenga que acordarse de abrirla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of the console. &quot;System language&quot; follows your desktop&apos;s setting.</source>
        <translation>El idioma de la consola. &quot;Idioma del sistema&quot; sigue la configuración del escritorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies after the console restarts.</source>
        <translation>El nuevo idioma se aplica al reiniciar la consola.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local HTTP API</source>
        <translation>API HTTP local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable the local HTTP API</source>
        <translation>Activar la API HTTP local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lets other programs on this computer ask for status, start a training or send new samples. Each program needs a token.</source>
        <translation>Permite que otros programas de este equipo consulten el estado, inicien un entrenamiento o envíen muestras nuevas. Cada programa necesita un token.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The network port the API listens on, on this computer only (%1 to %2).</source>
        <translation>El puerto de red en el que escucha la API, solo en este equipo (%1 a %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where Retrainer keeps its history</source>
        <translation>Dónde guarda Retrainer su historial</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PostgreSQL database shared by every Retrainer that uses it: runs, versions and their model files, samples, alerts and the audit trail. One computer trains a model at a time; the others show who.</source>
        <translation>Una base de datos PostgreSQL compartida por todos los Retrainer que la usan: ejecuciones, versiones y sus archivos de modelo, muestras, alertas y el registro de auditoría. Un solo equipo entrena un modelo a la vez; los demás muestran cuál.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file on this computer (SQLite). To share models and history with other computers, copy it to a PostgreSQL database with `retrainer store migrate --to postgresql://…` while the console is closed.</source>
        <translation>Un archivo en este equipo (SQLite). Para compartir modelos e historial con otros equipos, cópielo a una base de datos PostgreSQL con `retrainer store migrate --to postgresql://…` con la consola cerrada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shared database:</source>
        <translation>Base de datos compartida:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts sent outside this computer</source>
        <translation>Alertas enviadas fuera de este equipo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Debe ser un número entero de %1 a %2.</translation>
    </message>
</context>
<context>
    <name>retrainer::RecurrenceForm</name>
    <message>
        <location filename="../ui/recurrence_form.cpp" line="+19"/>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every few hours</source>
        <translation>Cada pocas horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom (cron expression below)</source>
        <translation>Personalizado (expresión cron abajo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> hour(s)</source>
        <translation> hora(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from midnight: every 6 hours runs at 00:00, 06:00, 12:00 and 18:00.</source>
        <translation>Contado desde medianoche: cada 6 horas se ejecuta a las 00:00, 06:00, 12:00 y 18:00.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on day</source>
        <translation>el día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A month without this day (e.g. the 31st in April) is skipped.</source>
        <translation>Un mes sin ese día (p. ej. el 31 en abril) se salta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Local time on this computer.</source>
        <translation>Hora local de este ordenador.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This schedule can only be written as a cron expression; change it below, or choose one of the plain forms above to replace it.</source>
        <translation>Este horario solo se puede escribir como expresión cron; cámbielo abajo o elija arriba una de las formas sencillas para sustituirlo.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>at minute</source>
        <translation>en el minuto</translation>
    </message>
</context>
<context>
    <name>retrainer::RollbackDialog</name>
    <message>
        <location filename="../ui/rollback_dialog.cpp" line="+47"/>
        <source>Roll back to version %1</source>
        <translation>Revertir a la versión %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll back %1</source>
        <translation>Revertir %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put version %1 of %2 back in service instead of version %3?</source>
        <translation>¿Volver a poner en servicio la versión %1 de %2 en lugar de la versión %3?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put version %1 of %2 in service?</source>
        <translation>¿Poner en servicio la versión %1 de %2?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version %1 (chosen)</source>
        <translation>Versión %1 (elegida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 (in service)</source>
        <translation>Versión %1 (en servicio)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In service</source>
        <translation>En servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Verifying the checksum of version %1…</source>
        <translation>Verificando la suma de comprobación de la versión %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file of version %1 matches its SHA-256 checksum.</source>
        <translation>El archivo de la versión %1 coincide con su suma de comprobación SHA-256.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: version %1 cannot be put in service because its file is damaged or missing (%2). The version in service stays.</source>
        <translation>Rechazado: la versión %1 no se puede poner en servicio porque su archivo está dañado o no existe (%2). La versión en servicio se mantiene.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm the rollback</source>
        <translation>Confirmar la reversión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 of %2 will answer every prediction from now on. Continue?</source>
        <translation>La versión %1 de %2 responderá todas las predicciones a partir de ahora. ¿Continuar?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rolling back…</source>
        <translation>Revirtiendo…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done: version %1 of %2 is in service.</source>
        <translation>Hecho: la versión %1 de %2 está en servicio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rollback failed: %1. The version in service stays.</source>
        <translation>La reversión falló: %1. La versión en servicio se mantiene.</translation>
    </message>
</context>
<context>
    <name>retrainer::RunHistoryModel</name>
    <message>
        <location filename="../ui/run_history_model.cpp" line="+15"/>
        <location line="+169"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Entrenando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating</source>
        <translation>Evaluando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promoted</source>
        <translation>Promovido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows used</source>
        <translation>Filas usadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (dry run)</source>
        <translation>%1 (simulación)</translation>
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
        <translation>%1, memoria máxima %2 MB</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Gate: %1</source>
        <translation>Control: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run: nothing was registered.</source>
        <translation>Simulación: no se registró nada.</translation>
    </message>
</context>
<context>
    <name>retrainer::ScheduleEditor</name>
    <message>
        <location filename="../ui/schedule_editor.cpp" line="+29"/>
        <source>Enter a cron expression such as &quot;0 2 * * *&quot; (every day at 02:00).</source>
        <translation>Debe ser una expresión cron como &quot;0 2 * * *&quot; (todos los días a las 02:00).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a valid schedule: %1</source>
        <translation>Programación no válida: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs</source>
        <translation>Se ejecuta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The times this model retrains on its own. Select one to change it below.</source>
        <translation>Los momentos en que este modelo se reentrena por sí solo. Al seleccionar uno se puede cambiar abajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add schedule</source>
        <translation>&amp;Añadir programación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another time at which the model retrains.</source>
        <translation>Añadir otro momento en que el modelo se reentrena.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected schedule.</source>
        <translation>Quitar la programación seleccionada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How often this schedule retrains the model, in local time.</source>
        <translation>Con qué frecuencia este horario reentrena el modelo, en hora local.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;epeats:</source>
        <translation>Se r&amp;epite:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Five values separated by spaces: minute, hour, day of the month, month, day of the week, in local time.
&quot;0 2 * * *&quot; is every day at 02:00; &quot;30 6 * * MON&quot; every Monday at 06:30;
&quot;*/15 * * * *&quot; every 15 minutes; &quot;0 2 1 * *&quot; on the 1st of each month.</source>
        <translation>Cinco valores separados por espacios: minuto, hora, día del mes, mes, día de la semana, en hora local.
&quot;0 2 * * *&quot; es cada día a las 02:00; &quot;30 6 * * MON&quot; cada lunes a las 06:30;
&quot;*/15 * * * *&quot; cada 15 minutos; &quot;0 2 1 * *&quot; el día 1 de cada mes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Advanced — c&amp;ron:</source>
        <translation>Avanzado — c&amp;ron:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meaning:</source>
        <translation>Significado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when new rows have arrived</source>
        <translation>Solo si han llegado filas nuevas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When ticked, this schedule retrains only if enough new rows arrived since the last successful training; otherwise it retrains every time.</source>
        <translation>Si está marcada, esta programación reentrena solo si han llegado suficientes filas nuevas desde el último entrenamiento correcto; si no, reentrena siempre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> new rows</source>
        <translation> filas nuevas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many new rows must have arrived for this schedule to retrain.</source>
        <translation>Cuántas filas nuevas deben haber llegado para que esta programación reentrene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;least:</source>
        <translation>Al &amp;menos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next runs:</source>
        <translation>Próximas ejecuciones:</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Invalid schedule</source>
        <translation>Programación no válida</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>if %n new rows</source>
        <translation>
            <numerusform>si hay %n fila nueva</numerusform>
            <numerusform>si hay %n filas nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Never (no such date within five years)</source>
        <translation>Nunca (no existe esa fecha en los próximos cinco años)</translation>
    </message>
</context>
<context>
    <name>retrainer::Scheduler</name>
    <message>
        <location filename="../core/schedule/scheduler.cpp" line="+159"/>
        <source>while Retrainer was not running</source>
        <translation>mientras Retrainer no estaba en ejecución</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>while the computer was asleep or Retrainer was stopped</source>
        <translation>mientras el equipo estaba suspendido o Retrainer estaba detenido</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>conditional schedule (%1): %2 new samples, at least %3 needed</source>
        <translation>programación condicional (%1): %2 muestras nuevas, se necesitan al menos %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scheduled full retrain (%1)</source>
        <translation>reentrenamiento completo programado (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 scheduled run</source>
        <translation>1 ejecución programada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 scheduled runs</source>
        <translation>%1 ejecuciones programadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catch-up: missed %1, the latest at %2</source>
        <translation>recuperación: %1 sin realizar, la más reciente: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missed %1 (%2) %3</source>
        <translation>%1 sin realizar (%2) %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 new samples within %2 (at least %3)</source>
        <translation>%1 muestras nuevas en %2 (al menos %3)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>performance %1 below threshold %2 (retry %3 of %4)</source>
        <translation>rendimiento %1 por debajo del umbral %2 (reintento %3 de %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>performance %1 still below threshold %2 after %3 retrains; automatic retraining paused until it recovers or someone acts</source>
        <translation>rendimiento %1 aún por debajo del umbral %2 tras %3 reentrenamientos; reentrenamiento automático en pausa hasta que se recupere o alguien intervenga</translation>
    </message>
    <message>
        <location filename="../core/schedule/scheduler_outlook.cpp" line="+52"/>
        <source>conditional: %1, if at least %2 new samples (%3 of %2 so far)</source>
        <translation>condicional: %1, si hay al menos %2 muestras nuevas (%3 de %2 hasta ahora)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>full retrain: %1</source>
        <translation>reentrenamiento completo: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>waiting for %1 more samples (%2 of %3 within %4)</source>
        <translation>esperando %1 muestras más (%2 de %3 en %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 new samples waiting</source>
        <translation>%1 muestras nuevas en espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cooling down until %1</source>
        <translation>en espera hasta %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>performance check (threshold %1</source>
        <translation>comprobación de rendimiento (umbral %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, last score %1</source>
        <translation>, última puntuación %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; automatic retraining stopped after %1 retrains until the score recovers</source>
        <translation>; reentrenamiento automático detenido tras %1 reentrenamientos hasta que la puntuación se recupere</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>paused (%1)</source>
        <translation>en pausa (%1)</translation>
    </message>
</context>
<context>
    <name>retrainer::TrayIcon</name>
    <message>
        <location filename="../ui/tray_icon.cpp" line="+65"/>
        <source>Open Retrainer</source>
        <translation>Abrir Retrainer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Train all now</source>
        <translation>Entrenar todos ahora</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+40"/>
        <source>Pause scheduling</source>
        <translation>Pausar la programación</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Training %n model(s) now.</source>
        <translation>
            <numerusform>Entrenando %n modelo ahora.</numerusform>
            <numerusform>Entrenando %n modelos ahora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Resume scheduling</source>
        <translation>Reanudar la programación</translation>
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
            <numerusform>Entrenando %n modelo</numerusform>
            <numerusform>Entrenando %n modelos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduling is paused</source>
        <translation>La programación está en pausa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: %1 %2 (%3)</source>
        <translation>Próxima: %1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: nothing scheduled</source>
        <translation>Próxima: nada programado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last: %1 %2</source>
        <translation>Última: %1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n alert(s) need attention</source>
        <translation>
            <numerusform>%n alerta requiere atención</numerusform>
            <numerusform>%n alertas requieren atención</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::TriggerSettingsForm</name>
    <message>
        <location filename="../ui/trigger_settings_form.cpp" line="+22"/>
        <source>Enter a duration such as 6h, 90m, 1h30m or 2d.</source>
        <translation>Debe ser una duración como 6h, 90m, 1h30m o 2d.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a duration longer than zero.</source>
        <translation>La duración debe ser mayor que cero.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>When new data arrives</source>
        <translation>Cuando llegan datos nuevos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrain when enough new rows arrive</source>
        <translation>Reentrenar cuando lleguen suficientes filas nuevas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrain soon after a batch of new rows appears in the source, without waiting for the next scheduled time.</source>
        <translation>Reentrenar poco después de que aparezca un lote de filas nuevas en el origen, sin esperar a la siguiente hora programada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> new rows</source>
        <translation> filas nuevas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many new rows must arrive before a retrain starts.</source>
        <translation>Cuántas filas nuevas deben llegar antes de que empiece un reentrenamiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;least:</source>
        <translation>Al &amp;menos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new rows must arrive within this time, e.g. 24h: &quot;5 new rows within a day&quot;.</source>
        <translation>Las filas nuevas deben llegar dentro de este plazo; p. ej., 24h: &quot;5 filas nuevas en un día&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Within:</source>
        <translation>&amp;En:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a retrain started by new rows, wait at least this long before the next one, so a busy day does not retrain the model again and again. 0s: no pause.</source>
        <translation>Tras un reentrenamiento iniciado por filas nuevas, esperar al menos este tiempo antes del siguiente, para que un día con mucha actividad no reentrene el modelo una y otra vez. 0s: sin pausa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cool-down:</source>
        <translation>&amp;Pausa entre reentrenamientos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy check</source>
        <translation>Comprobación de precisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the model&apos;s accuracy regularly</source>
        <translation>Comprobar la precisión del modelo con regularidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regularly compare the model&apos;s predictions with what really happened in the newest rows, and retrain when it has become less accurate.</source>
        <translation>Comparar con regularidad las predicciones del modelo con lo que realmente ocurrió en las filas más recientes, y reentrenar cuando haya perdido precisión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How often the accuracy is checked, e.g. 1h for every hour.</source>
        <translation>Con qué frecuencia se comprueba la precisión; p. ej., 1h para cada hora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;every:</source>
        <translation>Comprobar &amp;cada:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lowest acceptable score. Below it the model is retrained at once; 0.70 means 70 %.</source>
        <translation>La puntuación mínima aceptable. Por debajo de ella, el modelo se reentrena de inmediato; 0.70 significa 70 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Threshold:</source>
        <translation>&amp;Umbral:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many retrains to try while the score stays below the threshold before raising an alert for a person to look at.</source>
        <translation>Cuántos reentrenamientos intentar mientras la puntuación siga por debajo del umbral antes de generar una alerta para que alguien la revise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retries before alert:</source>
        <translation>&amp;Reintentos antes de alertar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> rows</source>
        <translation> filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the newest rows the check scores the model on.</source>
        <translation>Con cuántas de las filas más recientes se evalúa el modelo en la comprobación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check on the newest:</source>
        <translation>Comprobar con las más recientes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A training still running after this long is stopped; the model in service stays as it is.</source>
        <translation>Un entrenamiento que siga en curso pasado este tiempo se detiene; el modelo en servicio queda como está.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;limit:</source>
        <translation>&amp;Límite de tiempo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catch up on missed schedules at start</source>
        <translation>Recuperar al iniciar las programaciones perdidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the computer was off at a scheduled time, retrain once when Retrainer starts again.</source>
        <translation>Si el equipo estaba apagado a una hora programada, reentrenar una vez cuando Retrainer vuelva a iniciarse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip scheduled retrains when the data has not changed</source>
        <translation>Omitir los reentrenamientos programados si los datos no han cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A scheduled retrain on exactly the same rows as last time would change nothing, so it is skipped.</source>
        <translation>Un reentrenamiento programado con exactamente las mismas filas que la última vez no cambiaría nada, así que se omite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused (no automatic retraining)</source>
        <translation>En pausa (sin reentrenamiento automático)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops every automatic retrain of this model; &quot;Train now&quot; still works.</source>
        <translation>Detiene todo reentrenamiento automático de este modelo; &quot;Entrenar ahora&quot; sigue funcionando.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter a number from 0 to 1, e.g. 0.70 for 70 %.</source>
        <translation>Debe ser un número de 0 a 1; p. ej., 0.70 para 70 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a number of 0 or more.</source>
        <translation>Debe ser un número igual o mayor que 0.</translation>
    </message>
</context>
<context>
    <name>retrainer::VersionsTab</name>
    <message>
        <location filename="../ui/versions_tab.cpp" line="+39"/>
        <source>Roll back…</source>
        <translation>Revertir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checksum</source>
        <translation>Suma de comprobación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In service</source>
        <translation>En servicio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every version is kept with a SHA-256 checksum. Choose one and roll back to put it in service again.</source>
        <translation>Cada versión se conserva con una suma de comprobación SHA-256. Al elegir una y revertir, vuelve a estar en servicio.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>verifying…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● in service</source>
        <translation>● en servicio</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>✔ verified</source>
        <translation>✔ verificada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✖ damaged</source>
        <translation>✖ dañada</translation>
    </message>
</context>
<context>
    <name>retrainer::WizardColumnsPage</name>
    <message>
        <location filename="../ui/wizard_columns_page.cpp" line="+14"/>
        <source>numbers</source>
        <translation>números</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Is this the right data?</source>
        <translation>¿Son estos los datos correctos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The columns found, what each holds, and the first rows.</source>
        <translation>Las columnas encontradas, qué contiene cada una y las primeras filas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first %1 rows of the source, as read.</source>
        <translation>Las primeras %1 filas del origen, tal como se leyeron.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>date and time</source>
        <translation>fecha y hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds numbers</source>
        <translation>%1 contiene números</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds dates and times</source>
        <translation>%1 contiene fechas y horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds text or categories</source>
        <translation>%1 contiene texto o categorías</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1: %n rows, </source>
        <translation>
            <numerusform>%1: %n fila, </numerusform>
            <numerusform>%1: %n filas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n columns.</source>
        <translation>
            <numerusform>%n columna.</numerusform>
            <numerusform>%n columnas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers: %1.</source>
        <translation>Números: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates and times: %1.</source>
        <translation>Fechas y horas: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text: %1.</source>
        <translation>Texto: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rows could not be read (first: %1, %2).</source>
        <translation>
            <numerusform>%n fila no se pudo leer (primera: %1, %2).</numerusform>
            <numerusform>%n filas no se pudieron leer (primera: %1, %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::WizardNamePage</name>
    <message>
        <location filename="../ui/wizard_name_page.cpp" line="+19"/>
        <source>Name the model</source>
        <translation>Nombre del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first training starts when you click Finish.</source>
        <translation>El primer entrenamiento empieza al pulsar Finalizar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name shown in the console, up to 100 characters, e.g. Waiting time (north clinic).</source>
        <translation>El nombre que se muestra en la consola, hasta 100 caracteres, p. ej. Tiempo de espera (clínica norte).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Models of the same group are listed together, e.g. Clinic or Logistics.</source>
        <translation>Los modelos del mismo grupo se muestran juntos; p. ej., Clínica o Logística.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifier:</source>
        <translation>Identificador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — what commands and the API call this model</source>
        <translation>%1 — el nombre de este modelo en las órdenes y la API</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A model named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un modelo llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New model</source>
        <translation>Nuevo modelo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Predicts &quot;%1&quot; (%2) from %3 in %4, with %5.</source>
        <translation>Predice &quot;%1&quot; (%2) a partir de %3 en %4, con %5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a category</source>
        <translation>una categoría</translation>
    </message>
</context>
<context>
    <name>retrainer::WizardSourcePage</name>
    <message>
        <location filename="../ui/wizard_source_page.cpp" line="+42"/>
        <source>%1 has only one column: a model needs a column to predict and at least one column to learn from.</source>
        <translation>%1 tiene una sola columna: un modelo necesita una columna que predecir y al menos otra de la que aprender.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no rows to learn from.</source>
        <translation>%1 no tiene filas de las que aprender.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read this source: %1</source>
        <translation>No se puede leer este origen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open this database: %1</source>
        <translation>No se puede abrir esta base de datos: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where are the rows?</source>
        <translation>¿Dónde están las filas?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CSV file or the SQLite table that holds one row per past case, with the value to predict in one of its columns.</source>
        <translation>Elegir el archivo CSV o la tabla SQLite que contiene una fila por cada caso pasado, con el valor que predecir en una de sus columnas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A &amp;CSV file</source>
        <translation>Un archivo &amp;CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A table of an S&amp;QLite database</source>
        <translation>Una tabla de una base de datos S&amp;QLite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>/path/to/rows.csv</source>
        <translation>/ruta/a/filas.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>/path/to/database.sqlite</source>
        <translation>/ruta/a/base_de_datos.sqlite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The table or view whose rows the model learns from.</source>
        <translation>La tabla o vista de cuyas filas aprende el modelo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tabla:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a CSV file</source>
        <translation>Elegir un archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an SQLite database</source>
        <translation>Elegir una base de datos SQLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite *.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This database has no tables.</source>
        <translation>Esta base de datos no tiene tablas.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Choose one of its %n tables.</source>
        <translation>
            <numerusform>Elegir su única tabla (%n).</numerusform>
            <numerusform>Elegir una de sus %n tablas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source> %n rows could not be read and will be left out.</source>
        <translation>
            <numerusform> %n fila no se pudo leer y se omitirá.</numerusform>
            <numerusform> %n filas no se pudieron leer y se omitirán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rows read</source>
        <translation>
            <numerusform>%n fila leída</numerusform>
            <numerusform>%n filas leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n columns.</source>
        <translation>
            <numerusform>, %n columna.</numerusform>
            <numerusform>, %n columnas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retrainer::WizardTrainingPage</name>
    <message>
        <location filename="../ui/wizard_training_page.cpp" line="+53"/>
        <source>What should it predict?</source>
        <translation>¿Qué debe predecir?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the column to predict and the columns it learns from.</source>
        <translation>Elegir la columna que predecir y las columnas de las que aprende.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value the model learns to predict, e.g. the waiting time in minutes.</source>
        <translation>El valor que el modelo aprende a predecir; p. ej., el tiempo de espera en minutos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number (regression)</source>
        <translation>Un número (regresión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A category (classification)</source>
        <translation>Una categoría (clasificación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predict an amount (minutes, cost, orders) or one of a few categories (late, on time).</source>
        <translation>Predecir una cantidad (minutos, coste, pedidos) o una de pocas categorías (con retraso, a tiempo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date or time of each row. The newest rows are kept aside to test each new version, and &quot;only recent rows&quot; uses it.</source>
        <translation>La fecha u hora de cada fila. Las filas más recientes se reservan para probar cada nueva versión, y &quot;solo filas recientes&quot; la usa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The columns the model learns from. Columns with a different value in almost every row (identifiers, free-form dates) are left out unless you tick them.</source>
        <translation>Las columnas de las que aprende el modelo. Las columnas con un valor distinto en casi todas las filas (identificadores, fechas en texto libre) se excluyen salvo que se marquen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Predict:</source>
        <translation>&amp;Predecir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time column:</source>
        <translation>Columna de &amp;fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learn from:</source>
        <translation>Aprender &amp;de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algoritmo:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The column to predict cannot also be the time column.</source>
        <translation>La columna que predecir no puede ser también la columna de fecha.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Suggested: &quot;%1&quot; holds numbers.</source>
        <translation>Sugerencia: &quot;%1&quot; contiene números.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested: &quot;%1&quot; holds only two values.</source>
        <translation>Sugerencia: &quot;%1&quot; contiene solo dos valores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested: &quot;%1&quot; holds text.</source>
        <translation>Sugerencia: &quot;%1&quot; contiene texto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>left out: a different value in almost every row</source>
        <translation>excluida: un valor distinto en casi cada fila</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out: almost every row has a different value, so it looks like an identifier or a date. Tick it to use it anyway.</source>
        <translation>Excluida: casi todas las filas tienen un valor distinto, así que parece un identificador o una fecha. Marcarla para usarla de todos modos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No row has a number in &quot;%1&quot;: choose &quot;A category&quot; or another column.</source>
        <translation>Ninguna fila tiene un número en &quot;%1&quot;: elegir &quot;Una categoría&quot; u otra columna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No row has a value in &quot;%1&quot;.</source>
        <translation>Ninguna fila tiene un valor en &quot;%1&quot;.</translation>
    </message>
</context>
</TS>
