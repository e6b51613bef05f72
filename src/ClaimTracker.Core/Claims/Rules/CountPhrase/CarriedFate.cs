namespace ClaimTracker.Core.Claims;

/// <summary>
/// A count joined to a fate already named keeps that fate: "killed nine people, including a woman and her two
/// children", "most of them Hezbollah fighters but also at least 128 civilians" (the toll's part after a contrast),
/// "the killing of a girl in Khan Younis on Thursday, and of six children in Gaza City" (a repeated "of" under a
/// nominal fate). The possessive kin, the contrasted part and the second "of" have no verb of their own, so they read
/// as `other`. Model: a count still without a fate, led by a possessive (counts.json <c>kinPossessives</c>)
/// inside an aside of the count before, by "but also" after that count, or by "and of" after a fate noun with "of"
/// ("the killing of", "the deaths of") earlier in the sentence. Naharnet's and UNICEF's tallies (Unseen36) say so.
/// Golden case: a_fate_carried_to_a_joined_count.
/// </summary>
internal sealed class CarriedFate : CountPhraseRule
{
    public static readonly CarriedFate Rule = new();

    private static readonly WordSet KinPossessives = WordLists.Set("kinPossessives");
    private static readonly WordSet AsideLeads = WordLists.Set("carriedAsideLeads");

    private CarriedFate()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var lead = phrase.QualifierFirst - 1;
        if (draft.Metric is not (null or Metric.Other) || lead < 1 || CarriedTo(reader, phrase, lead) is not { } fate)
        {
            return true;
        }
        draft.Metric = fate;
        draft.MetricGuessed = false;
        return true;
    }

    private static Metric? CarriedTo(PeopleCountReader reader, CountPhrase phrase, int lead)
    {
        if (reader.Is(lead, "also") && reader.Is(lead - 1, "but"))
        {
            return Fate(phrase.Previous);
        }
        if (reader.IsIn(lead, KinPossessives) && phrase.Previous is not null && InAside(reader, phrase, lead))
        {
            return Fate(phrase.Previous);
        }
        return reader.Is(lead, "of") && reader.Is(lead - 1, "and") && phrase.Previous is null ? NominalFateBefore(reader, lead - 1) : null;
    }

    private static Metric? Fate(ClaimDraft? previous) =>
        previous?.Metric is { } metric and not (Metric.Other or Metric.Deployed or Metric.Engaged) ? metric : null;

    // "including a woman and her two children": the aside's lead between the count before and this one.
    private static bool InAside(PeopleCountReader reader, CountPhrase phrase, int lead)
    {
        for (var i = phrase.PreviousBound + 1; i < lead; i++)
        {
            if (reader.IsIn(i, AsideLeads))
            {
                return true;
            }
        }
        return false;
    }

    // "the killing of a girl …, and of": a fate noun followed by "of" before the coordinated "of".
    private static Metric? NominalFateBefore(PeopleCountReader reader, int and)
    {
        for (var i = and - 1; i >= 0; i--)
        {
            if (reader.Is(i + 1, "of") && MetricWord.At(reader, i, i + 1) is { } fate and not (Metric.Other or Metric.Deployed or Metric.Engaged))
            {
                return fate;
            }
        }
        return null;
    }
}
