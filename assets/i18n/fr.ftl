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

# --help: the headings clap writes (it adds the colon), then each command's and argument's help:
# cli-help-<command>-<argument> (main: cosell itself).
cli-heading-usage = Utilisation :
cli-heading-commands = Commandes{"\u00A0"}
cli-heading-arguments = Arguments{"\u00A0"}
cli-heading-options = Options{"\u00A0"}
cli-about = Remplir l’onglet Co-vente avec Microsoft d’une offre de l’Espace partenaires, voir quel statut de co-vente elle obtient, et l’exporter
cli-long-about =
    Remplir les informations de co-vente d’une offre de l’Espace partenaires, voir quel statut de co-vente elle obtient et pourquoi (Pas prêt pour la co-vente, Prêt pour la co-vente, Co-vente Azure IP avec incentives ou éligible, incentive Business Applications), et exporter la soumission en JSON.

    Sans commande, cosell ouvre l’assistant : un formulaire plein écran avec un panneau de statut à jour en permanence. Les brouillons sont enregistrés à chaque modification dans le dossier des brouillons (COSELL_HOME, ou votre dossier de données).

    Éditions des règles :
    { $editions }
cli-long-about-default-edition = ; l’édition par défaut des nouveaux brouillons
cli-after-help =
    Exemples :
      cosell                                   ouvrir l’assistant (reprendre ou commencer un brouillon)
      cosell --plain                           les mêmes étapes en questions ligne par ligne
      cosell list                              les brouillons avec leur statut
      cosell status contoso-insights           quelles exigences sont remplies, et pourquoi
      cosell status contoso-insights --compare toutes les éditions des règles côte à côte
      cosell status ./offer.json --json        le bloc de statut en JSON
      cosell export contoso-insights -o out.json
      cosell export contoso-insights --kit kit/   le kit de transmission pour l’Espace partenaires
      cosell contacts template -o contacts.csv
      cosell contacts import contoso-insights contacts.csv

    Codes de sortie : 0 réussi, 1 refusé (export incomplet, import invalide ou refusé, brouillon ouvert ailleurs), 2 fichier illisible ou mauvaise utilisation.
cli-help-arg-help = Afficher l’aide
    .more = Afficher l’aide (plus de détails avec '--help')
    .summary = Afficher l’aide (un résumé avec '-h')
