namespace ClaimTracker.Core.Claims;

/// <summary>
/// A second, passive verb of the same people after "and": "seven of them belonged to the commando unit and were killed
/// during one firefight", "12 fishermen set out before dawn and were later reported missing". The clause the count's
/// verbs are read in stops at "and", so its first verb (where they served, where they went) reads as a deployment or
/// nothing at all; the fate is the passive group after it ("and" + an auxiliary of metrics.json mainVerbAuxiliaries, an
/// adverb allowed between, then a word naming killed, wounded, losses, captured, missing or detained). Only a presence,
/// a movement or no fate gives way ("1,000 people fled the town and were later killed": killed); an active "and killed
/// two others" names what they did, not what happened to them, and is not read. Golden case: fate_after_and_a_passive_verb.
/// </summary>
internal sealed class FateAfterAnd : CountPhraseRule
{
    public static readonly FateAfterAnd Rule = new();

    // How many words after "and" the fate word may stand: "and were later reported killed".
    private const int Reach = 4;

    // How far after the count the "and" may stand, with no mark between: "set out from the harbour before dawn and".
    private const int Span = 15;

    private static readonly WordSet Auxiliaries = WordLists.Set("mainVerbAuxiliaries");

    private FateAfterAnd()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.ObjectOfVerb || phrase.ActiveVerb || !(draft.MetricGuessed || draft.Metric is null or Metric.Deployed or Metric.Engaged or Metric.Other or Metric.Displaced))
        {
            return true;
        }
        if (FateAfter(reader, phrase) is { } fate)
        {
            draft.Metric = fate;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // The passive fate after an "and" of the count's own stretch: up to the first mark, the next count or Span words.
    private static Metric? FateAfter(PeopleCountReader reader, CountPhrase phrase)
    {
        var tokens = reader.Tokens;
        var end = Math.Min(Bound(reader, phrase.NextBound), phrase.AfterCount + Span);
        for (var i = Math.Max(0, phrase.AfterCount); i < end && tokens[i].IsWord; i++)
        {
            if (reader.Is(i, "and") && Passive(reader, i + 1, phrase.NextBound) is { } fate)
            {
                return fate;
            }
        }
        return null;
    }

    // "were killed", "were later reported killed", "had been taken prisoner": an auxiliary first, then the fate.
    private static Metric? Passive(PeopleCountReader reader, int first, int nextBound)
    {
        var tokens = reader.Tokens;
        if (first >= tokens.Count || !tokens[first].IsWord || !Auxiliaries.Contains(reader.Word(first)))
        {
            return null;
        }
        var end = Math.Min(Bound(reader, nextBound), first + 1 + Reach);
        for (var i = first + 1; i < end && tokens[i].IsWord; i++)
        {
            if (MetricWord.At(reader, i, end) is { } m && m is Metric.Killed or Metric.Wounded or Metric.KilledOrWounded or Metric.Captured or Metric.Missing or Metric.Detained)
            {
                return m;
            }
        }
        return null;
    }

    // The next count's first token, or the sentence's end when there is none.
    private static int Bound(PeopleCountReader reader, int nextBound) =>
        nextBound < 0 ? reader.Tokens.Count : Math.Min(reader.Tokens.Count, nextBound);
}
