namespace ClaimTracker.Core.Claims;

/// <summary>
/// Wounded people sent home are moved for care, not counted for their wounds: "about 2,200 wounded soldiers had been
/// sent home by air or by train" (the NIS on North Korea's wounded, Unseen48 nbc-kim) is `evacuated`. A count whose
/// wound word describes the people, then a verb of moving them (metrics.json woundedMoveVerbs) with "home" or "back"
/// right after it (homewardWords), in its own clause: "some 250 wounded soldiers had been flown back to Pyongyang"
/// (Unseen50 joongang-nis) too. "Sent back to the front" returns them to the war (frontWords), not for care. A swap's
/// release of wounded prisoners stays with <see cref="ReleasedWounded"/>. A part of the wounded is moved so too: "about
/// 600 of the wounded had been sent back to North Korea for treatment" (Unseen22 joongang-nis), "Some 2,000 of the
/// injured were flown or taken by train back" (Unseen72 firstpost), the means of carriage ("by train") between the
/// verb and "back". A verb that says "home" itself (metrics.json carriedHomeVerbs: "repatriated") moves them so when
/// the means of carriage follows within a few words: "around 2,000 wounded soldiers were repatriated to North Korea by
/// air or by train" (the NIS's April 2025 briefing, Unseen81 kbs; the same briefing's "sent home by air or by train" in
/// Unseen48), where a swap's "repatriated under the deal" names no carriage and stays released (<see cref="ReleasedWounded"/>).
/// Golden cases: wounded_soldiers_sent_home_are_evacuated, wounded_flown_back_are_evacuated,
/// part_of_the_wounded_sent_back, wounded_repatriated_by_train_are_evacuated.
/// </summary>
internal sealed class WoundedSentHome : CountPhraseRule
{
    public static readonly WoundedSentHome Rule = new();

    private static readonly WordSet SendVerbs = WordLists.Set("woundedMoveVerbs");
    private static readonly WordSet Homeward = WordLists.Set("homewardWords");
    private static readonly WordSet FrontWords = WordLists.Set("frontWords");
    private static readonly WordSet WoundedWholes = WordLists.Set("woundedWholeNouns");
    private static readonly WordSet Carriages = WordLists.Set("carriageWords");
    private static readonly WordSet CarriedHomeVerbs = WordLists.Set("carriedHomeVerbs");

    // "repatriated to North Korea by air": the carriage at most this many words after the verb.
    private const int CarriageReach = 6;

    private WoundedSentHome()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric != Metric.Wounded || (phrase.DescribingMetric != Metric.Wounded && !PartOfTheWounded(reader, phrase.TokenAfter)))
        {
            return true;
        }
        for (var i = phrase.AfterCount; i < phrase.Right && i + 1 < reader.Tokens.Count; i++)
        {
            var verb = LastOfJoinedVerbs(reader, i);
            var homeward = ByCarriage(reader, verb + 1) ? verb + 3 : verb + 1;
            if ((reader.IsIn(i, SendVerbs) && reader.IsIn(homeward, Homeward) && !BackToTheFront(reader, homeward + 1)) || CarriedHome(reader, i))
            {
                draft.Metric = Metric.Evacuated;
                draft.MetricGuessed = false;
                return true;
            }
        }
        return true;
    }

    /// <summary>Whether token <paramref name="verb"/> is a homeward verb ("repatriated") whose means of carriage ("by air", "by train") follows within a few words, in the same clause.</summary>
    public static bool CarriedHome(PeopleCountReader reader, int verb)
    {
        if (!reader.IsIn(verb, CarriedHomeVerbs))
        {
            return false;
        }
        for (var j = verb + 1; j <= verb + CarriageReach && j < reader.Tokens.Count && reader.Tokens[j].IsWord; j++)
        {
            if (ByCarriage(reader, j))
            {
                return true;
            }
        }
        return false;
    }

    // "600 of the wounded", "2,000 of the injured": the count is some of the wounded, whom the verb then moves.
    private static bool PartOfTheWounded(PeopleCountReader reader, int of) =>
        reader.Is(of, "of") && reader.Is(of + 1, "the") && reader.IsIn(of + 2, WoundedWholes);

    // "flown or taken by train back": verbs of moving joined by "or"/"and" share the direction after the last; the
    // clause's bound falls at the joiner, so the last verb is read past it.
    private static int LastOfJoinedVerbs(PeopleCountReader reader, int verb)
    {
        while ((reader.Is(verb + 1, "or") || reader.Is(verb + 1, "and")) && reader.IsIn(verb + 2, SendVerbs))
        {
            verb += 2;
        }
        return verb;
    }

    // "taken by train back", "flown by air home": the means of carriage between the verb and its direction.
    private static bool ByCarriage(PeopleCountReader reader, int j) => reader.Is(j, "by") && reader.IsIn(j + 1, Carriages);

    // "sent back to the front", "returned to their units": back to the war, not home for care.
    private static bool BackToTheFront(PeopleCountReader reader, int j) =>
        reader.Is(j, "to") && (reader.IsIn(j + 1, FrontWords) || ((reader.Is(j + 1, "the") || reader.Is(j + 1, "their")) && reader.IsIn(j + 2, FrontWords)));
}