cli-help-arg-version = Afficher la version
cli-help-arg-lang = Langue dans laquelle cosell s’exprime ({ $codes }) ; par défaut : COSELL_LANG, puis LC_ALL, LC_MESSAGES, LANG. Les fichiers et le JSON sont identiques dans toutes les langues
cli-help-help = Afficher ce message, ou l’aide des commandes indiquées
cli-help-help-subcommand = Afficher l’aide de ces commandes
cli-help-main-plain = Des questions ligne par ligne au lieu de l’assistant plein écran (automatique avec TERM=dumb ou quand la sortie va dans un tube)
cli-help-main-mono = Thème noir et blanc qui signale le focus et les erreurs par des caractères (aussi avec NO_COLOR)
cli-help-main-draft = Ouvrir ce brouillon (un nom donné par `cosell list`, ou un chemin) au lieu de l’écran d’accueil
cli-help-list = Lister les brouillons avec le nom de l’offre, le statut, l’avancement et la dernière modification
cli-help-list-json = Afficher un tableau JSON (name, path, offer, rules, status, completeness, modified, error)
cli-help-status = Afficher le statut de co-vente d’un brouillon : chaque exigence, remplie ou non, et pourquoi
cli-help-status-draft = Un nom de brouillon (voir `cosell list`), ou le chemin d’un fichier de brouillon ou d’export
cli-help-status-json = Afficher le bloc de statut en JSON (spec §7) ; avec --compare, un bloc par édition
cli-help-status-rules = Édition des règles à appliquer (par défaut : celle du fichier)
cli-help-status-compare = Afficher le statut selon chaque édition des règles côte à côte, les différences d’abord
cli-help-export = Exporter la soumission terminée en JSON, avec les empreintes des documents et le bloc de statut
cli-help-export-draft = Un nom de brouillon, ou le chemin d’un fichier de brouillon
cli-help-export-output = Où écrire ; `-` pour la sortie standard (par défaut : NOM.export.json ici)
cli-help-export-kit = Écrire plutôt un kit de transmission pour l’Espace partenaires dans ce nouveau dossier : submission.json, contacts.csv, les documents numérotés dans l’ordre de l’Espace partenaires, CHECKLIST.md et index.html (les mêmes étapes sous forme de page avec des boutons Copier)
cli-help-export-allow-incomplete = Exporter même si des exigences de l’onglet ne sont pas remplies ou si des valeurs sont invalides
cli-help-export-rules = Édition des règles à appliquer (par défaut : celle du fichier)
# The heading of the editions list in `status --help` and `export --help` (not English: clap writes it).
cli-help-editions = Éditions des règles :
cli-help-schema = Afficher le schéma JSON du fichier de soumission (brouillons et exports)
cli-help-completions = Afficher un script de complétion pour le shell : `cosell completions bash > ~/.local/share/bash-completion/completions/cosell`
cli-help-completions-shell = bash, zsh, fish, powershell ou elvish
cli-help-man = Afficher la page de manuel (roff) : `cosell man > cosell.1 && man ./cosell.1`
cli-help-contacts = CSV des contacts de l’Espace partenaires : modèle, import, export
cli-help-contacts-template = Écrire le modèle CSV qu’importe l’Espace partenaires (en-tête et une ligne d’exemple)
cli-help-contacts-template-output = Où écrire ; `-` ou rien pour la sortie standard
cli-help-contacts-template-delimiter = Séparateur : `,` (par défaut) ou `;` (ce qu’Excel attend dans de nombreux paramètres régionaux européens)
cli-help-contacts-template-unix = UTF-8 simple avec des fins de ligne LF, pour les scripts (par défaut : UTF-8 avec BOM et CRLF, pour Excel)
cli-help-contacts-import = Remplacer les contacts d’un brouillon par ceux d’un fichier CSV (montre ce qui change et demande d’abord)
cli-help-contacts-import-draft = Un nom de brouillon, ou le chemin d’un fichier de brouillon
cli-help-contacts-import-csv = Le fichier CSV : séparé par des virgules, des points-virgules ou des tabulations ; UTF-8 (avec ou sans BOM), UTF-16 avec BOM (« Texte Unicode » d’Excel) ou Windows-1252 (« CSV » d’Excel sous Windows en Europe de l’Ouest)
cli-help-contacts-import-yes = Remplacer sans demander
cli-help-contacts-export = Écrire les contacts d’un brouillon dans un CSV pour l’Espace partenaires
cli-help-contacts-export-draft = Un nom de brouillon, ou le chemin d’un fichier de brouillon
cli-help-contacts-export-output = Où écrire ; `-` ou rien pour la sortie standard
cli-help-contacts-export-delimiter = Séparateur : `,` (par défaut) ou `;` (ce qu’Excel attend dans de nombreux paramètres régionaux européens)
cli-help-contacts-export-unix = UTF-8 simple avec des fins de ligne LF, pour les scripts (par défaut : UTF-8 avec BOM et CRLF, pour Excel)
cli-not-an-edition = { $value } n’est pas une édition des règles ; utilisez { $names }

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
cli-import-not-replaced = rien n’est remplacé : confirmez avec --yes hors d’un terminal
cli-import-ask = Remplacer les contacts de { $offer } ? [o/N]{" "}
# The answers that mean yes to cli-import-ask (besides y and yes, which always do), lowercase, separated by spaces.
cli-import-yes-words = o oui
cli-import-declined = rien n’a changé : l’import a été refusé
cli-imported = { $count ->
        [one] { $count } contact importé
       *[other] { $count } contacts importés
    } dans { $path }

