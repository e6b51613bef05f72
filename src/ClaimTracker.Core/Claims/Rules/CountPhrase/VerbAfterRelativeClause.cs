namespace ClaimTracker.Core.Claims;

/// <summary>
/// The verb after a relative clause: when the count's clause stops at a relative pronoun after its people noun
/// ("about 60 people aboard another boat that left Tobruk on Sunday were unaccounted for", "four attackers who tried to
/// storm the post after the blast were killed"), no verb of the clause is read and the metric is guessed; the main
/// verb is the first verb group after the relative clause (an auxiliary of metrics.json mainVerbAuxiliaries, then the
/// verb, or the word after it: "were shot dead") before the clause's end. The relative clause's own verb group stays
/// inside it however many auxiliaries it has ("200 people who had been displaced were killed", "15 people who had been
/// detained by the RSF were killed": killed, not displaced or detained). Failing that, a metric word inside the relative clause names their state ("the 12
/// survivors who needed hospital care"). An auxiliary led by a preposition ("1,350 people who disappeared after being
/// arrested") opens an adverbial phrase, not the main verb: the relative clause's own verb stands (counts.json
/// adverbialLeads). A copula's "among the dead" names the fate as a verb would (<see cref="AmongTheFated"/>).
/// Golden cases: relative_clause_then_among_the_dead, verb_after_a_relative_clause, relative_clause_then_main_verb,
/// disappeared_after_being_arrested, fate_after_a_relative_clause_of_two_auxiliaries, relative_clause_after_an_aside.
/// </summary>
internal sealed class VerbAfterRelativeClause : CountPhraseRule
{
    public static readonly VerbAfterRelativeClause Rule = new();

    private const int Reach = 20;

    private static readonly WordSet Relatives = WordLists.Set("relativePronouns");
    private static readonly WordSet Auxiliaries = WordLists.Set("mainVerbAuxiliaries");
    private static readonly WordSet AdverbialLeads = WordLists.Set("adverbialLeads");
    private static readonly WordSet AmongLeads = WordLists.Set("tollVictimLeads");
    private static readonly WordSet AmongDeterminers = WordLists.Set("amongFrameDeterminers");

    private VerbAfterRelativeClause()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var tokens = reader.Tokens;
        if (!draft.MetricGuessed || phrase.Noun < 0 || phrase.Right >= tokens.Count)
        {
            return true;
        }
        // "more than 690 people, among them 121 children, who were approved for treatment abroad have died": the
        // relative clause may follow an aside (golden case relative_clause_after_an_aside).
        var pronoun = tokens[phrase.Right].IsWord ? phrase.Right : ClauseMetric.SkipAside(reader, phrase.Right).Resume;
        if (pronoun >= tokens.Count || !tokens[pronoun].IsWord || !Relatives.Contains(reader.Word(pronoun)))
        {
            return true;
        }
        // A count inside the aside bounds no clause after it; any other next count does.
        var end = Math.Min(tokens.Count, pronoun + Reach);
        if (MainVerb(reader, pronoun, pronoun == phrase.Right ? Math.Min(end, phrase.NextBound) : end) is { } metric)
        {
            draft.Metric = metric;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // The relative clause runs from the pronoun to the first auxiliary that does not follow it ("who were later
    // released" keeps "were" inside); the word after that auxiliary group is the main verb.
    private static Metric? MainVerb(PeopleCountReader reader, int pronoun, int end)
    {
        var tokens = reader.Tokens;
        Metric? inClause = null;
        for (var i = pronoun + 1; i < end; i++)
        {
            if (!tokens[i].IsWord)
            {
                return inClause;
            }
            if (i == pronoun + 1 || !Auxiliaries.Contains(reader.Word(i)) || AdverbialLeads.Contains(reader.Word(i - 1)) || Auxiliaries.Contains(reader.Word(i - 1)))
            {
                inClause ??= MetricWord.At(reader, i, i + 1) is { } named && named is not (Metric.Deployed or Metric.Engaged) ? named : null;
                continue;
            }
            var verb = i + 1;
            while (verb < end && tokens[verb].IsWord && Auxiliaries.Contains(reader.Word(verb)))
            {
                verb++;
            }
            return MainVerbMetric(reader, verb, end) ?? inClause;
        }
        return inClause;
    }

    // The main verb, or the word after it when the verb alone names nothing ("were shot dead", "were later killed"), or
    // the fate of the group the copula puts them among ("were also among the dead").
    private static Metric? MainVerbMetric(PeopleCountReader reader, int verb, int end) =>
        verb >= end ? null
        : MetricWord.At(reader, verb, end) ?? (verb + 1 < end && reader.Tokens[verb + 1].IsWord ? MetricWord.At(reader, verb + 1, end) : null)
            ?? AmongTheFated(reader, verb, end);

    // "24 people who worked as club staff were also among the dead", "seven nurses who ran the ward were among those
    // killed": after the copula, "among" (metrics.json tollVictimLeads), "the" or "those" (amongFrameDeterminers), then
    // the fate word; the predicate a copula puts first in reports of the dead when no verb names the fate.
    private static Metric? AmongTheFated(PeopleCountReader reader, int among, int end)
    {
        if (!reader.IsIn(among, AmongLeads))
        {
            return null;
        }
        var fate = reader.IsIn(among + 1, AmongDeterminers) ? among + 2 : among + 1;
        return fate < end && reader.Tokens[fate].IsWord && MetricWord.At(reader, fate, end) is { } m && m is not (Metric.Deployed or Metric.Engaged) ? m : null;
    }
}
