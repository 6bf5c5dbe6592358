<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountWorkspace</name>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="200"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="200"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="200"/>
        <source>Placed</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="201"/>
        <source>Charged off</source>
        <translation>Castigada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="201"/>
        <source>Delinquent</source>
        <translation>Morosa desde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="201"/>
        <source>Last paid</source>
        <translation>Último pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="202"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="202"/>
        <source>allowed from</source>
        <translation>permitido desde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="202"/>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="203"/>
        <source>Not recorded: the guardrails refuse this contact.</source>
        <translation>No registrado: las salvaguardas rechazan este contacto.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="254"/>
        <source>Parties and contact points</source>
        <translation>Partes y medios de contacto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="254"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="261"/>
        <source>Why is it here</source>
        <translation>Por qué está aquí</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="283"/>
        <source>Contact &amp;log</source>
        <translation>&amp;Registro de contactos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="287"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="289"/>
        <source>This tab fills in once its module is installed.</source>
        <translation>Esta pestaña se completa cuando se instale su módulo.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="299"/>
        <source>Record a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="307"/>
        <source>&amp;Dial</source>
        <translation>&amp;Marcar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="309"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="594"/>
        <source>Dial with the softphone (tel: link), Ctrl+D</source>
        <translation>Marcar con el teléfono de software (enlace tel:), Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="314"/>
        <source>Consumer &amp;said…</source>
        <translation>El consumidor &amp;dijo…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="315"/>
        <source>Record what the consumer told us that changes how we may contact them (Ctrl+K)</source>
        <translation>Registrar lo que dijo el consumidor que cambia cómo podemos contactarlo (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="335"/>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="336"/>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="358"/>
        <source>Notes (Ctrl+L)</source>
        <translation>Notas (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="363"/>
        <source>Call&amp;back at</source>
        <translation>Volver a &amp;llamar el</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="374"/>
        <source>&amp;Record (Ctrl+Enter)</source>
        <translation>&amp;Registrar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="418"/>
        <source>Opening the account…</source>
        <translation>Abriendo la cuenta…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="428"/>
        <source>Could not open the account: </source>
        <translation>No se pudo abrir la cuenta: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="480"/>
        <source>(no consumer)</source>
        <translation>(sin consumidor)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="491"/>
        <source>Checked out: %1</source>
        <translation>En préstamo: %1</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="492"/>
        <source>Checked out for offline work on another workstation: it can be read here, but calls, letters and promises are refused until it syncs and releases the account, or a supervisor breaks the lease.</source>
        <translation>En préstamo para trabajo sin conexión en otra estación: aquí puede consultarse, pero se rechazan llamadas, cartas y promesas hasta que esa estación sincronice y libere la cuenta, o un supervisor rompa el préstamo.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="542"/>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="544"/>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="546"/>
        <source>The guardrails allow a call now</source>
        <translation>Las salvaguardas permiten llamar ahora</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="587"/>
        <source>No phone number on file.</source>
        <translation>No hay número de teléfono registrado.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="620"/>
        <source>Shortcut: </source>
        <translation>Atajo: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="637"/>
        <source>I said this is from a &amp;debt collector</source>
        <translation>Dije que llamo de parte de un &amp;cobrador de deudas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="639"/>
        <source>I gave the &amp;mini-Miranda disclosure</source>
        <translation>Di el aviso &amp;mini-Miranda</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="654"/>
        <source>Disclosures: </source>
        <translation>Avisos: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="658"/>
        <source>No notes yet.</source>
        <translation>Aún no hay notas.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="662"/>
        <source>On account </source>
        <translation>En la cuenta </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="670"/>
        <source>Consumer&apos;s time: </source>
        <translation>Hora del consumidor: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="670"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="684"/>
        <source>Result: </source>
        <translation>Resultado: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="702"/>
        <source>Inconvenient time</source>
        <translation>Horario inconveniente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="703"/>
        <source>When is it inconvenient, in the consumer&apos;s local time? e.g. &quot;mon-fri 12:00-13:00&quot; or &quot;09:00-11:00&quot;</source>
        <translation>¿Cuándo le resulta inconveniente, en la hora local del consumidor? p. ej. &quot;mon-fri 12:00-13:00&quot; o &quot;09:00-11:00&quot;</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="708"/>
        <source>Attorney</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="708"/>
        <source>The attorney&apos;s name or firm:</source>
        <translation>Nombre o bufete del abogado:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="713"/>
        <source>Cease request</source>
        <translation>Solicitud de cese</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="714"/>
        <source>Record that the consumer asked us to stop contacting them? Only a letter saying collection ends or naming a remedy may go after this.</source>
        <translation>¿Registrar que el consumidor pidió que dejemos de contactarlo? Después de esto solo puede enviarse una carta que indique el fin del cobro o un recurso concreto.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="732"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="774"/>
        <source>Choose the number first (Ctrl+P).</source>
        <translation>Elija primero el número (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="755"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="759"/>
        <source>Saved. The guardrails now take it into account.</source>
        <translation>Guardado. Las salvaguardas ya lo tienen en cuenta.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="771"/>
        <source>Pick a result first (keys 1-9).</source>
        <translation>Elija primero un resultado (teclas 1-9).</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="778"/>
        <source>This account has no consumer.</source>
        <translation>Esta cuenta no tiene consumidor.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="802"/>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="817"/>
        <source>Recorded </source>
        <translation>Registrado </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="832"/>
        <source>Not recorded: </source>
        <translation>No registrado: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="842"/>
        <source>Allowed from </source>
        <translation>Permitido desde </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="844"/>
        <source>Not allowed until the facts change (a flag cleared, an address added).</source>
        <translation>No permitido hasta que cambien los hechos (una marca retirada, una dirección añadida).</translation>
    </message>
</context>
<context>
    <name>ApprovalQueue</name>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="87"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="88"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="89"/>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="90"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/approvals.py" line="110"/>
        <source>%n promise(s) waiting for approval</source>
        <translation>
            <numerusform>%n promesa en espera de aprobación</numerusform>
            <numerusform>%n promesas en espera de aprobación</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="111"/>
        <source>Nothing is waiting for approval.</source>
        <translation>Nada espera aprobación.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="123"/>
        <source>Select a promise first.</source>
        <translation>Primero seleccione una promesa.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="126"/>
        <source>Reject the promise</source>
        <translation>Rechazar la promesa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="127"/>
        <source>Why is it rejected? The collector sees this.</source>
        <translation>¿Por qué se rechaza? El cobrador verá esto.</translation>
    </message>
</context>
<context>
    <name>AssignmentsTab</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="139"/>
        <source>Any client</source>
        <translation>Cualquier cliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="142"/>
        <source>e.g. NY, NJ, ON</source>
        <translation>p. ej. NY, NJ, ON</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="144"/>
        <source>Any collector or none</source>
        <translation>Cualquier cobrador o ninguno</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="145"/>
        <source>Unassigned only</source>
        <translation>Solo sin asignar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="146"/>
        <source>Accounts to assign (open accounts)</source>
        <translation>Cuentas por asignar (cuentas abiertas)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="148"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="149"/>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="184"/>
        <source>Balance from</source>
        <translation>Saldo desde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="150"/>
        <source>State / province</source>
        <translation>Estado / provincia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="151"/>
        <source>Score from</source>
        <translation>Puntuación desde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="152"/>
        <source>Now with</source>
        <translation>Ahora con</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="154"/>
        <source>Count accounts</source>
        <translation>Contar cuentas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="157"/>
        <source>Assign to the ticked collectors</source>
        <translation>Asignar a los cobradores marcados</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="161"/>
        <source>Deal them in turn, best score first, to:</source>
        <translation>Repartirlas por turnos, primero la mejor puntuación, a:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="167"/>
        <source>Queue rules of a collector</source>
        <translation>Reglas de cola de un cobrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="180"/>
        <source>Only accounts callable now</source>
        <translation>Solo cuentas que se pueden llamar ahora</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="181"/>
        <source>Collector</source>
        <translation>Cobrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="182"/>
        <source>Clients (none ticked: all)</source>
        <translation>Clientes (ninguno marcado: todos)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="183"/>
        <source>Statuses</source>
        <translation>Estados</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="185"/>
        <source>States / provinces</source>
        <translation>Estados / provincias</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="186"/>
        <source>Minimum score</source>
        <translation>Puntuación mínima</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="188"/>
        <source>Save queue rules</source>
        <translation>Guardar reglas de cola</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="203"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="232"/>
        <source>{name} ({count} open)</source>
        <translation>{name} ({count} abiertas)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="261"/>
        <source>{count} accounts match</source>
        <translation>{count} cuentas coinciden</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="275"/>
        <source>Tick at least one collector to give the accounts to.</source>
        <translation>Marque al menos un cobrador a quien dar las cuentas.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="278"/>
        <source>Assign accounts</source>
        <translation>Asignar cuentas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="279"/>
        <source>Deal the matching accounts to %n collector(s)?</source>
        <translation>
            <numerusform>¿Repartir las cuentas que coinciden a %n cobrador?</numerusform>
            <numerusform>¿Repartir las cuentas que coinciden entre %n cobradores?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="293"/>
        <source>{moved} of {selected} matching accounts moved.</source>
        <translation>Se movieron {moved} de {selected} cuentas que coinciden.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="352"/>
        <source>Queue rules saved for {collector}: {rules}</source>
        <translation>Reglas de cola guardadas para {collector}: {rules}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="354"/>
        <source>no rules (every assigned account)</source>
        <translation>sin reglas (todas las cuentas asignadas)</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="364"/>
        <source>Verify the audit chain</source>
        <translation>Verificar la cadena de auditoría</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="367"/>
        <source>Walks every audit event in order and names the first one that does not match.</source>
        <translation>Recorre cada evento de auditoría en orden e indica el primero que no coincide.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="375"/>
        <source>Account number (or its beginning)</source>
        <translation>Número de cuenta (o su comienzo)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="379"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="381"/>
        <source>Account history:</source>
        <translation>Historial de la cuenta:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="385"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="385"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="385"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="385"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="386"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="386"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="386"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="400"/>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="419"/>
        <source>Verifying… {count} events</source>
        <translation>Verificando… {count} eventos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="432"/>
        <source>No account number starts with that.</source>
        <translation>Ningún número de cuenta empieza así.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="452"/>
        <source>%n audit event(s) for this account</source>
        <translation>
            <numerusform>%n evento de auditoría de esta cuenta</numerusform>
            <numerusform>%n eventos de auditoría de esta cuenta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchLettersDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="40"/>
        <source>Validation notices for new placements</source>
        <translation>Avisos de validación para nuevas asignaciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="47"/>
        <source>Generates the Reg F validation notice (CFPB model form layout) for every open account that has none yet, keeps each PDF with its account and records it as a letter sent. A Spanish notice is always mailed with the English notice in the same PDF. Accounts the guardrails refuse (cease request, attorney, bankruptcy...) or without itemization facts are skipped and listed.</source>
        <translation>Genera el aviso de validación de la Reg F (formato del formulario modelo de la CFPB) para cada cuenta abierta que aún no lo tiene, guarda cada PDF con su cuenta y lo registra como carta enviada. Un aviso en español siempre se envía con el aviso en inglés en el mismo PDF. Las cuentas que las salvaguardas rechazan (pedido de cese, abogado, bancarrota...) o sin los datos del desglose se omiten y se enumeran.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="56"/>
        <source>Loading placements…</source>
        <translation>Cargando asignaciones…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="58"/>
        <source>Placement</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="60"/>
        <source>Each consumer&apos;s language</source>
        <translation>El idioma de cada consumidor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="61"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="62"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="63"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="69"/>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="76"/>
        <source>Accounts skipped, with the reason, appear here.</source>
        <translation>Aquí aparecen las cuentas omitidas, con el motivo.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="81"/>
        <source>Generate notices</source>
        <translation>Generar avisos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="85"/>
        <location filename="../../ccs_desktop/ui/letters.py" line="137"/>
        <location filename="../../ccs_desktop/ui/letters.py" line="147"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="101"/>
        <source>All new placements ({count} accounts)</source>
        <translation>Todas las nuevas asignaciones ({count} cuentas)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="103"/>
        <source>{placement} — {count} accounts</source>
        <translation>{placement} — {count} cuentas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="106"/>
        <source>No account is waiting for a validation notice</source>
        <translation>Ninguna cuenta espera un aviso de validación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="117"/>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="121"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="129"/>
        <source>Generating validation notices: {done} of {total}…</source>
        <translation>Generando avisos de validación: {done} de {total}…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="152"/>
        <source>Cancelling after the current letter…</source>
        <translation>Cancelando después de la carta actual…</translation>
    </message>
</context>
<context>
    <name>CachePassphraseDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="375"/>
        <source>Unlock the offline cache</source>
        <translation>Desbloquear la caché sin conexión</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="380"/>
        <source>This computer has no keyring to keep the offline cache&apos;s key. Choose a passphrase for the offline cache: you will type it each time CCS Desktop starts. It is stored nowhere; if it is forgotten, changes not yet synced are lost.</source>
        <translation>Esta computadora no tiene un llavero para guardar la clave de la caché sin conexión. Elija una frase de contraseña para la caché sin conexión: la escribirá cada vez que inicie CCS Desktop. No se guarda en ningún lugar; si la olvida, se pierden los cambios aún no sincronizados.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="383"/>
        <source>The offline cache on this computer is locked with a passphrase. Type it to work offline.</source>
        <translation>La caché sin conexión de esta computadora está bloqueada con una frase de contraseña. Escríbala para trabajar sin conexión.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="394"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="396"/>
        <source>Type it again:</source>
        <translation>Escríbala de nuevo:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="406"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="436"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="414"/>
        <source>Use at least {n} characters.</source>
        <translation>Use al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="417"/>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="420"/>
        <source>Type the passphrase.</source>
        <translation>Escriba la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="424"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
</context>
<context>
    <name>CallLogTab</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="46"/>
        <source>Could not load the call log: {message}</source>
        <translation>No se pudo cargar el registro de llamadas: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="53"/>
        <source>All collectors</source>
        <translation>Todos los cobradores</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="55"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="62"/>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="66"/>
        <source>All results</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="68"/>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="69"/>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="71"/>
        <source>Blocked attempts</source>
        <translation>Intentos bloqueados</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="72"/>
        <source>Overrides only</source>
        <translation>Solo excepciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="73"/>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="74"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="76"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="77"/>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="80"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="111"/>
        <source>Review this attempt</source>
        <translation>Revisar este intento</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="113"/>
        <source>Comment the collector will see</source>
        <translation>Comentario que verá el cobrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="115"/>
        <source>Mark reviewed</source>
        <translation>Marcar como revisado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="155"/>
        <source>&lt;b&gt;Checklist&lt;/b&gt; (weight)</source>
        <translation>&lt;b&gt;Lista de verificación&lt;/b&gt; (peso)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="161"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="192"/>
        <source>+ (scroll for more)</source>
        <translation>+ (desplácese para ver más)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="193"/>
        <source>{count} rows</source>
        <translation>{count} filas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="222"/>
        <source>purpose {purpose}</source>
        <translation>propósito {purpose}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="223"/>
        <source>to {destination}</source>
        <translation>a {destination}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="227"/>
        <source>Refused by the guardrails.</source>
        <translation>Rechazado por las salvaguardas.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="231"/>
        <source>&lt;b&gt;No guardrail decision on record&lt;/b&gt; (recorded without the guardrails, e.g. imported).</source>
        <translation>&lt;b&gt;No hay decisión de salvaguardas registrada&lt;/b&gt; (registrado sin las salvaguardas, p. ej. importado).</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="234"/>
        <source>&lt;b&gt;Guardrail decision&lt;/b&gt; under rule pack {pack}: {verdict}</source>
        <translation>&lt;b&gt;Decisión de salvaguardas&lt;/b&gt; con el paquete de reglas {pack}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="236"/>
        <source>allowed</source>
        <translation>permitido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="236"/>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="242"/>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="245"/>
        <source>&lt;b&gt;Override&lt;/b&gt; by {supervisor} of {rules}: {reason}</source>
        <translation>&lt;b&gt;Excepción&lt;/b&gt; de {supervisor} a {rules}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="248"/>
        <source>Disclosures ticked:</source>
        <translation>Avisos marcados:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="249"/>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="251"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="250"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="253"/>
        <source>Callback set for {when}</source>
        <translation>Devolución de llamada fijada para {when}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="256"/>
        <source>acknowledged {date}</source>
        <translation>leído el {date}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="257"/>
        <source>not yet acknowledged</source>
        <translation>aún no leído</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="259"/>
        <source>&lt;b&gt;Reviewed&lt;/b&gt; {when} by {reviewer}: {score}</source>
        <translation>&lt;b&gt;Revisado&lt;/b&gt; el {when} por {reviewer}: {score}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="261"/>
        <source>missed {items}</source>
        <translation>faltó {items}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="275"/>
        <source>Reviewed {account}: {score}.</source>
        <translation>Revisado {account}: {score}.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="292"/>
        <source>Export the call log</source>
        <translation>Exportar el registro de llamadas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="297"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="299"/>
        <source>Saved {what} to {path}</source>
        <translation>Se guardó {what} en {path}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="337"/>
        <source>Check the rows</source>
        <translation>Revisar las filas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="338"/>
        <source>Every row is checked before anything is written. Accounts this client already placed are found when importing.</source>
        <translation>Se revisa cada fila antes de escribir nada. Las cuentas que este cliente ya asignó se detectan al importar.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="351"/>
        <source>Export rejected rows…</source>
        <translation>Exportar filas rechazadas…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="355"/>
        <source>When rows are rejected</source>
        <translation>Cuando se rechazan filas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="357"/>
        <source>Import the valid rows</source>
        <translation>Importar las filas válidas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="359"/>
        <source>All or nothing: import only a clean file</source>
        <translation>Todo o nada: importar solo un archivo sin errores</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="377"/>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="394"/>
        <source>This file cannot be imported.</source>
        <translation>Este archivo no se puede importar.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="402"/>
        <source>{rows} rows: {valid} valid ({amount} placed), {rejected} rejected.</source>
        <translation>{rows} filas: {valid} válidas ({amount} asignado), {rejected} rechazadas.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="406"/>
        <source>Trailer: {count} accounts, {total} — reconciled.</source>
        <translation>Registro final: {count} cuentas, {total} — conciliado.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="409"/>
        <source>Warning: {warning}</source>
        <translation>Advertencia: {warning}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="417"/>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="472"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="568"/>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="478"/>
        <source>These changes could not be merged automatically. Choose which value stands; nothing is dropped until you decide.</source>
        <translation>Estos cambios no se pudieron combinar automáticamente. Elija qué valor queda; no se descarta nada hasta que usted decida.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="491"/>
        <source>Keep shared value</source>
        <translation>Conservar el valor compartido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="492"/>
        <source>Use my value</source>
        <translation>Usar mi valor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="509"/>
        <source>Conflicts are resolved on the shared database: reconnect first</source>
        <translation>Los conflictos se resuelven en la base de datos compartida: vuelva a conectarse primero</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="518"/>
        <source>Could not load the conflicts: {message}</source>
        <translation>No se pudieron cargar los conflictos: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="528"/>
        <source>(whole change)</source>
        <translation>(cambio completo)</translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="270"/>
        <source>paid {amount}</source>
        <translation>pagado {amount}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="272"/>
        <source>{seq} of {of}</source>
        <translation>{seq} de {of}</translation>
    </message>
</context>
<context>
    <name>DisputePanel</name>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="170"/>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="177"/>
        <source>New dispute…</source>
        <translation>Nueva disputa…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="208"/>
        <source>Request proof</source>
        <translation>Pedir prueba</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="208"/>
        <source>Proof received</source>
        <translation>Prueba recibida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="209"/>
        <source>Send verification letter</source>
        <translation>Enviar carta de verificación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="210"/>
        <source>Verification sent (outside the app)</source>
        <translation>Verificación enviada (fuera de la aplicación)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="211"/>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="211"/>
        <source>Hold collection…</source>
        <translation>Suspender el cobro…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="221"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="230"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="240"/>
        <source>Add to the thread. Notes are never edited: to fix one, select it and write a correction.</source>
        <translation>Agregue al hilo. Las notas nunca se editan: para corregir una, selecciónela y escriba una corrección.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="246"/>
        <source>Add as correction of the selected note</source>
        <translation>Agregar como corrección de la nota seleccionada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="249"/>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="282"/>
        <source>(part)</source>
        <translation>(parte)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="284"/>
        <source>HELD</source>
        <translation>SUSPENDIDO</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="321"/>
        <source>No dispute on this account.</source>
        <translation>No hay disputas en esta cuenta.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="323"/>
        <source>inside the validation period</source>
        <translation>dentro del período de validación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="324"/>
        <source>after the validation period</source>
        <translation>después del período de validación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="326"/>
        <source>(ends {date})</source>
        <translation>(termina el {date})</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="327"/>
        <source>{amount} (whole balance), received {how} on {when} by {who}</source>
        <translation>{amount} (todo el saldo), recibida de forma {how} el {when} por {who}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="328"/>
        <source>{amount} (part of the balance), received {how} on {when} by {who}</source>
        <translation>{amount} (parte del saldo), recibida de forma {how} el {when} por {who}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="331"/>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="333"/>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="335"/>
        <source>(cycle time {days} days)</source>
        <translation>(tiempo de ciclo {days} días)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="338"/>
        <source>a written dispute inside the validation period</source>
        <translation>una disputa por escrito dentro del período de validación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="340"/>
        <source>held by the agency</source>
        <translation>suspendido por la agencia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="342"/>
        <source>&lt;b&gt;Collection is held&lt;/b&gt; ({why}) until the verification is sent: only the verification may go out.</source>
        <translation>&lt;b&gt;El cobro está suspendido&lt;/b&gt; ({why}) hasta que se envíe la verificación: solo puede salir la verificación.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="355"/>
        <source>Note on state</source>
        <translation>Nota sobre el estado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="366"/>
        <source>(corrects the note of {when})</source>
        <translation>(corrige la nota del {when})</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="367"/>
        <source>earlier</source>
        <translation>antes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="375"/>
        <source>Corrected by a later note; kept as written.</source>
        <translation>Corregida por una nota posterior; se conserva tal como se escribió.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="417"/>
        <source>Dispute recorded.</source>
        <translation>Disputa registrada.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="419"/>
        <source>Collection is held on this account until the verification is sent.</source>
        <translation>El cobro de esta cuenta queda suspendido hasta que se envíe la verificación.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="429"/>
        <source>Dispute: {status}.</source>
        <translation>Disputa: {status}.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="437"/>
        <source>Verification letter sent and kept with the account; the collection hold is lifted.</source>
        <translation>Carta de verificación enviada y guardada con la cuenta; se levanta la suspensión del cobro.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="445"/>
        <source>Collection is held on this dispute.</source>
        <translation>El cobro está suspendido por esta disputa.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="457"/>
        <source>Note added.</source>
        <translation>Nota agregada.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="484"/>
        <source>Hold collection</source>
        <translation>Suspender el cobro</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="484"/>
        <source>Why is collection held?</source>
        <translation>¿Por qué se suspende el cobro?</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="23"/>
        <source>Only feedback not yet acknowledged</source>
        <translation>Solo comentarios aún no leídos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="25"/>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="25"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="25"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="25"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="25"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="26"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="26"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="26"/>
        <source>Acknowledged</source>
        <translation>Leído</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="30"/>
        <source>I have read this</source>
        <translation>Ya lo leí</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="32"/>
        <source>&lt;b&gt;My feedback&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mis comentarios&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="35"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="61"/>
        <source>%n review(s) to read</source>
        <translation>
            <numerusform>%n revisión por leer</numerusform>
            <numerusform>%n revisiones por leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="62"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n revisión</numerusform>
            <numerusform>%n revisiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="76"/>
        <source>{reviewer} scored your {result} call on {account}: {score}</source>
        <translation>{reviewer} calificó su llamada {result} en {account}: {score}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="112"/>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="170"/>
        <source>Placement file</source>
        <translation>Archivo de asignaciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="113"/>
        <source>Choose the client who placed the accounts and the file they sent (CSV or Excel .xlsx).</source>
        <translation>Elija el cliente que asignó las cuentas y el archivo que envió (CSV o Excel .xlsx).</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="118"/>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="122"/>
        <source>placement file…</source>
        <translation>archivo de asignaciones…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="124"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="128"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="132"/>
        <source>Text encoding (CSV):</source>
        <translation>Codificación del texto (CSV):</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="135"/>
        <source>Column map:</source>
        <translation>Mapa de columnas:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="138"/>
        <source>Duplicates:</source>
        <translation>Duplicados:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="139"/>
        <source>Loading clients…</source>
        <translation>Cargando clientes…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="144"/>
        <source>Cannot load clients: {message}</source>
        <translation>No se pueden cargar los clientes: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="148"/>
        <source>There are no active clients.</source>
        <translation>No hay clientes activos.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="165"/>
        <source>an account number this client already placed is updated (balance adjusted)</source>
        <translation>un número de cuenta que este cliente ya asignó se actualiza (se ajusta el saldo)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="167"/>
        <source>an account number this client already placed is rejected</source>
        <translation>un número de cuenta que este cliente ya asignó se rechaza</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="171"/>
        <source>Placement files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Archivos de asignaciones (*.csv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="560"/>
        <source>Import a placement file</source>
        <translation>Importar un archivo de asignaciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="580"/>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="581"/>
        <source>Cancel the running import? Nothing of it will be written.</source>
        <translation>¿Cancelar la importación en curso? No se escribirá nada de ella.</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="88"/>
        <source>All collectors</source>
        <translation>Todos los cobradores</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="90"/>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="95"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="96"/>
        <source>Performance report…</source>
        <translation>Informe de desempeño…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="97"/>
        <source>Compliance report…</source>
        <translation>Informe de cumplimiento…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="99"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="99"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="122"/>
        <source>Attempts and right-party contacts per day</source>
        <translation>Intentos y contactos con la persona correcta por día</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="123"/>
        <source>By collector</source>
        <translation>Por cobrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="124"/>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="252"/>
        <source>Contacts blocked by rule</source>
        <translation>Contactos bloqueados por regla</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="154"/>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="170"/>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="186"/>
        <source>{start} to {end}: {disputes} disputes resolved, {kept} promises kept, {broken} broken.</source>
        <translation>Del {start} al {end}: {disputes} disputas resueltas, {kept} promesas cumplidas, {broken} incumplidas.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="195"/>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="245"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="195"/>
        <source>Right-party contacts</source>
        <translation>Contactos con la persona correcta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="246"/>
        <source>Right-party</source>
        <translation>Persona correcta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="247"/>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="253"/>
        <source>Contacts blocked by rule: none in this period</source>
        <translation>Contactos bloqueados por regla: ninguno en este período</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="254"/>
        <source>Refusals</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="259"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="264"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="266"/>
        <source>Saved “{title}” to {path}</source>
        <translation>Se guardó “{title}” en {path}</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="316"/>
        <source>English + Spanish</source>
        <translation>Inglés + español</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="249"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="252"/>
        <source>Send validation notice</source>
        <translation>Enviar aviso de validación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="254"/>
        <source>Send letter…</source>
        <translation>Enviar carta…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="256"/>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="266"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="266"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="266"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="267"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="292"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="292"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="301"/>
        <source>{letter} sent and kept with the account.</source>
        <translation>{letter}: enviada y guardada con la cuenta.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/login.py" line="50"/>
        <source>CCS Desktop — locked</source>
        <translation>CCS Desktop — bloqueado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/login.py" line="50"/>
        <source>CCS Desktop — sign in</source>
        <translation>CCS Desktop — iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/login.py" line="54"/>
        <source>Locked after inactivity</source>
        <translation>Bloqueado por inactividad</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/login.py" line="54"/>
        <source>Sign in to CCS Desktop</source>
        <translation>Inicie sesión en CCS Desktop</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/login.py" line="59"/>
        <source>Enter your password to continue, {username}.</source>
        <translation>Escriba su contraseña para continuar, {username}.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/login.py" line="60"/>
        <source>Version {version}. Sign in with your own user name; never share a password.</source>
        <translation>Versión {version}. Inicie sesión con su propio nombre de usuario; nunca comparta una contraseña.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/login.py" line="77"/>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/login.py" line="78"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/login.py" line="90"/>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/login.py" line="93"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/login.py" line="93"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/login.py" line="96"/>
        <source>Sign out and quit</source>
        <translation>Cerrar sesión y salir</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/login.py" line="96"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/login.py" line="118"/>
        <source>Enter your user name and password.</source>
        <translation>Escriba su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/login.py" line="121"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="103"/>
        <location filename="../../ccs_desktop/ui/main_window.py" line="178"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="113"/>
        <source>No database</source>
        <translation>Sin base de datos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="130"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="131"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="134"/>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="135"/>
        <source>&amp;Import placement file…</source>
        <translation>Im&amp;portar archivo de asignaciones…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="136"/>
        <source>Re&amp;mittance statement…</source>
        <translation>Estado de &amp;remesas…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="138"/>
        <source>&amp;Offline work and sync…</source>
        <translation>Trabajo sin &amp;conexión y sincronización…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="139"/>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="143"/>
        <source>E&amp;xit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="145"/>
        <source>&amp;Work</source>
        <translation>&amp;Trabajo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="146"/>
        <source>Back to the &amp;queue</source>
        <translation>Volver a la &amp;cola</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="148"/>
        <source>&amp;Next account</source>
        <translation>Cuenta &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="150"/>
        <source>&amp;Find in the queue</source>
        <translation>&amp;Buscar en la cola</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="152"/>
        <source>&amp;Open the selected account</source>
        <translation>&amp;Abrir la cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="159"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Supervisor</source>
        <translation>S&amp;upervisor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="162"/>
        <source>Supervisor &amp;workspace…</source>
        <translation>Espacio de trabajo del &amp;supervisor…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="165"/>
        <source>&amp;Letters</source>
        <translation>&amp;Cartas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="166"/>
        <source>&amp;Validation notices for new placements…</source>
        <translation>Avisos de &amp;validación para nuevas asignaciones…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="167"/>
        <source>Guardrail &amp;rules…</source>
        <translation>&amp;Reglas de salvaguarda…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="170"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="171"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="173"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="174"/>
        <source>&amp;About CCS Desktop</source>
        <translation>&amp;Acerca de CCS Desktop</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="184"/>
        <source>Creating the demo portfolio: {done} of {total} accounts…</source>
        <translation>Creando la cartera de demostración: {done} de {total} cuentas…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="191"/>
        <source>Database: </source>
        <translation>Base de datos: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="192"/>
        <source>{n} accounts</source>
        <translation>{n} cuentas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="194"/>
        <source>Sign in to continue.</source>
        <translation>Inicie sesión para continuar.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="203"/>
        <source>No active user in this database: ask an administrator to add one.</source>
        <translation>No hay usuarios activos en esta base de datos: pida a un administrador que agregue uno.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="265"/>
        <source>Opening the account…</source>
        <translation>Abriendo la cuenta…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="276"/>
        <source>Could not open the account: </source>
        <translation>No se pudo abrir la cuenta: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="283"/>
        <source>Finding the next callable account…</source>
        <translation>Buscando la siguiente cuenta que se puede llamar…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="290"/>
        <location filename="../../ccs_desktop/ui/main_window.py" line="292"/>
        <source>No callable account left in this queue right now.</source>
        <translation>No quedan cuentas que se puedan llamar ahora en esta cola.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="291"/>
        <source>Next account</source>
        <translation>Cuenta siguiente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="308"/>
        <source>Could not open the database: </source>
        <translation>No se pudo abrir la base de datos: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="345"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="345"/>
        <source>Language of the workstation:</source>
        <translation>Idioma de la estación de trabajo:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="359"/>
        <source>Language saved: restart CCS Desktop to use it.</source>
        <translation>Idioma guardado: reinicie CCS Desktop para usarlo.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="362"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="412"/>
        <source>&amp;Promises</source>
        <translation>&amp;Promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="413"/>
        <source>Promise &amp;calendar</source>
        <translation>&amp;Calendario de promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="414"/>
        <source>&amp;Take a promise on this account…</source>
        <translation>&amp;Tomar una promesa en esta cuenta…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="415"/>
        <source>&amp;Post a payment on this account…</source>
        <translation>&amp;Registrar un pago en esta cuenta…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="416"/>
        <source>Promises waiting for &amp;approval</source>
        <translation>Promesas en espera de &amp;aprobación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="429"/>
        <source>Promise calendar</source>
        <translation>Calendario de promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="430"/>
        <source>Promises waiting for approval</source>
        <translation>Promesas en espera de aprobación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="436"/>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="436"/>
        <source>Open or select an account first.</source>
        <translation>Primero abra o seleccione una cuenta.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="454"/>
        <source>About CCS Desktop</source>
        <translation>Acerca de CCS Desktop</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="455"/>
        <source>CCS Desktop {version}
Collector workstation.
Log: {log}</source>
        <translation>CCS Desktop {version}
Estación de trabajo del cobrador.
Registro: {log}</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="194"/>
        <source>Map the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="195"/>
        <source>Say which column of the file holds each field. Fields marked * are required. Save the map to reuse it for this client&apos;s next files.</source>
        <translation>Indique qué columna del archivo contiene cada campo. Los campos marcados con * son obligatorios. Guarde el mapa para reutilizarlo con los próximos archivos de este cliente.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="219"/>
        <source>MM/DD/YYYY (US)</source>
        <translation>MM/DD/AAAA (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="220"/>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="221"/>
        <source>Dates like 03/04/2025 read as:</source>
        <translation>Las fechas como 03/04/2025 se leen como:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="226"/>
        <source>Save map</source>
        <translation>Guardar mapa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="229"/>
        <source>Map name:</source>
        <translation>Nombre del mapa:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="246"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="257"/>
        <source>This file cannot be read.</source>
        <translation>Este archivo no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="284"/>
        <source>Excel sheet {sheet}</source>
        <translation>Hoja de Excel {sheet}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="285"/>
        <source>CSV ({encoding}, separator {separator})</source>
        <translation>CSV ({encoding}, separador {separator})</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="288"/>
        <source>map {name}</source>
        <translation>mapa {name}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="289"/>
        <source>columns recognised from the headers</source>
        <translation>columnas reconocidas por los encabezados</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="290"/>
        <source>{count} rows after the header</source>
        <translation>{count} filas después del encabezado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="319"/>
        <source>Saving the map {name}…</source>
        <translation>Guardando el mapa {name}…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="325"/>
        <source>Saved the column map {name} for {client}.</source>
        <translation>Se guardó el mapa de columnas {name} para {client}.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="330"/>
        <source>Not saved:</source>
        <translation>No guardado:</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="185"/>
        <source>Week {n}</source>
        <translation>Semana {n}</translation>
    </message>
</context>
<context>
    <name>NewDisputeDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="68"/>
        <source>Record a dispute</source>
        <translation>Registrar una disputa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="75"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="77"/>
        <source>In writing (letter, email, form)</source>
        <translation>Por escrito (carta, correo, formulario)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="78"/>
        <source>Orally (phone, in person)</source>
        <translation>De palabra (teléfono, en persona)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="79"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="82"/>
        <source>(business)</source>
        <translation>(comercial)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="83"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="87"/>
        <source>Whole balance ({amount})</source>
        <translation>Todo el saldo ({amount})</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="88"/>
        <source>Part:</source>
        <translation>Parte:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="100"/>
        <source>Amount disputed</source>
        <translation>Monto en disputa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="101"/>
        <source>Hold collection until verification is sent (agency decision)</source>
        <translation>Suspender el cobro hasta que se envíe la verificación (decisión de la agencia)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="104"/>
        <source>A supervisor can place an agency hold. A written dispute inside the validation period is held automatically.</source>
        <translation>Un supervisor puede aplicar una suspensión de la agencia. Una disputa por escrito dentro del período de validación se suspende automáticamente.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="108"/>
        <source>What did the consumer say? (first note of the thread)</source>
        <translation>¿Qué dijo el consumidor? (primera nota del hilo)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="110"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="112"/>
        <source>Record dispute</source>
        <translation>Registrar disputa</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="37"/>
        <source>New user</source>
        <translation>Usuario nuevo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="45"/>
        <source>At least {n} characters, letters and a digit or symbol, not the user&apos;s name.</source>
        <translation>Al menos {n} caracteres, letras y un dígito o símbolo, sin el nombre del usuario.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="49"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="50"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="51"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="52"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="53"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>OverridesTab</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="70"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="70"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="70"/>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="73"/>
        <source>Collector</source>
        <translation>Cobrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="70"/>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="73"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="71"/>
        <source>Consumer</source>
        <translation>Consumidor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="71"/>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="71"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="71"/>
        <source>Used</source>
        <translation>Usada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="73"/>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="73"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="74"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="74"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="74"/>
        <source>Discount %</source>
        <translation>Descuento %</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="74"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="75"/>
        <source>Why it needs approval</source>
        <translation>Por qué requiere aprobación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="76"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="82"/>
        <source>Override log</source>
        <translation>Registro de excepciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="82"/>
        <source>Who overrode which rule, for which account, and why.</source>
        <translation>Quién hizo una excepción a qué regla, en qué cuenta y por qué.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="83"/>
        <source>Promises waiting for approval</source>
        <translation>Promesas en espera de aprobación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="84"/>
        <source>Open the account to approve or reject a promise; the decision is audited there.</source>
        <translation>Abra la cuenta para aprobar o rechazar una promesa; la decisión queda auditada allí.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="106"/>
        <source>unused</source>
        <translation>sin usar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="110"/>
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n excepción</numerusform>
            <numerusform>%n excepciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="111"/>
        <source>%n promise(s) waiting for approval</source>
        <translation>
            <numerusform>%n promesa en espera de aprobación</numerusform>
            <numerusform>%n promesas en espera de aprobación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostPaymentDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="378"/>
        <source>Post a payment</source>
        <translation>Registrar un pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="380"/>
        <source>Loading the account…</source>
        <translation>Cargando la cuenta…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="383"/>
        <source>e.g. 250.00</source>
        <translation>p. ej. 250.00</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="387"/>
        <source>ddd MMM d, yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="392"/>
        <source>authorisation, check or trace number</source>
        <translation>número de autorización, de cheque o de rastreo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="395"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="396"/>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="397"/>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="398"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="399"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="405"/>
        <source>Post payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="416"/>
        <source>Could not load the account: {message}</source>
        <translation>No se pudo cargar la cuenta: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="425"/>
        <source>Enter the amount received.</source>
        <translation>Escriba el monto recibido.</translation>
    </message>
</context>
<context>
    <name>PromiseCalendar</name>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="407"/>
        <source>Previous month or week</source>
        <translation>Mes o semana anterior</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="408"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="410"/>
        <source>Next month or week</source>
        <translation>Mes o semana siguiente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="417"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="418"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="425"/>
        <source>Whose promises to show</source>
        <translation>De quién mostrar las promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="426"/>
        <source>Export .ics…</source>
        <translation>Exportar .ics…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="427"/>
        <source>Save the promises shown as a calendar file Outlook can open</source>
        <translation>Guardar las promesas mostradas como un archivo de calendario que Outlook puede abrir</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="428"/>
        <source>Names in export</source>
        <translation>Nombres en la exportación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="429"/>
        <source>Put consumers&apos; names in the exported events (personal data leaves the app)</source>
        <translation>Incluir los nombres de los consumidores en los eventos exportados (los datos personales salen de la aplicación)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="563"/>
        <source>Whole team</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="563"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="567"/>
        <source>My promises</source>
        <translation>Mis promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="583"/>
        <source>Week of {start} – {end}, {year}</source>
        <translation>Semana del {start} al {end} de {year}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="584"/>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="585"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/calendar.py" line="610"/>
        <source>%n promise payment(s) shown</source>
        <translation>
            <numerusform>%n pago prometido mostrado</numerusform>
            <numerusform>%n pagos prometidos mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/calendar.py" line="611"/>
        <source>%n broken</source>
        <translation>
            <numerusform>%n incumplido</numerusform>
            <numerusform>%n incumplidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="615"/>
        <source>Could not load the calendar: {message}</source>
        <translation>No se pudo cargar el calendario: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="623"/>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="624"/>
        <source>Due on {day}</source>
        <translation>Vence el {day}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="624"/>
        <source>dddd, MMMM d</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/calendar.py" line="630"/>
        <source>%n payment(s): {money}</source>
        <translation>
            <numerusform>%n pago: {money}</numerusform>
            <numerusform>%n pagos: {money}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="632"/>
        <source>Nothing due.</source>
        <translation>Nada vence.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="657"/>
        <source>Open the account</source>
        <translation>Abrir la cuenta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="658"/>
        <source>Post a payment…</source>
        <translation>Registrar un pago…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="678"/>
        <source>Saving {file}…</source>
        <translation>Guardando {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/calendar.py" line="681"/>
        <source>Saved %n promise(s) to {file}</source>
        <translation>
            <numerusform>Se guardó %n promesa en {file}</numerusform>
            <numerusform>Se guardaron %n promesas en {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="683"/>
        <source>Could not save the calendar: {message}</source>
        <translation>No se pudo guardar el calendario: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="687"/>
        <source>Export promises</source>
        <translation>Exportar promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="688"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="126"/>
        <source>Days since charge-off (or delinquency)</source>
        <translation>Días desde el castigo (o la morosidad)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="141"/>
        <source>Callable now: the guardrails allow a call</source>
        <translation>Se puede llamar: las salvaguardas permiten una llamada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="143"/>
        <source>Location unknown</source>
        <translation>Ubicación desconocida</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="55"/>
        <source>Search name, account number or phone (Ctrl+F)</source>
        <translation>Buscar nombre, número de cuenta o teléfono (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="62"/>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="67"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="71"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="76"/>
        <source>Balance from</source>
        <translation>Saldo desde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="80"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="88"/>
        <source>&amp;Callable now</source>
        <translation>Se puede &amp;llamar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="90"/>
        <source>&amp;Promises due today</source>
        <translation>&amp;Promesas que vencen hoy</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="92"/>
        <source>&amp;Broken promises</source>
        <translation>Promesas &amp;incumplidas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="94"/>
        <source>Call&amp;backs due</source>
        <translation>Rellamadas &amp;pendientes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="103"/>
        <source>&amp;Next account (Ctrl+N)</source>
        <translation>Cuenta &amp;siguiente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="126"/>
        <source>Could not load the queue: </source>
        <translation>No se pudo cargar la cola: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="151"/>
        <source>A balance must be an amount like 1500 or 1500.00</source>
        <translation>Un saldo debe ser un importe como 1500 o 1500.00</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="175"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="180"/>
        <source>{n}{more} accounts</source>
        <translation>{n}{more} cuentas</translation>
    </message>
</context>
<context>
    <name>RemittanceDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="74"/>
        <source>Remittance statement</source>
        <translation>Estado de remesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="87"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="90"/>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="92"/>
        <source>Payments from</source>
        <translation>Pagos desde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="94"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="99"/>
        <source>Loading clients…</source>
        <translation>Cargando clientes…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="105"/>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="110"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="110"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="126"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="126"/>
        <source>Save CSV…</source>
        <translation>Guardar CSV…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="127"/>
        <source>Save Excel…</source>
        <translation>Guardar Excel…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="140"/>
        <source>Cannot load clients: {message}</source>
        <translation>No se pueden cargar los clientes: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="145"/>
        <source>Choose a client and a period, then Show.</source>
        <translation>Elija un cliente y un período, y luego Mostrar.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="155"/>
        <source>Adding up the period…</source>
        <translation>Sumando el período…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="162"/>
        <source>No statement:</source>
        <translation>Sin estado de cuenta:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="168"/>
        <source>commission {pct}%</source>
        <translation>comisión {pct}%</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="170"/>
        <source>{pct}% from {days} days</source>
        <translation>{pct}% desde {days} días</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="174"/>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="175"/>
        <source>gross remittance</source>
        <translation>remesa bruta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="175"/>
        <source>net remittance</source>
        <translation>remesa neta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="176"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n pago</numerusform>
            <numerusform>%n pagos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="201"/>
        <source>Remittance to {client} (gross)</source>
        <translation>Remesa a {client} (bruta)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="202"/>
        <source>Remittance to {client} (net)</source>
        <translation>Remesa a {client} (neta)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="204"/>
        <source>Due from {client} (commission invoice)</source>
        <translation>A cobrar a {client} (factura de comisión)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="205"/>
        <source>Due from {client}</source>
        <translation>A cobrar a {client}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="213"/>
        <source>Save the statement</source>
        <translation>Guardar el estado de remesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="221"/>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="223"/>
        <source>Saved {file}.</source>
        <translation>Se guardó {file}.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="128"/>
        <source>Resolve the dispute</source>
        <translation>Resolver la disputa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="133"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="135"/>
        <source>e.g. balance corrected by $35.00 late fee</source>
        <translation>p. ej. saldo corregido por un cargo por mora de $35.00</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="136"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="40"/>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="40"/>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="40"/>
        <source>Collector</source>
        <translation>Cobrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="40"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="41"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="41"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="41"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="41"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="42"/>
        <source>Acknowledged</source>
        <translation>Leído</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="43"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="45"/>
        <source>Reviews of your team&apos;s calls, newest first. Collectors see them under My feedback.</source>
        <translation>Revisiones de las llamadas de su equipo, las más recientes primero. Los cobradores las ven en Mis comentarios.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="61"/>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="62"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n revisión</numerusform>
            <numerusform>%n revisiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="43"/>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="212"/>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="222"/>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="228"/>
        <source>Guardrail rules</source>
        <translation>Reglas de salvaguarda</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="52"/>
        <source>Loading the rules in force…</source>
        <translation>Cargando las reglas vigentes…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="56"/>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="56"/>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="56"/>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="78"/>
        <source>Parameters of the selected rule (JSON):</source>
        <translation>Parámetros de la regla seleccionada (JSON):</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="86"/>
        <source>Why the change:</source>
        <translation>Motivo del cambio:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="88"/>
        <source>Kept with the new version and in the audit trail</source>
        <translation>Se guarda con la nueva versión y en el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="96"/>
        <source>Only an admin can change the rules</source>
        <translation>Solo un administrador puede cambiar las reglas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="116"/>
        <source>shipped rules</source>
        <translation>reglas de fábrica</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="117"/>
        <source>shipped rules with admin changes</source>
        <translation>reglas de fábrica con cambios del administrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="118"/>
        <source>Rule pack version {version} ({changed}).</source>
        <translation>Versión del paquete de reglas {version} ({changed}).</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="120"/>
        <source>Tick or untick a rule, edit its parameters, say why, and save.</source>
        <translation>Marque o desmarque una regla, edite sus parámetros, indique el motivo y guarde.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="121"/>
        <source>Read-only: only an admin can change the rules.</source>
        <translation>Solo lectura: solo un administrador puede cambiar las reglas.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="145"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="145"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="158"/>
        <source>Could not load the rules: {message}</source>
        <translation>No se pudieron cargar las reglas: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="180"/>
        <source>Not valid JSON yet</source>
        <translation>Todavía no es JSON válido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="212"/>
        <source>Nothing changed.</source>
        <translation>No cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="223"/>
        <source>Saved as version {version}; in force from now on.</source>
        <translation>Guardado como versión {version}; vigente desde ahora.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="432"/>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="449"/>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="460"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="433"/>
        <source>The accounts are written in one transaction: a cancelled or failed import writes nothing.</source>
        <translation>Las cuentas se escriben en una sola transacción: una importación cancelada o fallida no escribe nada.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="443"/>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="458"/>
        <source>Importing {file} for {client}: {count} valid rows</source>
        <translation>Importando {file} para {client}: {count} filas válidas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="481"/>
        <source>Cancelling: rolling back…</source>
        <translation>Cancelando: deshaciendo…</translation>
    </message>
</context>
<context>
    <name>SendLetterDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="198"/>
        <source>Send a letter</source>
        <translation>Enviar una carta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="207"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="209"/>
        <source>Consumer&apos;s language</source>
        <translation>Idioma del consumidor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="210"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="211"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="212"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="216"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="221"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="224"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="100"/>
        <source>Supervisor sign-in</source>
        <translation>Inicio de sesión del supervisor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="105"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="106"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="509"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="518"/>
        <source>Export rejected rows…</source>
        <translation>Exportar filas rechazadas…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="526"/>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="529"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="529"/>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="531"/>
        <source>File: {file} · rows: {rows} · new accounts: {new} · updated: {updated} · rejected rows: {rejected}</source>
        <translation>Archivo: {file} · filas: {rows} · cuentas nuevas: {new} · actualizadas: {updated} · filas rechazadas: {rejected}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="536"/>
        <source>Trailer total {total} reconciled.</source>
        <translation>Total del registro final {total} conciliado.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="538"/>
        <source>The new accounts are in the collectors&apos; queues and wait for their validation notice.</source>
        <translation>Las cuentas nuevas están en las colas de los cobradores y esperan su aviso de validación.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="545"/>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
</context>
<context>
    <name>SupervisorWorkspace</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="32"/>
        <source>Supervisor workspace</source>
        <translation>Espacio de trabajo del supervisor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="41"/>
        <source>Call log</source>
        <translation>Registro de llamadas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="41"/>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="42"/>
        <source>Overrides &amp;&amp; approvals</source>
        <translation>Excepciones y aprobaciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="43"/>
        <source>Assignments</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="43"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="44"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="90"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="249"/>
        <source>Sync: starting…</source>
        <translation>Sincronización: iniciando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="108"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="272"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="110"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="275"/>
        <source>Send the changes made offline and fetch what changed on the shared database</source>
        <translation>Enviar los cambios hechos sin conexión y traer lo que cambió en la base de datos compartida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="111"/>
        <source>Take my queue offline</source>
        <translation>Llevar mi cola sin conexión</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="112"/>
        <source>Sync conflicts…</source>
        <translation>Conflictos de sincronización…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="128"/>
        <source>The offline cache is open in another CCS Desktop window; offline work happens there.</source>
        <translation>La caché sin conexión está abierta en otra ventana de CCS Desktop; el trabajo sin conexión se hace allí.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="173"/>
        <source>That passphrase does not open the offline cache. Nothing was changed: try again.</source>
        <translation>Esa frase de contraseña no abre la caché sin conexión. No se cambió nada: inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="176"/>
        <source>The offline cache could not be opened: {message}</source>
        <translation>No se pudo abrir la caché sin conexión: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="185"/>
        <source>The offline cache stays locked: offline work is off until you unlock it.</source>
        <translation>La caché sin conexión sigue bloqueada: el trabajo sin conexión está desactivado hasta que la desbloquee.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="250"/>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="251"/>
        <source>● Offline — working on the local cache</source>
        <translation>● Sin conexión — trabajando en la caché local</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="252"/>
        <source>⟳ Syncing…</source>
        <translation>⟳ Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="253"/>
        <source>Offline sync unavailable</source>
        <translation>Sincronización sin conexión no disponible</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="254"/>
        <source>Offline cache locked</source>
        <translation>Caché sin conexión bloqueada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/sync_status.py" line="265"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/sync_status.py" line="266"/>
        <source>%n account(s) checked out</source>
        <translation>
            <numerusform>%n cuenta en préstamo</numerusform>
            <numerusform>%n cuentas en préstamo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="268"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="325"/>
        <source>Last sync: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/sync_status.py" line="269"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="272"/>
        <source>Unlock…</source>
        <translation>Desbloquear…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="274"/>
        <source>Type the offline cache&apos;s passphrase</source>
        <translation>Escriba la frase de contraseña de la caché sin conexión</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="318"/>
        <source>⟳ Syncing… {percent}%</source>
        <translation>⟳ Sincronizando… {percent}%</translation>
    </message>
</context>
<context>
    <name>TakePromiseDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="103"/>
        <source>Take a promise to pay</source>
        <translation>Tomar una promesa de pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="107"/>
        <source>Loading the account…</source>
        <translation>Cargando la cuenta…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="112"/>
        <source>One payment</source>
        <translation>Un solo pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="112"/>
        <source>Payment plan</source>
        <translation>Plan de pagos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="113"/>
        <source>Settlement</source>
        <translation>Liquidación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="124"/>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="316"/>
        <source>ddd MMM d, yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="127"/>
        <source>e.g. 250.00</source>
        <translation>p. ej. 250.00</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="129"/>
        <source>the whole balance</source>
        <translation>todo el saldo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="134"/>
        <source>Number of instalments</source>
        <translation>Número de cuotas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="135"/>
        <source>Amount per instalment</source>
        <translation>Monto por cuota</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="141"/>
        <source>e.g. 100.00</source>
        <translation>p. ej. 100.00</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="143"/>
        <source>One payment per line: date and amount, e.g.
2026-12-05 200.00
2026-12-20 150.00
(leave the amounts out to split the total evenly)</source>
        <translation>Un pago por línea: fecha y monto, p. ej.
2026-12-05 200.00
2026-12-20 150.00
(omita los montos para repartir el total en partes iguales)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="150"/>
        <source>Create the confirmation letter</source>
        <translation>Crear la carta de confirmación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="155"/>
        <source>First payment on</source>
        <translation>Primer pago el</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="156"/>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="174"/>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="232"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="157"/>
        <source>Plan total</source>
        <translation>Total del plan</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="158"/>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="167"/>
        <source>Instalments</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="168"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="169"/>
        <source>Will pay by</source>
        <translation>Pagará con</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="170"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="174"/>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="184"/>
        <source>Schedule</source>
        <translation>Calendario de pagos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="192"/>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="335"/>
        <source>Take promise</source>
        <translation>Tomar promesa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="232"/>
        <source>Settlement amount</source>
        <translation>Monto de liquidación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="261"/>
        <source>line {n}: “{text}” is not a date (use YYYY-MM-DD)</source>
        <translation>línea {n}: “{text}” no es una fecha (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="266"/>
        <source>give an amount on every line, or on none</source>
        <translation>indique un monto en cada línea, o en ninguna</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="284"/>
        <source>Could not load the account: {message}</source>
        <translation>No se pudo cargar la cuenta: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="321"/>
        <source>{percent}% off the balance</source>
        <translation>{percent}% de descuento sobre el saldo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="323"/>
        <source>%n payment(s) totalling {total} of the balance {balance}</source>
        <translation>
            <numerusform>%n pago por un total de {total} del saldo {balance}</numerusform>
            <numerusform>%n pagos por un total de {total} del saldo {balance}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="328"/>
        <source>Needs a supervisor&apos;s approval:</source>
        <translation>Requiere la aprobación de un supervisor:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="329"/>
        <source>Send for approval</source>
        <translation>Enviar para aprobación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="332"/>
        <source>Within the client&apos;s rules.</source>
        <translation>Dentro de las reglas del cliente.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="333"/>
        <source>Beyond the client&apos;s rules; recorded as approved by you:</source>
        <translation>Fuera de las reglas del cliente; queda registrada como aprobada por usted:</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="65"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="81"/>
        <source>New user…</source>
        <translation>Usuario nuevo…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="81"/>
        <source>Set password…</source>
        <translation>Fijar contraseña…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="82"/>
        <source>Role and team…</source>
        <translation>Rol y equipo…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="82"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="82"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="83"/>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="176"/>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="83"/>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="115"/>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="116"/>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="116"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="142"/>
        <source>{user} created</source>
        <translation>{user} creado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="146"/>
        <source>Select a user first.</source>
        <translation>Primero seleccione un usuario.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="149"/>
        <source>Set password</source>
        <translation>Fijar contraseña</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="150"/>
        <source>New password for {user}:</source>
        <translation>Contraseña nueva para {user}:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="154"/>
        <source>password of {user} changed</source>
        <translation>contraseña de {user} cambiada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="157"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="157"/>
        <source>Role of {user}:</source>
        <translation>Rol de {user}:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="162"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="163"/>
        <source>Team of {user} (empty for none):</source>
        <translation>Equipo de {user} (vacío para ninguno):</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="167"/>
        <source>{user} is now {role}</source>
        <translation>{user} ahora es {role}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="174"/>
        <source>{user} locked</source>
        <translation>{user} bloqueado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="174"/>
        <source>{user} unlocked</source>
        <translation>{user} desbloqueado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="176"/>
        <source>Disable {user}?</source>
        <translation>¿Desactivar a {user}?</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="185"/>
        <source>{user} disabled</source>
        <translation>{user} desactivado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="185"/>
        <source>{user} enabled</source>
        <translation>{user} activado</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="239"/>
        <source>ddd MMM d</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="239"/>
        <source>(today)</source>
        <translation>(hoy)</translation>
    </message>
</context>
<context>
    <name>_AccountHeader</name>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="78"/>
        <source>Current promise: {promise}</source>
        <translation>Promesa vigente: {promise}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="79"/>
        <source>Client rules: instalments from {minimum}, settlement discount up to {discount}%, plans up to {months} months, {grace} days&apos; grace.</source>
        <translation>Reglas del cliente: cuotas desde {minimum}, descuento de liquidación de hasta {discount}%, planes de hasta {months} meses, {grace} días de gracia.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="83"/>
        <source>Balance {amount}</source>
        <translation>Saldo {amount}</translation>
    </message>
</context>
<context>
    <name>ccs</name>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="35"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="36"/>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="37"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="87"/>
        <source>Consumer</source>
        <translation>Consumidor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="37"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="465"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="25"/>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="38"/>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="37"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="455"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="25"/>
        <source>Taken by</source>
        <translation>Tomada por</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="25"/>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="25"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="26"/>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="39"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="75"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="26"/>
        <source>Why it needs approval</source>
        <translation>Por qué requiere aprobación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="27"/>
        <source>Single</source>
        <translation>Un solo pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="27"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="27"/>
        <source>Settlement</source>
        <translation>Liquidación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="40"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="41"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="42"/>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="43"/>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="44"/>
        <source>Callable</source>
        <translation>Llamable</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="60"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="65"/>
        <source>callable</source>
        <translation>se puede llamar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="67"/>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="69"/>
        <source>later</source>
        <translation>más tarde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="70"/>
        <source>not until {when}</source>
        <translation>no hasta {when}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="79"/>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="81"/>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="82"/>
        <source>{time} local</source>
        <translation>{time} local</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="34"/>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="35"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="34"/>
        <source>Proof requested from client</source>
        <translation>Prueba solicitada al cliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="35"/>
        <source>Proof received</source>
        <translation>Prueba recibida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="36"/>
        <source>Verification sent</source>
        <translation>Verificación enviada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="36"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="39"/>
        <source>Upheld (debt verified)</source>
        <translation>Confirmada (deuda verificada)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="40"/>
        <source>Corrected</source>
        <translation>Corregida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="41"/>
        <source>Account closed</source>
        <translation>Cuenta cerrada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="43"/>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="43"/>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="150"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="150"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="150"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="151"/>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="38"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="151"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="151"/>
        <source>Collection</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="35"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="36"/>
        <source>Settled</source>
        <translation>Liquidada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="36"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="37"/>
        <source>Recalled</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="60"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="88"/>
        <source>Attorney</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="61"/>
        <source>Cease</source>
        <translation>Cese</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="461"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="62"/>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="63"/>
        <source>Bankruptcy</source>
        <translation>Quiebra</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="64"/>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="65"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="124"/>
        <source>Hardship</source>
        <translation>Dificultad económica</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="66"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="126"/>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="67"/>
        <source>No work calls</source>
        <translation>Sin llamadas al trabajo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="76"/>
        <source>Fresh debt</source>
        <translation>Deuda reciente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="77"/>
        <source>Paid recently</source>
        <translation>Pagó recientemente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="78"/>
        <source>Promise due</source>
        <translation>Promesa vencida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="79"/>
        <source>Broken promise</source>
        <translation>Promesa incumplida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="80"/>
        <source>Callback due</source>
        <translation>Rellamada pendiente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="81"/>
        <source>Open dispute</source>
        <translation>Disputa abierta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="82"/>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="42"/>
        <source>Right-party contacts</source>
        <translation>Contactos con el titular</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="85"/>
        <source>Principal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="85"/>
        <source>Interest</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="86"/>
        <source>Fees</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="86"/>
        <source>Costs</source>
        <translation>Costas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="87"/>
        <source>Co-signer</source>
        <translation>Codeudor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="88"/>
        <source>Third party</source>
        <translation>Tercero</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="89"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="89"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="54"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="443"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="49"/>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (occidental)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="51"/>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="52"/>
        <source>(recognise from the headers)</source>
        <translation>(reconocer por los encabezados)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="58"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="443"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="58"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="58"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="58"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="58"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="444"/>
        <source>My value</source>
        <translation>Mi valor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="444"/>
        <source>Shared value</source>
        <translation>Valor compartido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="444"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="446"/>
        <source>changed on both sides</source>
        <translation>cambiado en ambos lados</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="447"/>
        <source>lease broken by a supervisor</source>
        <translation>préstamo roto por un supervisor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="448"/>
        <source>account held by another workstation</source>
        <translation>cuenta retenida por otra estación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="449"/>
        <source>the shared database refused it</source>
        <translation>la base de datos compartida lo rechazó</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="450"/>
        <source>record no longer exists</source>
        <translation>el registro ya no existe</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="451"/>
        <source>deleted here, edited there</source>
        <translation>borrado aquí, editado allá</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="455"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="456"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="456"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="457"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="90"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="457"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="458"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="26"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="458"/>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="459"/>
        <source>Instalment</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="459"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="460"/>
        <source>Balance posting</source>
        <translation>Movimiento de saldo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="461"/>
        <source>Dispute note</source>
        <translation>Nota de disputa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="462"/>
        <source>Dispute event</source>
        <translation>Evento de disputa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="463"/>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="463"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="464"/>
        <source>Inconvenient time</source>
        <translation>Horario inconveniente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="465"/>
        <source>Audit entry</source>
        <translation>Entrada de auditoría</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="466"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="90"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="466"/>
        <source>Account party</source>
        <translation>Parte de la cuenta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="91"/>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="91"/>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="92"/>
        <source>cell</source>
        <translation>celular</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="92"/>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="93"/>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="93"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="95"/>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="43"/>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="95"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="96"/>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="96"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="97"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="97"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="97"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="98"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="98"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="99"/>
        <source>Collector</source>
        <translation>Cobrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="99"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="115"/>
        <source>Wrong number (the selected number)</source>
        <translation>Número equivocado (el número seleccionado)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="116"/>
        <source>Do not call the selected number</source>
        <translation>No llamar al número seleccionado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="117"/>
        <source>Cease: stop contacting me</source>
        <translation>Cese: dejen de contactarme</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="118"/>
        <source>Refuses calls</source>
        <translation>Rechaza las llamadas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="119"/>
        <source>Refuses text messages</source>
        <translation>Rechaza los mensajes de texto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="120"/>
        <source>Refuses email</source>
        <translation>Rechaza el correo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="121"/>
        <source>Inconvenient time…</source>
        <translation>Horario inconveniente…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="122"/>
        <source>Represented by an attorney…</source>
        <translation>Representado por un abogado…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="123"/>
        <source>Consents to calls</source>
        <translation>Consiente las llamadas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="125"/>
        <source>No calls at work</source>
        <translation>Sin llamadas al trabajo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="129"/>
        <source>Mini-Miranda: &quot;This is a communication from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.&quot;</source>
        <translation>Mini-Miranda: &quot;Esta es una comunicación de un cobrador de deudas. Es un intento de cobrar una deuda y cualquier información obtenida se usará con ese fin.&quot;</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="132"/>
        <source>Say that this is a communication from a debt collector (Reg F 1006.18(e)).</source>
        <translation>Diga que es una comunicación de un cobrador de deudas (Reg F 1006.18(e)).</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="144"/>
        <source>{time} (you)</source>
        <translation>{time} (usted)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="147"/>
        <source>{time} (consumer)</source>
        <translation>{time} (consumidor)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="153"/>
        <source>Callable now</source>
        <translation>Se puede llamar ahora</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="155"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="157"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="158"/>
        <source>Not until {when}</source>
        <translation>No hasta {when}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="469"/>
        <source>Queue: Ctrl+F search · arrows move · Enter or Ctrl+O opens · Ctrl+N (or F8) next callable account · click a column header to sort · F5 refresh.
Workspace: 1-9 pick a result · Ctrl+Enter record · Ctrl+D dial · Ctrl+P number · Ctrl+K consumer said · Ctrl+L notes · Alt+1..6 tabs · Esc back to the queue.
See docs/collector.md.</source>
        <translation>Cola: Ctrl+F buscar · flechas moverse · Intro o Ctrl+O abrir · Ctrl+N (o F8) siguiente cuenta que se puede llamar · clic en el encabezado de una columna para ordenar · F5 actualizar.
Cuenta: 1-9 elegir un resultado · Ctrl+Intro registrar · Ctrl+D marcar · Ctrl+P número · Ctrl+K el consumidor dijo · Ctrl+L notas · Alt+1..6 pestañas · Esc volver a la cola.
Vea docs/collector.md.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="46"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="46"/>
        <source>ACH (bank transfer)</source>
        <translation>ACH (transferencia bancaria)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="47"/>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="47"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="48"/>
        <source>Paid to the client directly</source>
        <translation>Pagado directamente al cliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="49"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="49"/>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="50"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="50"/>
        <source>Dates chosen by hand</source>
        <translation>Fechas elegidas a mano</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="68"/>
        <source>“{text}” is not an amount</source>
        <translation>“{text}” no es un monto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="56"/>
        <source>Due</source>
        <translation>Por pagar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="57"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="58"/>
        <source>Kept</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="59"/>
        <source>Partly kept</source>
        <translation>Cumplido en parte</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="60"/>
        <source>Broken</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="61"/>
        <source>Pending approval</source>
        <translation>En espera de aprobación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="178"/>
        <location filename="../../ccs_desktop/ui/letters.py" line="190"/>
        <source>Validation notices</source>
        <translation>Avisos de validación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="179"/>
        <source>Batches of validation notices are for supervisors.</source>
        <translation>Los lotes de avisos de validación son para supervisores.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="78"/>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="94"/>
        <source>Supervisor workspace</source>
        <translation>Espacio de trabajo del supervisor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="79"/>
        <source>The supervisor workspace is for supervisors.</source>
        <translation>El espacio de trabajo del supervisor es para supervisores.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="42"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="43"/>
        <source>RPC rate</source>
        <translation>Tasa de RPC</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="44"/>
        <source>Promise rate</source>
        <translation>Tasa de promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="44"/>
        <source>Promise kept rate</source>
        <translation>Tasa de promesas cumplidas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="45"/>
        <source>Amount collected</source>
        <translation>Monto cobrado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="45"/>
        <source>Liquidation rate</source>
        <translation>Tasa de liquidación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="46"/>
        <source>Dispute cycle (days)</source>
        <translation>Ciclo de disputas (días)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="46"/>
        <source>Contacts blocked</source>
        <translation>Contactos bloqueados</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="47"/>
        <source>Overrides</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="47"/>
        <source>Placed balance</source>
        <translation>Saldo asignado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="37"/>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="38"/>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="38"/>
        <source>Paid to</source>
        <translation>Pagado a</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="39"/>
        <source>Account age (days)</source>
        <translation>Antigüedad de la cuenta (días)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="39"/>
        <source>Commission %</source>
        <translation>Comisión %</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="40"/>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="42"/>
        <source>Collected by the agency</source>
        <translation>Cobrado por la agencia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="42"/>
        <source>Paid directly to the client</source>
        <translation>Pagado directamente al cliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="43"/>
        <source>Total collected</source>
        <translation>Total cobrado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="43"/>
        <source>Commission on agency collections</source>
        <translation>Comisión sobre cobros de la agencia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="44"/>
        <source>Commission on direct payments</source>
        <translation>Comisión sobre pagos directos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="44"/>
        <source>Total commission</source>
        <translation>Comisión total</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="35"/>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="35"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="35"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="35"/>
        <source>Citation</source>
        <translation>Cita legal</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="35"/>
        <source>Overridable</source>
        <translation>Admite excepción</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="36"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="31"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="31"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="31"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="31"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="31"/>
        <source>Database login</source>
        <translation>Inicio de sesión en la base de datos</translation>
    </message>
</context>
</TS>
