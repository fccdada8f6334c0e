# cosell's messages in Français (fr). One message per key; every key is in every
# language (tests/i18n.rs). Plurals: { $count -> [one] ... *[other] ... } with CLDR's categories.
# Terms in Dutch and French follow Microsoft's (docs/cosell-spec §13).

## Common: the language, numbers, money, dates, counts

language-name = Français
number-decimal = ,
number-group = { "\u202F" }
money = { $amount }{ "\u00A0" }USD
percent = { $value }{ "\u202F" }%
date = { $day } { $month_name } { $year }
month-1 = janv.
month-2 = févr.
month-3 = mars
month-4 = avr.
month-5 = mai
month-6 = juin
month-7 = juil.
month-8 = août
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = déc.
count-markets = { $count ->
    [one] { $count } marché
   *[other] { $count } marchés
}

## Rules and status: editions, requirements, rungs, benefits, the status panel and `status` (src/editions, rules.rs, status.rs, present.rs, tui/widgets/status_panel.rs)
## @section rules: add this area's messages below, above the next section

## Wizard: screens, dialogs, keys, fields and their checks (src/tui, src/fields, steps.rs, field_ids.rs)
## @section wizard: add this area's messages below, above the next section

## Plain mode and the command line, with --help (plain.rs, cli.rs, wizard.rs)
## @section cli: add this area's messages below, above the next section
lang-unknown = cosell : { $variable }={ $value } n’est pas une langue que cosell parle ({ $codes }) ; cosell utilise l’anglais

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

file-size-bytes = { $size } o
file-size-kb = { $size } Ko
file-size-mb = { $size } Mo
file-required = obligatoire
file-email-blanks = { $value } a des espaces au début ou à la fin
file-email-no-at = { $value } n’est pas une adresse valide : il n’y a pas de @
file-email-no-dot = { $value } n’est pas une adresse valide : le domaine doit contenir un point, par ex. nom@contoso.com
file-email-invalid = { $value } n’est pas une adresse valide : { $reason }
file-mpn-digits = { $value } ne doit contenir que des chiffres, par ex. 4567890
file-url-scheme = { $value } doit commencer par http:// ou https://
file-url-no-host = { $value } n’a pas d’hôte
file-url-blanks = { $value } contient des espaces
file-money-stored-not-amount = { $value } n’est pas un montant ; écrivez des chiffres avec au plus 2 décimales, par ex. 120000.00
file-money-negative = { $value } est négatif ; un chiffre d’affaires ne peut pas l’être
file-money-decimals = { $value } a plus de 2 décimales ; arrondissez au centime
file-money-empty = saisissez un montant en USD, par ex. 120000 ou 120 000,50
file-money-not-digits = { $value } n’est pas un montant ; utilisez des chiffres, éventuellement avec $ et des séparateurs de milliers
file-money-mixed = { $value } n’est pas un montant : les séparateurs sont mélangés ; écrivez 45000,50 ou 45 000,50
file-money-ambiguous = { $value } peut signifier { $thousands } (la virgule comme séparateur de milliers) ou { $decimal } ; tapez { $whole } ou { $decimal_typed }
file-money-not-amount = { $value } n’est pas un montant
file-money-groups = { $value } : les séparateurs de milliers ne sont pas tous les trois chiffres ; écrivez le montant sans eux, par ex. 120000,50
file-percent-decimals = { $value } a plus de 2 décimales ; écrivez la part avec au plus 2, par ex. 50.25
file-percent-not-percent = { $value } n’est pas un pourcentage
file-percent-range = { $value } est en dehors de 0–100
file-percent-typed-not-number = { $value } n’est pas un nombre ; saisissez 0 à 100, par ex. 80 ou 50,5
file-percent-typed-decimals = { $value } a plus de 2 décimales ; saisissez-en au plus 2, par ex. 50,25
file-percent-not-number = { $value } n’est pas un nombre
file-special-characters = contient des caractères spéciaux que l’Espace partenaires peut refuser : { $characters }
file-role-required = obligatoire : Partner marketing, Partner sales, Partner technical sales ou Partner customer success manager
file-countries-required = obligatoire : un ou plusieurs codes pays, ou OOO pour tous
file-country-did-you-mean = { $value } n’est pas un code pays ; vouliez-vous dire { $code } ({ $country }) ?
file-state-other-country = { $value } est en { $country }, qui ne fait pas partie des pays de ce contact
file-no-extension = { $value } n’a pas d’extension de fichier ; acceptées : { $accepted }
file-visio = Les fichiers Visio ne sont pas acceptés ; exportez le diagramme en PDF ou PNG et joignez celui-ci
file-extension-refused = Les fichiers .{ $ext } ne sont pas acceptés ; acceptés : { $accepted }
file-extension-not-accepted = Les fichiers .{ $ext } ne sont pas acceptés
file-none-chosen = aucun fichier choisi
file-does-not-exist = { $path } n’existe pas
file-permission-denied = { $path } ne peut pas être lu : accès refusé
file-cannot-read = { $path } ne peut pas être lu : { $reason }
file-is-directory = { $path } est un dossier, pas un fichier
file-not-regular-attach = { $path } est { $kind }, pas un fichier ordinaire ; joignez le document lui-même
file-empty = { $path } est vide (0 octet)
file-looks-like = il ressemble à { $media_type } (.{ $ext })
file-content-unknown = son contenu n’est pas reconnu
file-wrong-content = { $path } porte l’extension .{ $ext } mais { $actual } ; enregistrez-le au bon format ou corrigez l’extension
file-too-many-others = { $count } autres documents ; l’Espace partenaires en accepte au plus { $max }
