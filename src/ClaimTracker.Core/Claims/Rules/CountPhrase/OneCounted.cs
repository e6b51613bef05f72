using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// One person as a toll: a fate verb takes "one" and its person as object ("killing one passenger and wounding four",
/// "had killed one paramedic", "left one dead"; not the bare "killed one person", which the sets leave to tallies), or a speaker reports one person's fate ("the army said one soldier was
/// killed"). Both are a reported count, as the sets annotate them; a lone "One soldier was killed." with no speaker stays
/// a story about a person (golden case not_a_single_person). Asked by <see cref="NotAPeopleCount"/>.
/// Golden cases: one_as_the_object_of_a_fate_verb, one_reported_by_a_speaker, one_more_person_died.
/// </summary>
internal static class OneCounted
{
    // "one soldier was also killed", "one man had been wounded": the fate verb a few words after the person.
    private const int FateReach = 4;

    public static bool At(PeopleCountReader reader, NumberMention number, int first, int last)
    {
        if (number.Value != 1 || number.QualifierText is not null || reader.Sentence.IsHeading)
        {
            return false;
        }
        // "One more person died in hospital, the governor said": "more" adds the one to a toll already given.
        var after = reader.Is(last + 1, "more") ? last + 2 : last + 1;
        var tokens = reader.Tokens;
        if (after >= tokens.Count || !tokens[after].IsWord)
        {
            return false;
        }
        // "left one dead", "left one injured": the fate word stands for the person.
        if (reader.Is(first - 1, "left") && PeopleWords.IsCasualtyWord(reader.Word(after)))
        {
            return true;
        }
        // "one Lebanese soldier": one capitalised word may stand between "one" and the person.
        var noun = ClaimLexicon.SingularPeople.Contains(reader.Word(after)) ? after
            : char.IsUpper(reader.Word(after)[0]) && after + 1 < tokens.Count && tokens[after + 1].IsWord && ClaimLexicon.SingularPeople.Contains(reader.Word(after + 1)) ? after + 1
            : -1;
        if (noun < 0)
        {
            return false;
        }
        // "killed one paramedic": the object names who the one was; a bare "killed one person" in passing is left to
        // the tallies (OneAmongCounts), as the sets annotate it.
        return (first > 0 && tokens[first - 1].IsWord && PeopleWords.IsCasualtyWord(reader.Word(first - 1)) && !reader.Is(noun, "person"))
            || (reader.Attributors.Count > 0 && FateFollows(reader, noun + 1));
    }

    private static bool FateFollows(PeopleCountReader reader, int from)
    {
        for (var i = from; i < reader.Tokens.Count && i < from + FateReach && reader.Tokens[i].IsWord; i++)
        {
            if (PeopleWords.IsCasualtyWord(reader.Word(i)))
            {
                return true;
            }
        }
        return false;
    }
}
