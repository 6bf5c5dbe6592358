<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountWorkspace</name>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="214"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="214"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="214"/>
        <source>Placed</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="215"/>
        <source>Charged off</source>
        <translation>Castigada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="215"/>
        <source>Delinquent</source>
        <translation>Morosa desde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="215"/>
        <source>Last paid</source>
        <translation>Último pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="216"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="216"/>
        <source>allowed from</source>
        <translation>permitido desde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="216"/>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="217"/>
        <source>Not recorded: the guardrails refuse this contact.</source>
        <translation>No registrado: las salvaguardas rechazan este contacto.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="272"/>
        <source>Parties and contact points</source>
        <translation>Partes y medios de contacto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="272"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="279"/>
        <source>Why is it here</source>
        <translation>Por qué está aquí</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="312"/>
        <source>Contact &amp;log</source>
        <translation>&amp;Registro de contactos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="316"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>This tab fills in once its module is installed.</source>
        <translation type="vanished">Esta pestaña se completa cuando se instale su módulo.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="335"/>
        <source>Record a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="345"/>
        <source>&amp;Dial</source>
        <translation>&amp;Marcar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="347"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="710"/>
        <source>Dial with the softphone (tel: link), Ctrl+D</source>
        <translation>Marcar con el teléfono de software (enlace tel:), Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="352"/>
        <source>Consumer &amp;said…</source>
        <translation>El consumidor &amp;dijo…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="353"/>
        <source>Record what the consumer told us that changes how we may contact them (Ctrl+K)</source>
        <translation>Registrar lo que dijo el consumidor que cambia cómo podemos contactarlo (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="373"/>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="374"/>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Notes (Ctrl+L)</source>
        <translation type="vanished">Notas (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="415"/>
        <source>Call&amp;back at</source>
        <translation>Volver a &amp;llamar el</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="424"/>
        <source>&amp;Record (Ctrl+Enter)</source>
        <translation>&amp;Registrar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="436"/>
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="438"/>
        <source>Save again what the shared database did not take (nothing typed is lost)</source>
        <translation>Guardar de nuevo lo que la base de datos compartida no aceptó (no se pierde nada de lo escrito)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="481"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="491"/>
        <source>Opening the account…</source>
        <translation>Abriendo la cuenta…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="495"/>
        <source>Could not open the account: </source>
        <translation>No se pudo abrir la cuenta: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="590"/>
        <source>(no consumer)</source>
        <translation>(sin consumidor)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="601"/>
        <source>Checked out: %1</source>
        <translation>En préstamo: %1</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="602"/>
        <source>Checked out for offline work on another workstation: it can be read here, but calls, letters and promises are refused until it syncs and releases the account, or a supervisor breaks the lease.</source>
        <translation>En préstamo para trabajo sin conexión en otra estación: aquí puede consultarse, pero se rechazan llamadas, cartas y promesas hasta que esa estación sincronice y libere la cuenta, o un supervisor rompa el préstamo.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="627"/>
        <source>{file} received {date}</source>
        <translation>{file} recibido el {date}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="628"/>
        <source>placement</source>
        <translation>asignación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="657"/>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="659"/>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="661"/>
        <source>The guardrails allow a call now</source>
        <translation>Las salvaguardas permiten llamar ahora</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="703"/>
        <source>No phone number on file.</source>
        <translation>No hay número de teléfono registrado.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="736"/>
        <source>Shortcut: </source>
        <translation>Atajo: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="754"/>
        <source>I said this is from a &amp;debt collector</source>
        <translation>Dije que llamo de parte de un &amp;cobrador de deudas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="756"/>
        <source>I gave the &amp;mini-Miranda disclosure</source>
        <translation>Di el aviso &amp;mini-Miranda</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="783"/>
        <source>Disclosures: </source>
        <translation>Avisos: </translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="vanished">Aún no hay notas.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="329"/>
        <source>&amp;Facts</source>
        <translation>&amp;Hechos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="380"/>
        <source>Contact &amp;points… (Ctrl+Shift+N)</source>
        <translation>Medios de &amp;contacto… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="382"/>
        <source>Add or correct the numbers, addresses and emails on file</source>
        <translation>Agregar o corregir los números, direcciones y correos registrados</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="406"/>
        <source>Not given? Say why (the call log shows it)</source>
        <translation>¿No se dio? Diga por qué (aparece en el registro de llamadas)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="410"/>
        <source>Notes on this contact</source>
        <translation>Notas sobre este contacto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="764"/>
        <source>Verify the person&apos;s identity first</source>
        <translation>Primero verifique la identidad de la persona</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="789"/>
        <source>On account </source>
        <translation>En la cuenta </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="797"/>
        <source>Consumer&apos;s time: </source>
        <translation>Hora del consumidor: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="797"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="811"/>
        <source>Result: </source>
        <translation>Resultado: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="850"/>
        <source>Inconvenient time</source>
        <translation>Horario inconveniente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="851"/>
        <source>When is it inconvenient, in the consumer&apos;s local time? e.g. &quot;mon-fri 12:00-13:00&quot; or &quot;09:00-11:00&quot;</source>
        <translation>¿Cuándo le resulta inconveniente, en la hora local del consumidor? p. ej. &quot;mon-fri 12:00-13:00&quot; o &quot;09:00-11:00&quot;</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="856"/>
        <source>Attorney</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="856"/>
        <source>The attorney&apos;s name or firm:</source>
        <translation>Nombre o bufete del abogado:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="861"/>
        <source>Cease request</source>
        <translation>Solicitud de cese</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="862"/>
        <source>Record that the consumer asked us to stop contacting them? Only a letter saying collection ends or naming a remedy may go after this.</source>
        <translation>¿Registrar que el consumidor pidió que dejemos de contactarlo? Después de esto solo puede enviarse una carta que indique el fin del cobro o un recurso concreto.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="880"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="930"/>
        <source>Choose the number first (Ctrl+P).</source>
        <translation>Elija primero el número (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="906"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="911"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="917"/>
        <source>Saved. The guardrails now take it into account.</source>
        <translation>Guardado. Las salvaguardas ya lo tienen en cuenta.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="927"/>
        <source>Pick a result first (keys 1-9).</source>
        <translation>Elija primero un resultado (teclas 1-9).</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="934"/>
        <source>This account has no consumer.</source>
        <translation>Esta cuenta no tiene consumidor.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="940"/>
        <source>The callback time: </source>
        <translation>La hora de la rellamada: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="940"/>
        <source>type one</source>
        <translation>escriba una</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="950"/>
        <source>Verify the person&apos;s identity first: nothing about the debt may be disclosed before.</source>
        <translation>Primero verifique la identidad de la persona: antes no se puede revelar nada sobre la deuda.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="957"/>
        <source>A conversation needs the disclosure: tick it once given, or say why it was not given.</source>
        <translation>Una conversación requiere el aviso: márquelo una vez dado, o diga por qué no se dio.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="987"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="991"/>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="1014"/>
        <source>Recorded </source>
        <translation>Registrado </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="1038"/>
        <source>Not recorded: </source>
        <translation>No registrado: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="1049"/>
        <source>Allowed from </source>
        <translation>Permitido desde </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="1051"/>
        <source>Not allowed until the facts change (a flag cleared, an address added).</source>
        <translation>No permitido hasta que cambien los hechos (una marca retirada, una dirección añadida).</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="35"/>
        <source>Agency settings</source>
        <translation>Datos de la agencia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="47"/>
        <source>One per line: WA: CAG-601-234-567</source>
        <translation>Una por línea: WA: CAG-601-234-567</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="48"/>
        <source>Empty: payments go to the address above</source>
        <translation>Vacío: los pagos van a la dirección de arriba</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="49"/>
        <source>The name consumers know (empty: the legal name)</source>
        <translation>El nombre que conocen los consumidores (vacío: la razón social)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="52"/>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="52"/>
        <source>Trade name</source>
        <translation>Nombre comercial</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="53"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="53"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="54"/>
        <source>Hours (English)</source>
        <translation>Horario (inglés)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="54"/>
        <source>Hours (Spanish)</source>
        <translation>Horario (español)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="55"/>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="55"/>
        <source>Dispute email</source>
        <translation>Correo para disputas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="56"/>
        <source>Payment address</source>
        <translation>Dirección de pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="57"/>
        <source>Licence numbers</source>
        <translation>Números de licencia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="57"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="71"/>
        <source>Only an administrator changes the agency&apos;s settings.</source>
        <translation>Solo un administrador cambia los datos de la agencia.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="76"/>
        <source>Not set yet: letters are refused until the agency&apos;s name, address, phone and hours are saved here.</source>
        <translation>Aún sin datos: las cartas se rechazan hasta que se guarden aquí el nombre, la dirección, el teléfono y el horario de la agencia.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="99"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/agency_dialog.py" line="105"/>
        <source>Saved: letters use these details from now on.</source>
        <translation>Guardado: las cartas usan estos datos desde ahora.</translation>
    </message>
</context>
<context>
    <name>AppearanceDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/appearance_dialog.py" line="16"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/appearance_dialog.py" line="19"/>
        <source>Follow the operating system</source>
        <translation>Según el sistema operativo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/appearance_dialog.py" line="19"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/appearance_dialog.py" line="20"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/appearance_dialog.py" line="25"/>
        <source>System size</source>
        <translation>Tamaño del sistema</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/appearance_dialog.py" line="26"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/appearance_dialog.py" line="29"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/appearance_dialog.py" line="30"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
</context>
<context>
    <name>ApprovalQueue</name>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="86"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="87"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="88"/>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="89"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/approvals.py" line="114"/>
        <source>%n promise(s) waiting for approval</source>
        <translation>
            <numerusform>%n promesa en espera de aprobación</numerusform>
            <numerusform>%n promesas en espera de aprobación</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="115"/>
        <source>Nothing is waiting for approval.</source>
        <translation>Nada espera aprobación.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="127"/>
        <source>Select a promise first.</source>
        <translation>Primero seleccione una promesa.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="130"/>
        <source>Reject the promise</source>
        <translation>Rechazar la promesa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="131"/>
        <source>Why is it rejected? The collector sees this.</source>
        <translation>¿Por qué se rechaza? El cobrador verá esto.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="136"/>
        <source>Approving…</source>
        <translation>Aprobando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="136"/>
        <source>Rejecting…</source>
        <translation>Rechazando…</translation>
    </message>
</context>
<context>
    <name>AssignmentsTab</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="158"/>
        <source>Any client</source>
        <translation>Cualquier cliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="161"/>
        <source>e.g. NY, NJ, ON</source>
        <translation>p. ej. NY, NJ, ON</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="163"/>
        <source>Any collector or none</source>
        <translation>Cualquier cobrador o ninguno</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="164"/>
        <source>Unassigned only</source>
        <translation>Solo sin asignar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="165"/>
        <source>Accounts to assign (open accounts)</source>
        <translation>Cuentas por asignar (cuentas abiertas)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="167"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="168"/>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="203"/>
        <source>Balance from</source>
        <translation>Saldo desde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="169"/>
        <source>State / province</source>
        <translation>Estado / provincia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="170"/>
        <source>Score from</source>
        <translation>Puntuación desde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="171"/>
        <source>Now with</source>
        <translation>Ahora con</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="173"/>
        <source>Count accounts</source>
        <translation>Contar cuentas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="176"/>
        <source>Assign to the ticked collectors</source>
        <translation>Asignar a los cobradores marcados</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="180"/>
        <source>Deal them in turn, best score first, to:</source>
        <translation>Repartirlas por turnos, primero la mejor puntuación, a:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="186"/>
        <source>Queue rules of a collector</source>
        <translation>Reglas de cola de un cobrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="199"/>
        <source>Only accounts callable now</source>
        <translation>Solo cuentas que se pueden llamar ahora</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="200"/>
        <source>Collector</source>
        <translation>Cobrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="201"/>
        <source>Clients (none ticked: all)</source>
        <translation>Clientes (ninguno marcado: todos)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="202"/>
        <source>Statuses</source>
        <translation>Estados</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="204"/>
        <source>States / provinces</source>
        <translation>Estados / provincias</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="205"/>
        <source>Minimum score</source>
        <translation>Puntuación mínima</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="207"/>
        <source>Save queue rules</source>
        <translation>Guardar reglas de cola</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="222"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="251"/>
        <source>{name} ({count} open)</source>
        <translation>{name} ({count} abiertas)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="280"/>
        <source>{count} accounts match</source>
        <translation>{count} cuentas coinciden</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="294"/>
        <source>Tick at least one collector to give the accounts to.</source>
        <translation>Marque al menos un cobrador a quien dar las cuentas.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="297"/>
        <source>Assign accounts</source>
        <translation>Asignar cuentas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="298"/>
        <source>Deal the matching accounts to %n collector(s)?</source>
        <translation>
            <numerusform>¿Repartir las cuentas que coinciden a %n cobrador?</numerusform>
            <numerusform>¿Repartir las cuentas que coinciden entre %n cobradores?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="312"/>
        <source>{moved} of {selected} matching accounts moved.</source>
        <translation>Se movieron {moved} de {selected} cuentas que coinciden.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="374"/>
        <source>Queue rules saved for {collector}: {rules}</source>
        <translation>Reglas de cola guardadas para {collector}: {rules}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="376"/>
        <source>no rules (every assigned account)</source>
        <translation>sin reglas (todas las cuentas asignadas)</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="150"/>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="152"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="157"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="162"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="164"/>
        <source>What it says, in a few words</source>
        <translation>Qué dice, en pocas palabras</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="165"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="387"/>
        <source>Verify the audit chain</source>
        <translation>Verificar la cadena de auditoría</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="390"/>
        <source>Walks every audit event in order and names the first one that does not match.</source>
        <translation>Recorre cada evento de auditoría en orden e indica el primero que no coincide.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="398"/>
        <source>Account number (or its beginning)</source>
        <translation>Número de cuenta (o su comienzo)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="402"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="404"/>
        <source>Account history:</source>
        <translation>Historial de la cuenta:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="408"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="408"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="408"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="vanished">Cuándo (UTC)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="408"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="vanished">Acción</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="vanished">Qué</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="vanished">Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation type="vanished">Después</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="409"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="423"/>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="442"/>
        <source>Verifying… {count} events</source>
        <translation>Verificando… {count} eventos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="455"/>
        <source>No account number starts with that.</source>
        <translation>Ningún número de cuenta empieza así.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="477"/>
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
        <location filename="../../ccs_desktop/ui/letters.py" line="44"/>
        <source>Validation notices for new placements</source>
        <translation>Avisos de validación para nuevas asignaciones</translation>
    </message>
    <message>
        <source>Generates the Reg F validation notice (CFPB model form layout) for every open account that has none yet, keeps each PDF with its account and records it as a letter sent. Accounts the guardrails refuse (cease request, attorney, bankruptcy...) are skipped and listed.</source>
        <translation type="vanished">Genera el aviso de validación de la Reg F (formato del formulario modelo de la CFPB) para cada cuenta abierta que aún no lo tiene, guarda cada PDF con su cuenta y lo registra como carta enviada. Las cuentas que las salvaguardas rechazan (pedido de cese, abogado, bancarrota...) se omiten y se enumeran.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="51"/>
        <source>Generates the Reg F validation notice (CFPB model form layout) for every open account that has none yet, keeps each PDF with its account and records it as a letter sent. A Spanish notice is always mailed with the English notice in the same PDF. Accounts the guardrails refuse (cease request, attorney, bankruptcy...) or without itemization facts are skipped and listed.</source>
        <translation>Genera el aviso de validación de la Reg F (formato del formulario modelo de la CFPB) para cada cuenta abierta que aún no lo tiene, guarda cada PDF con su cuenta y lo registra como carta enviada. El aviso en español siempre se envía junto con el aviso en inglés en el mismo PDF. Las cuentas que las salvaguardas rechazan (solicitud de cese, abogado, bancarrota...) o sin datos de desglose se omiten y se listan.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="61"/>
        <source>Loading placements…</source>
        <translation>Cargando asignaciones…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="63"/>
        <source>Placement</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="65"/>
        <source>Each consumer&apos;s language</source>
        <translation>El idioma de cada consumidor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="66"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="67"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="68"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="74"/>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="81"/>
        <source>Accounts skipped, with the reason, appear here.</source>
        <translation>Aquí aparecen las cuentas omitidas, con el motivo.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="86"/>
        <source>Generate notices</source>
        <translation>Generar avisos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="90"/>
        <location filename="../../ccs_desktop/ui/letters.py" line="151"/>
        <location filename="../../ccs_desktop/ui/letters.py" line="160"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="112"/>
        <source>All new placements ({count} accounts)</source>
        <translation>Todas las nuevas asignaciones ({count} cuentas)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/letters.py" line="114"/>
        <source>{placement} — %Ln account(s)</source>
        <translation>
            <numerusform>{placement} — %Ln cuenta</numerusform>
            <numerusform>{placement} — %Ln cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>{placement} — {count} accounts</source>
        <translation type="vanished">{placement} — {count} cuentas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="117"/>
        <source>No account is waiting for a validation notice</source>
        <translation>Ninguna cuenta espera un aviso de validación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="128"/>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="132"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="140"/>
        <source>Generating validation notices: {done} of {total}…</source>
        <translation>Generando avisos de validación: {done} de {total}…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="165"/>
        <source>Cancelling after the current letter…</source>
        <translation>Cancelando después de la carta actual…</translation>
    </message>
</context>
<context>
    <name>CachePassphraseDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="370"/>
        <source>Unlock the offline cache</source>
        <translation>Desbloquear la caché sin conexión</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="375"/>
        <source>This computer has no keyring to keep the offline cache&apos;s key. Choose a passphrase for the offline cache: you will type it each time CCS Desktop starts. It is stored nowhere; if it is forgotten, changes not yet synced are lost.</source>
        <translation>Esta computadora no tiene un llavero para guardar la clave de la caché sin conexión. Elija una frase de contraseña para la caché sin conexión: la escribirá cada vez que inicie CCS Desktop. No se guarda en ningún lugar; si la olvida, se pierden los cambios aún no sincronizados.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="378"/>
        <source>The offline cache on this computer is locked with a passphrase. Type it to work offline.</source>
        <translation>La caché sin conexión de esta computadora está bloqueada con una frase de contraseña. Escríbala para trabajar sin conexión.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="389"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="391"/>
        <source>Type it again:</source>
        <translation>Escríbala de nuevo:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="401"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="431"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="409"/>
        <source>Use at least {n} characters.</source>
        <translation>Use al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="412"/>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="415"/>
        <source>Type the passphrase.</source>
        <translation>Escriba la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="419"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
</context>
<context>
    <name>CallLogTab</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="47"/>
        <source>Could not load the call log: {message}</source>
        <translation>No se pudo cargar el registro de llamadas: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="54"/>
        <source>All collectors</source>
        <translation>Todos los cobradores</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="56"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="63"/>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="67"/>
        <source>All results</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="69"/>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="70"/>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="72"/>
        <source>Blocked attempts</source>
        <translation>Intentos bloqueados</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="73"/>
        <source>Overrides only</source>
        <translation>Solo excepciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="74"/>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="75"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="77"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="78"/>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="81"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="112"/>
        <source>Review this attempt</source>
        <translation>Revisar este intento</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="114"/>
        <source>Comment the collector will see</source>
        <translation>Comentario que verá el cobrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="116"/>
        <source>Mark reviewed</source>
        <translation>Marcar como revisado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="156"/>
        <source>&lt;b&gt;Checklist&lt;/b&gt; (weight)</source>
        <translation>&lt;b&gt;Lista de verificación&lt;/b&gt; (peso)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="162"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>+ (scroll for more)</source>
        <translation type="vanished">+ (desplácese para ver más)</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation type="vanished">{count} filas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="193"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="194"/>
        <source>%Ln+ rows (scroll for more)</source>
        <translation>
            <numerusform>%Ln+ fila (desplácese para ver más)</numerusform>
            <numerusform>%Ln+ filas (desplácese para ver más)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="223"/>
        <source>purpose {purpose}</source>
        <translation>propósito {purpose}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="224"/>
        <source>to {destination}</source>
        <translation>a {destination}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="228"/>
        <source>Refused by the guardrails.</source>
        <translation>Rechazado por las salvaguardas.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="232"/>
        <source>&lt;b&gt;No guardrail decision on record&lt;/b&gt; (recorded without the guardrails, e.g. imported).</source>
        <translation>&lt;b&gt;No hay decisión de salvaguardas registrada&lt;/b&gt; (registrado sin las salvaguardas, p. ej. importado).</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="235"/>
        <source>&lt;b&gt;Guardrail decision&lt;/b&gt; under rule pack {pack}: {verdict}</source>
        <translation>&lt;b&gt;Decisión de salvaguardas&lt;/b&gt; con el paquete de reglas {pack}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="237"/>
        <source>allowed</source>
        <translation>permitido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="237"/>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="243"/>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="246"/>
        <source>&lt;b&gt;Override&lt;/b&gt; by {supervisor} of {rules}: {reason}</source>
        <translation>&lt;b&gt;Excepción&lt;/b&gt; de {supervisor} a {rules}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="249"/>
        <source>Disclosures ticked:</source>
        <translation>Avisos marcados:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="250"/>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="254"/>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="256"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="252"/>
        <source>A conversation without a disclosure.</source>
        <translation>Una conversación sin aviso.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="253"/>
        <source>Reason given:</source>
        <translation>Motivo indicado:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="255"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="258"/>
        <source>Callback set for {when}</source>
        <translation>Devolución de llamada fijada para {when}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="261"/>
        <source>acknowledged {date}</source>
        <translation>leído el {date}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="262"/>
        <source>not yet acknowledged</source>
        <translation>aún no leído</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="264"/>
        <source>&lt;b&gt;Reviewed&lt;/b&gt; {when} by {reviewer}: {score}</source>
        <translation>&lt;b&gt;Revisado&lt;/b&gt; el {when} por {reviewer}: {score}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="266"/>
        <source>missed {items}</source>
        <translation>faltó {items}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="280"/>
        <source>Reviewed {account}: {score}.</source>
        <translation>Revisado {account}: {score}.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="297"/>
        <source>Export the call log</source>
        <translation>Exportar el registro de llamadas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="302"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/call_log_tab.py" line="304"/>
        <source>Saved {what} to {path}</source>
        <translation>Se guardó {what} en {path}</translation>
    </message>
</context>
<context>
    <name>CallScript</name>
    <message>
        <location filename="../../ccs_desktop/ui/guided_call.py" line="136"/>
        <source>Call script: {client}</source>
        <translation>Guion de llamada: {client}</translation>
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
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="376"/>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="393"/>
        <source>This file cannot be imported.</source>
        <translation>Este archivo no se puede importar.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="401"/>
        <source>{rows} rows: {valid} valid ({amount} placed), {rejected} rejected.</source>
        <translation>{rows} filas: {valid} válidas ({amount} asignado), {rejected} rechazadas.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="405"/>
        <source>Trailer: {count} accounts, {total} — reconciled.</source>
        <translation>Registro final: {count} cuentas, {total} — conciliado.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="408"/>
        <source>Warning: {warning}</source>
        <translation>Advertencia: {warning}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="416"/>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/complaints_tab.py" line="25"/>
        <source>Response due</source>
        <translation>Respuesta vence</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/complaints_tab.py" line="25"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/complaints_tab.py" line="25"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/complaints_tab.py" line="25"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/complaints_tab.py" line="26"/>
        <source>Consumer</source>
        <translation>Consumidor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/complaints_tab.py" line="26"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/complaints_tab.py" line="26"/>
        <source>What about</source>
        <translation>Sobre qué</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/complaints_tab.py" line="29"/>
        <source>Open complaints, the soonest response due first. Double-click to open the account; close a complaint from its Facts tab.</source>
        <translation>Quejas abiertas, primero la respuesta que vence antes. Haga doble clic para abrir la cuenta; cierre una queja desde su pestaña Hechos.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/complaints_tab.py" line="32"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/complaints_tab.py" line="54"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/complaints_tab.py" line="62"/>
        <source>%n open complaint(s)</source>
        <translation>
            <numerusform>%n queja abierta</numerusform>
            <numerusform>%n quejas abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/complaints_tab.py" line="63"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="471"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="571"/>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="476"/>
        <source>These changes could not be merged automatically. Choose which value stands; nothing is dropped until you decide.</source>
        <translation>Estos cambios no se pudieron combinar automáticamente. Elija qué valor queda; no se descarta nada hasta que usted decida.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="489"/>
        <source>Keep shared value</source>
        <translation>Conservar el valor compartido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="490"/>
        <source>Use my value</source>
        <translation>Usar mi valor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="507"/>
        <source>Conflicts are resolved on the shared database: reconnect first</source>
        <translation>Los conflictos se resuelven en la base de datos compartida: vuelva a conectarse primero</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="516"/>
        <source>Could not load the conflicts: {message}</source>
        <translation>No se pudieron cargar los conflictos: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="525"/>
        <source>(whole change)</source>
        <translation>(cambio completo)</translation>
    </message>
</context>
<context>
    <name>ContactPointsDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="85"/>
        <source>Contact points</source>
        <translation>Medios de contacto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="96"/>
        <source>Party:</source>
        <translation>Parte:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="108"/>
        <source>&amp;Phones</source>
        <translation>&amp;Teléfonos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="109"/>
        <source>&amp;Addresses</source>
        <translation>&amp;Direcciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="110"/>
        <source>&amp;Emails</source>
        <translation>&amp;Correos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="114"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="117"/>
        <source>Given by the consumer on a call (goes into the audit trail)</source>
        <translation>Dado por el consumidor en una llamada (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="148"/>
        <source>Number, e.g. (213) 555-0142</source>
        <translation>Número, p. ej. (213) 555-0142</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="158"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="179"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="256"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="163"/>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="168"/>
        <source>Add number (Enter)</source>
        <translation>Agregar número (Enter)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="169"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="210"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="248"/>
        <source>Correct selected</source>
        <translation>Corregir el seleccionado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="170"/>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="171"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="179"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="179"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="179"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="220"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="257"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="180"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="206"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="220"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="180"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="221"/>
        <source>Time zones</source>
        <translation>Zonas horarias</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="197"/>
        <source>ZIP / postcode</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="199"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="203"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="204"/>
        <source>Line 2</source>
        <translation>Línea 2</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="205"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="209"/>
        <source>Add address</source>
        <translation>Agregar dirección</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="211"/>
        <source>Retire (old address)</source>
        <translation>Retirar (dirección antigua)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="212"/>
        <source>Bad address (mail returned)</source>
        <translation>Dirección errónea (correo devuelto)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="220"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="232"/>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="235"/>
        <source>Employer-provided</source>
        <translation>Proporcionado por el empleador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="237"/>
        <source>Consent to use it</source>
        <translation>Consentimiento para usarlo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="240"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="257"/>
        <source>Consumer wrote from it</source>
        <translation>El consumidor escribió desde él</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="247"/>
        <source>Add email</source>
        <translation>Agregar correo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="256"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="256"/>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="268"/>
        <source>Where it comes from</source>
        <translation>De dónde proviene</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="277"/>
        <source>How the consent was given</source>
        <translation>Cómo se dio el consentimiento</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="314"/>
        <source>Time zones: </source>
        <translation>Zonas horarias: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="314"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="397"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="399"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="422"/>
        <source>Select the {what} first.</source>
        <translation>Primero seleccione: {what}.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="428"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="444"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="461"/>
        <source>Given by the consumer on a call</source>
        <translation>Dado por el consumidor en una llamada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="428"/>
        <source>Number added.</source>
        <translation>Número agregado.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="432"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="438"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="433"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="450"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="466"/>
        <source>Corrected on a call</source>
        <translation>Corregido en una llamada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="434"/>
        <source>Number corrected.</source>
        <translation>Número corregido.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="440"/>
        <source>Number marked bad: it is no longer called.</source>
        <translation>Número marcado como erróneo: ya no se llama.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="444"/>
        <source>Address added.</source>
        <translation>Dirección agregada.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="448"/>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="454"/>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="450"/>
        <source>Address corrected.</source>
        <translation>Dirección corregida.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="455"/>
        <source>Mail returned undeliverable</source>
        <translation>Correo devuelto por no poder entregarse</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="455"/>
        <source>The consumer no longer lives there</source>
        <translation>El consumidor ya no vive allí</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="457"/>
        <source>Address retired.</source>
        <translation>Dirección retirada.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="461"/>
        <source>Email added.</source>
        <translation>Correo agregado.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="465"/>
        <source>email address</source>
        <translation>dirección de correo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/contact_points.py" line="467"/>
        <source>Email corrected.</source>
        <translation>Correo corregido.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../ccs_desktop/ui/date_input.py" line="218"/>
        <source>e.g. 12/15, +7, fri, next month</source>
        <translation>p. ej. 12/15, +7, vie, próximo mes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/date_input.py" line="219"/>
        <source>e.g. 15/12, +7, fri, next month</source>
        <translation>p. ej. 15/12, +7, vie, próximo mes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/date_input.py" line="220"/>
        <source>Type a date: 12/15 or 2026-12-15, Dec 15, today, tomorrow, +7 (days), +2w, +1m, fri, next fri, next month</source>
        <translation>Escriba una fecha: 15/12 o 2026-12-15, hoy, mañana, +7 (días), +2sem, +1mes, vie, próximo vie, próximo mes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/date_input.py" line="221"/>
        <source>, then a time: fri 14:30</source>
        <translation>, y luego una hora: vie 14:30</translation>
    </message>
</context>
<context>
    <name>DayListModel</name>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="272"/>
        <source>paid {amount}</source>
        <translation>pagado {amount}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="274"/>
        <source>{seq} of {of}</source>
        <translation>{seq} de {of}</translation>
    </message>
</context>
<context>
    <name>DisputePanel</name>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="169"/>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="176"/>
        <source>New dispute…</source>
        <translation>Nueva disputa…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="207"/>
        <source>Request proof</source>
        <translation>Pedir prueba</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="207"/>
        <source>Proof received</source>
        <translation>Prueba recibida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="208"/>
        <source>Send verification letter</source>
        <translation>Enviar carta de verificación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="209"/>
        <source>Verification sent (outside the app)</source>
        <translation>Verificación enviada (fuera de la aplicación)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="210"/>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="210"/>
        <source>Hold collection…</source>
        <translation>Suspender el cobro…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="220"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="229"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="239"/>
        <source>Add to the thread. Notes are never edited: to fix one, select it and write a correction.</source>
        <translation>Agregue al hilo. Las notas nunca se editan: para corregir una, selecciónela y escriba una corrección.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="245"/>
        <source>Add as correction of the selected note</source>
        <translation>Agregar como corrección de la nota seleccionada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="248"/>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="281"/>
        <source>(part)</source>
        <translation>(parte)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="283"/>
        <source>HELD</source>
        <translation>SUSPENDIDO</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="320"/>
        <source>No dispute on this account.</source>
        <translation>No hay disputas en esta cuenta.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="322"/>
        <source>inside the validation period</source>
        <translation>dentro del período de validación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="323"/>
        <source>after the validation period</source>
        <translation>después del período de validación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="325"/>
        <source>(ends {date})</source>
        <translation>(termina el {date})</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="326"/>
        <source>{amount} (whole balance), received {how} on {when} by {who}</source>
        <translation>{amount} (todo el saldo), recibida de forma {how} el {when} por {who}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="327"/>
        <source>{amount} (part of the balance), received {how} on {when} by {who}</source>
        <translation>{amount} (parte del saldo), recibida de forma {how} el {when} por {who}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="330"/>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="332"/>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="334"/>
        <source>(cycle time {days} days)</source>
        <translation>(tiempo de ciclo {days} días)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="337"/>
        <source>a written dispute inside the validation period</source>
        <translation>una disputa por escrito dentro del período de validación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="339"/>
        <source>held by the agency</source>
        <translation>suspendido por la agencia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="341"/>
        <source>&lt;b&gt;Collection is held&lt;/b&gt; ({why}) until the verification is sent: only the verification may go out.</source>
        <translation>&lt;b&gt;El cobro está suspendido&lt;/b&gt; ({why}) hasta que se envíe la verificación: solo puede salir la verificación.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="354"/>
        <source>Note on state</source>
        <translation>Nota sobre el estado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="365"/>
        <source>(corrects the note of {when})</source>
        <translation>(corrige la nota del {when})</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="366"/>
        <source>earlier</source>
        <translation>antes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="374"/>
        <source>Corrected by a later note; kept as written.</source>
        <translation>Corregida por una nota posterior; se conserva tal como se escribió.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="412"/>
        <source>Recording the dispute…</source>
        <translation>Registrando la disputa…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="415"/>
        <source>Dispute recorded.</source>
        <translation>Disputa registrada.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="417"/>
        <source>Collection is held on this account until the verification is sent.</source>
        <translation>El cobro de esta cuenta queda suspendido hasta que se envíe la verificación.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="425"/>
        <source>Dispute: {status}.</source>
        <translation>Disputa: {status}.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="434"/>
        <source>Verification letter sent and kept with the account; the collection hold is lifted.</source>
        <translation>Carta de verificación enviada y guardada con la cuenta; se levanta la suspensión del cobro.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="437"/>
        <source>Sending the verification letter…</source>
        <translation>Enviando la carta de verificación…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="443"/>
        <source>Collection is held on this dispute.</source>
        <translation>El cobro está suspendido por esta disputa.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="455"/>
        <source>Note added.</source>
        <translation>Nota agregada.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="474"/>
        <source>Send the verification letter for this dispute now?</source>
        <translation>¿Enviar ahora la carta de verificación de esta disputa?</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="475"/>
        <source>Record that the verification was sent outside the app?</source>
        <translation>¿Registrar que la verificación se envió fuera de la aplicación?</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="477"/>
        <source>This lifts the collection hold: the account can be called and written to again.</source>
        <translation>Esto levanta la suspensión del cobro: se podrá volver a llamar y escribir a la cuenta.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="479"/>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="498"/>
        <source>Hold collection</source>
        <translation>Suspender el cobro</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="498"/>
        <source>Why is collection held?</source>
        <translation>¿Por qué se suspende el cobro?</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="325"/>
        <source>Letters sent</source>
        <translation>Cartas enviadas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="327"/>
        <source>Documents received</source>
        <translation>Documentos recibidos</translation>
    </message>
</context>
<context>
    <name>FactDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="80"/>
        <source>Every debt of the consumer</source>
        <translation>Todas las deudas del consumidor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="81"/>
        <source>This debt only (%1)</source>
        <translation>Solo esta deuda (%1)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="83"/>
        <source>A filing stays every debt that arose before it (11 U.S.C. 362): record it on the consumer unless the debt is known to be in a case.</source>
        <translation>Una solicitud de bancarrota suspende todas las deudas surgidas antes de ella (11 U.S.C. 362): regístrela en el consumidor, salvo que se sepa que la deuda está en un caso.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="86"/>
        <source>Covers</source>
        <translation>Abarca</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="89"/>
        <source>How we know (what the consumer said, a letter, a court notice…)</source>
        <translation>Cómo lo sabemos (lo que dijo el consumidor, una carta, un aviso del tribunal…)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="90"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="96"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="112"/>
        <source>Not known</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="114"/>
        <source>Chapter %1</source>
        <translation>Capítulo %1</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="115"/>
        <source>Chapter</source>
        <translation>Capítulo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="116"/>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="117"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="117"/>
        <source>U.S. Bankruptcy Court, district</source>
        <translation>Tribunal de Bancarrotas de EE. UU., distrito</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="120"/>
        <source>Filed on</source>
        <translation>Presentada el</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="125"/>
        <source>Date of death</source>
        <translation>Fecha de fallecimiento</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="126"/>
        <source>Estate&apos;s representative</source>
        <translation>Representante de la sucesión</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="126"/>
        <source>Name (optional)</source>
        <translation>Nombre (opcional)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="129"/>
        <source>Executor</source>
        <translation>Albacea</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="129"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="130"/>
        <source>Personal representative</source>
        <translation>Representante personal</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="132"/>
        <source>Representative is</source>
        <translation>El representante es</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="133"/>
        <source>Representative&apos;s phone</source>
        <translation>Teléfono del representante</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="134"/>
        <source>The estate&apos;s representative may be contacted about the debt (12 CFR 1006.6(a)(4)); they become a party of the consumer&apos;s accounts.</source>
        <translation>Se puede contactar al representante de la sucesión sobre la deuda (12 CFR 1006.6(a)(4)); pasa a ser una parte de las cuentas del consumidor.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="140"/>
        <source>Firm</source>
        <translation>Bufete</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="141"/>
        <source>Attorney</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="142"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="143"/>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="156"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="144"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="152"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="155"/>
        <source>Orally (on this call)</source>
        <translation>De palabra (en esta llamada)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="155"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="156"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="156"/>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="158"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="163"/>
        <source>The consumer</source>
        <translation>El consumidor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="163"/>
        <source>CFPB</source>
        <translation>CFPB</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="164"/>
        <source>State regulator</source>
        <translation>Regulador estatal</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="164"/>
        <source>BBB</source>
        <translation>BBB</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="166"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="171"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="172"/>
        <source>Response due in</source>
        <translation>Respuesta vence en</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="176"/>
        <source>What about</source>
        <translation>Sobre qué</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="179"/>
        <source>Hardship</source>
        <translation>Dificultad económica</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="179"/>
        <source>Job loss, illness, disaster…</source>
        <translation>Pérdida de empleo, enfermedad, desastre…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="183"/>
        <source>until cleared</source>
        <translation>hasta que se levante</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="184"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="215"/>
        <source>Give the attorney&apos;s name or firm.</source>
        <translation>Indique el nombre o el bufete del abogado.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="218"/>
        <source>Say what the hardship is.</source>
        <translation>Diga cuál es la dificultad económica.</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="240"/>
        <source>Record a fact…</source>
        <translation>Registrar un hecho…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="249"/>
        <source>Attorney allows contact…</source>
        <translation>El abogado permite el contacto…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="251"/>
        <source>The attorney consented to direct contact with the consumer, or did not respond within a reasonable time (15 U.S.C. 1692c(a)(2))</source>
        <translation>El abogado consintió el contacto directo con el consumidor, o no respondió en un plazo razonable (15 U.S.C. 1692c(a)(2))</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="255"/>
        <source>Update…</source>
        <translation>Actualizar…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="257"/>
        <source>A bankruptcy case ended (discharged or dismissed); a complaint was responded to</source>
        <translation>Terminó un caso de bancarrota (liberado o desestimado); se respondió una queja</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="261"/>
        <source>Clear…</source>
        <translation>Levantar…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="310"/>
        <source>In force</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="311"/>
        <source>Cleared by %1
%2: %3</source>
        <translation>Levantado por %1
%2: %3</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="313"/>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="328"/>
        <source>Nothing recorded restricts contact about this debt.</source>
        <translation>Nada registrado restringe el contacto sobre esta deuda.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="329"/>
        <source>%1 record(s) in force on this debt; the guardrails decide on them now.</source>
        <translation>Registros vigentes en esta deuda: %1; las salvaguardas ya deciden según ellos.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="332"/>
        <source>Hardship: agency policy does not pause calls; be considerate and offer a plan.</source>
        <translation>Dificultad económica: la política de la agencia no suspende las llamadas; sea comprensivo y ofrezca un plan.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="338"/>
        <source>Every debt</source>
        <translation>Todas las deudas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="340"/>
        <source>This debt</source>
        <translation>Esta deuda</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="344"/>
        <source>Could not read the records: </source>
        <translation>No se pudieron leer los registros: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="356"/>
        <source>Only a supervisor clears this record, with a reason.</source>
        <translation>Solo un supervisor levanta este registro, con un motivo.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="358"/>
        <source>Clear the selected record (it stays in the history).</source>
        <translation>Levantar el registro seleccionado (queda en el historial).</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="376"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="379"/>
        <source>Recorded. The guardrails now take it into account.</source>
        <translation>Registrado. Las salvaguardas ya lo tienen en cuenta.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="387"/>
        <source>Clear a record</source>
        <translation>Levantar un registro</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="388"/>
        <source>Why is the %1 record no longer in force? (kept with the record)</source>
        <translation>¿Por qué el registro de %1 ya no está vigente? (se guarda con el registro)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="398"/>
        <source>Cleared.</source>
        <translation>Levantado.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="404"/>
        <source>The attorney consented to direct contact</source>
        <translation>El abogado consintió el contacto directo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="405"/>
        <source>The attorney did not respond within a reasonable time (supervisor)</source>
        <translation>El abogado no respondió en un plazo razonable (supervisor)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="406"/>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="409"/>
        <source>Attorney</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="406"/>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="409"/>
        <source>How do we know? (kept with the record)</source>
        <translation>¿Cómo lo sabemos? (se guarda con el registro)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="417"/>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="449"/>
        <source>Recorded.</source>
        <translation>Registrado.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="427"/>
        <source>Discharged</source>
        <translation>Liberada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="427"/>
        <source>Dismissed</source>
        <translation>Desestimada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="428"/>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="432"/>
        <source>Bankruptcy</source>
        <translation>Bancarrota</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="428"/>
        <source>How did the case end?</source>
        <translation>¿Cómo terminó el caso?</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="432"/>
        <source>On (yyyy-mm-dd):</source>
        <translation>El (aaaa-mm-dd):</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="439"/>
        <source>Not a date: %1</source>
        <translation>No es una fecha: %1</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="444"/>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="444"/>
        <source>What was the response?</source>
        <translation>¿Cuál fue la respuesta?</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="456"/>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="457"/>
        <source>Not recorded: </source>
        <translation>No registrado: </translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="24"/>
        <source>Only feedback not yet acknowledged</source>
        <translation>Solo comentarios aún no leídos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="26"/>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="26"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="26"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="26"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="26"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="27"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="27"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="27"/>
        <source>Acknowledged</source>
        <translation>Leído</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="31"/>
        <source>I have read this</source>
        <translation>Ya lo leí</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="33"/>
        <source>&lt;b&gt;My feedback&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mis comentarios&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="36"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="67"/>
        <source>%n review(s) to read</source>
        <translation>
            <numerusform>%n revisión por leer</numerusform>
            <numerusform>%n revisiones por leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="68"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n revisión</numerusform>
            <numerusform>%n revisiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/feedback_panel.py" line="82"/>
        <source>{reviewer} scored your {result} call on {account}: {score}</source>
        <translation>{reviewer} calificó su llamada {result} en {account}: {score}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="111"/>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="172"/>
        <source>Placement file</source>
        <translation>Archivo de asignaciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="112"/>
        <source>Choose the client who placed the accounts and the file they sent (CSV or Excel .xlsx).</source>
        <translation>Elija el cliente que asignó las cuentas y el archivo que envió (CSV o Excel .xlsx).</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="117"/>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="121"/>
        <source>placement file…</source>
        <translation>archivo de asignaciones…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="123"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="127"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="131"/>
        <source>Text encoding (CSV):</source>
        <translation>Codificación del texto (CSV):</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="134"/>
        <source>Column map:</source>
        <translation>Mapa de columnas:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="137"/>
        <source>Duplicates:</source>
        <translation>Duplicados:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="138"/>
        <source>Loading clients…</source>
        <translation>Cargando clientes…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="143"/>
        <source>Cannot load clients: {message}</source>
        <translation>No se pueden cargar los clientes: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="147"/>
        <source>There are no active clients.</source>
        <translation>No hay clientes activos.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="167"/>
        <source>an account number this client already placed is updated (balance adjusted)</source>
        <translation>un número de cuenta que este cliente ya asignó se actualiza (se ajusta el saldo)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="169"/>
        <source>an account number this client already placed is rejected</source>
        <translation>un número de cuenta que este cliente ya asignó se rechaza</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="173"/>
        <source>Placement files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Archivos de asignaciones (*.csv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ccs_desktop/ui/help_window.py" line="23"/>
        <source>Find in the guide (Enter: next)</source>
        <translation>Buscar en la guía (Intro: siguiente)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/help_window.py" line="35"/>
        <source>CCS Desktop user guide</source>
        <translation>Guía del usuario de CCS Desktop</translation>
    </message>
</context>
<context>
    <name>IdentityCheck</name>
    <message>
        <location filename="../../ccs_desktop/ui/guided_call.py" line="41"/>
        <source>Verify identity before any disclosure</source>
        <translation>Verifique la identidad antes de revelar nada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/guided_call.py" line="59"/>
        <source>Chec&amp;k</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/guided_call.py" line="87"/>
        <source>Not on record for this person</source>
        <translation>No consta para esta persona</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/guided_call.py" line="89"/>
        <source>Nothing on record to verify this person with: do not disclose; record why.</source>
        <translation>No hay nada registrado para verificar a esta persona: no revele nada; registre por qué.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="558"/>
        <source>Import a placement file</source>
        <translation>Importar un archivo de asignaciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="578"/>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="579"/>
        <source>Cancel the running import? Nothing of it will be written.</source>
        <translation>¿Cancelar la importación en curso? No se escribirá nada de ella.</translation>
    </message>
</context>
<context>
    <name>InlinePromiseForm</name>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="47"/>
        <source>Promise to pay</source>
        <translation>Promesa de pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="48"/>
        <source>Saved with the contact in one step: Ctrl+Enter records both, or neither</source>
        <translation>Se guarda con el contacto en un solo paso: Ctrl+Enter registra ambos, o ninguno</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="58"/>
        <source>One payment</source>
        <translation>Un pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="60"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="70"/>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="168"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="76"/>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="169"/>
        <source>Pays on</source>
        <translation>Paga el</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="94"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="102"/>
        <source>Pays by</source>
        <translation>Paga mediante</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="103"/>
        <source>Replaces the current arrangement</source>
        <translation>Reemplaza el acuerdo actual</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="105"/>
        <source>The open promise is cancelled in the same step; if the new one is refused, the old one stays as it was</source>
        <translation>La promesa abierta se cancela en el mismo paso; si la nueva se rechaza, la anterior queda como estaba</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="168"/>
        <source>Plan total</source>
        <translation>Total del plan</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="169"/>
        <source>First payment</source>
        <translation>Primer pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="170"/>
        <source>the whole balance</source>
        <translation>el saldo completo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="170"/>
        <source>e.g. 250.00</source>
        <translation>p. ej. 250.00</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="181"/>
        <source>No account is open.</source>
        <translation>No hay ninguna cuenta abierta.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="190"/>
        <source>Enter the amount promised.</source>
        <translation>Escriba el monto prometido.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="223"/>
        <source>{amount} on {date}</source>
        <translation>{amount} el {date}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="226"/>
        <source>{count} payments of {amount}, {first} to {last}</source>
        <translation>{count} pagos de {amount}, del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="229"/>
        <source>balance {balance}</source>
        <translation>saldo {balance}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="231"/>
        <source>Needs a supervisor&apos;s approval:</source>
        <translation>Requiere la aprobación de un supervisor:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="234"/>
        <source>Beyond the client&apos;s rules; recorded as approved by you:</source>
        <translation>Fuera de las reglas del cliente; se registra como aprobada por usted:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="237"/>
        <source>Within the client&apos;s rules.</source>
        <translation>Dentro de las reglas del cliente.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promise_form.py" line="253"/>
        <source>Promise of {amount} taken ({status}).</source>
        <translation>Promesa de {amount} tomada ({status}).</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="89"/>
        <source>All collectors</source>
        <translation>Todos los cobradores</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="91"/>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="96"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="97"/>
        <source>Performance report…</source>
        <translation>Informe de desempeño…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="98"/>
        <source>Compliance report…</source>
        <translation>Informe de cumplimiento…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="100"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="100"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="126"/>
        <source>Attempts and right-party contacts per day</source>
        <translation>Intentos y contactos con la persona correcta por día</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="127"/>
        <source>By collector</source>
        <translation>Por cobrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="128"/>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="281"/>
        <source>Contacts blocked by rule</source>
        <translation>Contactos bloqueados por regla</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="158"/>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="174"/>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="194"/>
        <source>{start} to {end}: {disputes} disputes resolved, {kept} promises kept, {broken} broken.</source>
        <translation>Del {start} al {end}: {disputes} disputas resueltas, {kept} promesas cumplidas, {broken} incumplidas.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="203"/>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="274"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="203"/>
        <source>Right-party contacts</source>
        <translation>Contactos con la persona correcta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="205"/>
        <source>Today so far (partial)</source>
        <translation>Hoy hasta ahora (parcial)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="275"/>
        <source>Right-party</source>
        <translation>Persona correcta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="276"/>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="282"/>
        <source>Contacts blocked by rule: none in this period</source>
        <translation>Contactos bloqueados por regla: ninguno en este período</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="283"/>
        <source>Refusals</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="288"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="293"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="295"/>
        <source>Saved “{title}” to {path}</source>
        <translation>Se guardó “{title}” en {path}</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="266"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="269"/>
        <source>Send validation notice</source>
        <translation>Enviar aviso de validación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="271"/>
        <source>Send letter…</source>
        <translation>Enviar carta…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="273"/>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="283"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="283"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="283"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="284"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="321"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="319"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="321"/>
        <source>English + Spanish</source>
        <translation>Inglés + español</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="328"/>
        <source>{letter} sent and kept with the account.</source>
        <translation>{letter}: enviada y guardada con la cuenta.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="334"/>
        <location filename="../../ccs_desktop/ui/letters.py" line="339"/>
        <source>Sending the letter…</source>
        <translation>Enviando la carta…</translation>
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
        <location filename="../../ccs_desktop/ui/main_window.py" line="113"/>
        <location filename="../../ccs_desktop/ui/main_window.py" line="226"/>
        <location filename="../../ccs_desktop/ui/main_window.py" line="642"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="123"/>
        <source>No database</source>
        <translation>Sin base de datos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="142"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="143"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="147"/>
        <source>A&amp;ppearance…</source>
        <translation>A&amp;pariencia…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="148"/>
        <source>&amp;Import placement file…</source>
        <translation>Im&amp;portar archivo de asignaciones…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="149"/>
        <source>Re&amp;mittance statement…</source>
        <translation>Estado de &amp;remesas…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="152"/>
        <source>&amp;Offline work and sync…</source>
        <translation>Trabajo sin &amp;conexión y sincronización…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="153"/>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="156"/>
        <source>&amp;Agency settings…</source>
        <translation>Datos de la &amp;agencia…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="160"/>
        <source>Sign &amp;out</source>
        <translation>Cerrar s&amp;esión</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="163"/>
        <source>E&amp;xit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Work</source>
        <translation>&amp;Trabajo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="169"/>
        <source>Back to the &amp;queue</source>
        <translation>Volver a la &amp;cola</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="335"/>
        <source>Finding the next callable account in your queue…</source>
        <translation>Buscando la siguiente cuenta llamable de su cola…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="342"/>
        <source>No callable account left in your queue right now (Ctrl+N takes the next callable account of your whole queue; the search and filters do not apply).</source>
        <translation>No quedan cuentas llamables en su cola ahora mismo (Ctrl+N toma la siguiente cuenta llamable de toda su cola; la búsqueda y los filtros no se aplican).</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="345"/>
        <source>Next callable account in my queue</source>
        <translation>Siguiente cuenta llamable de mi cola</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="348"/>
        <source>Next callable account in your queue: {name}</source>
        <translation>Siguiente cuenta llamable de su cola: {name}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="422"/>
        <source>Language: {name}</source>
        <translation>Idioma: {name}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="579"/>
        <source>Callback due now: {name} ({number}). Click it in the status bar to open the account.</source>
        <translation>Rellamada pendiente ahora: {name} ({number}). Haga clic en ella en la barra de estado para abrir la cuenta.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="622"/>
        <source>Signed out. Sign in to continue.</source>
        <translation>Sesión cerrada. Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>&amp;Next account</source>
        <translation type="vanished">Cuenta &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="173"/>
        <source>&amp;Find in the queue</source>
        <translation>&amp;Buscar en la cola</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="175"/>
        <source>&amp;Open the selected account</source>
        <translation>&amp;Abrir la cuenta seleccionada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="182"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="183"/>
        <source>&amp;Supervisor</source>
        <translation>S&amp;upervisor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="185"/>
        <source>Supervisor &amp;workspace…</source>
        <translation>Espacio de trabajo del &amp;supervisor…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="189"/>
        <source>&amp;Letters</source>
        <translation>&amp;Cartas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="191"/>
        <source>&amp;Validation notices for new placements…</source>
        <translation>Avisos de &amp;validación para nuevas asignaciones…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="193"/>
        <source>Guardrail &amp;rules…</source>
        <translation>&amp;Reglas de salvaguarda…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="196"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="197"/>
        <source>&amp;User guide</source>
        <translation>G&amp;uía del usuario</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="200"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="201"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="202"/>
        <source>&amp;About CCS Desktop</source>
        <translation>&amp;Acerca de CCS Desktop</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="232"/>
        <source>Creating the demo portfolio: {done} of {total} accounts…</source>
        <translation>Creando la cartera de demostración: {done} de {total} cuentas…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="207"/>
        <source>Database: </source>
        <translation>Base de datos: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="171"/>
        <source>&amp;Next callable account in my queue</source>
        <translation>Siguiente cuenta &amp;llamable de mi cola</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/main_window.py" line="240"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln cuenta</numerusform>
            <numerusform>%Ln cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} accounts</source>
        <translation type="vanished">{n} cuentas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="242"/>
        <source>Sign in to continue.</source>
        <translation>Inicie sesión para continuar.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="251"/>
        <source>No active user in this database: ask an administrator to add one.</source>
        <translation>No hay usuarios activos en esta base de datos: pida a un administrador que agregue uno.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="314"/>
        <source>Opening the account…</source>
        <translation>Abriendo la cuenta…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="327"/>
        <source>Could not open the account: </source>
        <translation>No se pudo abrir la cuenta: </translation>
    </message>
    <message>
        <source>Finding the next callable account…</source>
        <translation type="vanished">Buscando la siguiente cuenta que se puede llamar…</translation>
    </message>
    <message>
        <source>No callable account left in this queue right now.</source>
        <translation type="vanished">No quedan cuentas que se puedan llamar ahora en esta cola.</translation>
    </message>
    <message>
        <source>Next account</source>
        <translation type="vanished">Cuenta siguiente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="371"/>
        <source>Could not open the database: </source>
        <translation>No se pudo abrir la base de datos: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="404"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="404"/>
        <source>Language of the workstation:</source>
        <translation>Idioma de la estación de trabajo:</translation>
    </message>
    <message>
        <source>Language saved: restart CCS Desktop to use it.</source>
        <translation type="vanished">Idioma guardado: reinicie CCS Desktop para usarlo.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="425"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="505"/>
        <source>&amp;Promises</source>
        <translation>&amp;Promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="506"/>
        <source>Promise &amp;calendar</source>
        <translation>&amp;Calendario de promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="507"/>
        <source>&amp;Take a promise on this account…</source>
        <translation>&amp;Tomar una promesa en esta cuenta…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="508"/>
        <source>&amp;Post a payment on this account…</source>
        <translation>&amp;Registrar un pago en esta cuenta…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="509"/>
        <source>Promises waiting for &amp;approval</source>
        <translation>Promesas en espera de &amp;aprobación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="525"/>
        <source>Promise calendar</source>
        <translation>Calendario de promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="526"/>
        <source>Promises waiting for approval</source>
        <translation>Promesas en espera de aprobación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="532"/>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="532"/>
        <source>Open or select an account first.</source>
        <translation>Primero abra o seleccione una cuenta.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="549"/>
        <source>About CCS Desktop</source>
        <translation>Acerca de CCS Desktop</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="550"/>
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
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="196"/>
        <source>Map the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="197"/>
        <source>Say which column of the file holds each field. Fields marked * are required. Save the map to reuse it for this client&apos;s next files.</source>
        <translation>Indique qué columna del archivo contiene cada campo. Los campos marcados con * son obligatorios. Guarde el mapa para reutilizarlo con los próximos archivos de este cliente.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="221"/>
        <source>MM/DD/YYYY (US)</source>
        <translation>MM/DD/AAAA (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="222"/>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="223"/>
        <source>Dates like 03/04/2025 read as:</source>
        <translation>Las fechas como 03/04/2025 se leen como:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="228"/>
        <source>Save map</source>
        <translation>Guardar mapa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="231"/>
        <source>Map name:</source>
        <translation>Nombre del mapa:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="247"/>
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
    <name>MoneyTabs</name>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_money.py" line="99"/>
        <source>Next instalment {amount} on {date}</source>
        <translation>Próxima cuota {amount} el {date}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_money.py" line="103"/>
        <source>Promise waiting for a supervisor&apos;s approval</source>
        <translation>Promesa en espera de la aprobación de un supervisor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_money.py" line="105"/>
        <source>Broken promise</source>
        <translation>Promesa incumplida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_money.py" line="111"/>
        <source>{time} consumer</source>
        <translation>{time} hora del consumidor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_money.py" line="112"/>
        <source>Callback {when}</source>
        <translation>Rellamada {when}</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="187"/>
        <source>Week {n}</source>
        <translation>Semana {n}</translation>
    </message>
</context>
<context>
    <name>MyDayBar</name>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="48"/>
        <source>The accounts the queue shows you (open ones)</source>
        <translation>Las cuentas que le muestra la cola (las abiertas)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="49"/>
        <source>Accounts of your queue callable now</source>
        <translation>Cuentas de su cola que se pueden llamar ahora</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="50"/>
        <source>Today: accounts you worked, right-party contacts (RPC), promises taken and their amount</source>
        <translation>Hoy: cuentas trabajadas, contactos con la persona correcta (RPC), promesas tomadas y su monto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="52"/>
        <source>Your next callback due</source>
        <translation>Su próxima rellamada pendiente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="59"/>
        <source>My queue: …</source>
        <translation>Mi cola: …</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="90"/>
        <source>My queue: {n}</source>
        <translation>Mi cola: {n}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="91"/>
        <source>Callable: {n}</source>
        <translation>Llamables: {n}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="92"/>
        <source>Today: {worked} worked · {rpc} RPC · {promises} promised</source>
        <translation>Hoy: {worked} trabajadas · {rpc} RPC · {promises} promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="98"/>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="114"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="98"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="105"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="112"/>
        <source>Working offline on this computer&apos;s cache</source>
        <translation>Trabajando sin conexión con la caché de este equipo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="114"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="120"/>
        <source>No callback due</source>
        <translation>Sin rellamadas pendientes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="125"/>
        <source>Your next callback: {name}, account {number}, {when}. Click to open the account.</source>
        <translation>Su próxima rellamada: {name}, cuenta {number}, {when}. Haga clic para abrir la cuenta.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="129"/>
        <source>Callback due now: {name} ({number})</source>
        <translation>Rellamada pendiente ahora: {name} ({number})</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/my_day_bar.py" line="133"/>
        <source>Callback {when} {name}</source>
        <translation>Rellamada {when} {name}</translation>
    </message>
</context>
<context>
    <name>NewDisputeDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="69"/>
        <source>Record a dispute</source>
        <translation>Registrar una disputa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="76"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="78"/>
        <source>In writing (letter, email, form)</source>
        <translation>Por escrito (carta, correo, formulario)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="79"/>
        <source>Orally (phone, in person)</source>
        <translation>De palabra (teléfono, en persona)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="80"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="83"/>
        <source>(business)</source>
        <translation>(comercial)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="84"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="88"/>
        <source>Whole balance ({amount})</source>
        <translation>Todo el saldo ({amount})</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="89"/>
        <source>Part:</source>
        <translation>Parte:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="101"/>
        <source>Amount disputed</source>
        <translation>Monto en disputa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="102"/>
        <source>Hold collection until verification is sent (agency decision)</source>
        <translation>Suspender el cobro hasta que se envíe la verificación (decisión de la agencia)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="105"/>
        <source>A supervisor can place an agency hold. A written dispute inside the validation period is held automatically.</source>
        <translation>Un supervisor puede aplicar una suspensión de la agencia. Una disputa por escrito dentro del período de validación se suspende automáticamente.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="109"/>
        <source>What did the consumer say? (first note of the thread)</source>
        <translation>¿Qué dijo el consumidor? (primera nota del hilo)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="111"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="113"/>
        <source>Record dispute</source>
        <translation>Registrar disputa</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="38"/>
        <source>New user</source>
        <translation>Usuario nuevo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="46"/>
        <source>At least {n} characters, letters and a digit or symbol, not the user&apos;s name.</source>
        <translation>Al menos {n} caracteres, letras y un dígito o símbolo, sin el nombre del usuario.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="50"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="51"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="52"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="53"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="54"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>OverridesTab</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="80"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="80"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="80"/>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="83"/>
        <source>Collector</source>
        <translation>Cobrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="80"/>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="83"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="81"/>
        <source>Consumer</source>
        <translation>Consumidor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="81"/>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="81"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="81"/>
        <source>Used</source>
        <translation>Usada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="83"/>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="83"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="84"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="84"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="84"/>
        <source>Discount %</source>
        <translation>Descuento %</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="84"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="85"/>
        <source>Why it needs approval</source>
        <translation>Por qué requiere aprobación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="86"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="92"/>
        <source>Override log</source>
        <translation>Registro de excepciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="92"/>
        <source>Who overrode which rule, for which account, and why.</source>
        <translation>Quién hizo una excepción a qué regla, en qué cuenta y por qué.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="93"/>
        <source>Promises waiting for approval</source>
        <translation>Promesas en espera de aprobación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="94"/>
        <source>Open the account to approve or reject a promise; the decision is audited there.</source>
        <translation>Abra la cuenta para aprobar o rechazar una promesa; la decisión queda auditada allí.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="124"/>
        <source>unused</source>
        <translation>sin usar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="129"/>
        <source>%n override(s)</source>
        <translation>
            <numerusform>%n excepción</numerusform>
            <numerusform>%n excepciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="130"/>
        <source>%n promise(s) waiting for approval</source>
        <translation>
            <numerusform>%n promesa en espera de aprobación</numerusform>
            <numerusform>%n promesas en espera de aprobación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="66"/>
        <source>Post a payment received</source>
        <translation>Registrar un pago recibido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="70"/>
        <source>e.g. 250.00</source>
        <translation>p. ej. 250.00</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="84"/>
        <source>authorisation, check or trace number</source>
        <translation>número de autorización, de cheque o de rastreo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="87"/>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="130"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="89"/>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="130"/>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="91"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="93"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="101"/>
        <source>&amp;Post payment</source>
        <translation>&amp;Registrar pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="119"/>
        <source>Payments and reversals</source>
        <translation>Pagos y reversiones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="122"/>
        <source>&amp;Reverse…</source>
        <translation>Re&amp;vertir…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="124"/>
        <source>A returned payment (NSF, stopped, charged back): a new negative payment restores what it paid; the payment itself is kept</source>
        <translation>Un pago devuelto (NSF, suspendido, contracargo): un nuevo pago negativo restituye lo que pagó; el pago en sí se conserva</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="130"/>
        <source>How, by whom</source>
        <translation>Cómo, por quién</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="131"/>
        <source>Allocated</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="138"/>
        <source>Balance history</source>
        <translation>Historial del saldo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="145"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="146"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="171"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="173"/>
        <source>Allocated in the client&apos;s order: {order}</source>
        <translation>Aplicado en el orden del cliente: {order}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="183"/>
        <source>by {who}</source>
        <translation>por {who}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="190"/>
        <source>Reversal: {reason}</source>
        <translation>Reversión: {reason}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="193"/>
        <source>Reversed</source>
        <translation>Revertido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="201"/>
        <source>No payments yet.</source>
        <translation>Aún no hay pagos.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="221"/>
        <source>Balance {total}: the sum of the account&apos;s transactions ({count}).</source>
        <translation>Saldo {total}: la suma de las transacciones de la cuenta ({count}).</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="225"/>
        <source>The stored balance {total} is not the sum of its transactions: tell an administrator (ccs-desktop promises verify-balances).</source>
        <translation>El saldo guardado {total} no es la suma de sus transacciones: avise a un administrador (ccs-desktop promises verify-balances).</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="255"/>
        <source>Enter the amount received.</source>
        <translation>Escriba el monto recibido.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="263"/>
        <source>Posting the payment…</source>
        <translation>Registrando el pago…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="273"/>
        <source>Reversed {amount}; the balance is {balance}.</source>
        <translation>Revertido {amount}; el saldo es {balance}.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="277"/>
        <source>The promise is now {status}.</source>
        <translation>La promesa ahora está: {status}.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="289"/>
        <source>Reverse the payment</source>
        <translation>Revertir el pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="290"/>
        <source>Why was it returned? (e.g. NSF, stopped, charged back)</source>
        <translation>¿Por qué se devolvió? (p. ej. NSF, suspendido, contracargo)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_payments.py" line="298"/>
        <source>Reversing the payment…</source>
        <translation>Revirtiendo el pago…</translation>
    </message>
</context>
<context>
    <name>PostPaymentDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="388"/>
        <source>Post a payment</source>
        <translation>Registrar un pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="390"/>
        <source>Loading the account…</source>
        <translation>Cargando la cuenta…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="393"/>
        <source>e.g. 250.00</source>
        <translation>p. ej. 250.00</translation>
    </message>
    <message>
        <source>ddd MMM d, yyyy</source>
        <translation type="vanished">ddd d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="398"/>
        <source>authorisation, check or trace number</source>
        <translation>número de autorización, de cheque o de rastreo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="401"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="402"/>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="403"/>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="404"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="405"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="411"/>
        <source>Post payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="422"/>
        <source>Could not load the account: {message}</source>
        <translation>No se pudo cargar la cuenta: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="431"/>
        <source>Enter the amount received.</source>
        <translation>Escriba el monto recibido.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="438"/>
        <source>Posting the payment…</source>
        <translation>Registrando el pago…</translation>
    </message>
</context>
<context>
    <name>PromiseCalendar</name>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="408"/>
        <source>Previous month or week</source>
        <translation>Mes o semana anterior</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="409"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="411"/>
        <source>Next month or week</source>
        <translation>Mes o semana siguiente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="418"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="419"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="426"/>
        <source>Whose promises to show</source>
        <translation>De quién mostrar las promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="427"/>
        <source>Export .ics…</source>
        <translation>Exportar .ics…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="428"/>
        <source>Save the promises shown as a calendar file Outlook can open</source>
        <translation>Guardar las promesas mostradas como un archivo de calendario que Outlook puede abrir</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="429"/>
        <source>Names in export</source>
        <translation>Nombres en la exportación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="430"/>
        <source>Put consumers&apos; names in the exported events (personal data leaves the app)</source>
        <translation>Incluir los nombres de los consumidores en los eventos exportados (los datos personales salen de la aplicación)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="564"/>
        <source>Whole team</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="564"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="568"/>
        <source>My promises</source>
        <translation>Mis promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="597"/>
        <source>Week of {start} – {end}, {year}</source>
        <translation>Semana del {start} al {end} de {year}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="598"/>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="599"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/calendar.py" line="623"/>
        <source>%n promise payment(s) shown</source>
        <translation>
            <numerusform>%n pago prometido mostrado</numerusform>
            <numerusform>%n pagos prometidos mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/calendar.py" line="624"/>
        <source>%n broken</source>
        <translation>
            <numerusform>%n incumplido</numerusform>
            <numerusform>%n incumplidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="628"/>
        <source>Could not load the calendar: {message}</source>
        <translation>No se pudo cargar el calendario: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="636"/>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="637"/>
        <source>Due on {day}</source>
        <translation>Vence el {day}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="637"/>
        <source>dddd, MMMM d</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/calendar.py" line="643"/>
        <source>%n payment(s): {money}</source>
        <translation>
            <numerusform>%n pago: {money}</numerusform>
            <numerusform>%n pagos: {money}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="645"/>
        <source>Nothing due.</source>
        <translation>Nada vence.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="670"/>
        <source>Open the account</source>
        <translation>Abrir la cuenta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="671"/>
        <source>Post a payment…</source>
        <translation>Registrar un pago…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="690"/>
        <source>Saving {file}…</source>
        <translation>Guardando {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/calendar.py" line="693"/>
        <source>Saved %n promise(s) to {file}</source>
        <translation>
            <numerusform>Se guardó %n promesa en {file}</numerusform>
            <numerusform>Se guardaron %n promesas en {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="695"/>
        <source>Could not save the calendar: {message}</source>
        <translation>No se pudo guardar el calendario: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="699"/>
        <source>Export promises</source>
        <translation>Exportar promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="700"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>PromisesPanel</name>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="57"/>
        <source>Current arrangement</source>
        <translation>Acuerdo actual</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="66"/>
        <source>&amp;Take a promise…</source>
        <translation>&amp;Tomar una promesa…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="69"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="71"/>
        <source>Replace the arrangement: the new one is taken and this one cancelled in one step</source>
        <translation>Reemplazar el acuerdo: se toma el nuevo y se cancela este en un solo paso</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="74"/>
        <source>Cancel it…</source>
        <translation>Cancelarlo…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="77"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="80"/>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="88"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="88"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="88"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="88"/>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="99"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="88"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="96"/>
        <source>Earlier promises</source>
        <translation>Promesas anteriores</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="99"/>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="99"/>
        <source>Arrangement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="99"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="125"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="128"/>
        <source>No promise on this account yet. Key 6 on a call takes one with the contact.</source>
        <translation>Aún no hay promesas en esta cuenta. La tecla 6 en una llamada toma una junto con el contacto.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="134"/>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="196"/>
        <source>{count} payments</source>
        <translation>{count} pagos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="137"/>
        <source>{percent}% off</source>
        <translation>{percent}% de descuento</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="141"/>
        <source>Taken by {who} on {when}</source>
        <translation>Tomada por {who} el {when}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="142"/>
        <source>paid {paid} of {total}</source>
        <translation>pagado {paid} de {total}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="146"/>
        <source>Why it ended: {reason}</source>
        <translation>Por qué terminó: {reason}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="149"/>
        <source>Next: {amount} on {date}</source>
        <translation>Próximo: {amount} el {date}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="156"/>
        <source>Waiting for a supervisor&apos;s approval:</source>
        <translation>En espera de la aprobación de un supervisor:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="159"/>
        <source>Rejected by {who} on {when}.</source>
        <translation>Rechazada por {who} el {when}.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="162"/>
        <source>Approved by {who} on {when}</source>
        <translation>Aprobada por {who} el {when}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="165"/>
        <source>Within the client&apos;s rules.</source>
        <translation>Dentro de las reglas del cliente.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="183"/>
        <source>Not paid yet and its date has passed: it is judged once the client&apos;s grace days are over.</source>
        <translation>Aún no pagada y su fecha ya pasó: se evalúa cuando terminen los días de gracia del cliente.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="210"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="232"/>
        <source>Cancel the promise</source>
        <translation>Cancelar la promesa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="233"/>
        <source>Why is the promise cancelled? (kept with it)</source>
        <translation>¿Por qué se cancela la promesa? (se guarda con ella)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="242"/>
        <source>Cancelling the promise…</source>
        <translation>Cancelando la promesa…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="243"/>
        <source>The promise is cancelled.</source>
        <translation>La promesa está cancelada.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="247"/>
        <source>Reject the promise</source>
        <translation>Rechazar la promesa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="248"/>
        <source>Why is it rejected? The collector sees the reason.</source>
        <translation>¿Por qué se rechaza? El cobrador verá el motivo.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="258"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="259"/>
        <source>Approved.</source>
        <translation>Aprobada.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_promises.py" line="259"/>
        <source>Rejected.</source>
        <translation>Rechazada.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="179"/>
        <source>Days since charge-off (or delinquency)</source>
        <translation>Días desde el castigo (o la morosidad)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="194"/>
        <source>Callable now: the guardrails allow a call</source>
        <translation>Se puede llamar: las salvaguardas permiten una llamada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="196"/>
        <source>Location unknown</source>
        <translation>Ubicación desconocida</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="59"/>
        <source>Search name, account number or phone (Ctrl+F)</source>
        <translation>Buscar nombre, número de cuenta o teléfono (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="71"/>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="76"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="80"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="85"/>
        <source>Balance from</source>
        <translation>Saldo desde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="89"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="97"/>
        <source>&amp;Callable now</source>
        <translation>Se puede &amp;llamar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="99"/>
        <source>&amp;Promises due today</source>
        <translation>&amp;Promesas que vencen hoy</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="101"/>
        <source>&amp;Broken promises</source>
        <translation>Promesas &amp;incumplidas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="103"/>
        <source>Call&amp;backs due</source>
        <translation>Rellamadas &amp;pendientes</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="112"/>
        <source>&amp;Next callable in my queue (Ctrl+N)</source>
        <translation>&amp;Siguiente llamable de mi cola (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="113"/>
        <source>The best callable account of your queue that you have not opened yet; the search and filters do not apply</source>
        <translation>La mejor cuenta llamable de su cola que aún no ha abierto; la búsqueda y los filtros no se aplican</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/queue_view.py" line="211"/>
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln cuenta</numerusform>
            <numerusform>%Ln cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/queue_view.py" line="212"/>
        <source>%Ln+ shown</source>
        <translation>
            <numerusform>%Ln+ cuenta</numerusform>
            <numerusform>%Ln+ cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Next account (Ctrl+N)</source>
        <translation type="vanished">Cuenta &amp;siguiente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="138"/>
        <source>Could not load the queue: </source>
        <translation>No se pudo cargar la cola: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="162"/>
        <source>Keep typing: a name needs two letters, a number three digits</source>
        <translation>Siga escribiendo: un nombre necesita dos letras, un número tres dígitos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="183"/>
        <source>A balance must be an amount like 1500 or 1500.00</source>
        <translation>Un saldo debe ser un importe como 1500 o 1500.00</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="207"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation type="vanished">
            <numerusform>%Ln cuenta</numerusform>
            <numerusform>%Ln cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ accounts</source>
        <translation type="vanished">
            <numerusform>%Ln+ cuenta</numerusform>
            <numerusform>%Ln+ cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>{n}{more} accounts</source>
        <translation type="vanished">{n}{more} cuentas</translation>
    </message>
</context>
<context>
    <name>ReceivedDocuments</name>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="190"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Adjuntar…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="193"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="194"/>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="208"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="208"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="208"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="209"/>
        <source>Attached by</source>
        <translation>Adjuntado por</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="209"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="246"/>
        <source>No document received yet. Attach a dispute letter, a proof of debt, a bankruptcy notice or an attorney&apos;s letter when one arrives.</source>
        <translation>Aún no se ha recibido ningún documento. Adjunte una carta de disputa, una prueba de la deuda, un aviso de bancarrota o una carta de un abogado cuando llegue.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="261"/>
        <source>Attach a received document</source>
        <translation>Adjuntar un documento recibido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="262"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.txt);;All files (*)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="272"/>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="274"/>
        <source>Attaching…</source>
        <translation>Adjuntando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="279"/>
        <source>This file is already kept with the account (received {when}): it is not stored twice.</source>
        <translation>Este archivo ya está guardado con la cuenta (recibido {when}): no se guarda dos veces.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="282"/>
        <source>{file} kept with the account.</source>
        <translation>{file} guardado con la cuenta.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="303"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="309"/>
        <source>Could not save the copy: {error}</source>
        <translation>No se pudo guardar la copia: {error}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="311"/>
        <source>Saved to {path}; its fingerprint matched.</source>
        <translation>Guardado en {path}; su huella digital coincidió.</translation>
    </message>
</context>
<context>
    <name>RemittanceDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="65"/>
        <source>Remittance statement</source>
        <translation>Estado de remesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="75"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="78"/>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="80"/>
        <source>Payments from</source>
        <translation>Pagos desde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="82"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="87"/>
        <source>Loading clients…</source>
        <translation>Cargando clientes…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="93"/>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="98"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="98"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="114"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="114"/>
        <source>Save CSV…</source>
        <translation>Guardar CSV…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="115"/>
        <source>Save Excel…</source>
        <translation>Guardar Excel…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="127"/>
        <source>Cannot load clients: {message}</source>
        <translation>No se pueden cargar los clientes: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="132"/>
        <source>Choose a client and a period, then Show.</source>
        <translation>Elija un cliente y un período, y luego Mostrar.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="137"/>
        <source>The period: </source>
        <translation>El período: </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="149"/>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="152"/>
        <source>Adding up the period…</source>
        <translation>Sumando el período…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="157"/>
        <source>No statement:</source>
        <translation>Sin estado de cuenta:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="163"/>
        <source>commission {pct}%</source>
        <translation>comisión {pct}%</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="165"/>
        <source>{pct}% from {days} days</source>
        <translation>{pct}% desde {days} días</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="169"/>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="170"/>
        <source>gross remittance</source>
        <translation>remesa bruta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="170"/>
        <source>net remittance</source>
        <translation>remesa neta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="171"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n pago</numerusform>
            <numerusform>%n pagos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="196"/>
        <source>Remittance to {client} (gross)</source>
        <translation>Remesa a {client} (bruta)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="197"/>
        <source>Remittance to {client} (net)</source>
        <translation>Remesa a {client} (neta)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="199"/>
        <source>Due from {client} (commission invoice)</source>
        <translation>A cobrar a {client} (factura de comisión)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="200"/>
        <source>Due from {client}</source>
        <translation>A cobrar a {client}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="208"/>
        <source>Save the statement</source>
        <translation>Guardar el estado de remesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="216"/>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="217"/>
        <source>Writing the statement…</source>
        <translation>Generando el estado de cuenta…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="218"/>
        <source>Saved {file}.</source>
        <translation>Se guardó {file}.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="129"/>
        <source>Resolve the dispute</source>
        <translation>Resolver la disputa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="134"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="136"/>
        <source>e.g. balance corrected by $35.00 late fee</source>
        <translation>p. ej. saldo corregido por un cargo por mora de $35.00</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="137"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="43"/>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="43"/>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="43"/>
        <source>Collector</source>
        <translation>Cobrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="43"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="44"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="44"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="44"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="44"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="45"/>
        <source>Acknowledged</source>
        <translation>Leído</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="46"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="48"/>
        <source>Reviews of your team&apos;s calls, newest first. Collectors see them under My feedback.</source>
        <translation>Revisiones de las llamadas de su equipo, las más recientes primero. Los cobradores las ven en Mis comentarios.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="71"/>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/supervisor/panels.py" line="72"/>
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
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="208"/>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="220"/>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="226"/>
        <source>Guardrail rules</source>
        <translation>Reglas de salvaguarda</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="51"/>
        <source>Loading the rules in force…</source>
        <translation>Cargando las reglas vigentes…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="55"/>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="55"/>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="55"/>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="77"/>
        <source>Parameters of the selected rule (JSON):</source>
        <translation>Parámetros de la regla seleccionada (JSON):</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="85"/>
        <source>Why the change:</source>
        <translation>Motivo del cambio:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="87"/>
        <source>Kept with the new version and in the audit trail</source>
        <translation>Se guarda con la nueva versión y en el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="95"/>
        <source>Only an admin can change the rules</source>
        <translation>Solo un administrador puede cambiar las reglas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="112"/>
        <source>shipped rules</source>
        <translation>reglas de fábrica</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="113"/>
        <source>shipped rules with admin changes</source>
        <translation>reglas de fábrica con cambios del administrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="114"/>
        <source>Rule pack version {version} ({changed}).</source>
        <translation>Versión del paquete de reglas {version} ({changed}).</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="116"/>
        <source>Tick or untick a rule, edit its parameters, say why, and save.</source>
        <translation>Marque o desmarque una regla, edite sus parámetros, indique el motivo y guarde.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="117"/>
        <source>Read-only: only an admin can change the rules.</source>
        <translation>Solo lectura: solo un administrador puede cambiar las reglas.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="141"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="141"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="154"/>
        <source>Could not load the rules: {message}</source>
        <translation>No se pudieron cargar las reglas: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="176"/>
        <source>Not valid JSON yet</source>
        <translation>Todavía no es JSON válido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="208"/>
        <source>Nothing changed.</source>
        <translation>No cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/rules_dialog.py" line="221"/>
        <source>Saved as version {version}; in force from now on.</source>
        <translation>Guardado como versión {version}; vigente desde ahora.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="431"/>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="448"/>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="459"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="432"/>
        <source>The accounts are written in one transaction: a cancelled or failed import writes nothing.</source>
        <translation>Las cuentas se escriben en una sola transacción: una importación cancelada o fallida no escribe nada.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="442"/>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="457"/>
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
        <location filename="../../ccs_desktop/ui/letters.py" line="215"/>
        <source>Send a letter</source>
        <translation>Enviar una carta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="224"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="226"/>
        <source>Consumer&apos;s language</source>
        <translation>Idioma del consumidor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="227"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="228"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="229"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="233"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="238"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="241"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SentLetters</name>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="83"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="85"/>
        <source>Save as PD&amp;F…</source>
        <translation>Guardar como PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="114"/>
        <source>Save the letter as PDF</source>
        <translation>Guardar la carta como PDF</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="120"/>
        <source>Could not save the letter: {error}</source>
        <translation>No se pudo guardar la carta: {error}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="122"/>
        <source>Saved to {path}; its fingerprint matched the letter sent.</source>
        <translation>Guardado en {path}; su huella digital coincidió con la carta enviada.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="133"/>
        <source>Print the letter</source>
        <translation>Imprimir la carta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="139"/>
        <source>The printer did not take the letter: {error}</source>
        <translation>La impresora no aceptó la carta: {error}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_documents.py" line="141"/>
        <source>Sent to {printer}.</source>
        <translation>Enviada a {printer}.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="114"/>
        <source>Supervisor sign-in</source>
        <translation>Inicio de sesión del supervisor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="119"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="120"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="507"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="516"/>
        <source>Export rejected rows…</source>
        <translation>Exportar filas rechazadas…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="524"/>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="527"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="527"/>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="529"/>
        <source>File: {file} · rows: {rows} · new accounts: {new} · updated: {updated} · rejected rows: {rejected}</source>
        <translation>Archivo: {file} · filas: {rows} · cuentas nuevas: {new} · actualizadas: {updated} · filas rechazadas: {rejected}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="534"/>
        <source>Trailer total {total} reconciled.</source>
        <translation>Total del registro final {total} conciliado.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="536"/>
        <source>The new accounts are in the collectors&apos; queues and wait for their validation notice.</source>
        <translation>Las cuentas nuevas están en las colas de los cobradores y esperan su aviso de validación.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="543"/>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
</context>
<context>
    <name>SupervisorWorkspace</name>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="35"/>
        <source>Supervisor workspace</source>
        <translation>Espacio de trabajo del supervisor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="45"/>
        <source>Call log</source>
        <translation>Registro de llamadas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="45"/>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="46"/>
        <source>Overrides &amp;&amp; approvals</source>
        <translation>Excepciones y aprobaciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="47"/>
        <source>Assignments</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="47"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="48"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="48"/>
        <source>Complaints</source>
        <translation>Quejas</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="92"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="249"/>
        <source>Sync: starting…</source>
        <translation>Sincronización: iniciando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="110"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="272"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="112"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="275"/>
        <source>Send the changes made offline and fetch what changed on the shared database</source>
        <translation>Enviar los cambios hechos sin conexión y traer lo que cambió en la base de datos compartida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="113"/>
        <source>Take my queue offline</source>
        <translation>Llevar mi cola sin conexión</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="114"/>
        <source>Sync conflicts…</source>
        <translation>Conflictos de sincronización…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="130"/>
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
        <location filename="../../ccs_desktop/ui/sync_status.py" line="320"/>
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
        <location filename="../../ccs_desktop/ui/sync_status.py" line="313"/>
        <source>⟳ Syncing… {percent}%</source>
        <translation>⟳ Sincronizando… {percent}%</translation>
    </message>
</context>
<context>
    <name>TakePromiseDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="109"/>
        <source>Take a promise to pay</source>
        <translation>Tomar una promesa de pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="113"/>
        <source>Loading the account…</source>
        <translation>Cargando la cuenta…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="118"/>
        <source>One payment</source>
        <translation>Un solo pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="118"/>
        <source>Payment plan</source>
        <translation>Plan de pagos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="119"/>
        <source>Settlement</source>
        <translation>Liquidación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="265"/>
        <source>line {n}: {error}</source>
        <translation>línea {n}: {error}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="317"/>
        <source>ddd MMM d, yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="130"/>
        <source>e.g. 250.00</source>
        <translation>p. ej. 250.00</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="109"/>
        <source>Change the arrangement</source>
        <translation>Cambiar el acuerdo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="132"/>
        <source>the whole balance</source>
        <translation>todo el saldo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="137"/>
        <source>Number of instalments</source>
        <translation>Número de cuotas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="138"/>
        <source>Amount per instalment</source>
        <translation>Monto por cuota</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="144"/>
        <source>e.g. 100.00</source>
        <translation>p. ej. 100.00</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="146"/>
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
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="153"/>
        <source>Create the confirmation letter</source>
        <translation>Crear la carta de confirmación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="158"/>
        <source>First payment on</source>
        <translation>Primer pago el</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="159"/>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="177"/>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="235"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="160"/>
        <source>Plan total</source>
        <translation>Total del plan</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="161"/>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="170"/>
        <source>Instalments</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="171"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="172"/>
        <source>Will pay by</source>
        <translation>Pagará con</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="173"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="177"/>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="187"/>
        <source>Schedule</source>
        <translation>Calendario de pagos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="195"/>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="336"/>
        <source>Take promise</source>
        <translation>Tomar promesa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="235"/>
        <source>Settlement amount</source>
        <translation>Monto de liquidación</translation>
    </message>
    <message>
        <source>line {n}: “{text}” is not a date (use YYYY-MM-DD)</source>
        <translation type="vanished">línea {n}: “{text}” no es una fecha (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="269"/>
        <source>give an amount on every line, or on none</source>
        <translation>indique un monto en cada línea, o en ninguna</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="287"/>
        <source>Could not load the account: {message}</source>
        <translation>No se pudo cargar la cuenta: {message}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="322"/>
        <source>{percent}% off the balance</source>
        <translation>{percent}% de descuento sobre el saldo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="324"/>
        <source>%n payment(s) totalling {total} of the balance {balance}</source>
        <translation>
            <numerusform>%n pago por un total de {total} del saldo {balance}</numerusform>
            <numerusform>%n pagos por un total de {total} del saldo {balance}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="329"/>
        <source>Needs a supervisor&apos;s approval:</source>
        <translation>Requiere la aprobación de un supervisor:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="330"/>
        <source>Send for approval</source>
        <translation>Enviar para aprobación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="333"/>
        <source>Within the client&apos;s rules.</source>
        <translation>Dentro de las reglas del cliente.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="334"/>
        <source>Beyond the client&apos;s rules; recorded as approved by you:</source>
        <translation>Fuera de las reglas del cliente; queda registrada como aprobada por usted:</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="358"/>
        <source>Taking the promise…</source>
        <translation>Registrando la promesa…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="368"/>
        <source>Not saved.</source>
        <translation>No se guardó.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="53"/>
        <source>Quick note on the account (Ctrl+L), Enter saves</source>
        <translation>Nota rápida en la cuenta (Ctrl+L), Enter guarda</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="56"/>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="63"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="66"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="78"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="78"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="78"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="135"/>
        <source>Nothing of this kind on the account yet.</source>
        <translation>Aún no hay nada de este tipo en la cuenta.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="136"/>
        <source>No history yet: contacts, notes, payments and letters appear here.</source>
        <translation>Aún no hay historial: aquí aparecen los contactos, notas, pagos y cartas.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="137"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="138"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="154"/>
        <source>Write the note first.</source>
        <translation>Primero escriba la nota.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="161"/>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="163"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="169"/>
        <source>Saved. A correction is a new note.</source>
        <translation>Guardada. Una corrección es una nota nueva.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="66"/>
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
        <location filename="../../ccs_desktop/ui/calendar.py" line="241"/>
        <source>ddd MMM d</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="241"/>
        <source>(today)</source>
        <translation>(hoy)</translation>
    </message>
</context>
<context>
    <name>_AccountHeader</name>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="83"/>
        <source>Current promise: {promise}</source>
        <translation>Promesa vigente: {promise}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="84"/>
        <source>Client rules: instalments from {minimum}, settlement discount up to {discount}%, plans up to {months} months, {grace} days&apos; grace.</source>
        <translation>Reglas del cliente: cuotas desde {minimum}, descuento de liquidación de hasta {discount}%, planes de hasta {months} meses, {grace} días de gracia.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="88"/>
        <source>Balance {amount}</source>
        <translation>Saldo {amount}</translation>
    </message>
</context>
<context>
    <name>ccs</name>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="37"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="38"/>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="34"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="95"/>
        <source>Consumer</source>
        <translation>Consumidor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="39"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="464"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="26"/>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="40"/>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="34"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="450"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="26"/>
        <source>Taken by</source>
        <translation>Tomada por</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="26"/>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="26"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="27"/>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="41"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="83"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="27"/>
        <source>Why it needs approval</source>
        <translation>Por qué requiere aprobación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="28"/>
        <source>Single</source>
        <translation>Un solo pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="28"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="28"/>
        <location filename="../../ccs_desktop/ui/money_format.py" line="30"/>
        <source>Settlement</source>
        <translation>Liquidación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="42"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="43"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="44"/>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="45"/>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="46"/>
        <source>Callable</source>
        <translation>Llamable</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="67"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="72"/>
        <source>callable</source>
        <translation>se puede llamar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="74"/>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="76"/>
        <source>later</source>
        <translation>más tarde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="77"/>
        <source>not until {when}</source>
        <translation>no hasta {when}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="86"/>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="88"/>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="89"/>
        <source>{time} local</source>
        <translation>{time} local</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="96"/>
        <source>Represented by an attorney</source>
        <translation>Representado por un abogado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="97"/>
        <source>Cease requested</source>
        <translation>Pidió cese de comunicaciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="98"/>
        <source>Unverified dispute</source>
        <translation>Disputa sin verificar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="100"/>
        <source>Location unknown: add an address before calling</source>
        <translation>Ubicación desconocida: agregue una dirección antes de llamar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="102"/>
        <source>Frequency limit: the next call is allowed later</source>
        <translation>Límite de frecuencia: la próxima llamada se permite más tarde</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="104"/>
        <source>Outside calling hours in the consumer&apos;s time zone</source>
        <translation>Fuera del horario de llamadas en la zona horaria del consumidor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="105"/>
        <source>Marked as a bad number</source>
        <translation>Marcado como número erróneo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="106"/>
        <source>Do not call this number</source>
        <translation>No llamar a este número</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="107"/>
        <source>No consumer on the account</source>
        <translation>La cuenta no tiene consumidor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="108"/>
        <source>No usable phone number</source>
        <translation>Ningún teléfono utilizable</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="119"/>
        <source>Checked out for offline work on {where}</source>
        <translation>Retirada para trabajo sin conexión en {where}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="125"/>
        <source>callback</source>
        <translation>devolver llamada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="125"/>
        <source>broken promise</source>
        <translation>promesa incumplida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="126"/>
        <source>promise due</source>
        <translation>promesa vence</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="126"/>
        <source>promise {date}</source>
        <translation>promesa {date}</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="35"/>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="39"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="35"/>
        <source>Proof requested from client</source>
        <translation>Prueba solicitada al cliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="36"/>
        <source>Proof received</source>
        <translation>Prueba recibida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="37"/>
        <source>Verification sent</source>
        <translation>Verificación enviada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="37"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="40"/>
        <source>Upheld (debt verified)</source>
        <translation>Confirmada (deuda verificada)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="41"/>
        <source>Corrected</source>
        <translation>Corregida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="42"/>
        <source>Account closed</source>
        <translation>Cuenta cerrada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="44"/>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/disputes.py" line="44"/>
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
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="35"/>
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
        <location filename="../../ccs_desktop/ui/queue_view.py" line="39"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="40"/>
        <source>Settled</source>
        <translation>Liquidada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="40"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/queue_view.py" line="41"/>
        <source>Recalled</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="31"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="460"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="68"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="96"/>
        <source>Attorney</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="69"/>
        <source>Cease</source>
        <translation>Cese</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="456"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="70"/>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="30"/>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="95"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="459"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="71"/>
        <source>Bankruptcy</source>
        <translation>Quiebra</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="30"/>
        <location filename="../../ccs_desktop/ui/queue_model.py" line="95"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="459"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="72"/>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="31"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="461"/>
        <source>Cease request</source>
        <translation>Solicitud de cese</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="32"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="462"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="73"/>
        <source>Hardship</source>
        <translation>Dificultad económica</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="32"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="462"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="74"/>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="37"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="126"/>
        <source>Filed for bankruptcy…</source>
        <translation>Se declaró en bancarrota…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="38"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="127"/>
        <source>The consumer has died…</source>
        <translation>El consumidor falleció…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="40"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="125"/>
        <source>Cease: stop contacting me…</source>
        <translation>Cese: dejen de contactarme…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="41"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="134"/>
        <source>Hardship…</source>
        <translation>Dificultad económica…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="42"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="136"/>
        <source>Complaint…</source>
        <translation>Queja…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="44"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="45"/>
        <source>Covers</source>
        <translation>Abarca</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="45"/>
        <source>Set by, when</source>
        <translation>Registrado por, cuándo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="59"/>
        <source>not known</source>
        <translation>se desconoce</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="75"/>
        <source>No work calls</source>
        <translation>Sin llamadas al trabajo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="84"/>
        <source>Fresh debt</source>
        <translation>Deuda reciente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="85"/>
        <source>Paid recently</source>
        <translation>Pagó recientemente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="86"/>
        <source>Promise due</source>
        <translation>Promesa vencida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="87"/>
        <source>Broken promise</source>
        <translation>Promesa incumplida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="88"/>
        <source>Callback due</source>
        <translation>Rellamada pendiente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="89"/>
        <source>Open dispute</source>
        <translation>Disputa abierta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="90"/>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="43"/>
        <source>Right-party contacts</source>
        <translation>Contactos con el titular</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="16"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="18"/>
        <source>Past due</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="23"/>
        <source>Waiting for approval</source>
        <translation>En espera de aprobación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="23"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="25"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="25"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="29"/>
        <source>Promise to pay</source>
        <translation>Promesa de pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="29"/>
        <source>Payment plan</source>
        <translation>Plan de pagos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="31"/>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="31"/>
        <source>every two weeks</source>
        <translation>cada dos semanas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="32"/>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="32"/>
        <source>on chosen dates</source>
        <translation>en fechas elegidas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="33"/>
        <source>ACH</source>
        <translation>ACH</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="35"/>
        <source>Paid to the client</source>
        <translation>Pagado al cliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="36"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="93"/>
        <source>Principal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="36"/>
        <location filename="../../ccs_desktop/ui/money_format.py" line="41"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="93"/>
        <source>Interest</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="37"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="94"/>
        <source>Fees</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="37"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="94"/>
        <source>Costs</source>
        <translation>Costas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="39"/>
        <source>Placed</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="40"/>
        <source>Reversal</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="40"/>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="41"/>
        <source>Fee</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="42"/>
        <source>Settlement write-off</source>
        <translation>Condonación por liquidación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="95"/>
        <source>Co-signer</source>
        <translation>Codeudor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="96"/>
        <source>Third party</source>
        <translation>Tercero</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="97"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="97"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="57"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="44"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="438"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="54"/>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (occidental)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="56"/>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="57"/>
        <source>(recognise from the headers)</source>
        <translation>(reconocer por los encabezados)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="63"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="438"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="63"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="63"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="63"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/import_wizard.py" line="63"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="439"/>
        <source>My value</source>
        <translation>Mi valor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="439"/>
        <source>Shared value</source>
        <translation>Valor compartido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="439"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="441"/>
        <source>changed on both sides</source>
        <translation>cambiado en ambos lados</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="442"/>
        <source>lease broken by a supervisor</source>
        <translation>préstamo roto por un supervisor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="443"/>
        <source>account held by another workstation</source>
        <translation>cuenta retenida por otra estación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="444"/>
        <source>the shared database refused it</source>
        <translation>la base de datos compartida lo rechazó</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="445"/>
        <source>record no longer exists</source>
        <translation>el registro ya no existe</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="446"/>
        <source>deleted here, edited there</source>
        <translation>borrado aquí, editado allá</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="450"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="451"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="451"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="452"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="98"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="452"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="453"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/approvals.py" line="27"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="453"/>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="454"/>
        <source>Instalment</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="39"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="454"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="455"/>
        <source>Balance posting</source>
        <translation>Movimiento de saldo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="456"/>
        <source>Dispute note</source>
        <translation>Nota de disputa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="457"/>
        <source>Dispute event</source>
        <translation>Evento de disputa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="33"/>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="458"/>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="458"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="463"/>
        <source>Inconvenient time</source>
        <translation>Horario inconveniente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="464"/>
        <source>Audit entry</source>
        <translation>Entrada de auditoría</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="465"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="98"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/sync_status.py" line="465"/>
        <source>Account party</source>
        <translation>Parte de la cuenta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="99"/>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="99"/>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="100"/>
        <source>cell</source>
        <translation>celular</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="100"/>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="101"/>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="101"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="103"/>
        <location filename="../../ccs_desktop/ui/workspace_money.py" line="25"/>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="23"/>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="44"/>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="103"/>
        <location filename="../../ccs_desktop/ui/workspace_money.py" line="25"/>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="24"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="104"/>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="23"/>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="104"/>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="25"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="105"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="105"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="105"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="vanished">Dirección</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="106"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="106"/>
        <source>In/Out</source>
        <translation>Entrante/Saliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="107"/>
        <source>Collector</source>
        <translation>Cobrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="107"/>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="22"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="123"/>
        <source>Wrong number (the selected number)</source>
        <translation>Número equivocado (el número seleccionado)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="124"/>
        <source>Do not call the selected number</source>
        <translation>No llamar al número seleccionado</translation>
    </message>
    <message>
        <source>Cease: stop contacting me</source>
        <translation type="vanished">Cese: dejen de contactarme</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="128"/>
        <source>Refuses calls</source>
        <translation>Rechaza las llamadas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="129"/>
        <source>Refuses text messages</source>
        <translation>Rechaza los mensajes de texto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="130"/>
        <source>Refuses email</source>
        <translation>Rechaza el correo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="131"/>
        <source>Inconvenient time…</source>
        <translation>Horario inconveniente…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="39"/>
        <location filename="../../ccs_desktop/ui/workspace.py" line="132"/>
        <source>Represented by an attorney…</source>
        <translation>Representado por un abogado…</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="133"/>
        <source>Consents to calls</source>
        <translation>Consiente las llamadas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="135"/>
        <source>No calls at work</source>
        <translation>Sin llamadas al trabajo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="139"/>
        <source>Mini-Miranda: &quot;This is a communication from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.&quot;</source>
        <translation>Mini-Miranda: &quot;Esta es una comunicación de un cobrador de deudas. Es un intento de cobrar una deuda y cualquier información obtenida se usará con ese fin.&quot;</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="142"/>
        <source>Say that this is a communication from a debt collector (Reg F 1006.18(e)).</source>
        <translation>Diga que es una comunicación de un cobrador de deudas (Reg F 1006.18(e)).</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="154"/>
        <source>{time} (you)</source>
        <translation>{time} (usted)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="157"/>
        <source>{time} (consumer)</source>
        <translation>{time} (consumidor)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="163"/>
        <source>Callable now</source>
        <translation>Se puede llamar ahora</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="165"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="167"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace.py" line="168"/>
        <source>Not until {when}</source>
        <translation>No hasta {when}</translation>
    </message>
    <message>
        <source>Queue: Ctrl+F search · arrows move · Enter or Ctrl+O opens · Ctrl+N (or F8) next callable account · click a column header to sort · F5 refresh.
Workspace: 1-9 pick a result · Ctrl+Enter record · Ctrl+D dial · Ctrl+P number · Ctrl+K consumer said · Ctrl+L notes · Alt+1..6 tabs · Esc back to the queue.
See docs/collector.md.</source>
        <translation type="vanished">Cola: Ctrl+F buscar · flechas moverse · Intro o Ctrl+O abrir · Ctrl+N (o F8) siguiente cuenta que se puede llamar · clic en el encabezado de una columna para ordenar · F5 actualizar.
Cuenta: 1-9 elegir un resultado · Ctrl+Intro registrar · Ctrl+D marcar · Ctrl+P número · Ctrl+K el consumidor dijo · Ctrl+L notas · Alt+1..6 pestañas · Esc volver a la cola.
Vea docs/collector.md.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="33"/>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="47"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="47"/>
        <source>ACH (bank transfer)</source>
        <translation>ACH (transferencia bancaria)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="34"/>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="48"/>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/money_format.py" line="34"/>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="48"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="49"/>
        <source>Paid to the client directly</source>
        <translation>Pagado directamente al cliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="50"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="50"/>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="51"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="51"/>
        <source>Dates chosen by hand</source>
        <translation>Fechas elegidas a mano</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/promise_dialogs.py" line="73"/>
        <source>“{text}” is not an amount</source>
        <translation>“{text}” no es un monto</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="58"/>
        <source>Due</source>
        <translation>Por pagar</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="59"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="60"/>
        <location filename="../../ccs_desktop/ui/money_format.py" line="16"/>
        <location filename="../../ccs_desktop/ui/money_format.py" line="24"/>
        <source>Kept</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="61"/>
        <location filename="../../ccs_desktop/ui/money_format.py" line="17"/>
        <source>Partly kept</source>
        <translation>Cumplido en parte</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="62"/>
        <location filename="../../ccs_desktop/ui/money_format.py" line="17"/>
        <location filename="../../ccs_desktop/ui/money_format.py" line="24"/>
        <source>Broken</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/calendar.py" line="63"/>
        <source>Pending approval</source>
        <translation>En espera de aprobación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="192"/>
        <location filename="../../ccs_desktop/ui/letters.py" line="207"/>
        <source>Validation notices</source>
        <translation>Avisos de validación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/letters.py" line="193"/>
        <source>Batches of validation notices are for supervisors.</source>
        <translation>Los lotes de avisos de validación son para supervisores.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="89"/>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="108"/>
        <source>Supervisor workspace</source>
        <translation>Espacio de trabajo del supervisor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/__init__.py" line="90"/>
        <source>The supervisor workspace is for supervisors.</source>
        <translation>El espacio de trabajo del supervisor es para supervisores.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="43"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="44"/>
        <source>RPC rate</source>
        <translation>Tasa de RPC</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="45"/>
        <source>Promise rate</source>
        <translation>Tasa de promesas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="45"/>
        <source>Promise kept rate</source>
        <translation>Tasa de promesas cumplidas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="46"/>
        <source>Amount collected</source>
        <translation>Monto cobrado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="46"/>
        <source>Liquidation rate</source>
        <translation>Tasa de liquidación</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="47"/>
        <source>Dispute cycle (days)</source>
        <translation>Ciclo de disputas (días)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="47"/>
        <source>Contacts blocked</source>
        <translation>Contactos bloqueados</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="48"/>
        <source>Overrides</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/supervisor/kpi_tab.py" line="48"/>
        <source>Placed balance</source>
        <translation>Saldo asignado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="34"/>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="35"/>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="35"/>
        <source>Paid to</source>
        <translation>Pagado a</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="36"/>
        <source>Account age (days)</source>
        <translation>Antigüedad de la cuenta (días)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="36"/>
        <source>Commission %</source>
        <translation>Comisión %</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="37"/>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="39"/>
        <source>Collected by the agency</source>
        <translation>Cobrado por la agencia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="39"/>
        <source>Paid directly to the client</source>
        <translation>Pagado directamente al cliente</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="40"/>
        <source>Total collected</source>
        <translation>Total cobrado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="40"/>
        <source>Commission on agency collections</source>
        <translation>Comisión sobre cobros de la agencia</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="41"/>
        <source>Commission on direct payments</source>
        <translation>Comisión sobre pagos directos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/remittance_dialog.py" line="41"/>
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
        <location filename="../../ccs_desktop/ui/users_admin.py" line="32"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="32"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="32"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/facts_panel.py" line="46"/>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="32"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/users_admin.py" line="32"/>
        <source>Database login</source>
        <translation>Inicio de sesión en la base de datos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/crash.py" line="53"/>
        <source>Shared database</source>
        <translation>Base de datos compartida</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/i18n.py" line="96"/>
        <source>collector</source>
        <translation>cobrador</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/i18n.py" line="96"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/i18n.py" line="97"/>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>Queue: Ctrl+F search · arrows move · Enter or Ctrl+O opens · Ctrl+N (or F8) next callable account · click a column header to sort · F5 refresh.
Workspace: 1-9 pick a result · Ctrl+Enter record · Ctrl+D dial · Ctrl+P number · Ctrl+K consumer said · Ctrl+L notes · Alt+1..6 tabs · Esc back to the queue.
F1 opens the user guide.</source>
        <translation type="vanished">Cola: Ctrl+F buscar · flechas moverse · Intro o Ctrl+O abrir · Ctrl+N (o F8) siguiente cuenta que se puede llamar · clic en el encabezado de una columna para ordenar · F5 actualizar.
Espacio de la cuenta: 1-9 elegir un resultado · Ctrl+Intro registrar · Ctrl+D marcar · Ctrl+P número · Ctrl+K lo que dijo el consumidor · Ctrl+L notas · Alt+1..6 pestañas · Esc volver a la cola.
F1 abre la guía del usuario.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/guided_call.py" line="21"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/guided_call.py" line="22"/>
        <source>Last 4 of SSN</source>
        <translation>Últimos 4 del SSN</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/guided_call.py" line="23"/>
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/guided_call.py" line="27"/>
        <source>Identity verified: you may give the disclosure.</source>
        <translation>Identidad verificada: puede dar el aviso.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/guided_call.py" line="28"/>
        <source>Does not match the record: do not disclose anything about the debt.</source>
        <translation>No coincide con el registro: no revele nada sobre la deuda.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/guided_call.py" line="29"/>
        <source>Not enough to verify: ask for another item.</source>
        <translation>No basta para verificar: pida otro dato.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/main_window.py" line="662"/>
        <source>Queue: Ctrl+F search · arrows move · Enter or Ctrl+O opens · Ctrl+N (or F8) next callable account · click a column header to sort · F5 refresh.
Workspace: 1-9 pick a result · Ctrl+Enter record · Ctrl+D dial · Ctrl+P number · Ctrl+K consumer said · Ctrl+L quick note · Alt+1..6 tabs · Esc back to the queue.
F1 opens the user guide.</source>
        <translation>Cola: Ctrl+F buscar · flechas moverse · Enter o Ctrl+O abrir · Ctrl+N (o F8) siguiente cuenta llamable · clic en el encabezado de una columna para ordenar · F5 actualizar.
Espacio de trabajo: 1-9 elegir un resultado · Ctrl+Enter registrar · Ctrl+D marcar · Ctrl+P número · Ctrl+K el consumidor dijo · Ctrl+L nota rápida · Alt+1..6 pestañas · Esc volver a la cola.
F1 abre la guía del usuario.</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="22"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="24"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="25"/>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../ccs_desktop/ui/workspace_timeline.py" line="26"/>
        <source>Assignments</source>
        <translation>Asignaciones</translation>
    </message>
</context>
</TS>
