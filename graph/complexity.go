package graph

import (
	"grassroots/graph/generated"
	"grassroots/graph/model"
	"grassroots/internal/page"
)

// SetComplexity makes every paginated field cost its selection times the number
// of rows it may return, so that a page of 50 organizations each with 10 links
// is cheap while 100 × 100 × 100 nested pages are not. Fields without a
// function keep gqlgen's default: 1 plus the cost of their selection.
func SetComplexity(c *generated.ComplexityRoot) {
	c.Query.Organizations = pageCost
	c.Query.Regions = pageCost
	c.Query.People = pageCost
	c.Query.Positions = pageCost
	c.Query.Links = pageCost
	c.Query.Projects = pageCost

	c.Organization.Children = pageCost
	c.Organization.Positions = pageCost
	c.Organization.Projects = pageCost
	c.Organization.Links = pageCost

	c.Region.Children = pageCost
	c.Region.Organizations = pageCost
	c.Region.Residents = pageCost
	c.Region.Projects = pageCost

	c.Person.Positions = pageCost
	c.Person.LedProjects = pageCost

	c.Link.Activities = pageCost

	// search is a plain list, not a connection, but it is just as paginated.
	c.Query.Search = func(child int, _ string, _ []model.SearchType, first int) int {
		return rowsCost(child, &first, nil)
	}
}

// pageCost has the shape of every generated connection complexity function:
// (child, after, first, before, last, orderBy-or-kinds, where).
func pageCost[A, B, O, W any](child int, _ A, first *int, _ B, last *int, _ O, _ W) int {
	return rowsCost(child, first, last)
}

// rowsCost is child × page size, the page size being first or last (the larger
// when both are given), page.Default when neither is. Out-of-range sizes are
// clamped: they are rejected before execution anyway, and the product must not
// overflow.
func rowsCost(child int, first, last *int) int {
	n := -1
	if first != nil {
		n = *first
	}
	if last != nil && *last > n {
		n = *last
	}
	switch {
	case n < 0:
		n = page.Default
	case n == 0:
		n = 1 // still one round trip, and totalCount still costs
	case n > page.Max:
		n = page.Max
	}
	if child < 1 {
		child = 1
	}
	const ceiling = 1 << 40
	if child > ceiling/n {
		return ceiling
	}
	return child * n
}
