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

