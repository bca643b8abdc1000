from wagtail.permission_policies import ModelPermissionPolicy


class PolicyWithout(ModelPermissionPolicy):
    """A model's usual permissions, except that `excluded` actions are never offered to anyone,
    for records that only the system creates or that must not change once made."""

    def __init__(self, model, excluded, **kwargs):
        super().__init__(model, **kwargs)
        self.excluded = set(excluded)

    def user_has_permission(self, user, action):
        return action not in self.excluded and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
