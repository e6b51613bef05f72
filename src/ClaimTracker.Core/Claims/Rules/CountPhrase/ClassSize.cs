namespace ClaimTracker.Core.Claims;

/// <summary>
/// Pupils counted in a class are its size, not a count of a fate: "There are 90 children in the class and one
/// blackboard" (Unseen76 nrc-day-in-the-life, whose conventions list pupils and classrooms as no claims), "with over
/// 150 in the class" and "80 pupils per class" (camp-school reporting). The model: the count (its people noun, or a
/// bare figure) followed by "in" or "per" (counts.json <c>classSizeLinks</c>), an optional determiner
/// (<c>classSizeDeterminers</c>) and a class word (<c>classNouns</c>: class, classes, lesson); it is dropped only when
/// its clause gave it no fate. A classroom is a room: families "in classrooms" of a school turned shelter are displaced
/// (Unseen76 nytimes-lebanon, a gold row), so "classroom" is no class word; "15 pupils were killed in the class" keeps
/// its fate. It runs before <see cref="HousedInShelter"/>, which would read "80 pupils per class share the tent" as people
/// sheltering. Golden case: class_size_is_no_count.
/// </summary>
internal sealed class ClassSize : CountPhraseRule
{
    public static readonly ClassSize Rule = new();

    private static readonly WordSet Links = WordLists.Set("classSizeLinks");
    private static readonly WordSet Determiners = WordLists.Set("classSizeDeterminers");
    private static readonly WordSet ClassNouns = WordLists.Set("classNouns");

    private ClassSize()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.Metric is not (null or Metric.Other))
        {
            return true;
        }
        var link = phrase.Noun >= 0 ? phrase.Noun + 1 : phrase.TokenAfter;
        if (!reader.IsIn(link, Links))
        {
            return true;
        }
        var noun = reader.IsIn(link + 1, Determiners) ? link + 2 : link + 1;
        return !reader.IsIn(noun, ClassNouns);
    }
}
