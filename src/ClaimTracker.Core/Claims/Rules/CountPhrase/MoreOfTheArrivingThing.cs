namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The first drone landed right behind us. Fifteen minutes later another came, then two more." (Unseen48
/// aljazeera-al-damer): a bare "N more" that closes its clause, with no people counted before it in the sentence, adds
/// to the weapons the account last named (counts.json <c>arrivingThings</c>: drones, missiles, shells), in this sentence
/// or the one before, when no people noun stands between the weapon and the count. "then two more died in hospital"
/// has a verb of its own and stays a count. Golden case: more_drones_are_no_people (control: "killing five people,
/// then two more").
/// </summary>
internal sealed class MoreOfTheArrivingThing : CountPhraseRule
{
    public static readonly MoreOfTheArrivingThing Rule = new();

    // How far before the sentence the weapon may be named: about one sentence of an eyewitness account.
    private const int LookBack = 160;

    private static readonly WordSet Things = WordLists.Set("arrivingThings");

    private MoreOfTheArrivingThing()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) =>
        !(phrase.Previous is null && BareMoreClosing(reader, phrase.TokenAfter)
          && WeaponLastNamed(reader.Text, Math.Max(0, reader.Sentence.Start - LookBack), reader.Tokens[phrase.First].Start));

    private static bool BareMoreClosing(PeopleCountReader reader, int after) =>
        reader.Is(after, "more") && (after + 1 >= reader.Tokens.Count || !reader.Tokens[after + 1].IsWord);

    // The last weapon or person named in the span: true when a weapon comes after every people noun.
    private static bool WeaponLastNamed(string text, int from, int to)
    {
        var weapon = false;
        var i = from;
        while (i < to)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < to && char.IsLetter(text[i]))
            {
                i++;
            }
            var word = text.AsSpan(start, i - start);
            if (Things.Contains(word))
            {
                weapon = true;
            }
            else if (PeopleWords.IsPeopleNoun(word))
            {
                weapon = false;
            }
        }
        return weapon;
    }
}
