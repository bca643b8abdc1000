"""How research reference data appears in the read-only open-data API."""

from rest_framework import serializers


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


class ProjectReferenceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
