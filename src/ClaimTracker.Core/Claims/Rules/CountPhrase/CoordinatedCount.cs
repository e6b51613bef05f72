namespace ClaimTracker.Core.Claims;

/// <summary>
/// "captured 1,200 government soldiers and more than 300 foreign mercenaries": a second count joined to the first
/// by "and", with only the first one's people in between, is the object of the same verb. Read by
/// <see cref="ClauseMetric"/> and <see cref="CoordinatedStatus"/>. A short phrase qualifying the first count ("four soldiers
/// from the convoy and nine attackers were killed") leaves the verb shared. Golden case:
/// coordinated_count_after_a_qualifying_phrase. "as well as" (counts.json additiveCoordinators, a comma allowed before
/// it) joins as "and" does: "has decided to send one thousand sappers to Russia to clear mines …, as well as five
/// thousand military construction workers" sends the workers too (Unseen51 koreatimes-shoigu). Golden case:
/// as_well_as_shares_the_plan.
/// </summary>
internal static class CoordinatedCount
{
    private static readonly WordSet Prepositions = WordLists.Set("qualifyingPrepositions");
    private static readonly WordPhrases Additive = new(WordLists.Set("additiveCoordinators"));

    public static bool SharesVerb(PeopleCountReader reader, ClaimDraft? previous, int prevBound, int qualifierFirst)
    {
        var text = reader.Text;
        var tokens = reader.Tokens;
        // 'eight tribal leaders and "dozens" of RSF troopers': a quote opening the second count stands after "and".
        if (reader.IsMark(qualifierFirst - 1, '"') || reader.IsMark(qualifierFirst - 1, '\u201c'))
        {
            qualifierFirst--;
        }
        var and = Joiner(reader, qualifierFirst);
        // Only the count right before this one, and only if it was read as a claim.
        if (previous is null || prevBound < 0 || and <= prevBound
            || previous.Number.Start >= tokens[prevBound].End || previous.Number.End <= tokens[prevBound].Start)
        {
            return false;
        }
        for (var i = prevBound + 1; i < and; i++)
        {
            if (QualifyingPhrase(reader, i, and) || PurposeOrDestination.Spans(reader, i, and))
            {
                break;
            }
            // "Three tribal leaders and dozens of fighters were killed": a qualified leader noun is people too (QualifiedLeaders).
            if (tokens[i].IsWord && !PeopleWords.IsPeopleNoun(reader.Word(i)) && !ClaimLexicon.SingularPeople.Contains(reader.Word(i)) && !ClaimLexicon.NounModifiers.Contains(reader.Word(i)) && !char.IsUpper(text[tokens[i].Start])
                && !ModifiesTheHead(reader, i, and) && !QualifiedLeaders.Spans(reader, i))
            {
                return false;
            }
            if (!tokens[i].IsWord && text[tokens[i].Start] is not ('-' or '’' or '\''))
            {
                return false;
            }
        }
        return true;
    }

    // The token that joins the count to the one before: "and" right before it, or "as well as" (the comma before it when
    // there is one); -1 when neither.
    private static int Joiner(PeopleCountReader reader, int qualifierFirst)
    {
        if (reader.Is(qualifierFirst - 1, "and"))
        {
            return qualifierFirst - 1;
        }
        var start = Additive.StartOfOneEndingAt(reader.Text, reader.Tokens, qualifierFirst - 1);
        return start > 0 && reader.IsMark(start - 1, ',') ? start - 1 : start;
    }

    // "5,500 military construction workers and 1,200 sappers": a word or two of trade right before the first count's
    // people noun ("construction workers", "mine clearance specialists") still names that count's people, so the verb
    // stays shared (Unseen38; golden case would_send_builders_and_sappers_shares_the_plan).
    private static bool ModifiesTheHead(PeopleCountReader reader, int i, int and)
    {
        if (and - i is < 2 or > 3 || !PeopleWords.IsPeopleNoun(reader.Word(and - 1)))
        {
            return false;
        }
        for (var k = i; k < and; k++)
        {
            if (!reader.Tokens[k].IsWord || char.IsUpper(reader.Text[reader.Tokens[k].Start]))
            {
                return false;
            }
        }
        return true;
    }

    // "two Malian soldiers from the escort and five attackers were killed": a preposition and at most three words
    // qualifying the first count, right before "and", leave the verb shared.
    private static bool QualifyingPhrase(PeopleCountReader reader, int i, int and)
    {
        if (!reader.IsIn(i, Prepositions) || and - i - 1 is < 1 or > 3)
        {
            return false;
        }
        for (var k = i + 1; k < and; k++)
        {
            if (!reader.Tokens[k].IsWord)
            {
                return false;
            }
        }
        return true;
    }
}
