using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// The shared cursor the count-phrase rules (Rules/CountPhrase, run by <see cref="PeopleCountReader"/>) read and fill for one number: where
/// the count's words start and end, its neighbours' bounds, the people noun after it and what stood in between.
/// Token indexes are into the sentence's tokens; -1 means none.
/// </summary>
internal sealed class CountPhrase(NumberMention number, int first, int last, int previousBound, int nextBound)
{
    public NumberMention Number { get; } = number;

    /// <summary>The count read just before this one in the sentence, if any.</summary>
    public ClaimDraft? Previous { get; init; }

    /// <summary>The people the sentences before talk about, for a bare count; asked only when needed.</summary>
    public Func<PeopleContext?> Antecedent { get; init; } = static () => null;

    /// <summary>
    /// The count a figure noun stands for ("By evening the figure had risen to 19"): the sentence before's deaths if it
    /// named any, else its last count (<see cref="FigureAntecedent"/>); asked only when needed.
    /// </summary>
    public Func<PeopleContext?> EarlierCount { get; init; } = static () => null;

    /// <summary>The number's first and last token.</summary>
    public int First { get; } = first;

    public int Last { get; } = last;

    /// <summary>The last token of the number before this one in the sentence, and the first of the one after.</summary>
    public int PreviousBound { get; } = previousBound;

    public int NextBound { get; } = nextBound;

    /// <summary>The first token of the hedge before the number ("more than"), else <see cref="First"/>.</summary>
    public int QualifierFirst { get; set; }

    /// <summary>
    /// The token just before the count and its hedge, where most rules read the count's verb or lead ("sent more than
    /// 600": "sent"); -1 at the sentence's start. It may be punctuation; <see cref="PeopleCountReader.IsIn"/> checks.
    /// </summary>
    public int TokenBefore => QualifierFirst - 1;

    /// <summary>The token just after the number, before any people noun ("600 troops": "troops"); may be past the sentence's end.</summary>
    public int TokenAfter => Last + 1;

    /// <summary>The people noun the count ends on ("troops", "civilians"), or -1 for a bare count.</summary>
    public int Noun { get; set; } = -1;

    /// <summary>The first token after the count phrase (after its noun, or where the noun search stopped).</summary>
    public int AfterCount { get; set; }

    /// <summary>Nationalities named between the number and its noun ("10,000 North Korean troops").</summary>
    public List<string> Nationalities { get; } = [];

    public bool SawPossessive { get; set; }

    /// <summary>"of them", "of whom", "those": the count refers back to people already named.</summary>
    public bool SawThem { get; set; }

    /// <summary>"2,000 more", "additional": an addition to an earlier count.</summary>
    public bool More { get; set; }

    /// <summary>"put the toll at more than 60": a casualty toll before a bare count.</summary>
    public bool TollOfCasualties { get; set; }

    /// <summary>"including 12 children", "among them seven women": an aside inside the count before it.</summary>
    public bool InAside { get; set; }

    /// <summary>"among them four women and three children": the three go on in the aside's list (<see cref="CountAside.ContinuesList"/>).</summary>
    public bool ListedInAside { get; set; }

    /// <summary>The earlier count of the sentence this one shares its people with, if any.</summary>
    public ClaimDraft? Like { get; set; }

    /// <summary>The clause's bounds around the count, where its verbs are read.</summary>
    public int Left { get; set; }

    public int Right { get; set; }

    /// <summary>"and seven in the Bekaa", "including 419 in ground battles": the people noun is the earlier count's, left out.</summary>
    public bool Elided { get; set; }

    /// <summary>"about 4,000 of the 11,000 troops": the count is part of the whole after it, whose noun it takes.</summary>
    public bool PartOfWhole { get; set; }

    /// <summary>"two wounded North Korean soldiers": the fate a word before the people noun gives, if the clause gives none.</summary>
    public Metric? DescribingMetric { get; set; }

    /// <summary>"the number of soldiers killed … to 146": the metric named beside the people, before any verb of the clause.</summary>
    public Metric? NamedMetric { get; set; }

    /// <summary>The metric came from a verb the people themselves did ("militants killed 12"), not one done to them.</summary>
    public bool ActiveVerb { get; set; }
}
