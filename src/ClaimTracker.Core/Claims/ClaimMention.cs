namespace ClaimTracker.Core.Claims;

/// <summary>
/// Another place in the article that states the same claim (a headline or a later paragraph repeating the body):
/// the sentence, and the offsets of its number in the text the extractor was given (end exclusive).
/// </summary>
public sealed record ClaimMention(string Quote, int Start, int End);
