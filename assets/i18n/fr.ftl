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
lang-unknown = cosell : { $variable }={ $value } n’est pas une langue que cosell parle ({ $codes }) ; cosell utilise l’anglais

# --help: the headings clap writes (it adds the colon), then each command's and argument's help:
# cli-help-<command>-<argument> (main: cosell itself).
cli-heading-usage = Utilisation :
cli-heading-commands = Commandes{"\u00A0"}
cli-heading-arguments = Arguments{"\u00A0"}
cli-heading-options = Options{"\u00A0"}
cli-about = Remplir l'onglet Co-vente avec Microsoft d'une offre de l'Espace partenaires, voir quel statut de co-vente elle obtient, et l'exporter
cli-long-about =
    Remplir les informations de co-vente d'une offre de l'Espace partenaires, voir quel statut de co-vente elle obtient et pourquoi (Pas prêt pour la co-vente, Prêt pour la co-vente, Co-vente Azure IP avec incentives ou éligible, incentive Business Applications), et exporter la soumission en JSON.

    Sans commande, cosell ouvre l'assistant : un formulaire plein écran avec un panneau de statut à jour en permanence. Les brouillons sont enregistrés à chaque modification dans le dossier des brouillons (COSELL_HOME, ou votre dossier de données).

    Éditions des règles :
    { $editions }
cli-long-about-default-edition = ; l'édition par défaut des nouveaux brouillons
cli-after-help =
    Exemples :
      cosell                                   ouvrir l'assistant (reprendre ou commencer un brouillon)
      cosell --plain                           les mêmes étapes en questions ligne par ligne
      cosell list                              les brouillons avec leur statut
      cosell status contoso-insights           quelles exigences sont remplies, et pourquoi
      cosell status contoso-insights --compare toutes les éditions des règles côte à côte
      cosell status ./offer.json --json        le bloc de statut en JSON
      cosell export contoso-insights -o out.json
      cosell export contoso-insights --kit kit/   le kit de transmission pour l'Espace partenaires
      cosell contacts template -o contacts.csv
      cosell contacts import contoso-insights contacts.csv

    Codes de sortie : 0 réussi, 1 refusé (export incomplet, import invalide ou refusé, brouillon ouvert ailleurs), 2 fichier illisible ou mauvaise utilisation.
cli-help-arg-help = Afficher l'aide
    .more = Afficher l'aide (plus de détails avec '--help')
    .summary = Afficher l'aide (un résumé avec '-h')