# Plain mode (cosell --plain). The command words stay English in every language (scripts type
# them); plain-word-<command> lists words of the reader's language that mean the same.
plain-commands = À chaque question : ? aide, back (retour), step N (étape, 1 à 7), fields (champs), edit N (modifier), status (statut), save (enregistrer), quit (quitter). Entrée garde la valeur actuelle, - l’efface.
plain-welcome = cosell, mode texte. { $commands }
# A field and its value, a prompt, a prompt with the current value.
plain-label-value = { $label } : { $value }
plain-prompt = { $label } :
plain-prompt-current = { $label } [{ $value }] :
plain-word-back = retour
plain-word-quit = quitter
plain-word-help = aide
plain-word-status = statut
plain-word-save = enregistrer
plain-word-fields = champs
plain-word-step = étape etape
plain-word-edit = modifier
plain-word-keep = garder
plain-word-reload = recharger
plain-word-compare = comparer
plain-leave-words = annuler
plain-skip-words = passer suivant non aucun terminé fini
plain-yes-words = o oui
plain-no-words = n non
plain-input-failed = l’entrée n’a pas pu être lue après la ligne { $line } : { $error }
plain-line-too-long = la ligne { $line } de l’entrée dépasse { $kb } Ko
plain-line-not-utf8 = la ligne { $line } de l’entrée n’est pas de l’UTF-8 valide (octet { $byte } de la ligne)
plain-type-again = ✗ { $why } ; saisissez à nouveau la réponse.
plain-stopping-here = ✗ { $why } ; arrêt ici, rien n’a été lu après.
plain-refused-repeatedly = la réponse { $answer } a été refusée { $count } fois de suite (ligne { $line }) ; arrêt
plain-yes-no-question = { $prompt } (oui/non) :
plain-answer-yes-no = Répondez oui ou non.
plain-type-step = Tapez step (ou étape) et un nombre de 1 à { $count }.
plain-type-edit = Tapez edit (ou modifier) et un numéro de champ de 1 à { $count } ; fields les liste.
plain-step-no-fields = { $step } n’a pas de champs ; step N mène à une autre étape.
plain-fields-of-step = Champs de l’étape { $number } ({ $step }) :
plain-fields-contacts = Contacts : { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    }
plain-not-needed = pas nécessaire ({ $why })
plain-not-asked-slot = pas demandé : l’emplacement précédent est vide
plain-not-asked-while-empty = pas demandé tant que l’emplacement précédent est vide
plain-not-answered = sans réponse
plain-field-to-edit = Champ à modifier, de 1 à { $count } (Entrée : rester ici) :
plain-number-between = Saisissez un nombre entre 1 et { $count }.
plain-field-not-needed = { $label } : pas nécessaire ({ $why }).
plain-cannot-edit = { $label } : { $why }.
plain-saved = { $path } enregistré.
plain-not-saved = NON ENREGISTRÉ : { $error }
plain-conflict = Un autre programme a modifié { $name } depuis que cosell l’a lu. Rien n’a été enregistré, donc rien de sa version n’est écrasé.
plain-conflict-ask = Garder votre version (l’autre est conservée à côté), recharger l’autre (vos modifications non enregistrées sont perdues), ou comparer d’abord ? (keep/reload/compare) :
plain-kept-yours = Votre version est enregistrée ; l’autre est conservée sous { $path }.
plain-kept-yours-removed = Votre version est enregistrée (l’autre programme avait supprimé le fichier).
plain-reloaded = L’autre version est rechargée.
plain-reloaded-dropped = L’autre version est rechargée ; abandonné : { $dropped }.
plain-cannot-reload = ✗ Rechargement impossible : { $error }
plain-compare-same = Les deux versions contiennent les mêmes valeurs.
plain-compare-title = Là où votre version diffère du fichier sur le disque :
plain-cannot-read-theirs = ✗ Impossible de lire l’autre version : { $error }
plain-answer-keep-reload = Répondez keep, reload ou compare.
plain-required = obligatoire
plain-optional = facultatif
plain-field-heading = { $label } ({ $need }), actuellement : { $value }
plain-choice-prompt = Un nombre entre 1 et { $count }, ou un nom :
plain-multi-prompt = Des nombres entre 1 et { $count } ou des noms, séparés par des virgules :
plain-list-prompt = { $label }, séparés par des virgules :
plain-yes-no-prompt = Saisissez oui ou non :
plain-money-prompt = { $label } (USD, par exemple { $example }) :
plain-percent-prompt = { $label } (un pourcentage, par exemple { $example }) :
plain-cleared = { $label } : effacé
plain-fix-it = { $problem }. Corrigez-le, ou - pour effacer.
plain-outside-folder = Le fichier est en dehors du dossier du brouillon : une copie du brouillon ailleurs (un clone git) ne le trouvera pas.
plain-copy-ask = Le copier dans documents/ à côté du brouillon et utiliser la copie ?
plain-copied = Copié ; le brouillon utilise maintenant { $path }.
plain-not-copied = ✗ Pas copié : { $error }
plain-contacts-title = Contacts ({ $count }) :
plain-contact-ok = ok
plain-contact-invalid = INVALIDE
plain-no-role = pas de rôle
plain-coverage = Couverture :
plain-covered = couvert
plain-not-covered = AUCUN CONTACT COMMERCIAL DU PARTENAIRE
plain-contacts-prompt = a : ajouter, e N : modifier, d N : supprimer, i FICHIER : importer un CSV, x FICHIER : exporter en CSV, Entrée : étape suivante :
plain-contacts-help = Chaque marché a besoin d’un contact commercial du partenaire (ou d’un contact avec OOO).
plain-delete-ask = Supprimer { $name } ?
plain-wrote = { $path } écrit.
plain-contacts-none-commands = { $typed } : tapez a pour ajouter un contact, ou i FICHIER pour importer un CSV
plain-contacts-commands = { $typed } : tapez a, e N ou d N avec N entre 1 et { $count }, i FICHIER ou x FICHIER
plain-warning = avertissement : { $warning }
plain-replace-ask = Remplacer tous les contacts ?
plain-replaced = Remplacés.
plain-nothing-changed = Rien n’a changé.
plain-role-prompt = Rôle : un nombre entre 1 et { $count }, ou un nom :
plain-contact-not-saved = Le contact n’a pas été enregistré.
plain-export-needs = L’export a d’abord besoin de ceci :
plain-review-prompt = Entrée pour terminer, back pour revenir, step N pour aller à une étape :
plain-review-help = La liste ci-dessus indique ce qu’il reste à faire.
plain-export-prompt = Exporter vers quel fichier ? (Entrée : { $file }, skip ou - pour passer) :
plain-export-help = Écrit la soumission avec le bloc de statut.
plain-exported = Exporté vers { $file }.
plain-kit-prompt = Écrire aussi un kit pour l’Espace partenaires ? Un nouveau dossier (Entrée, skip ou - pour passer) :
plain-kit-help = Le kit contient l’export, contacts.csv, les documents numérotés dans l’ordre de l’Espace partenaires, ainsi que CHECKLIST.md et index.html avec chaque étape et chaque valeur à saisir dans le navigateur.
plain-kit-written = Kit écrit dans { $dir } : { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }, { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }. Pour travailler à partir du kit, { $hint } ; ou lisez-y CHECKLIST.md.
plain-step-heading = Étape { $number } sur { $count } : { $step }
plain-skipped-documents = Les documents facultatifs restants ont été passés.
plain-first-field = C’est le premier champ.
plain-status-next = Prochaine étape : { $title } : { $reason }.
plain-status-nothing-left = Plus rien à faire pour les échelons que cette offre peut atteindre.
plain-status-summary = Statut : { $status }. { $met } { $count ->
        [one] exigence remplie sur { $count }
       *[other] exigences remplies sur { $count }
    }. { $next }
