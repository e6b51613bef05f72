using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Others" after a count of things counts more of those things: "destroyed four buildings and damaged 14 others",
/// "12 vehicles, and 30 others". When the count before the "and" (or comma) is a number with a noun that names no
/// people, "N others" is no count of people. "Two people were killed and 14 others wounded" keeps its others.
/// Golden cases: others_after_things_are_things, killed_and_wounded_others.
/// </summary>
internal sealed class OthersOfThings : CountPhraseRule
{
    public static readonly OthersOfThings Rule = new();

    // "four buildings", "12 residential buildings": the thing's noun right after its number or one word later.
    private const int NounReach = 2;

    private OthersOfThings()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Noun != phrase.Last + 1 || !reader.Is(phrase.Noun, "others"))
        {
            return true;
        }
        var join = phrase.QualifierFirst - 1;
        // "and damaged 14 others": a verb of its own between the join and the count.
        if (join > 0 && reader.Tokens[join].IsWord && PeopleWords.IsVerbLike(reader.Word(join)) && !reader.Is(join, "and"))
        {
            join--;
        }
        if (join < 2 || !(reader.Is(join, "and") || IsComma(reader, join)))
        {
            return true;
        }
        var thing = join - 1;
        if (IsComma(reader, thing))
        {
            thing--;
        }
        return !CountsThings(reader, thing);
    }

    private static bool IsComma(PeopleCountReader reader, int i) => i >= 0 && !reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] == ',';

    private static bool CountsThings(PeopleCountReader reader, int thing)
    {
        // A plural thing ("buildings", "trucks"): "one driver and … three others", "in a monastery and … six others"
        // name one thing or person, not a count the others add to.
        if (thing < 1 || !reader.Tokens[thing].IsWord || !reader.Word(thing).EndsWith('s') || PeopleWords.IsPeopleNoun(reader.Word(thing)))
        {
            return false;
        }
        for (var i = thing - 1; i >= 0 && i >= thing - NounReach; i--)
        {
            if (reader.IsNumberToken(i) || (reader.Tokens[i].IsWord && !reader.Is(i, "a") && !reader.Is(i, "an") && NumberWord.TryGet(reader.Word(i), out _)))
            {
                return true;
            }
            if (!reader.Tokens[i].IsWord || !PeopleWords.IsDescribingWord(reader, i))
            {
                return false;
            }
        }
        return false;
    }
}
