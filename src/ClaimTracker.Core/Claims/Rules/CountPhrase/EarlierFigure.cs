namespace ClaimTracker.Core.Claims;

/// <summary>
/// "As many as 1,000 North Koreans had been killed, up from an estimate of 800 a week earlier", "down from 60 on
/// Monday": the figure a count rose or fell from is the same people's earlier count, so a bare number after "up from"
/// or "down from" (over counts.json earlierFigureWords: "an estimate of", "a previous") takes the count before it in
/// its sentence, its people and fate (as an elided noun does). Golden case: up_from_an_earlier_figure.
/// </summary>
internal sealed class EarlierFigure : CountPhraseRule
{
    public static readonly EarlierFigure Rule = new();

    private const int Reach = 5;

    private static readonly WordSet Words = WordLists.Set("earlierFigureWords");

    private EarlierFigure()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Noun >= 0 || phrase.Previous is null || phrase.Elided)
        {
            return true;
        }
        for (var i = phrase.TokenBefore; i > phrase.PreviousBound + 1 && i >= phrase.QualifierFirst - Reach; i--)
        {
            if (!reader.Tokens[i].IsWord)
            {
                return true;
            }
            if (reader.Is(i, "from"))
            {
                phrase.Elided = reader.Is(i - 1, "up") || reader.Is(i - 1, "down");
                return true;
            }
            if (!Words.Contains(reader.Word(i)))
            {
                return true;
            }
        }
        return true;
    }
}
