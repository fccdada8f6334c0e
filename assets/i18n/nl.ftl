# cosell's messages in Nederlands (nl). One message per key; every key is in every
# language (tests/i18n.rs). Plurals: { $count -> [one] ... *[other] ... } with CLDR's categories.
# Terms in Dutch and French follow Microsoft's (docs/cosell-spec §13).

## Common: the language, numbers, money, dates, counts

language-name = Nederlands
number-decimal = ,
number-group = .
money = USD { $amount }
percent = { $value }%
date = { $day } { $month_name } { $year }
month-1 = jan
month-2 = feb
month-3 = mrt
month-4 = apr
month-5 = mei
month-6 = jun
month-7 = jul
month-8 = aug
month-9 = sep
month-10 = okt
month-11 = nov
month-12 = dec
count-markets = { $count ->
    [one] { $count } markt
   *[other] { $count } markten
}

## Rules and status: editions, requirements, rungs, benefits, the status panel and `status` (src/editions, rules.rs, status.rs, present.rs, tui/widgets/status_panel.rs)
## @section rules: add this area's messages below, above the next section

## Wizard: screens, dialogs, keys, fields and their checks (src/tui, src/fields, steps.rs, field_ids.rs)
## @section wizard: add this area's messages below, above the next section

## Plain mode and the command line, with --help (plain.rs, cli.rs, wizard.rs)
## @section cli: add this area's messages below, above the next section
lang-unknown = cosell: { $variable }={ $value } is geen taal die cosell spreekt ({ $codes }); cosell gebruikt Engels

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

file-size-bytes = { $size } B
file-size-kb = { $size } kB
file-size-mb = { $size } MB
file-required = verplicht
file-email-blanks = { $value } heeft spaties aan het begin of eind
file-email-no-at = { $value } is geen geldig adres: er staat geen @ in
file-email-no-dot = { $value } is geen geldig adres: het domein heeft een punt nodig, bijv. naam@contoso.com
file-email-invalid = { $value } is geen geldig adres: { $reason }
file-mpn-digits = { $value } mag alleen cijfers bevatten, bijv. 4567890
file-url-scheme = { $value } moet beginnen met http:// of https://
file-url-no-host = { $value } heeft geen host
file-url-blanks = { $value } bevat spaties
file-money-stored-not-amount = { $value } is geen bedrag; schrijf cijfers met hoogstens 2 decimalen, bijv. 120000.00
file-money-negative = { $value } is negatief; omzet kan dat niet zijn
file-money-decimals = { $value } heeft meer dan 2 decimalen; rond af op centen
file-money-empty = voer een bedrag in USD in, bijv. 120000 of 120.000,50
file-money-not-digits = { $value } is geen bedrag; gebruik cijfers, eventueel met $ en scheidingstekens voor duizendtallen
file-money-mixed = { $value } is geen bedrag: de scheidingstekens zijn door elkaar gebruikt; schrijf 45000,50 of 45.000,50
file-money-ambiguous = { $value } kan { $thousands } betekenen (de komma als scheidingsteken voor duizendtallen) of { $decimal }; typ { $whole } of { $decimal_typed }
file-money-not-amount = { $value } is geen bedrag
file-money-groups = { $value }: de scheidingstekens voor duizendtallen staan niet om de drie cijfers; schrijf het bedrag zonder, bijv. 120000,50
file-percent-decimals = { $value } heeft meer dan 2 decimalen; schrijf het aandeel met hoogstens 2, bijv. 50.25
file-percent-not-percent = { $value } is geen percentage
file-percent-range = { $value } ligt buiten 0–100
file-percent-typed-not-number = { $value } is geen getal; voer 0 tot 100 in, bijv. 80 of 50,5
file-percent-typed-decimals = { $value } heeft meer dan 2 decimalen; voer er hoogstens 2 in, bijv. 50,25
file-percent-not-number = { $value } is geen getal
file-special-characters = bevat speciale tekens die Partnercentrum kan weigeren: { $characters }
file-role-required = verplicht: Partner marketing, Partner sales, Partner technical sales of Partner customer success manager
file-countries-required = verplicht: een of meer landcodes, of OOO voor alle landen
file-country-did-you-mean = { $value } is geen landcode; bedoelt u { $code } ({ $country })?
file-state-other-country = { $value } ligt in { $country }, dat niet bij de landen van deze contactpersoon hoort
file-no-extension = { $value } heeft geen bestandsextensie; toegestaan: { $accepted }
file-visio = Visio-bestanden worden niet geaccepteerd; exporteer het diagram naar PDF of PNG en voeg dat toe
file-extension-refused = .{ $ext }-bestanden worden niet geaccepteerd; toegestaan: { $accepted }
file-extension-not-accepted = .{ $ext }-bestanden worden niet geaccepteerd
file-none-chosen = geen bestand gekozen
file-does-not-exist = { $path } bestaat niet
file-permission-denied = { $path } kan niet worden gelezen: geen toegang
file-cannot-read = { $path } kan niet worden gelezen: { $reason }
file-is-directory = { $path } is een map, geen bestand
file-not-regular-attach = { $path } is { $kind }, geen gewoon bestand; voeg het document zelf toe
file-empty = { $path } is leeg (0 bytes)
file-looks-like = het lijkt { $media_type } (.{ $ext })
file-content-unknown = de inhoud wordt niet herkend
file-wrong-content = { $path } heet .{ $ext }, maar { $actual }; sla het op in het juiste formaat of pas de extensie aan
file-too-many-others = { $count } andere documenten; Partnercentrum neemt er hoogstens { $max }
