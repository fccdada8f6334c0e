# cosell's messages in English (en). One message per key; every key is in every
# language (tests/i18n.rs). Plurals: { $count -> [one] ... *[other] ... } with CLDR's categories.
# Terms in Dutch and French follow Microsoft's (docs/cosell-spec §13).

## Common: the language, numbers, money, dates, counts

language-name = English
number-decimal = .
number-group = ,
money = USD { $amount }
percent = { $value }%
date = { $day } { $month_name } { $year }
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
count-markets = { $count ->
    [one] { $count } market
   *[other] { $count } markets
}

## Rules and status: editions, requirements, rungs, benefits, the status panel and `status` (src/editions, rules.rs, status.rs, present.rs, tui/widgets/status_panel.rs)
## @section rules: add this area's messages below, above the next section

## Wizard: screens, dialogs, keys, fields and their checks (src/tui, src/fields, steps.rs, field_ids.rs)
## @section wizard: add this area's messages below, above the next section

## Plain mode and the command line, with --help (plain.rs, cli.rs, wizard.rs)
## @section cli: add this area's messages below, above the next section
lang-unknown = cosell: { $variable }={ $value } is not a language cosell speaks ({ $codes }); using English

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

file-size-bytes = { $size } B
file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-required = required
file-email-blanks = { $value } has blanks around it
file-email-no-at = { $value } is not a valid address: it has no @
file-email-no-dot = { $value } is not a valid address: the domain needs a dot, e.g. name@contoso.com
file-email-invalid = { $value } is not a valid address: { $reason }
file-mpn-digits = { $value } must be digits only, e.g. 4567890
file-url-scheme = { $value } must start with http:// or https://
file-url-no-host = { $value } has no host
file-url-blanks = { $value } contains blanks
file-money-stored-not-amount = { $value } is not an amount; write digits with at most 2 decimals, e.g. 120000.00
file-money-negative = { $value } is negative; revenue cannot be
file-money-decimals = { $value } has more than 2 decimals; round it to cents
file-money-empty = enter an amount in USD, e.g. 120000 or $120,000.50
file-money-not-digits = { $value } is not an amount; use digits, optionally $ and thousands separators
file-money-mixed = { $value } is not an amount: it mixes separators; write 45000.50 or 45,000.50
file-money-ambiguous = { $value } could mean { $thousands } (the dot as a thousands separator) or { $decimal }; type { $whole } or { $decimal_typed }
file-money-not-amount = { $value } is not an amount
file-money-groups = { $value }: the thousands separators are not in groups of three; write the amount without them, e.g. 120000.50
file-percent-decimals = { $value } has more than 2 decimals; write the share with at most 2, e.g. 50.25
file-percent-not-percent = { $value } is not a percentage
file-percent-range = { $value } is outside 0–100
file-percent-typed-not-number = { $value } is not a number; enter 0 to 100, e.g. 80 or 50.5
file-percent-typed-decimals = { $value } has more than 2 decimals; enter at most 2, e.g. 50.25
file-percent-not-number = { $value } is not a number
file-special-characters = contains special characters Partner Center may refuse: { $characters }
file-role-required = required: Partner marketing, Partner sales, Partner technical sales or Partner customer success manager
file-countries-required = required: one or more country codes, or OOO for all
file-country-did-you-mean = { $value } is not a country code; did you mean { $code } ({ $country })?
file-state-other-country = { $value } is in { $country }, which is not among this contact's countries
file-no-extension = { $value } has no file extension; accepted: { $accepted }
file-visio = Visio files are not accepted; export the diagram to PDF or PNG and attach that
file-extension-refused = .{ $ext } files are not accepted; accepted: { $accepted }
file-extension-not-accepted = .{ $ext } files are not accepted
file-none-chosen = no file chosen
file-does-not-exist = { $path } does not exist
file-permission-denied = { $path } cannot be read: permission denied
file-cannot-read = { $path } cannot be read: { $reason }
file-is-directory = { $path } is a directory, not a file
file-not-regular-attach = { $path } is { $kind }, not a regular file; attach the document itself
file-empty = { $path } is empty (0 bytes)
file-looks-like = it looks like { $media_type } (.{ $ext })
file-content-unknown = its content is not recognised
file-wrong-content = { $path } is named .{ $ext } but { $actual }; save it in the right format or fix the extension
file-too-many-others = { $count } other documents; Partner Center takes at most { $max }
