namespace Inburgering.Domain.Common;

/// <summary>
/// A broken rule of the domain. <see cref="Code"/> names the rule; the UI shows the resource <c>Error.{Code}</c>
/// filled with <see cref="Arguments"/>, so the domain stays language-free. <see cref="Field"/> names the value the
/// rule is about in the domain's own words (e.g. "DueOn"), so a form can show the message next to its field;
/// null when the rule is about the change as a whole.
/// </summary>
public sealed record DomainError(string Code, string? Field = null, params IReadOnlyList<object> Arguments);
