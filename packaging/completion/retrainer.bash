# bash completion for retrainer and retrainerd: commands, their options, and model names
# (read from `model list` of the workspace given with --workspace, else the default one).

_retrainer_models()
{
    local cmd=$1 ws=$2
    if [[ -n $ws ]]; then
        "$cmd" --workspace "$ws" model list 2>/dev/null | awk 'NR > 1 { print $1 }'
    else
        "$cmd" model list 2>/dev/null | awk 'NR > 1 { print $1 }'
    fi
}

_retrainer()
{
    local cur prev words cword
    _init_completion || return

    local commands="init model import quality backtest train status history versions rollback approve reject predict
        audit schedule trigger next pause resume cancel alerts simulate token store help"
    local globals="--workspace --json --help --version"
    local daemon="--headless --source-poll --api --api-allow-remote --api-max-body"

    # The workspace given so far, and the first word that is a command.
    local i ws="" command="" position=0
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
        --workspace) ws=${words[i + 1]}; ((i++)) ;;
        --workspace=*) ws=${words[i]#--workspace=} ;;
        -*) ;;
        *)
            if [[ -z $command ]]; then command=${words[i]}; else ((position++)); fi
            ;;
        esac
    done

    case $prev in
    --workspace)
        _filedir -d
        return
        ;;
    --input | --password-file | --ca-file)
        _filedir
        return
        ;;
    --source | --base-source | --features | --timestamp | --label | --group | --text | --display-name | \
        --limit | --comment | --min-new | --window | --cooldown | --threshold | --every | --retries | \
        --rows | --from | --count | --now | --source-poll | --api | --api-max-body | --webhook | --email | \
        --smtp | --user | --kinds | --models | --pin | --unpin | --to)
        return
        ;;
    --task)
        COMPREPLY=($(compgen -W "classification regression" -- "$cur"))
        return
        ;;
    --algorithm)
        COMPREPLY=($(compgen -W "auto random_forest svm_rbf linear krr" -- "$cur"))
        return
        ;;
    --role)
        COMPREPLY=($(compgen -W "admin viewer" -- "$cur"))
        return
        ;;
    --format)
        COMPREPLY=($(compgen -W "text json" -- "$cur"))
        return
        ;;
    --model)
        COMPREPLY=($(compgen -W "$(_retrainer_models "$1" "$ws")" -- "$cur"))
        return
        ;;
    esac

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$globals $daemon" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local options=""
    case $command in
    init) options="--demo --no-past" ;;
    model)
        [[ $position -eq 0 ]] && { COMPREPLY=($(compgen -W "add list" -- "$cur")); return; }
        options="--source --task --label --features --timestamp --algorithm --group --text --base-source --display-name"
        ;;
    import)
        [[ $position -eq 1 ]] && { _filedir '@(csv|jsonl)'; return; }
        ;;
    quality) options="--now" ;;
    backtest) options="--from --to --policy --min-new --csv" ;;
    train) options="--all --force --dry-run" ;;
    history) options="--limit" ;;
    versions) options="--prune --pin --unpin" ;;
    approve) options="--comment" ;;
    reject) options="--comment" ;;
    predict) options="--input" ;;
    audit) options="--model --limit" ;;
    schedule)
        [[ $position -eq 0 ]] && { COMPREPLY=($(compgen -W "preview $(_retrainer_models "$1" "$ws")" -- "$cur")); return; }
        [[ $position -eq 1 ]] && { COMPREPLY=($(compgen -W "list add remove" -- "$cur")); return; }
        options="--conditional --min-new --from --count"
        ;;
    trigger)
        [[ $position -eq 1 ]] && { COMPREPLY=($(compgen -W "data performance" -- "$cur")); return; }
        options="--min-new --window --cooldown --threshold --every --retries --off"
        ;;
    alerts)
        [[ $position -eq 0 ]] && { COMPREPLY=($(compgen -W "--all ack deliveries channel" -- "$cur")); return; }
        [[ $position -eq 1 && ${words[cword - 1]} == channel ]] && {
            COMPREPLY=($(compgen -W "add list remove test" -- "$cur"))
            return
        }
        options="--webhook --format --email --smtp --from --user --password-file --no-starttls --ca-file --kinds --models"
        ;;
    simulate) options="--every --rows --times" ;;
    token)
        [[ $position -eq 0 ]] && { COMPREPLY=($(compgen -W "create list revoke" -- "$cur")); return; }
        options="--role"
        ;;
    store)
        [[ $position -eq 0 ]] && { COMPREPLY=($(compgen -W "migrate" -- "$cur")); return; }
        options="--to"
        ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options --json --help" -- "$cur"))
        return
    fi
    # The first word after these commands is a model's name.
    case $command in
    quality | backtest | train | status | history | versions | rollback | approve | reject | predict | trigger | next | \
        pause | resume | cancel | import)
        [[ $position -eq 0 ]] && COMPREPLY=($(compgen -W "$(_retrainer_models "$1" "$ws")" -- "$cur"))
        ;;
    esac
}
complete -F _retrainer retrainer retrainerd
