namespace ClaimTracker.Core.Claims;

/// <summary>
/// People moved by others for care or safety are evacuated: "52 patients were transferred to al-Shifa hospital", "the
/// agency transferred 38 sick and injured patients out of the Strip", "paramedics carried 23 wounded to hospitals",
/// "the transfer of 40 patients", and the headline "31 patients transferred from besieged hospital". A move verb
/// (metrics.json careMoves) as the count's own verb — right before it (active), after it (passive or headline), or a
/// move noun before "of" — with a destination after it (careMoveDestinations), for people who are no force: troops
/// "transferred" or "moved" to the front stay deployed, and "27 wounded taken to hospitals" stays wounded (taking to
/// hospital names the wounded; carrying and transferring them names the move, as the sets' gold reads it). A count of
/// the wounded yields only when the wound word describes the people moved ("23 wounded", "34 injured people"), not
/// when it is their own verb ("12 were injured and moved to hospital"). A count joined by "and" to the verb's object
/// is moved too ("carried 27 bodies and 114 wounded people to hospitals"). Mothers and newborns moved down to a shelter
/// are evacuated too (Unseen42 npr-largest-air-assault). Golden cases: patients_moved_are_evacuated,
/// mothers_and_newborns_moved_are_evacuated.
/// </summary>
internal sealed class MovedForCare : CountPhraseRule
{
    public static readonly MovedForCare Rule = new();

    private const int Reach = 8;

    // How far before the count joined to this one the move verb may stand: "carried at least 27".
    private const int JoinedReach = 4;

    private static readonly WordSet Moves = WordLists.Set("careMoves");
    private static readonly WordSet Destinations = WordLists.Set("careMoveDestinations");
    private static readonly WordSet CarePeople = WordLists.Set("careMovedPeople");
    private static readonly WordSet CareModifiers = WordLists.Set("careModifiers");
    private static readonly WordSet Auxiliaries = WordLists.Set("passiveAuxiliaries");
    private static readonly WordSet Leads = WordLists.Set("careMoveLeads");

    private MovedForCare()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Military || !Movable(reader, phrase, draft) || !(CarePeopleCounted(draft) || CareModifierBefore(reader, phrase.Noun)))
        {
            return true;
        }
        if (MoveBefore(reader, phrase) || MoveAfter(reader, phrase))
        {
            draft.Metric = Metric.Evacuated;
            draft.MetricGuessed = false;
            // "Sixteen patients and nine health workers were moved to …": the count before shares the move.
            if (phrase.Previous is { Military: false, Metric: Metric.Deployed } previous && CarePeopleCounted(previous)
                && CoordinatedCount.SharesVerb(reader, previous, phrase.PreviousBound, phrase.QualifierFirst))
            {
                previous.Metric = Metric.Evacuated;
            }
        }
        return true;
    }

    // "nine health workers": the noun keeps only "workers", the word before it says whose.
    private static bool CareModifierBefore(PeopleCountReader reader, int noun) =>
        noun >= 1 && reader.IsIn(noun - 1, CareModifiers);

    // A deployment word, a guess, or a wound word that describes the people rather than happens to them.
    private static bool Movable(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) => draft.Metric switch
    {
        Metric.Deployed => true,
        Metric.Other => draft.MetricGuessed,
        Metric.Wounded => phrase.DescribingMetric == Metric.Wounded || (phrase.Noun >= 0 && ClaimLexicon.Wounded.Contains(reader.Word(phrase.Noun))),
        _ => false,
    };

    // Patients, the wounded, civilians, children, caregivers, health workers: not a state's workers sent abroad.
    private static bool CarePeopleCounted(ClaimDraft draft)
    {
        foreach (var word in new SpacedWords(draft.Noun))
        {
            if (CareModifiers.Contains(word))
            {
                return true;
            }
        }
        return CarePeople.Contains(SpacedWords.Last(draft.Noun));
    }

    // "transferred 38 patients", "carried all 23 wounded", "the transfer of 40 patients".
    private static bool MoveBefore(PeopleCountReader reader, CountPhrase phrase)
    {
        if (reader.Is(phrase.TokenBefore, "and"))
        {
            return MoveBeforeTheCountBefore(reader, phrase);
        }
        var v = phrase.TokenBefore;
        while (v > phrase.Left && reader.IsIn(v, Leads))
        {
            v--;
        }
        if (v < phrase.Left || v < 0 || !reader.Tokens[v].IsWord)
        {
            return false;
        }
        if (reader.Is(v, "of"))
        {
            return reader.IsIn(v - 1, Moves);
        }
        return Moves.Contains(reader.Word(v)) && DestinationAfter(reader, v);
    }

    // "had carried 27 bodies and 114 wounded people to hospitals": a count joined by "and" to the object of a move verb
    // is moved too (golden case patients_moved_are_evacuated).
    private static bool MoveBeforeTheCountBefore(PeopleCountReader reader, CountPhrase phrase)
    {
        var previous = phrase.PreviousBound;
        // Only the count before's own noun between it and "and": "carried 30 patients to Rafah and 12 died" is no list.
        if (previous < 0 || phrase.TokenBefore - previous > JoinedReach)
        {
            return false;
        }
        for (var i = previous + 1; i < phrase.TokenBefore; i++)
        {
            if (!reader.Tokens[i].IsWord || Destinations.Contains(reader.Word(i)))
            {
                return false;
            }
        }
        for (var v = previous - 1; v >= 0 && v >= previous - JoinedReach; v--)
        {
            if (!reader.Tokens[v].IsWord)
            {
                return false;
            }
            if (Moves.Contains(reader.Word(v)))
            {
                return DestinationAfter(reader, v);
            }
        }
        return false;
    }

    // "were transferred to", "have been moved to", and the headline "31 patients transferred from".
    private static bool MoveAfter(PeopleCountReader reader, CountPhrase phrase)
    {
        for (var i = phrase.AfterCount; i <= phrase.Right && i < reader.Tokens.Count; i++)
        {
            if (!reader.IsIn(i, Moves))
            {
                continue;
            }
            var passive = reader.Tokens[i - 1].IsWord && (Auxiliaries.Contains(reader.Word(i - 1)) || i - 1 == phrase.Noun);
            return passive && DestinationAfter(reader, i);
        }
        return false;
    }

    private static bool DestinationAfter(PeopleCountReader reader, int verb)
    {
        for (var j = verb + 1; j < reader.Tokens.Count && j <= verb + Reach; j++)
        {
            // "out of the Strip" is a destination; "300 amputations had been carried out" is a deed.
            if (reader.IsIn(j, Destinations) && (!reader.Is(j, "out") || reader.Is(j + 1, "of")))
            {
                return true;
            }
        }
        return false;
    }
}
