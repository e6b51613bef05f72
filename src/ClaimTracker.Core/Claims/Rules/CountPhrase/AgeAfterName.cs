namespace ClaimTracker.Core.Claims;

/// <summary>
/// A person's age set off by commas after their name counts nobody: "'… we buried 180 of them,' said Adam Yousif, 36,
/// who asked …", "Amal Shaheen, 33, a mother of four, told reporters" (wire and broadcaster quotes name a witness so,
/// without "aged" or "-year-old"). The model: a bare number in figures, no hedge, a comma on each side, and a name of
/// two or more capitalised words right before the first comma. Golden case: an_age_after_a_name.
/// </summary>
internal sealed class AgeAfterName : CountPhraseRule
{
    public static readonly AgeAfterName Rule = new();

    private const int OldestAge = 110;

    private AgeAfterName()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var first = phrase.First;
        var last = phrase.Last;
        var isAge = first >= 3 && last + 1 < reader.Tokens.Count && reader.IsNumberToken(first) && phrase.Number.Kind != Numbers.NumberKind.Vague
            && (phrase.Number.Value ?? 0) <= OldestAge && Comma(reader, first - 1) && Comma(reader, last + 1)
            && Capitalised(reader, first - 2) && Capitalised(reader, first - 3);
        return !isAge;
    }

    private static bool Comma(PeopleCountReader reader, int i) =>
        !reader.Tokens[i].IsWord && reader.Word(i) is ",";

    private static bool Capitalised(PeopleCountReader reader, int i) =>
        reader.Tokens[i].IsWord && char.IsUpper(reader.Word(i)[0]) && Nationality.At(reader.Text, reader.Tokens, i) is null;
}