plain-offer-type-not-chosen = type d’offre non choisi
plain-status-offer = { $offer } ({ $offer_type }), règles { $rules }.
plain-requirement-met = remplie
plain-requirement-unmet = NON REMPLIE
plain-requirement-not-applicable = ne s’applique pas
plain-status-uncovered = Marchés sans contact commercial du partenaire : { $markets }.
plain-status-no-benefits = Avantages : aucun pour l’instant.
plain-status-benefits = Avantages :
plain-status-note = Remarque : { $note }
plain-status-invalid = Valeurs invalides (elles bloquent l’export) :
plain-status-warnings = Avertissements :
plain-invalid-value = valeur invalide : { $problem }
plain-nothing-created = Rien n’a été créé.
plain-eof-nothing-created = Fin de l’entrée ; rien n’a été créé.
plain-stopped-because = mode texte arrêté : { $why }
plain-file-is-export = Ce fichier est un export : son bloc de statut, son horodatage et ses empreintes sont supprimés au premier enregistrement.
plain-draft-saved = Brouillon enregistré.
plain-eof-draft-saved = Fin de l’entrée : brouillon enregistré.
plain-stopped-saved = Arrêté : ce qui était valide est enregistré.
plain-finished = { $finished } { $path } ({ $status }). Pour reprendre : cosell --plain --draft { $name }
plain-last-changes-not-saved = les dernières modifications de { $path } n’ont pas été enregistrées : { $error }
plain-choice-number-between = Saisissez un nombre entre 1 et { $count }
plain-choice-ambiguous = { $typed } correspond à { $matches } ; tapez une plus grande partie du nom, ou son numéro
plain-drafts-in = Brouillons dans { $dir } :
plain-draft-line = { $offer } ({ $status }, règles { $rules })
plain-draft-unreadable = illisible : { $error }
plain-new-draft = Nouveau brouillon
plain-draft-number-prompt = Saisissez un nombre entre 1 et { $count } :
plain-rules-editions = Éditions des règles :
plain-edition-prompt = Édition des règles, un numéro ou une date (Entrée : { $newest }) :
plain-edition-refused = Tapez un nombre de 1 à { $count }, ou { $names }.
plain-offer-name-prompt = Nom de l’offre du nouveau brouillon (quit pour sortir) :
plain-offer-needs-name = L’offre doit avoir un nom.
plain-draft-created = Brouillon { $name } créé dans { $dir }.
plain-draft-exists = Un brouillon nommé { $name } existe déjà. 1. l’ouvrir  2. en créer un autre ({ $free })  3. taper un autre nom
plain-one-two-three = Saisissez 1, 2 ou 3 :

## Files, documents, drafts, contacts CSV, the kit and its page, errors (store, fsio, inspect, validate, contacts_csv, model, session, doc_paths, kit, kit_page, export, catalogue)
## @section files: add this area's messages below, above the next section

