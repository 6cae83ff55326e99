import { useDiscussionOrder } from '../../state/useDiscussionOrder.ts';
import { useRevealedCardMap } from '../../state/useRevealedCardMap.ts';
import { clusterTitle } from '../cluster/dragModel.ts';
import { votesText } from './voteText.ts';

/** The clusters in the order they will be discussed, with their votes, once counted. */
export function DiscussionOrderList() {
  const order = useDiscussionOrder();
  const cards = useRevealedCardMap();
  if (order.length === 0) return null;
  return (
    <section className="discussion-order" aria-labelledby="discussion-order-title">
      <h3 id="discussion-order-title" className="discussion-order__title">
        Discussion order
      </h3>
      <ol className="discussion-order__list" data-testid="discussion-order">
        {order.map((cluster) => (
          <li key={cluster.id} data-cluster-id={cluster.id} data-votes={cluster.votes}>
            <span className="discussion-order__name">
              {clusterTitle(cluster.name, cards.get(cluster.cardIds[0] ?? '')?.text)}
            </span>
            <span className="discussion-order__votes">{votesText(cluster.votes)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
