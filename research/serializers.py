"""How research reference data appears in the read-only open-data API."""

from rest_framework import serializers

from home.listing import visible_pages


class ProgrammeSerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()


class OrganisationSerializer(serializers.Serializer):
    name = serializers.CharField()
    kind = serializers.CharField()
    website = serializers.URLField()


class CountrySerializer(serializers.Serializer):
    name = serializers.CharField()
    iso_code = serializers.CharField()
    slug = serializers.CharField()


class VisiblePagesSerializer(serializers.ListSerializer):
    """A page relation as the site shows it: its drafts and private pages are left out."""

    def to_representation(self, data):
        return super().to_representation(visible_pages(data))


class ProjectReferenceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()

    class Meta:
        list_serializer_class = VisiblePagesSerializer
