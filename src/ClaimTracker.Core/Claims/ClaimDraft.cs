using ClaimTracker.Core.Numbers;
using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>A people count being read: filled in step by step before it becomes an <see cref="ExtractedClaim"/>.</summary>
internal sealed class ClaimDraft(NumberMention number, int sentence)
{
    public NumberMention Number { get; } = number;
    public int Sentence { get; } = sentence;
    public int MentionStart { get; set; } = number.Start;
    public Qualifier Qualifier { get; set; } = number.Qualifier;
    public IReadOnlyList<string> Nationalities { get; set; } = [];
    public string Noun { get; set; } = "people";
    /// <summary>The people noun as written ("peacekeepers" for Noun "troops"), when the count has its own.</summary>
    public string? NounWord { get; set; }
    public bool Military { get; set; }
    public Metric? Metric { get; set; }
    /// <summary>No word gave the metric; it was guessed from the noun (troops: deployed, others: other).</summary>
    public bool MetricGuessed { get; set; }
    /// <summary>The count is an object of the verb right before it ("abducted 42 pupils"), so counts listed after it share that verb.</summary>
    public bool ObjectOfVerb { get; set; }
    public ClaimStatus Status { get; set; }
    public bool? Increment { get; set; }
    public TimeExpression? Time { get; set; }
    /// <summary>The day before the last one the story named, for "the previous day".</summary>
    public DateOnly? CountedBackTo { get; set; }
    public SourceDefinition? Source { get; set; }
    public string? SourceMention { get; set; }
    /// <summary>A named individual the speaker's pronoun or role noun continues (<see cref="ContinuedIndividual"/>), credited when no body is.</summary>
    public string? Individual { get; set; }
    public Attribution Attribution { get; set; }
    /// <summary>Where the speaker carried over from an earlier sentence was named (its start), or -1.</summary>
    public int CarriedFrom { get; set; } = -1;
    /// <summary>The count this one is an aside of ("30 people, including 12 children": the 30), if any.</summary>
    public ClaimDraft? AsideOf { get; set; }
    /// <summary>A later part of a listed aside ("among them four women and three children": the three), see <see cref="CountAside.ContinuesList"/>.</summary>
    public bool ListedInAside { get; set; }
    /// <summary>The count "N others" stands beside ("we lost 12 men and nine others were wounded": the 12), if any.</summary>
    public ClaimDraft? OthersOf { get; set; }
    /// <summary>The count "along with N" follows and shares the fate of ("78 soldiers were killed …, along with 45 civilians": the 78), if any.</summary>
    public ClaimDraft? CompanionOf { get; set; }
    /// <summary>The soldiers' count a count "taken prisoner" goes on from ("killed 120 soldiers and taken dozens prisoner": the 120), if any.</summary>
    public ClaimDraft? PrisonersOf { get; set; }
    /// <summary>Coffins with no people named ("received 22 flag-draped coffins"): whose dead, the article's population says.</summary>
    public bool Remains { get; set; }
    /// <summary>Waiting for an attributor in the sentences that follow (an article's opening figure).</summary>
    public bool LooksAhead { get; set; }

    public string Subject => Nationalities.Count == 0 ? Noun : string.Join(" and ", Nationalities) + " " + Noun;
}