cli-help-arg-version = Afficher la version
cli-help-arg-lang = Langue dans laquelle cosell s'exprime ({ $codes }) ; par défaut : COSELL_LANG, puis LC_ALL, LC_MESSAGES, LANG. Les fichiers et le JSON sont identiques dans toutes les langues
cli-help-help = Afficher ce message, ou l'aide des commandes indiquées
cli-help-help-subcommand = Afficher l'aide de ces commandes
cli-help-main-plain = Des questions ligne par ligne au lieu de l'assistant plein écran (automatique avec TERM=dumb ou quand la sortie va dans un tube)
cli-help-main-mono = Thème noir et blanc qui signale le focus et les erreurs par des caractères (aussi avec NO_COLOR)
cli-help-main-draft = Ouvrir ce brouillon (un nom donné par `cosell list`, ou un chemin) au lieu de l'écran d'accueil
cli-help-list = Lister les brouillons avec le nom de l'offre, le statut, l'avancement et la dernière modification
cli-help-list-json = Afficher un tableau JSON (name, path, offer, rules, status, completeness, modified, error)
cli-help-status = Afficher le statut de co-vente d'un brouillon : chaque exigence, remplie ou non, et pourquoi
cli-help-status-draft = Un nom de brouillon (voir `cosell list`), ou le chemin d'un fichier de brouillon ou d'export
cli-help-status-json = Afficher le bloc de statut en JSON (spec §7) ; avec --compare, un bloc par édition
cli-help-status-rules = Édition des règles à appliquer (par défaut : celle du fichier)
cli-help-status-compare = Afficher le statut selon chaque édition des règles côte à côte, les différences d'abord
cli-help-export = Exporter la soumission terminée en JSON, avec les empreintes des documents et le bloc de statut
cli-help-export-draft = Un nom de brouillon, ou le chemin d'un fichier de brouillon
cli-help-export-output = Où écrire ; `-` pour la sortie standard (par défaut : NOM.export.json ici)
cli-help-export-kit = Écrire plutôt un kit de transmission pour l'Espace partenaires dans ce nouveau dossier : submission.json, contacts.csv, les documents numérotés dans l'ordre de l'Espace partenaires, CHECKLIST.md et index.html (les mêmes étapes sous forme de page avec des boutons Copier)
cli-help-export-allow-incomplete = Exporter même si des exigences de l'onglet ne sont pas remplies ou si des valeurs sont invalides
cli-help-export-rules = Édition des règles à appliquer (par défaut : celle du fichier)
cli-help-schema = Afficher le schéma JSON du fichier de soumission (brouillons et exports)
cli-help-completions = Afficher un script de complétion pour le shell : `cosell completions bash > ~/.local/share/bash-completion/completions/cosell`
cli-help-completions-shell = bash, zsh, fish, powershell ou elvish
cli-help-man = Afficher la page de manuel (roff) : `cosell man > cosell.1 && man ./cosell.1`
cli-help-contacts = CSV des contacts de l'Espace partenaires : modèle, import, export
cli-help-contacts-template = Écrire le modèle CSV qu'importe l'Espace partenaires (en-tête et une ligne d'exemple)
cli-help-contacts-template-output = Où écrire ; `-` ou rien pour la sortie standard
cli-help-contacts-template-delimiter = Séparateur : `,` (par défaut) ou `;` (ce qu'Excel attend dans de nombreux paramètres régionaux européens)
cli-help-contacts-template-unix = UTF-8 simple avec des fins de ligne LF, pour les scripts (par défaut : UTF-8 avec BOM et CRLF, pour Excel)
cli-help-contacts-import = Remplacer les contacts d'un brouillon par ceux d'un fichier CSV (montre ce qui change et demande d'abord)
cli-help-contacts-import-draft = Un nom de brouillon, ou le chemin d'un fichier de brouillon
cli-help-contacts-import-csv = Le fichier CSV : séparé par des virgules, des points-virgules ou des tabulations ; UTF-8 (avec ou sans BOM), UTF-16 avec BOM (« Texte Unicode » d'Excel) ou Windows-1252 (« CSV » d'Excel sous Windows en Europe de l'Ouest)
cli-help-contacts-import-yes = Remplacer sans demander
cli-help-contacts-export = Écrire les contacts d'un brouillon dans un CSV pour l'Espace partenaires
cli-help-contacts-export-draft = Un nom de brouillon, ou le chemin d'un fichier de brouillon
cli-help-contacts-export-output = Où écrire ; `-` ou rien pour la sortie standard
cli-help-contacts-export-delimiter = Séparateur : `,` (par défaut) ou `;` (ce qu'Excel attend dans de nombreux paramètres régionaux européens)
cli-help-contacts-export-unix = UTF-8 simple avec des fins de ligne LF, pour les scripts (par défaut : UTF-8 avec BOM et CRLF, pour Excel)
cli-not-an-edition = { $value } n'est pas une édition des règles ; utilisez { $names }

# Messages of the commands
cli-list-empty = Aucun brouillon dans { $dir }. Lancez `cosell` pour en commencer un.
cli-list-title = Brouillons dans { $dir } :
cli-list-name = NOM
cli-list-offer = OFFRE
cli-list-status = STATUT
cli-list-done = FAIT
cli-list-modified = MODIFIÉ
cli-list-unreadable = illisible : { $error }
cli-list-status-rules = { $status } ({ $rules })
cli-list-when = { $date } { $time }
cli-exported = { $offer } ({ $status }) exporté vers { $target }
cli-kit-progress = Écriture du kit…
cli-kit-written =
    Kit écrit dans { $dir } : submission.json, contacts.csv ({ $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }), { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    } dans documents/, CHECKLIST.md, index.html
    Pour travailler à partir du kit, { $hint }
cli-wrote = { $target } écrit
cli-wrote-contacts = { $count ->
        [one] { $count } contact écrit
       *[other] { $count } contacts écrits
    } dans { $target }
cli-import-warning = avertissement : { $warning }
cli-import-not-replaced = rien n'est remplacé : confirmez avec --yes hors d'un terminal
cli-import-ask = Remplacer les contacts de { $offer } ? [o/N]{" "}
# The answers that mean yes to cli-import-ask (besides y and yes, which always do), lowercase, separated by spaces.
cli-import-yes-words = o oui
cli-import-declined = rien n'a changé : l'import a été refusé
cli-imported = { $count ->
        [one] { $count } contact importé
       *[other] { $count } contacts importés
    } dans { $path }

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

