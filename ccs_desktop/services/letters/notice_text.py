"""The validation notice's wording: the CFPB's Model Form B-1 (English) and its Spanish version (B-2 in this
product's documentation), 12 CFR part 1006 appendix B, as the CFPB publishes them.

The safe harbour of 1006.34(d)(2) depends on following the model forms, so the sentences, headings, emphasis and
response prompts here are the CFPB's own, word for word; only the model's sample values are replaced by the
account's (agency, creditors, account number, dates, amounts, reference, the agency's dispute address). The Spanish
text is the CFPB's, including its wording choices ("Debe utilizar el formulario", "collectar"), not a translation of
ours. Where the model describes the product ("a Main Street Department Store credit card from Bank of Rockville"),
the notice says "an account from <original creditor>".

Markup: ``<b>``, ``<i>`` and ``<u>`` mark bold, italic and underlined text (the model's emphasis and links); the
drawing code splits on them before the values are put in, so a value can never add emphasis. Additions of this
product that the model does not have: the notice date, the line saying which reference date the itemization date
is (1006.34(b)(3)), and the label on the tear-off line.
"""

from __future__ import annotations

REFERENCE_KINDS = {
    "en": {"last_statement": "last statement date", "charge_off": "charge-off date",
           "last_payment": "last payment date", "transaction": "transaction date", "judgment": "judgment date"},
    "es": {"last_statement": "fecha del último estado de cuenta", "charge_off": "fecha de cancelación contable",
           "last_payment": "fecha del último pago", "transaction": "fecha de la transacción",
           "judgment": "fecha del fallo judicial"},
}

NOTICE = {
    "en": {
        "collector": "<b>{agency} is a debt collector.</b> We are trying to collect a debt that you owe to "
                     "{creditor}. We will use any information you give us to help collect the debt.",
        "reference": "Reference:", "date": "Notice date:",
        "shows": "Our information shows:",
        "had": "You had an account from {original} with account number {number}.",
        "as_of": "As of {date}, you owed:",
        "between": "Between {date} and today:",
        "interest": "You were charged this amount in interest:",
        "fees": "You were charged this amount in fees:",
        "paid": "You paid or were credited this amount toward the debt:",
        "total": "Total amount of the debt now:",
        "reference_date": "<i>{date} is the {kind} of this debt.</i>",
        "how": "How can you dispute the debt?",
        "how1": "<b>Call or write to us by {date}, to dispute all or part of the debt.</b> If you do not, we will "
                "assume that our information is correct.",
        "how2": "<b>If you write to us by {date},</b> we must stop collection on any amount you dispute until we "
                "send you information that shows you owe the debt. You may use the form below or write to us "
                "without the form. You may also include supporting documents. We accept disputes electronically "
                "at <u>{email}</u>.",
        "else": "What else can you do?",
        "else1": "<b>Write to ask for the name and address of the original creditor, if different from the current "
                 "creditor.</b> If you write by {date}, we must stop collection until we send you that "
                 "information. You may use the form below or write to us without the form. We accept such "
                 "requests electronically at <u>{email}</u>.",
        "else2": "<b>Go to <u>www.cfpb.gov/debt-collection</u> to learn more about your rights under federal "
                 "law.</b> For instance, you have the right to stop or limit how we contact you.",
        "else3": "Contact us about your payment options.",
        "else4": "Póngase en contacto con nosotros para solicitar una copia de este formulario en español.",
        "tear": "Detach and return this part",
        "mail_to": "Mail this form to:",
        "respond": "How do you want to respond?",
        "check": "Check all that apply:",
        "dispute_because": "I want to dispute the debt because I think:",
        "not_mine": "This is not my debt.",
        "wrong_amount": "The amount is wrong.",
        "other": "Other (please describe on reverse or attach additional information).",
        "original": "I want you to send me the name and address of the original creditor.",
        "enclosed": "I enclosed this amount:",
        "payable": "Make your check payable to <i>{agency}</i>. Include the reference number {reference}.",
        "spanish": "Quiero este formulario en español.",
        "title": "Validation notice",
    },
    "es": {
        "collector": "<b>{agency} es un cobrador de deudas.</b> Estamos tratando de collectar una deuda que usted "
                     "tiene con el {creditor}. Usaremos cualquier información que nos brinde para ayudar a cobrar "
                     "la deuda.",
        "reference": "Referencia:", "date": "Fecha del aviso:",
        "shows": "Nuestra información muestra lo siguiente:",
        "had": "Usted tenía una cuenta provista por el {original} con el número de cuenta {number}.",
        "as_of": "Hasta el {date}, usted debía:",
        "between": "Entre el {date} y hoy:",
        "interest": "Se le cobró esta cantidad en interés:",
        "fees": "Se le cobró esta cantidad en cargos:",
        "paid": "Pagó y se le abonó esta cantidad a la deuda:",
        "total": "Monto total de la deuda ahora:",
        "reference_date": "<i>El {date} es la {kind} de esta deuda.</i>",
        "how": "¿Cómo puede disputar la deuda?",
        "how1": "<b>Llámenos o escríbanos antes del {date} para disputar la totalidad o parte de la deuda.</b> Si no "
                "lo hace, supondremos que nuestra información es correcta.",
        "how2": "<b>Si nos escribe antes del {date},</b> debemos detener el cobro de cualquier cantidad que dispute "
                "hasta que le enviemos información que demuestre que debe la deuda. Debe utilizar el formulario a "
                "continuación o escribirnos sin el formulario. También puede incluir documentos que respalden su "
                "disputa. Aceptamos disputas electrónicamente en <u>{email}</u>.",
        "else": "¿Qué más puede hacer?",
        "else1": "<b>Escriba para solicitar el nombre y la dirección del acreedor original,</b> si es diferente del "
                 "acreedor actual. Si escribe antes del {date}, debemos detener el cobro hasta que le enviemos esa "
                 "información. Debe utilizar el formulario a continuación o escribirnos sin el formulario. "
                 "Aceptamos dichas solicitudes electrónicamente en <u>{email}</u>.",
        "else2": "<b>Visite <u>www.cfpb.gov/debt-collection</u> para obtener más información sobre sus derechos "
                 "según la ley federal.</b> Por ejemplo, tiene derecho a detener o limitar la forma en que lo(a) "
                 "contactemos.",
        "else3": "Contáctenos acerca de sus opciones de pago.",
        "else4": "",
        "tear": "Desprenda y devuelva esta parte",
        "mail_to": "Envíe este formulario a:",
        "respond": "¿Cómo desea responder?",
        "check": "Marque todo lo que corresponda:",
        "dispute_because": "Quiero disputar la deuda porque pienso que:",
        "not_mine": "Esta no es mi deuda.",
        "wrong_amount": "La cantidad es incorrecta.",
        "other": "Otro (por favor describa al reverso o adjunte información adicional).",
        "original": "Quiero que me envíe el nombre y la dirección del acreedor original.",
        "enclosed": "Adjunto esta cantidad:",
        "payable": "Haga su cheque a nombre de <i>{agency}</i>. Incluya el número de referencia {reference}.",
        "spanish": "",
        "title": "Aviso de validación",
    },
}

