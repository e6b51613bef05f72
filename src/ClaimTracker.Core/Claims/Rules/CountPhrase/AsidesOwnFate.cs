namespace ClaimTracker.Core.Claims;

/// <summary>
/// An aside count with a relative clause of its own has that clause's fate, not the outer count's: "Some 2,100 people,
/// including 640 who had been wounded, were evacuated", "230 fighters had surrendered, among them 31 who were wounded",
/// "Some 40 people were pulled out, including 11 who were killed". The aside has no main verb: its relative clause is
/// all it says of the people, so the outer count's verb (which <see cref="ClauseMetric"/> shares with an aside) and
/// the rule that skips relative clauses to the main verb (<see cref="VerbAfterRelativeClause"/>) do not apply. The
/// model: an aside count, a relative pronoun right after it or its people noun (counts.json <c>relativePronouns</c>),
/// auxiliaries (<c>auxiliaries</c>), then a fate word. An aside with no clause of its own keeps the outer fate
/// ("690 people, among them 121 children, have died"). A pronouncement stands with the auxiliaries (counts.json
/// <c>fatePronouncements</c>): MSF's "Many of the wounded …, including three young girls who were declared dead on arrival"
/// counts the dead, an "including" under a count-less "the wounded" being an aside too. Golden cases: aside_with_its_own_fate, declared_dead_on_arrival_among_the_wounded.
/// </summary>
internal sealed class AsidesOwnFate : CountPhraseRule
{
    public static readonly AsidesOwnFate Rule = new();

    private static readonly WordSet Relatives = WordLists.Set("relativePronouns");
    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");
    private static readonly WordSet Pronouncements = WordLists.Set("fatePronouncements");

    private AsidesOwnFate()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var tokens = reader.Tokens;
        var pronoun = phrase.AfterCount;
        if (!(phrase.InAside || reader.Is(phrase.TokenBefore, "including")) || pronoun >= tokens.Count || !tokens[pronoun].IsWord || !Relatives.Contains(reader.Word(pronoun)))
        {
            return true;
        }
        var verb = pronoun + 1;
        while (verb < tokens.Count && tokens[verb].IsWord && (Auxiliaries.Contains(reader.Word(verb)) || Pronouncements.Contains(reader.Word(verb))))
        {
            verb++;
        }
        // A bare verb right after the pronoun is the aside's fate only when it is a death ("including three girls who
        // died"); "who fled" or "who fought" may describe the people before what befell them.
        if (verb < tokens.Count && MetricWord.At(reader, verb, verb + 1) is { } fate and not (Metric.Deployed or Metric.Engaged)
            && (verb > pronoun + 1 || fate == Metric.Killed))
        {
            draft.Metric = fate;
            draft.MetricGuessed = false;
        }
        return true;
    }
}
