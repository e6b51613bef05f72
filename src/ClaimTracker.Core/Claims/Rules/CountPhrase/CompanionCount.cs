namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Israeli authorities say 78 soldiers were killed in southern Lebanon …, along with 45 civilians", "75 soldiers have
/// been killed in the fighting, along with 44 civilians": a count after "along with" (counts.json <c>companionLinks</c>)
/// that closes its clause with no verb or fate word of its own ("along with 212 wounded" keeps its own) is counted by the verb of the count before it in the sentence, and
/// takes that count's fate; read without it, it had none (other) or a word near it ("fighting": engaged). Its side is
/// given after attribution (<see cref="CompanionsSide"/>). Unseen44 thenational-abiad. Golden cases:
/// along_with_shares_the_fate_and_side, along_with_its_own_fate_word_keeps_it, along_with_members_of_other_groups,
/// along_with_a_named_victim (the verb's first object a named person: <see cref="NamedVictimsFate"/>).
/// </summary>
internal sealed class CompanionCount : CountPhraseRule
{
    public static readonly CompanionCount Rule = new();

    // How far back from the link the verb may stand: the victim's name and a long apposition.
    private const int NamedVictimReach = 20;

    private static readonly WordPhrases Links = new(WordLists.Set("companionLinks"));
    private static readonly WordSet TailLeads = WordLists.Set("companionTailLeads");
    private static readonly WordSet TailStops = WordLists.Set("companionTailStops");
    private static readonly WordSet KillVerbs = WordLists.Set("killVerbs");

    private CompanionCount()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Previous is { Metric: { } metric } first && metric != Metric.Other
            && Links.EndsAt(reader.Text, reader.Tokens, phrase.TokenBefore) && ClosesTheClause(reader, Math.Max(phrase.Noun, phrase.Last) + 1)
            && !OwnFateWord(reader, phrase))
        {
            draft.Metric = metric;
            draft.MetricGuessed = false;
            draft.CompanionOf = first;
        }
        else if (draft.Metric is null or Metric.Other && Links.EndsAt(reader.Text, reader.Tokens, phrase.TokenBefore)
            && ClosesTheClause(reader, Math.Max(phrase.Noun, phrase.Last) + 1) && !OwnFateWord(reader, phrase)
            && NamedVictimsFate(reader, phrase.TokenBefore - 2) is { } fate)
        {
            draft.Metric = fate;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // "The strike killed Fuad Shukr, one of the group's senior commanders, along with five civilians", "the raid
    // wounded the mayor along with three of his guards": the verb's first object is a named person, not a count, so no
    // count before carries the fate; the verb (counts.json killVerbs) is read back from the link across the person's
    // apposition, in the sentence, with no number and no other clause's end between.
    private static Metric? NamedVictimsFate(PeopleCountReader reader, int beforeLink)
    {
        var first = reader.SentenceFirstToken();
        for (var k = beforeLink; k >= first && k > beforeLink - NamedVictimReach; k--)
        {
            if (reader.IsNumberToken(k) || (!reader.Tokens[k].IsWord && reader.Text[reader.Tokens[k].Start] is ';' or ':' or '"'))
            {
                return null;
            }
            if (reader.IsIn(k, KillVerbs))
            {
                return MetricWord.At(reader, k, k + 1) is { } m && m is Metric.Killed or Metric.Wounded or Metric.Captured ? m : null;
            }
        }
        return null;
    }

    // "along with 212 wounded", "along with seven injured people": the count names its own fate, which it keeps.
    private static bool OwnFateWord(PeopleCountReader reader, CountPhrase phrase)
    {
        var end = Math.Max(phrase.Noun, phrase.Last);
        for (var i = phrase.Last + 1; i <= end; i++)
        {
            if (reader.Tokens[i].IsWord && MetricWord.At(reader, i, end + 1) is not null)
            {
                return true;
            }
        }
        return false;
    }

    // "…, along with 45 civilians." or "…, along with 45 civilians, the ministry said": the count ends its clause; "along
    // with 45 civilians who were wounded" has a verb of its own. A prepositional tail with no verb may close the noun
    // first ("along with roughly 100 members of other terror groups in Lebanon": Unseen74 timesofisrael-reuters).
    private static bool ClosesTheClause(PeopleCountReader reader, int after)
    {
        if (reader.IsIn(after, TailLeads))
        {
            while (after < reader.Tokens.Count && reader.Tokens[after].IsWord && !reader.IsIn(after, TailStops))
            {
                after++;
            }
        }
        return after >= reader.Tokens.Count || (!reader.Tokens[after].IsWord && reader.Text[reader.Tokens[after].Start] is '.' or ',' or ';');
    }
}
