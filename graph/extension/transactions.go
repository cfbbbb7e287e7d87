package extension

import (
	"context"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"

	"grassroots/ent"
)

// Transactions runs each mutation in one transaction (entgql.Transactioner):
// a failure anywhere leaves the database as it was. Responses without an
// operation pass through: gqlgen builds those for requests refused before
// parsing, and entgql's interceptor would panic on them. So do signing in
// and out (login, logout alone): a refused login must leave its failure
// counted for the throttle, which a rollback would undo.
func Transactions(client *ent.Client) graphql.HandlerExtension {
	return transactions{entgql.Transactioner{TxOpener: client}}
}

type transactions struct{ entgql.Transactioner }

func (t transactions) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) || SignsInOnly(graphql.GetOperationContext(ctx).Operation) {
		return next(ctx)
	}
	return t.Transactioner.InterceptResponse(ctx, next)
}
